"""Source positions and position-carrying containers shared by every loader.

Loaders turn YAML, JSON and HCL into plain Python values wrapped in these
containers so that every value can tell where it was written:
``LDict`` and ``LList`` carry their own ``loc`` and, for dicts, ``key_locs``
(the position of each key's entry); ``LStr`` is a ``str`` with a ``loc``.
Numbers, booleans and ``None`` stay plain; ask their parent with ``loc_of``.
"""

from __future__ import annotations

from collections import namedtuple

TYPE_CHECKING = False  # typing is not imported at run time (docs/performance.md)
if TYPE_CHECKING:
    from typing import Any, NamedTuple

    class _Span(NamedTuple):
        file: str
        line: int
        column: int = 1
        end_line: int | None = None
        end_column: int | None = None
else:
    _Span = namedtuple("Loc", "file line column end_line end_column", defaults=(1, None, None))


class Loc(_Span):
    """A 1-based span in a file; ``file`` is relative to the working directory.

    A named tuple rather than a frozen dataclass: loaders make one for every
    value they read, and a tuple is made about three times faster.
    """

    __slots__ = ()

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"


class LDict(dict):  # type: ignore[type-arg]
    """A dict that remembers where it and each of its entries were written."""

    __slots__ = ("key_locs", "loc")

    def __init__(self, *args: Any, loc: Loc | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.loc = loc
        self.key_locs: dict[Any, Loc] = {}


class LList(list):  # type: ignore[type-arg]
    """A list that remembers where it was written."""

    __slots__ = ("loc",)

    def __init__(self, *args: Any, loc: Loc | None = None) -> None:
        super().__init__(*args)
        self.loc = loc


class LStr(str):
    """A string that remembers where it was written."""

    __slots__ = ("loc",)

    def __new__(cls, value: str, loc: Loc | None = None) -> LStr:
        obj = super().__new__(cls, value)
        obj.loc = loc
        return obj

    def __reduce__(self) -> tuple[Any, ...]:
        return (LStr, (str(self), self.loc))


def loc_of(value: Any, parent: Any = None, key: Any = None) -> Loc | None:
    """Where ``value`` was written: its own position, else its entry in ``parent``."""
    own = getattr(value, "loc", None)
    if isinstance(own, Loc):
        return own
    if isinstance(parent, LDict) and key in parent.key_locs:
        return parent.key_locs[key]
    parent_loc = getattr(parent, "loc", None)
    return parent_loc if isinstance(parent_loc, Loc) else None


def span(first: Loc | None, last: Loc | None) -> Loc | None:
    """The span from the start of ``first`` to the end of ``last``."""
    if first is None:
        return last
    if last is None or last.file != first.file:
        return first
    return Loc(
        first.file,
        first.line,
        first.column,
        last.end_line or last.line,
        last.end_column or last.column,
    )
