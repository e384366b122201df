"""corslint.record's classes behave as ``@dataclass(slots=True)`` ones do."""

from __future__ import annotations

import dataclasses
import inspect
from pathlib import Path
from typing import Any, ClassVar

import pytest
from hypothesis import given
from hypothesis import strategies as st

import corslint.record
from corslint.record import Record, Value, field, fields, replace


@dataclasses.dataclass(slots=True, unsafe_hash=True)
class GenValue:
    a: Any
    b: Any = None
    hidden: Any = dataclasses.field(default=0, repr=False)
    ignored: Any = dataclasses.field(default=0, compare=False)
    unhashed: Any = dataclasses.field(default=0, hash=False)


class OurValue(Value):
    a: Any
    b: Any = None
    hidden: Any = field(default=0, repr=False)
    ignored: Any = field(default=0, compare=False)
    unhashed: Any = field(default=0, hash=False)


@dataclasses.dataclass(slots=True)
class GenRecord:
    a: Any
    children: list[Any] = dataclasses.field(default_factory=list)


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


def test_slots_factories_and_signature() -> None:
    first, second = OurRecord(1), OurRecord(a=2)
    assert first.children == [] and first.children is not second.children
    assert not hasattr(first, "__dict__") and OurRecord.__slots__ == ("a", "children")
    assert type(OurRecord) is type  # so isinstance takes CPython's fast path
    assert isinstance(first, Record) and issubclass(OurRecord, Record)
    assert not isinstance(first, Value) and not isinstance(1, Record)
    assert isinstance(OurValue(1), Value) and issubclass(OurValue, Record)
    with pytest.raises(AttributeError):
        first.other = 1  # type: ignore[attr-defined]
    ours, theirs = inspect.signature(OurRecord), inspect.signature(GenRecord)
    assert [(p.name, p.kind) for p in ours.parameters.values()] == \
        [(p.name, p.kind) for p in theirs.parameters.values()]
    assert OurRecord.__init__.__qualname__ == "OurRecord.__init__"
    assert OurRecord.__init__.__module__ == __name__


def test_replace_and_fields_as_dataclasses() -> None:
    ours = OurValue(1, 2, unhashed=5)
    assert replace(ours, b=3) == OurValue(1, 3, unhashed=5) and ours.b == 2
    assert [f.name for f in fields(ours)] == [f.name for f in dataclasses.fields(GenValue)]
    with pytest.raises(TypeError):
        replace(ours, nope=1)


def test_inheritance_classvar_and_redeclared_fields() -> None:
    class Base(Record):
        a: int
        b: int = 1
        kind: ClassVar[str] = "base"

    class Child(Base, Record):
        c: int = 2
        a: int = 0  # redeclared: keeps its place, gains a default

    child = Child()  # before Base has ever been instantiated
    assert (child.a, child.b, child.c) == (0, 1, 2) and Child.kind == "base"
    assert [f.name for f in fields(Child)] == ["a", "b", "c"] and Child.__slots__ == ("c",)
    assert Base(5).a == 5 and Child(7, 8, 9).c == 9
    with pytest.raises(TypeError):
        Base()  # type: ignore[call-arg]
    with pytest.raises(TypeError, match=r"class Forgot\(Base, Value\)"):
        class Forgot(Base):  # its type would be plain type: no fields, no slots
            d: int = 3


def test_bad_declarations_fail_when_the_class_is_made() -> None:
    with pytest.raises(TypeError, match="without a default follows"):
        class Bad(Record):
            a: int = 1
            b: int

    with pytest.raises(TypeError, match="'self'"):
        class Selfish(Record):
            self: int

    with pytest.raises(ValueError):
        field(default=1, default_factory=list)


def test_more_fields_than_the_precompiled_inits() -> None:
    from corslint.record_inits import MOST

    names = [f"f{i}" for i in range(MOST + 3)]
    Wide = corslint.record._RecordType(
        "Wide", (Record,), {"__annotations__": dict.fromkeys(names, "int")}
    )
    wide = Wide(*range(len(names)))
    assert [getattr(wide, name) for name in names] == list(range(len(names)))


def test_record_inits_is_what_record_writes() -> None:
    written = Path(corslint.record.__file__).with_name("record_inits.py").read_text()
    assert written == corslint.record.record_inits_source(), "run: python -m corslint.record"


# ---------------------------------------------------------------- property

KINDS = st.sampled_from(["required", "default", "factory"])


@st.composite
def declarations(draw: Any) -> list[tuple[str, str]]:
    """Field names with their kinds, required ones first (as a dataclass needs)."""
    names = draw(st.lists(st.sampled_from("abcdefghijklmnopqrstuvwxyz"), unique=True, max_size=20))
    kinds = sorted((draw(KINDS) for _ in names), key=lambda kind: kind != "required")
    return list(zip(names, kinds))


def _pair(declared: list[tuple[str, str]]) -> tuple[type, type]:
    """The same fields as a dataclass and as a record."""
    theirs = dataclasses.make_dataclass("Some", [
        (name, "Any", dataclasses.field(default=len(name)) if kind == "default" else
         dataclasses.field(default_factory=list) if kind == "factory" else dataclasses.field())
        for name, kind in declared
    ], slots=True)
    namespace: dict[str, Any] = {"__annotations__": {name: "Any" for name, _ in declared}}
    for name, kind in declared:
        if kind != "required":
            namespace[name] = len(name) if kind == "default" else field(default_factory=list)
    ours = corslint.record._RecordType("Some", (Record,), namespace)
    return theirs, ours


@given(declarations(), st.integers(0, 22), st.sets(st.sampled_from("abcdefghijklmnopqrstuvwxyz!")))
def test_init_accepts_and_refuses_the_calls_a_dataclass_does(
    declared: list[tuple[str, str]], positional: int, keywords: set[str]
) -> None:
    theirs, ours = _pair(declared)
    args = [object() for _ in range(positional)]
    kwargs = {name: object() for name in keywords if name != "!"}
    if "!" in keywords:
        kwargs["self"] = 0
    results = []
    for cls in (theirs, ours):
        try:
            made = cls(*args, **kwargs)
        except TypeError as error:
            # the message, less the function's name; with 'self' given twice the two
            # may name different mistakes first
            results.append(("error", "self" in kwargs or str(error).split("()", 1)[-1]))
        else:
            results.append(("made", [(f.name, getattr(made, f.name)) for f in dataclasses.fields(theirs)]))
    assert results[0] == results[1]
