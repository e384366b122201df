"""How an attacker's origin gets through an origin test (CORS041); None: it does not."""

from __future__ import annotations

import re

from corslint.handlers.values import Val

_UNESCAPED_DOT = re.compile(r"(?<!\\)\.(?![*+?])")


def substring_weakness(text: Val) -> str | None:
    if not isinstance(text, str):
        return None
    return f"a substring test: 'https://{_host(text)}.evil.example' contains {text!r}"


def within_weakness(text: Val) -> str | None:
    """``origin in "https://a.example.com https://b.example.com"``: any part of the string passes."""
    if not isinstance(text, str):
        return None
    first = text.split()[0] if text.split() else text
    return f"a substring test against a string: a shorter origin such as {first[:-1]!r} is inside {text!r}"


def affix_weakness(method: str, arg: Val) -> str | None:
    if not isinstance(arg, str):
        return None
    if method == "startswith":
        return f"a prefix test: {arg + '.evil.example'!r} starts with {arg!r}"
    if arg.startswith(".") or "://" in arg:
        return None
    return f"a suffix test without a leading dot: 'https://evil{_host(arg)}' ends with {arg!r}"


def regex_weakness(pattern: str, mode: str = "search") -> str | None:
    """``mode``: how the regex is applied (``search``, ``match`` or ``fullmatch``)."""
    body = _strip_classes(pattern)
    if body.replace("^", "").replace("$", "") in (".*", ".+", ""):
        return f"the regex {pattern!r} matches every origin"
    starts = mode in ("match", "fullmatch") or body.startswith(("^", r"\A"))
    ends = mode == "fullmatch" or body.endswith(("$", r"\Z", r"\z"))
    if not starts:
        return f"the regex {pattern!r} is not anchored at the start: 'https://evil.example/?{pattern}' passes"
    if not ends:
        return f"the regex {pattern!r} is not anchored at the end: a longer host such as '…{_host(pattern)}.evil.example' passes"
    if _UNESCAPED_DOT.search(body):
        return f"the regex {pattern!r} has an unescaped '.', which matches any character"
    return None


def _strip_classes(pattern: str) -> str:
    """The pattern without ``[...]`` character classes (a dot inside them is literal)."""
    return re.sub(r"\[(?:\\.|[^\]])*\]", "C", pattern)


def _host(text: str) -> str:
    host = text.split("://", 1)[-1]
    return re.sub(r"[^a-zA-Z0-9.-]", "", host).strip(".") or "example.com"
