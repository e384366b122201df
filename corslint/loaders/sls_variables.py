"""Serverless Framework v3 variables (``${source:address, fallback}``), resolved statically.

Supported sources: ``self``, ``opt:stage``,
``sls:stage``, ``param`` (the ``params`` argument, then the ``params:`` block for
the stage, then ``params.default``), ``file(./local.yml):path`` (YAML/JSON files
inside the service directory only; never ``.js``), ``strToBool(...)`` and ``env``.

``${env:X}`` is *not* read from ``os.environ``: the linting machine's environment
is not the deploy's, so an ``env`` variable is its fallback when one is given and
``Unknown`` otherwise. ``ssm``, ``cf``, ``aws``, ``s3``, other ``opt`` options and
anything else that cannot be known before deploy become ``Unknown(reason)``.
``${a.b}`` without a source is not a variable in v3 and stays as written.
"""

from __future__ import annotations

import pathlib
import re

from corslint.model import Unknown
from corslint.record import Record, Value, field
from corslint.source import LDict, LList, Loc, LStr

TYPE_CHECKING = False  # typing is not imported at run time (docs/performance.md)
if TYPE_CHECKING:
    from typing import Any

MAX_DEPTH = 40
MAX_STRING = 5 * 1024 * 1024  # a resolved string (variables that double each other)
_TYPED = re.compile(r"^([a-zA-Z][a-zA-Z0-9]*)(?:\((.*?)\))?(?::(.*))?$", re.S)
_MISSING = object()  # a source that has no value (the fallback applies)
_LITERAL = object()  # not a variable: the text stays as written


class _DeployTime(Unknown, Value):
    """An Unknown whose source has a value at deploy time (``ssm``, ``cf`` ...)."""


def _find_close(text: str, start: int) -> int:
    """Index of the ``}`` closing the ``${`` at ``start`` (-1 if none)."""
    depth, i, quote = 0, start, ""
    while i < len(text):
        ch = text[i]
        if quote:
            if ch == quote:
                quote = ""
        elif ch in "'\"" and depth:
            quote = ch
        elif text.startswith("${", i):
            depth += 1
            i += 1
        elif ch == "}":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return -1


def _split_top(text: str) -> list[str]:
    """Split a variable body on commas outside quotes and nested ``${}``."""
    parts, depth, quote, current = [], 0, "", ""
    i = 0
    while i < len(text):
        ch = text[i]
        if quote:
            quote = "" if ch == quote else quote
        elif ch in "'\"":
            quote = ch
        elif text.startswith("${", i):
            depth += 1
        elif ch == "}":
            depth -= 1
        elif ch == "," and depth == 0:
            parts.append(current.strip())
            current = ""
            i += 1
            continue
        current += ch
        i += 1
    parts.append(current.strip())
    return parts


def has_variables(text: str) -> bool:
    return "${" in text


class Resolver(Record):
    """Resolves the variables of one ``serverless.yml`` document."""

    root: Any
    service_dir: pathlib.Path
    cwd: pathlib.Path
    stage_option: str | None = None
    params: dict[str, str] = field(default_factory=dict)
    _active: list[str] = field(default_factory=list)  # lookups in progress (cycle check)
    _cache: dict[str, Any] = field(default_factory=dict)  # resolved lookups

    # ------------------------------------------------------------ public

    def resolve(self, node: Any, depth: int = 0) -> Any:
        """A copy of ``node`` with every variable resolved (or ``Unknown``)."""
        if depth > MAX_DEPTH:
            return Unknown("variables nested too deeply")
        if isinstance(node, dict):
            out = LDict(loc=getattr(node, "loc", None))
            out.key_locs = dict(getattr(node, "key_locs", {}))
            for key, value in node.items():
                out[key] = self.resolve(value, depth)
            return out
        if isinstance(node, list):
            return LList([self.resolve(v, depth) for v in node], loc=getattr(node, "loc", None))
        if isinstance(node, str) and has_variables(node):
            return self.string(node, depth)
        return node

    def stage(self) -> str | Unknown:
        """The stage: ``--stage``, else ``provider.stage``, else ``dev``."""
        if self.stage_option:
            return self.stage_option
        value = self.lookup("provider.stage")
        if value is _MISSING or value is None or value == "":
            return "dev"
        return value if isinstance(value, (str, Unknown)) else str(value)

    def lookup(self, address: str, depth: int = 0, doc: Any = _MISSING, key: str = "self") -> Any:
        """The resolved value at a dotted path of the service, or of ``doc`` (or ``_MISSING``).

        Lookups are cached (so repeated references cost nothing) and a reference
        back to a lookup in progress is ``Unknown`` (circular).
        """
        cache_key = f"{key}:{address}"
        if cache_key in self._cache:
            return self._cache[cache_key]
        if cache_key in self._active:
            return Unknown(f"circular variable reference to {cache_key}")
        self._active.append(cache_key)
        try:
            value = self._walk(self.root if doc is _MISSING else doc, address, depth)
        finally:
            self._active.pop()
        self._cache[cache_key] = value
        return value

    def _walk(self, node: Any, address: str, depth: int) -> Any:
        """Follow a dotted path, resolving variables met on the way."""
        for part in [p for p in address.split(".") if p]:
            if isinstance(node, str) and has_variables(node):
                node = self.string(node, depth + 1)
            if isinstance(node, Unknown):
                return node
            if isinstance(node, dict) and part in node:
                node = node[part]
            elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
                node = node[int(part)]
            else:
                return _MISSING
        return self.resolve(node, depth + 1)

    # ----------------------------------------------------------- strings

    def string(self, text: str, depth: int = 0) -> Any:
        """Resolve the variables in one string (a whole-string variable keeps its type)."""
        loc = getattr(text, "loc", None)
        pieces: list[Any] = []
        i = 0
        while i < len(text):
            start = text.find("${", i)
            if start < 0:
                pieces.append(text[i:])
                break
            end = _find_close(text, start)
            if end < 0:
                pieces.append(text[i:])
                break
            if start > i:
                pieces.append(text[i:start])
            pieces.append(self._variable(text[start + 2 : end], depth + 1))
            i = end + 1
        if len(pieces) == 1 and not isinstance(pieces[0], str):
            return _with_loc(pieces[0], loc)
        if len(pieces) == 1 and text.startswith("${") and text.endswith("}"):
            return _with_loc(pieces[0], loc)
        for piece in pieces:
            if isinstance(piece, Unknown):
                return piece
            if piece is _MISSING or isinstance(piece, (dict, list)):
                return Unknown(f"variable in {text!r} does not resolve to a string")
        texts = [_text(p) for p in pieces]
        if sum(map(len, texts)) > MAX_STRING:
            return Unknown(f"variables in {text[:60]!r} resolve to a string over 5 MB")
        return LStr("".join(texts), loc)

    def _variable(self, body: str, depth: int) -> Any:
        """The value of ``${body}``: the first source with a value, else Unknown."""
        if depth > MAX_DEPTH:
            return Unknown("variables nested too deeply")
        first_unknown: Unknown | None = None
        sources = _split_top(body)
        for source in sources:
            if source == "null" and first_unknown is None:
                return None  # an explicit null fallback is the value
            value = self._source(source, depth)
            if value is _LITERAL:
                return "${" + body + "}"
            if isinstance(value, _DeployTime):  # its deploy-time value wins over any fallback
                return Unknown(value.reason)
            if isinstance(value, Unknown):
                first_unknown = value if first_unknown is None else first_unknown
                continue
            if value is not _MISSING and value is not None:
                return value
        if first_unknown is not None:
            return first_unknown
        return Unknown(f"${{{body}}} has no value and no fallback")

    def _source(self, source: str, depth: int) -> Any:
        if not source:
            return _MISSING
        if source[0] in "'\"" and source[-1:] == source[0] and len(source) >= 2:
            return source[1:-1]
        if source.startswith("${") and source.endswith("}"):
            return self.string(source, depth)
        if has_variables(source):
            inner = self.string(source, depth)
            if isinstance(inner, Unknown):
                return inner
            source = str(inner)
        if source in ("true", "false"):
            return source == "true"
        if _is_number(source):
            return float(source) if "." in source else int(source)
        match = _TYPED.match(source)
        if not match or (match.group(2) is None and match.group(3) is None):
            return _LITERAL  # ``${custom.x}`` has no source: v3 leaves it as written
        kind, params, address = match.groups()
        return self._typed(kind, (params or "").strip(), (address or "").strip(), depth)

    def _typed(self, kind: str, params: str, address: str, depth: int) -> Any:
        if kind == "self":
            return self.lookup(address, depth)
        if kind == "opt":
            if address == "stage":
                return self.stage_option if self.stage_option else _MISSING
            return Unknown(f"${{opt:{address}}} is a command-line option of the deploy")
        if kind == "sls":
            if address == "stage":
                return self.stage()
            return Unknown(f"${{sls:{address}}} is only known at deploy time")
        if kind == "env":
            return Unknown(f"${{env:{address}}} comes from the deploy machine's environment")
        if kind == "param":
            return self._param(address)
        if kind == "strToBool":
            text = params.strip("'\" ")
            if text in ("true", "1"):
                return True
            if text in ("false", "0"):
                return False
            return Unknown(f"strToBool({params}) is not a boolean")
        if kind == "file":
            return self._file(params, address, depth)
        return _DeployTime(f"${{{kind}:{address}}} is only known at deploy time")

    def _param(self, name: str) -> Any:
        if name in self.params:
            return self.params[name]
        stage = self.stage()
        if isinstance(stage, Unknown):
            return Unknown(f"${{param:{name}}} depends on an unknown stage")
        for scope in (stage, "default"):
            value = self.lookup(f"params.{scope}.{name}")
            if value is not _MISSING:
                return value
        return _MISSING

    def _file(self, params: str, address: str, depth: int) -> Any:
        from corslint.loaders import datafile

        name = params.strip("'\" ")
        path = (self.service_dir / name).resolve()
        base = self.service_dir.resolve()
        if path.suffix not in (".yml", ".yaml", ".json") or not path.is_relative_to(base):
            return Unknown(f"file({name}) is not a local YAML/JSON file corslint may read")
        if not path.is_file():
            return _MISSING  # the framework then uses the fallback
        try:
            rel = path.relative_to(self.cwd.resolve()).as_posix()
        except ValueError:
            rel = path.as_posix()
        doc = self._cache.get(f"doc:{path}", _MISSING)
        if doc is _MISSING:
            try:
                doc = datafile.load_data(path, rel)
            except datafile.ParseError as exc:
                doc = Unknown(f"file({name}) cannot be read: {exc}")
            self._cache[f"doc:{path}"] = doc
        if isinstance(doc, Unknown):
            return doc
        # variables in the included file resolve against the service (``self`` is serverless.yml)
        return self.lookup(address, depth, doc=doc, key=f"file({path})")


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return text.strip() != "" and text[0] in "-0123456789"


def _text(value: Any) -> str:
    if value is True or value is False:
        return "true" if value else "false"
    return str(value)


def _with_loc(value: Any, loc: Loc | None) -> Any:
    """A resolved scalar keeps the position of the string that named it."""
    if isinstance(value, str) and not isinstance(value, LStr):
        return LStr(value, loc)
    if isinstance(value, LStr) and value.loc is None:
        return LStr(value, loc)
    return value


def is_missing(value: Any) -> bool:
    return value is _MISSING
