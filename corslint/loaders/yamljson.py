"""Safe, positioned YAML loading.

Mappings become ``LDict``, sequences ``LList``, strings ``LStr``; each carries a
``Loc`` (1-based; ``end_column`` is the column just after the last character).
``LDict.key_locs[key]`` spans from the key to the end of its value.

YAML is read from the parser's event stream (never constructing Python objects
from tags), iteratively, so hostile input (alias bombs, deep nesting) fails with
a ``ParseError`` in bounded time and memory. CloudFormation short-form tags
(``!Ref``, ``!GetAtt``, ``!Sub`` ...) become their long form.

JSON is read by ``corslint.loaders.jsonpos``; reading a file and its checks
(size, binary, encoding) are in ``corslint.loaders.datafile``.
"""

from __future__ import annotations

import re

# PyYAML compiles NON_PRINTABLE when imported, for its pure-Python reader (unused
# here when libyaml is present). Its big character ranges make ``re`` walk 63,000
# code points: 57M instructions, 6% of a small cold run. The same set, written as
# the few small ranges it excludes, compiles 30 times faster; put in ``re``'s cache
# under PyYAML's text, it is what PyYAML's ``re.compile`` returns. On a Python
# without that cache nothing changes. tests/loaders/test_yamljson.py checks both
# patterns match the same code points and that PyYAML gets this one.
PYYAML_NON_PRINTABLE = "[^\x09\x0A\x0D\x20-\x7E\x85\xA0-\uD7FF\uE000-\uFFFD\U00010000-\U0010ffff]"
SAME_CHARACTERS = "[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uD800-\uDFFF\uFFFE\uFFFF]"
if isinstance(getattr(re, "_cache", None), dict):
    re._cache.setdefault((str, PYYAML_NON_PRINTABLE, 0), re.compile(SAME_CHARACTERS))

import yaml  # noqa: E402

from corslint.loaders.datafile import MAX_DEPTH, ParseError  # noqa: E402
from corslint.source import LDict, LList, Loc, LStr  # noqa: E402

TYPE_CHECKING = False  # typing is not imported at run time (docs/performance.md)
if TYPE_CHECKING:
    from typing import Any

MAX_NODES = 1_000_000

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

    def __init__(self, text: str, file: str) -> None:
        self.text = text
        self.file = file
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
        if key == "<<" and isinstance(key, LStr) and _is_merge(value):
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
    if "maximum nesting depth" in problem:  # PyYAML 6.0.4 (seen here) limits nesting itself
        message = "nesting too deep"
    if mark is None:
        return ParseError(message)
    return ParseError(message, mark.line + 1, mark.column + 1)


def load_yaml(text: str, file: str) -> Any:
    """The first YAML document in ``text`` as positioned values; ``ParseError`` if unreadable."""
    try:
        return _Builder(text, file).build(_events(text))
    except ParseError:
        raise
    except yaml.YAMLError as exc:
        raise _yaml_error(exc) from None
    except RecursionError:
        raise ParseError("nesting too deep") from None
    except (ValueError, TypeError, MemoryError) as exc:
        raise ParseError(f"cannot read YAML: {exc}") from None
