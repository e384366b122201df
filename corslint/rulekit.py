"""What rules work with: the simulation and a few questions many rules ask."""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Iterator

from corslint import browser
from corslint.config import Config
from corslint.model import Api, Header, HttpCors, Project, ReflectOrigin, Route, Static, Unknown
from corslint.record import Record, field, replace
from corslint.simulate import (
    ACAO,
    GATEWAY,
    SimResponse,
    Simulator,
    normalise_origin,
    split_list,
)
from corslint.source import Loc

TYPE_CHECKING = False  # typing is not imported at run time (docs/performance.md)
if TYPE_CHECKING:
    from typing import NamedTuple

    class _AllowedOrigin(NamedTuple):
        origin: str | None
        loc: Loc | None
        route: Route | None
        where: str
else:
    _AllowedOrigin = namedtuple("AllowedOrigin", "origin loc route where")

# Preflight causes that other rules own (CORS001 no OPTIONS, CORS002 auth).
NOT_ANSWERED = frozenset({"no-method", "no-route", "auth", "api-key", "unknown"})

# Where an allowed origin is written.
HEADER = "header"  # a literal Access-Control-Allow-Origin value
ALLOWLIST = "allowlist"  # an entry of a reflecting allowlist (may hold * patterns)
HTTP_CORS = "http-cors"  # HTTP API allow_origins


class AllowedOrigin(_AllowedOrigin):
    """An origin an API allows (None: every origin is reflected), and where."""

    __slots__ = ()

    @property
    def route_key(self) -> str | None:
        return self.route.key if self.route is not None else None


class Context(Record):
    """Handed to every rule's ``check``."""

    project: Project
    sim: Simulator
    config: Config
    _headers: dict[int, dict[str, list[tuple[Route | None, SimResponse, Header]]]] = field(
        default_factory=dict, repr=False
    )

    def cors_apis(self) -> Iterator[Api]:
        """The APIs meant for browsers (SPEC §1.3)."""
        for api in self.project.apis:
            if self.sim.is_cors_enabled(api):
                yield api

    def preflighted_routes(self, api: Api) -> Iterator[tuple[Route, SimResponse]]:
        """Routes a browser preflights, with the answer their preflight gets."""
        for route in api.routes:
            if route.method == "OPTIONS":
                continue
            if self.sim.needs_preflight(api, route) is True:
                yield route, self.sim.preflight(api, route)

    def answered_preflights(self, api: Api) -> Iterator[tuple[Route, SimResponse]]:
        """Every route's preflight that something really answers (2xx known headers)."""
        for route in api.routes:
            if route.method == "OPTIONS":
                continue
            response = self.sim.preflight(api, route)
            if response.cause in NOT_ANSWERED or isinstance(response.headers, Unknown):
                continue
            if isinstance(response.status, int) and 200 <= response.status <= 299:
                yield route, response

    def header_values(
        self, api: Api, name: str
    ) -> Iterator[tuple[Route | None, SimResponse, Header]]:
        """Each distinct header ``name`` any answer of the API carries, once per place."""
        index = self._headers.get(id(api))
        if index is None:  # one pass over the answers serves every header name
            index = self._headers[id(api)] = self._index_headers(api)
        return iter(index.get(name, ()))

    def _index_headers(
        self, api: Api
    ) -> dict[str, list[tuple[Route | None, SimResponse, Header]]]:
        index: dict[str, list[tuple[Route | None, SimResponse, Header]]] = {}
        seen: set[tuple[str, Loc | None, object]] = set()
        for route, response in self.sim.responses(api):
            if isinstance(response.headers, Unknown):
                continue
            for name, header in response.headers.items():
                key = (name, header.loc, header.value)
                if key in seen:
                    continue
                seen.add(key)
                # gateway responses are configured per API, whichever route met them
                where = None if response.kind == GATEWAY else route
                index.setdefault(name, []).append((where, response, header))
        return index

    def allowed_origins(self, api: Api) -> Iterator[AllowedOrigin]:
        """Every origin the API allows by name, once per place it is written."""
        seen: set[tuple[str | None, Loc | None]] = set()

        def once(origin: str | None, loc: Loc | None, route: Route | None, where: str):  # type: ignore[no-untyped-def]
            if (origin, loc) not in seen:
                seen.add((origin, loc))
                yield AllowedOrigin(origin, loc, route, where)

        for route, _, header in self.header_values(api, ACAO):
            value = header.value
            if isinstance(value, Static):
                for origin in split_list(value.value.replace(" ", ",")) or [value.value]:
                    yield from once(origin, header.loc, route, HEADER)
            elif isinstance(value, ReflectOrigin):
                if value.allowlist is None:
                    yield from once(None, header.loc, route, ALLOWLIST)
                for origin in value.allowlist or ():
                    yield from once(origin, header.loc, route, ALLOWLIST)
                if value.otherwise:
                    yield from once(value.otherwise, header.loc, route, HEADER)
        if isinstance(api.cors, HttpCors) and not isinstance(api.cors.allow_origins, Unknown):
            for origin in api.cors.allow_origins:
                yield from once(origin, api.cors.loc_for("allow_origins"), None, HTTP_CORS)

    @staticmethod
    def origin_allowed_by(response: SimResponse) -> str | None:
        """A browser origin this answer allows by name, if it names one."""
        header = response.header(ACAO)
        if header is None:
            return None
        value = header.value
        names: tuple[str, ...] = ()
        if isinstance(value, Static):
            names = (value.value,)
        elif isinstance(value, ReflectOrigin):
            names = value.allowlist or ()
        for name in names:
            normal = normalise_origin(name)
            if normal is not None and normal == name.strip():
                return normal
        return None

    def request(self, api: Api, route: Route, **changes: object) -> browser.Request | Unknown:
        """The request a browser client of the route makes, from the route's own origin."""
        request = self.sim.request(api, route, self.sim.route_origin(api, route))
        if isinstance(request, Unknown) or not changes:
            return request
        return replace(request, **changes)  # type: ignore[arg-type]

    def preflight_verdict(
        self, api: Api, route: Route, response: SimResponse, **changes: object
    ) -> browser.Verdict | Unknown:
        """The preflight check from an origin this preflight answer itself allows.

        So a method or header problem is found even when the preflight names
        another origin than the route's responses (that mismatch is CORS053's).
        """
        origin = self.origin_allowed_by(response) or self.sim.route_origin(api, route)
        request = self.request(api, route, origin=origin, **changes)
        if isinstance(request, Unknown):
            return request
        return self.sim.verdict(request, response, preflight=True)


def header_loc(response: SimResponse, name: str) -> Loc | None:
    header = response.header(name)
    return header.loc if header is not None and header.loc is not None else response.loc
