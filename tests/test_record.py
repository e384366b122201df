"""corslint.record's generic methods behave as the ones ``@dataclass`` generates."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest

from corslint.record import Record, Value


@dataclass(slots=True, unsafe_hash=True)
class GenValue:
    a: Any
    b: Any = None
    hidden: Any = field(default=0, repr=False)
    ignored: Any = field(default=0, compare=False)
    unhashed: Any = field(default=0, hash=False)


@dataclass(slots=True, eq=False, repr=False)
class OurValue(Value):
    a: Any
    b: Any = None
    hidden: Any = field(default=0, repr=False)
    ignored: Any = field(default=0, compare=False)
    unhashed: Any = field(default=0, hash=False)


@dataclass(slots=True)
class GenRecord:
    a: Any
    children: list[Any] = field(default_factory=list)


@dataclass(slots=True, eq=False, repr=False)
class OurRecord(Record):
    a: Any
    children: list[Any] = field(default_factory=list)


NAN = float("nan")
CASES = [(1, 2, 3, 4, 5), (1, 2, 3, 9, 5), (1, 2, 3, 4, 9), ("x", None, 0, 0, 0), (NAN, [1], 0, 0, 0),
         ((1, 2), "y", "h", "i", "u")]


@pytest.mark.parametrize("left", CASES)
@pytest.mark.parametrize("right", CASES)
def test_value_equality_hash_and_repr(left: tuple[Any, ...], right: tuple[Any, ...]) -> None:
    gl, gr, ol, orr = GenValue(*left), GenValue(*right), OurValue(*left), OurValue(*right)
    assert (ol == orr) == (gl == gr)
    assert (ol != orr) == (gl != gr)
    assert repr(ol).replace("OurValue", "GenValue") == repr(gl)
    if isinstance(left[1], list):
        with pytest.raises(TypeError):
            hash(ol)
    else:
        assert (hash(ol) == hash(OurValue(*left))) and ((hash(gl) == hash(GenValue(*left))))
    assert (ol == gl) is False and (ol == left) is False


def test_records_compare_but_do_not_hash_and_repr_recursion_is_safe() -> None:
    ours, theirs = OurRecord(1), GenRecord(1)
    assert ours == OurRecord(1) and ours != OurRecord(2) and (theirs == GenRecord(1))
    with pytest.raises(TypeError):
        hash(ours)
    with pytest.raises(TypeError):
        hash(theirs)
    ours.children.append(ours)
    theirs.children.append(theirs)
    assert repr(ours).replace("OurRecord", "GenRecord") == repr(theirs) == "GenRecord(a=1, children=[...])"
    assert {OurValue(1): "a"}[OurValue(1)] == "a"
