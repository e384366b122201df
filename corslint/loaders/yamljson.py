"""Safe, positioned YAML and JSON loading.

Mappings become ``LDict``, sequences ``LList``, strings ``LStr``; each carries a
``Loc`` (1-based; ``end_column`` is the column just after the last character).
``LDict.key_locs[key]`` spans from the key to the end of its value.

YAML is read from the parser's event stream (never constructing Python objects
from tags), iteratively, so hostile input (alias bombs, deep nesting) fails with
a ``ParseError`` in bounded time and memory. CloudFormation short-form tags
(``!Ref``, ``!GetAtt``, ``!Sub`` ...) become their long form.
"""

from __future__ import annotations

import bisect
import json
import pathlib
import re
from json.decoder import scanstring
from typing import Any

import yaml

from corslint.loaders import reads
from corslint.source import LDict, LList, Loc, LStr

MAX_BYTES = 5 * 1024 * 1024
MAX_NODES = 1_000_000
MAX_DEPTH = 200

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_YAML = "tag:yaml.org,2002:"
_CFN_TAGS = {
    "!Ref": "Ref",
    "!Condition": "Condition",
    "!GetAtt": "Fn::GetAtt",
    **{
        f"!{name}": f"Fn::{name}"
        for name in (
            "Sub Join If FindInMap Select Split Equals Not And Or "
            "ImportValue Base64 Cidr GetAZs Transform"
        ).split()
    },
}


class ParseError(Exception):
    """An input that cannot be read, with its position when known (1-based)."""

    def __init__(self, message: str, line: int | None = None, column: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column

    def __str__(self) -> str:
        where = f"line {self.line}: " if self.line is not None else ""
        return f"{where}{self.message}"


# ------------------------------------------------------------------ YAML

_resolver = yaml.resolver.Resolver()
_constructor = yaml.constructor.SafeConstructor()
_SCALAR_TAGS = {
    _YAML + "int": _constructor.construct_yaml_int,
    _YAML + "float": _constructor.construct_yaml_float,
    _YAML + "bool": _constructor.construct_yaml_bool,
}


def _plain_value(event: yaml.ScalarEvent, tag: str, loc: Loc) -> Any:
    """A YAML scalar as int/float/bool/None, or an ``LStr``."""
    if tag == _YAML + "null":
        return None
    build = _SCALAR_TAGS.get(tag)
    if build is not None:
        try:
            return build(yaml.ScalarNode(tag, event.value))
        except (ValueError, TypeError):
            pass
    return LStr(event.value, loc)


def _json_scalar(text: str, loc: Loc) -> Any:
    """A plain JSON scalar (true/false/null/number)."""
    try:
        return json.loads(text)
    except ValueError:
        return LStr(text, loc)


class _Frame:
    """A mapping or sequence being built."""

    __slots__ = ("value", "start", "end", "tag", "anchor", "flow", "count", "key", "key_start", "merges", "set_keys")

    def __init__(self, value: Any, start: Any, tag: str | None, anchor: str | None, flow: bool) -> None:
        self.value = value
        self.start = (start.line, start.column)
        self.end = self.start
        self.tag = tag
        self.anchor = anchor
        self.flow = flow
        self.count = 1
        self.key: Any = _NO_KEY
        self.key_start = self.start
        self.merges: list[Any] = []
        self.set_keys: set[Any] = set()


_NO_KEY = object()


class _Builder:
    """Builds positioned values from a YAML event stream, one document."""

    def __init__(self, text: str, file: str, json_mode: bool) -> None:
        self.text = text
        self.file = file
        self.json_mode = json_mode
        self.total = 0
        self.anchors: dict[str, tuple[Any, int]] = {}
        self.lines: list[str] | None = None

    def loc(self, start: tuple[int, int], end: tuple[int, int]) -> Loc:
        return Loc(self.file, start[0] + 1, start[1] + 1, end[0] + 1, end[1] + 1)

    def scalar_end(self, event: Any) -> tuple[int, int]:
        """End of a scalar; block scalars end on their last line, not the next."""
        end = (event.end_mark.line, event.end_mark.column)
        if event.style in ("|", ">") and end[1] == 0 and end[0] > event.start_mark.line:
            if self.lines is None:
                self.lines = self.text.split("\n")
            line = end[0] - 1
            while line > event.start_mark.line and not self.lines[line].strip():
                line -= 1
            end = (line, len(self.lines[line].rstrip("\r")))
        return end

    def bump(self, n: int, mark: Any) -> None:
        self.total += n
        if self.total > MAX_NODES:
            raise ParseError("too many YAML aliases/nodes", mark.line + 1, mark.column + 1)

    def wrap(self, tag: str | None, value: Any, loc: Loc) -> Any:
        """CloudFormation short form → long form (unknown tags keep the value)."""
        name = _CFN_TAGS.get(tag or "")
        if name is None:
            return value
        if name == "Fn::GetAtt" and isinstance(value, str):
            value = LList([LStr(p, loc) for p in value.split(".", 1)], loc=loc)
        out = LDict({LStr(name, loc): value}, loc=loc)
        out.key_locs[name] = loc
        return out

    def build(self, events: Any) -> Any:
        stack: list[_Frame] = []
        open_anchors: set[str] = set()
        for event in events:
            kind = type(event)
            if kind is yaml.ScalarEvent:
                start = (event.start_mark.line, event.start_mark.column)
                end = self.scalar_end(event)
                loc = self.loc(start, end)
                tag = event.tag
                if tag in _CFN_TAGS:
                    value = self.wrap(tag, LStr(event.value, loc), loc)
                elif self.json_mode:
                    value = LStr(event.value, loc) if event.style else _json_scalar(event.value, loc)
                else:
                    if tag is None or tag == "!" or not tag.startswith(_YAML):
                        tag = _resolver.resolve(yaml.ScalarNode, event.value, event.implicit)
                    value = _plain_value(event, tag, loc)
                self.bump(1, event.start_mark)
                if event.anchor:
                    self.anchors[event.anchor] = (value, 1)
                done = (value, start, end, 1)
            elif kind is yaml.AliasEvent:
                if event.anchor not in self.anchors:
                    problem = "recursive YAML alias" if event.anchor in open_anchors else "undefined YAML alias"
                    raise ParseError(f"{problem} *{event.anchor}", event.start_mark.line + 1, event.start_mark.column + 1)
                value, count = self.anchors[event.anchor]
                self.bump(count, event.start_mark)
                done = (value, (event.start_mark.line, event.start_mark.column),
                        (event.end_mark.line, event.end_mark.column), count)
            elif kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
                if len(stack) >= MAX_DEPTH:
                    raise ParseError("nesting too deep", event.start_mark.line + 1, event.start_mark.column + 1)
                self.bump(1, event.start_mark)
                container = LDict() if kind is yaml.MappingStartEvent else LList()
                stack.append(_Frame(container, event.start_mark, event.tag, event.anchor, bool(event.flow_style)))
                if event.anchor:
                    open_anchors.add(event.anchor)
                continue
            elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
                frame = stack.pop()
                end = (event.end_mark.line, event.end_mark.column) if frame.flow else frame.end
                loc = self.loc(frame.start, end)
                value = frame.value
                value.loc = loc
                for source in frame.merges:
                    for k, v in source.items():
                        if k not in frame.set_keys and k not in value:
                            value[k] = v
                            value.key_locs[k] = source.key_locs.get(k, loc)
                value = self.wrap(frame.tag, value, loc)
                if frame.anchor:
                    open_anchors.discard(frame.anchor)
                    self.anchors[frame.anchor] = (value, frame.count)
                done = (value, frame.start, end, frame.count)
            elif kind is yaml.DocumentEndEvent:
                return None
            else:
                continue
            if not stack:
                return done[0]
            self.add(stack[-1], done, event)
        return None

    def add(self, parent: _Frame, done: tuple[Any, Any, Any, int], event: Any) -> None:
        value, start, end, count = done
        parent.count += count
        parent.end = end
        if isinstance(parent.value, LList):
            parent.value.append(value)
            return
        if parent.key is _NO_KEY:
            try:
                hash(value)
            except TypeError:
                raise ParseError("unsupported mapping key", start[0] + 1, start[1] + 1) from None
            parent.key, parent.key_start = value, start
            return
        key, parent.key = parent.key, _NO_KEY
        if key == "<<" and not self.json_mode and isinstance(key, LStr) and _is_merge(value):
            parent.merges.extend(value if isinstance(value, list) else [value])
            return
        parent.value[key] = value
        parent.set_keys.add(key)
        parent.value.key_locs[key] = self.loc(parent.key_start, end)


def _is_merge(value: Any) -> bool:
    if isinstance(value, LDict):
        return True
    return isinstance(value, list) and all(isinstance(v, LDict) for v in value)


def _events(text: str) -> Any:
    """The parser's events for ``text`` (libyaml when available)."""
    loader = _Loader(text)
    try:
        while loader.check_event():
            yield loader.get_event()
    finally:
        loader.dispose()


def _yaml_error(exc: yaml.YAMLError) -> ParseError:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    problem = getattr(exc, "problem", None) or str(exc)
    context = getattr(exc, "context", None)
    message = f"{context}: {problem}" if context else problem
    if mark is None:
        return ParseError(message)
    return ParseError(message, mark.line + 1, mark.column + 1)


def load_yaml(text: str, file: str) -> Any:
    """The first YAML document in ``text`` as positioned values; ``ParseError`` if unreadable."""
    try:
        return _Builder(text, file, json_mode=False).build(_events(text))
    except ParseError:
        raise
    except yaml.YAMLError as exc:
        raise _yaml_error(exc) from None
    except RecursionError:
        raise ParseError("nesting too deep") from None
    except (ValueError, TypeError, MemoryError) as exc:
        raise ParseError(f"cannot read YAML: {exc}") from None


# ------------------------------------------------------------------ JSON

_WS = re.compile(r"[ \t\n\r]*")
_NUMBER = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?")
_LITERALS = {"true": True, "false": False, "null": None, "NaN": float("nan"),
             "Infinity": float("inf"), "-Infinity": float("-inf")}


class _JsonScanner:
    """A small positioned JSON scanner for text that ``json.loads`` accepted."""

    def __init__(self, text: str, file: str) -> None:
        self.text = text
        self.file = file
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def pos(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.starts, offset) - 1
        return line, offset - self.starts[line]

    def loc(self, begin: int, end: int) -> Loc:
        (l1, c1), (l2, c2) = self.pos(begin), self.pos(end)
        return Loc(self.file, l1 + 1, c1 + 1, l2 + 1, c2 + 1)

    def scalar(self, i: int) -> tuple[Any, int]:
        text = self.text
        if text[i] == '"':
            value, end = scanstring(text, i + 1)
            return LStr(value, self.loc(i, end)), end
        m = _NUMBER.match(text, i)
        if m and m.end() > i:
            raw = m.group()
            return (float(raw) if any(c in raw for c in ".eE") else int(raw)), m.end()
        for word, value in _LITERALS.items():
            if text.startswith(word, i):
                return value, i + len(word)
        raise ParseError("unexpected character", *[p + 1 for p in self.pos(i)])

    def scan(self) -> Any:
        text, ws = self.text, _WS
        stack: list[tuple[Any, int, Any, int]] = []  # container, start, pending key, key start
        i = ws.match(text, 0).end()
        while True:
            ch = text[i]
            if ch in "{[":
                if len(stack) >= MAX_DEPTH:
                    raise ParseError("nesting too deep", *[p + 1 for p in self.pos(i)])
                stack.append((LDict() if ch == "{" else LList(), i, None, i))
                i = ws.match(text, i + 1).end()
                if text[i] in "}]":
                    ch = text[i]
                else:
                    continue
            if ch in "}]":
                container, start, _, _ = stack.pop()
                i += 1
                container.loc = self.loc(start, i)
                value, vstart = container, start
            else:
                vstart = i
                value, i = self.scalar(i)
                if stack and isinstance(stack[-1][0], LDict) and stack[-1][2] is None:
                    c, s, _, _ = stack[-1]
                    stack[-1] = (c, s, value, vstart)
                    i = ws.match(text, i).end() + 1  # the ':'
                    i = ws.match(text, i).end()
                    continue
            if not stack:
                return value
            container, start, key, kstart = stack[-1]
            if isinstance(container, LDict):
                container[key] = value
                container.key_locs[key] = self.loc(kstart, i)
                stack[-1] = (container, start, None, kstart)
            else:
                container.append(value)
            i = ws.match(text, i).end()
            if text[i] == ",":
                i = ws.match(text, i + 1).end()


def load_json(text: str, file: str) -> Any:
    """``text`` as positioned JSON values; ``ParseError`` with line/column if invalid."""
    try:
        plain = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ParseError(exc.msg, exc.lineno, exc.colno) from None
    except RecursionError:
        raise ParseError("nesting too deep") from None
    if isinstance(plain, (dict, list)):
        try:
            value = _Builder(text, file, json_mode=True).build(_events(text))
            if value == plain:
                return value
        except (yaml.YAMLError, ParseError, ValueError, RecursionError):
            pass  # JSON that YAML reads differently: use the scanner
    try:
        return _JsonScanner(text, file).scan()
    except (IndexError, ValueError) as exc:
        raise ParseError(f"cannot read JSON: {exc}") from None


# ------------------------------------------------------------------ files


def decode(data: bytes) -> str:
    """Checked text of a file's bytes (size, binary, UTF-8 with optional BOM)."""
    if len(data) > MAX_BYTES:
        raise ParseError(f"file too large ({len(data)} bytes, limit {MAX_BYTES})")
    if b"\x00" in data:
        raise ParseError("binary file", data[: data.index(b"\x00")].count(b"\n") + 1)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ParseError("not UTF-8 text", data[: exc.start].count(b"\n") + 1) from None


def load_data(path: pathlib.Path, file: str) -> Any:
    """Read and parse a YAML or JSON file (chosen by extension, else by content)."""
    reads.note(path)
    try:
        if path.exists() and not path.is_file():  # a FIFO or device would block or never end
            raise ParseError("not a regular file")
        if path.stat().st_size > MAX_BYTES:
            raise ParseError(f"file too large (limit {MAX_BYTES} bytes)")
        data = path.read_bytes()
    except OSError as exc:
        raise ParseError(f"cannot read file: {exc.strerror or exc}") from None
    text = decode(data)
    suffix = path.suffix.lower()
    if suffix == ".json" or (suffix not in (".yaml", ".yml") and text.lstrip()[:1] in ("{", "[")):
        return load_json(text, file)
    return load_yaml(text, file)
