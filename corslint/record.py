"""Equality, hash and repr for corslint's dataclasses, written once.

``@dataclass`` generates ``__eq__``, ``__hash__`` and ``__repr__`` as source
text and compiles it for every class when its module is imported: a third of
the cost of defining the class, paid on every run (about 47M instructions of a
small cold run for ~60 classes). So the data classes are
``@dataclass(slots=True, eq=False, repr=False)`` and inherit these generic
versions, which behave as the generated ones would:

- ``Record``: equality (same class, equal compared fields) and repr;
  not hashable, as a mutable dataclass with ``eq=True`` is not.
- ``Value``: a ``Record`` that is also hashable, for values that are never
  changed after they are made (``unsafe_hash=True``).
"""

from __future__ import annotations

import reprlib
from dataclasses import fields
from operator import attrgetter

TYPE_CHECKING = False  # typing itself is not imported: a cache hit imports this module
if TYPE_CHECKING:
    from typing import Any

_KEYS: dict[type, tuple[Any, Any, tuple[str, ...]]] = {}


def _keys(cls: type) -> tuple[Any, Any, tuple[str, ...]]:
    """(compared fields getter, hashed fields getter, repr field names) of a dataclass."""
    found = _KEYS.get(cls)
    if found is None:
        every = fields(cls)  # type: ignore[arg-type]
        compared = [f.name for f in every if f.compare]
        hashed = [f.name for f in every if (f.compare if f.hash is None else f.hash)]
        found = _KEYS[cls] = (
            _getter(compared), _getter(hashed), tuple(f.name for f in every if f.repr)
        )
    return found


def _getter(names: list[str]) -> Any:
    """A function giving the tuple of these attributes (as the generated methods compare)."""
    if not names:
        return lambda obj: ()
    if len(names) == 1:
        one = attrgetter(names[0])
        return lambda obj: (one(obj),)
    return attrgetter(*names)


class Record:
    """A dataclass with value equality and the dataclass repr."""

    __slots__ = ()

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        key = _keys(self.__class__)[0]
        return key(self) == key(other)

    __hash__ = None  # type: ignore[assignment]

    @reprlib.recursive_repr()
    def __repr__(self) -> str:
        names = _keys(self.__class__)[2]
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in names)
        return f"{self.__class__.__qualname__}({shown})"


class Value(Record):
    """A ``Record`` that is hashable: never changed once made."""

    __slots__ = ()

    def __hash__(self) -> int:
        return hash(_keys(self.__class__)[1](self))
