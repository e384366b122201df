"""The common model every loader produces (SPEC §2).

One ``Project`` holds the APIs and Lambda functions found in all inputs.
Values a loader cannot resolve are ``Unknown`` (never ``None``), so no rule
can mistake "not known" for "absent". Every element keeps the ``Loc`` where
it was written.

Header values come in three kinds:

- ``Static("…")``: the same literal on every response;
- ``ReflectOrigin(allowlist, otherwise)``: the request's ``Origin`` is echoed
  when it is in ``allowlist`` (``None`` = any origin); for other origins the
  header is ``otherwise`` (``None`` = not sent);
- ``Unknown(reason)``: cannot be known before deploy.

REST API response mappings are kept as written (``Mapping.expr``): the
simulator decides what a mapping expression sends.

Classes here and elsewhere derive from ``corslint.record.Record`` (mutable) or
``Value`` (hashable, never changed once made): data classes declared by their
annotations, lighter to define than ``@dataclass`` ones (docs/performance.md).
"""

from __future__ import annotations

from corslint.record import Record, Value, field
from corslint.source import Loc

# ---------------------------------------------------------------- values


class Unknown(Value):
    """A value corslint cannot know statically, with the reason why."""

    reason: str

    def __bool__(self) -> bool:  # an Unknown is never truthy by accident
        raise TypeError(f"truth value of Unknown ({self.reason}) is undefined")


class Static(Value):
    """A header sent with the same literal value on every response."""

    value: str


class ReflectOrigin(Value):
    """A header that echoes the request's Origin when it is allowed."""

    allowlist: tuple[str, ...] | None = None  # None: every origin is echoed
    otherwise: str | None = None  # value sent for other origins; None: header absent


HeaderValue = Static | ReflectOrigin | Unknown


def is_unknown(value: object) -> bool:
    return isinstance(value, Unknown)


class Header(Value):
    """A header value and where it was set."""

    value: HeaderValue
    loc: Loc | None = None


# ---------------------------------------------------------- REST pieces

Method = str  # upper-case HTTP method, or "ANY"


class Mapping(Record):
    """A REST API response-parameter mapping, as written.

    ``expr`` is the mapping expression (``"'*'"``, ``"method.request.header.Origin"``,
    ``"integration.response.header.X"``, an unquoted literal by mistake, ...), an
    ``Unknown`` when the loader could not resolve it, or a ``ReflectOrigin`` when
    the input reflects the origin by other means (Serverless response template).
    """

    expr: str | Unknown | ReflectOrigin
    loc: Loc | None = None


class Authorization(Record):
    """Who may call a method or route.

    ``type``: ``NONE``, ``AWS_IAM``, ``COGNITO_USER_POOLS``, ``CUSTOM``, ``JWT``.
    ``identity_headers``: request headers the browser must send for it (lower-case).
    """

    type: str | Unknown = "NONE"
    identity_headers: tuple[str, ...] = ()
    name: str | None = None
    loc: Loc | None = None

    @property
    def required(self) -> bool | Unknown:
        if isinstance(self.type, Unknown):
            return self.type
        return self.type != "NONE"


class MethodResponse(Record):
    """A REST method response: which headers it declares for a status."""

    status: str
    headers: frozenset[str] | Unknown = frozenset()  # lower-case declared names
    loc: Loc | None = None


class IntegrationResponse(Record):
    """A REST integration response (non-proxy integrations only)."""

    status: str | Unknown
    selection_pattern: str | None | Unknown = None  # None: the default response
    headers: dict[str, Mapping] = field(default_factory=dict)  # name as written
    loc: Loc | None = None


class Integration(Record):
    """What answers a method or route.

    ``type``: ``AWS_PROXY``, ``MOCK``, ``AWS``, ``HTTP``, ``HTTP_PROXY``.
    ``request_templates``: content type → template; ``None`` when there are none.
    ``function``: key into ``Project.functions`` for Lambda integrations.
    """

    type: str | Unknown
    loc: Loc | None = None
    request_templates: dict[str, str | Unknown] | Unknown | None = None
    passthrough_behavior: str | Unknown = "WHEN_NO_MATCH"
    responses: list[IntegrationResponse] = field(default_factory=list)
    function: str | Unknown | None = None


class Route(Record):
    """One method on one path (REST) or one route key (HTTP API).

    HTTP API ``$default`` is ``method="ANY", path="$default"``. ``generated``
    names what produced a route nobody wrote by hand (e.g. ``"sam-cors"``).
    """

    method: Method
    path: str
    loc: Loc | None = None
    auth: Authorization = field(default_factory=Authorization)
    api_key_required: bool | Unknown = False
    request_headers: tuple[str, ...] = ()  # required request headers, lower-case
    integration: Integration | Unknown | None = None
    method_responses: dict[str, MethodResponse] = field(default_factory=dict)
    generated: str | None = None
    ignores: frozenset[str] = frozenset()

    @property
    def key(self) -> str:
        return self.path if self.path == "$default" else f"{self.method} {self.path}"


class GatewayResponse(Record):
    """A REST gateway response (``DEFAULT_4XX``, ``UNAUTHORIZED``, ...)."""

    type: str
    status: str | Unknown | None = None  # None: keep the original status
    headers: dict[str, Mapping] = field(default_factory=dict)  # name as written
    loc: Loc | None = None


class HttpCors(Record):
    """HTTP API ``CorsConfiguration``; ``field_locs`` maps field name → position."""

    allow_origins: tuple[str, ...] | Unknown = ()
    allow_methods: tuple[str, ...] | Unknown = ()
    allow_headers: tuple[str, ...] | Unknown = ()
    expose_headers: tuple[str, ...] | Unknown = ()
    max_age: int | Unknown | None = None
    allow_credentials: bool | Unknown = False
    loc: Loc | None = None
    field_locs: dict[str, Loc] = field(default_factory=dict)

    def loc_for(self, name: str) -> Loc | None:
        return self.field_locs.get(name, self.loc)


class Deployment(Record):
    """A REST deployment and whether later CORS changes reach its stage.

    ``uncovered``: the CORS-relevant elements its triggers do not cover
    (empty: all covered); ``Unknown`` when the triggers cannot be read.
    """

    loc: Loc | None
    has_triggers: bool
    uncovered: tuple[str, ...] | Unknown = ()


class Api(Record):
    """A REST (``kind="rest"``) or HTTP (``kind="http"``) API."""

    key: str  # unique within the project
    name: str
    kind: Literal["rest", "http"]
    source: str  # terraform, serverless, sam, cloudformation, openapi, aws
    loc: Loc | None = None
    routes: list[Route] = field(default_factory=list)
    gateway_responses: dict[str, GatewayResponse] = field(default_factory=dict)
    cors: HttpCors | Unknown | None = None  # HTTP API CorsConfiguration
    deployments: list[Deployment] = field(default_factory=list)
    ignores: frozenset[str] = frozenset()


# ------------------------------------------------------------- handlers

TYPE_CHECKING = False  # typing is not imported at run time (docs/performance.md)
if TYPE_CHECKING:
    from typing import Literal

    OutcomeKind = Literal["success", "error", "exception", "options"]


class Outcome(Record):
    """One kind of answer a handler gives, with its headers (lower-case names)."""

    kind: OutcomeKind
    status: int | Unknown
    headers: dict[str, Header] = field(default_factory=dict)
    loc: Loc | None = None
    note: str = ""  # e.g. "unhandled exception: 500 from ServerErrorMiddleware"
    preflight: bool | None = None  # False: an OPTIONS request never ends here; None: may


class OriginCheck(Value):
    """An origin allowlist test in handler code or framework settings.

    ``weakness`` says how an attacker's origin passes it (None: the check is sound).
    """

    description: str  # e.g. "origin.endswith('example.com')"
    weakness: str | None
    loc: Loc | None = None


class Behaviour(Record):
    """What a handler answers, as read from its code.

    An ``exception`` outcome with ``note="lambda-error"`` and no headers means the
    error escapes the function: API Gateway answers 502 itself (a gateway response).
    """

    outcomes: list[Outcome] = field(default_factory=list)
    framework: str | None = None
    loc: Loc | None = None
    source: str = "python"  # python or javascript
    origin_checks: list[OriginCheck] = field(default_factory=list)


class Function(Record):
    """A Lambda function, and where its code is."""

    key: str
    name: str | Unknown
    loc: Loc | None = None
    runtime: str | Unknown | None = None
    handler: str | Unknown | None = None
    code: str | Unknown | None = None  # a directory or file path, relative to cwd
    environment: dict[str, str | Unknown] | Unknown = field(default_factory=dict)
    image: bool = False
    behaviour: Behaviour | Unknown | None = None


# ------------------------------------------------------------- results


class InputError(Value):
    """An input that could not be read."""

    file: str
    message: str
    line: int | None = None
    column: int | None = None


class Unchecked(Value):
    """Something corslint could not check, and why."""

    file: str
    reason: str
    api: str | None = None
    route: str | None = None


class LoadResult(Record):
    """What one loader got out of its inputs."""

    apis: list[Api] = field(default_factory=list)
    functions: dict[str, Function] = field(default_factory=dict)
    errors: list[InputError] = field(default_factory=list)
    unchecked: list[Unchecked] = field(default_factory=list)

    def extend(self, other: LoadResult) -> None:
        self.apis.extend(other.apis)
        self.functions.update(other.functions)
        self.errors.extend(other.errors)
        self.unchecked.extend(other.unchecked)


class Project(Record):
    """Everything loaded from the linted paths."""

    apis: list[Api] = field(default_factory=list)
    functions: dict[str, Function] = field(default_factory=dict)
    errors: list[InputError] = field(default_factory=list)
    unchecked: list[Unchecked] = field(default_factory=list)
    files: int = 0

    def add(self, result: LoadResult) -> None:
        self.apis.extend(result.apis)
        self.functions.update(result.functions)
        self.errors.extend(result.errors)
        self.unchecked.extend(result.unchecked)
