"""Positioned JSON: the values of a JSON text, each container and string with its ``Loc``.

``json.loads`` validates the text first (its error messages and positions are
the ones users see); one regular-expression pass then rebuilds the values with
their positions. Commas and colons carry no information once the text is known
to be valid, so they are skipped as if they were whitespace.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from json.decoder import scanstring

from corslint.loaders.datafile import MAX_DEPTH, ParseError
from corslint.source import LDict, LList, Loc, LStr

TYPE_CHECKING = False  # typing is not imported at run time (docs/performance.md)
if TYPE_CHECKING:
    from typing import Any

# one token per match: an opening bracket, a closing bracket, a string, or a word
# (number, true, false, null, NaN, Infinity, -Infinity), after blanks, commas, colons
_TOKEN = re.compile(
    r'[ \t\n\r,:]*(?:([\[{])|([\]}])|"([^"\\]*(?:\\.[^"\\]*)*)"|([^ \t\n\r,:\[\]{}"]+))'
)
_WORDS = {"true": True, "false": False, "null": None, "NaN": float("nan"),
          "Infinity": float("inf"), "-Infinity": float("-inf")}
_NO_KEY: Any = object()


def load_json(text: str, file: str) -> Any:
    """``text`` as positioned JSON values; ``ParseError`` with line/column if invalid."""
    try:
        json.loads(text)
    except json.JSONDecodeError as exc:
        raise ParseError(exc.msg, exc.lineno, exc.colno) from None
    except RecursionError:
        raise ParseError("nesting too deep") from None
    except ValueError as exc:  # e.g. an integer longer than Python's digit limit
        raise ParseError(f"cannot read JSON: {exc}") from None
    return _positioned(text, file)


def _word_value(word: str) -> Any:
    """A number, or true/false/null/NaN/Infinity/-Infinity."""
    if word in _WORDS:
        return _WORDS[word]
    return float(word) if "." in word or "e" in word or "E" in word else int(word)


def _positioned(text: str, file: str) -> Any:
    """The values of ``text`` (which ``json.loads`` accepted) with their positions."""
    starts = [0, *(m.end() for m in re.finditer("\n", text))]
    starts.append(len(text) + 1)  # a sentinel: no offset reaches it

    def loc(begin: int, end: int) -> Loc:
        first = bisect_right(starts, begin) - 1
        last = first if end < starts[first + 1] else bisect_right(starts, end, first) - 1
        return Loc(file, first + 1, begin - starts[first] + 1, last + 1, end - starts[last] + 1)

    # each frame: the container, where it starts, and its parent's pending key and its start
    stack: list[tuple[Any, int, Any, int]] = []
    key, key_start = _NO_KEY, 0
    for match in _TOKEN.finditer(text):
        kind = match.lastindex
        if kind == 1:
            start = match.start(1)
            if len(stack) >= MAX_DEPTH:
                at = loc(start, start)
                raise ParseError("nesting too deep", at.line, at.column)
            stack.append((LDict() if text[start] == "{" else LList(), start, key, key_start))
            key = _NO_KEY
            continue
        end = match.end()
        if kind == 2:
            value, start, key, key_start = stack.pop()
            value.loc = loc(start, end)
        elif kind == 3:
            raw = match.group(3)
            start = match.start(3) - 1
            if "\\" in raw:
                raw = scanstring(text, start + 1)[0]
            value = LStr(raw, loc(start, end))
            if key is _NO_KEY and stack and type(stack[-1][0]) is LDict:
                key, key_start = value, start
                continue
        else:
            value = _word_value(match.group(4))
        if not stack:
            return value
        parent = stack[-1][0]
        if type(parent) is LDict:
            parent[key] = value
            parent.key_locs[key] = loc(key_start, end)
            key = _NO_KEY
        else:
            parent.append(value)
    raise ParseError("unexpected end of JSON")  # not reached for text json.loads accepted
