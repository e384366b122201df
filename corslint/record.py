"""corslint's data classes: fields declared as annotations, as with ``@dataclass``.

    class Route(Record):      # compared by value; mutable, so not hashable
        path: str
        methods: list[str] = field(default_factory=list)

    class Origin(Value):      # also hashable: never changed once made
        text: str

A subclass gets ``__slots__`` for its fields, an ``__init__`` taking them in
order (inherited ones first, positionally or by name), ``==`` on its compared
fields and the dataclass repr, as ``@dataclass(slots=True)`` would give it.
``field()``, ``fields()`` and ``replace()`` work as their ``dataclasses`` namesakes.
tests/test_record.py checks the behaviour against ``@dataclass``.

Why not ``dataclasses``: ``@dataclass`` writes and compiles ``__init__`` (and
``__eq__``, ``__repr__``) as source text for every class when its module is
imported, and with ``slots=True`` builds each class twice. With importing
``dataclasses`` and ``inspect``, that was 8% of a small cold run (~60 classes).
Here a class is built once, and gets its ``__init__`` when first instantiated,
from code compiled ahead of time (``record_inits.py``).

How: ``Record`` and ``Value`` are markers whose type, ``_RecordType``, builds
each class statement that names them, slots included, as a plain class deriving
from the plain classes that hold their methods. A record class is thus of type
``type``, as ``isinstance`` needs for CPython's fast path (a metaclass on every
record cost 1-2% of a run); ``isinstance(x, Record)`` still holds. Two rules
follow: a record subclassing another record names ``Record`` or ``Value`` too
(``class Later(Unknown, Value)``; forgetting is a TypeError), and the bodies of
``Record`` and ``Value`` cannot use zero-argument ``super()``.

Field annotations must be strings (``from __future__ import annotations``), as
they are in every corslint module; a ``ClassVar`` annotation is not a field.
"""

from __future__ import annotations

import reprlib
from operator import attrgetter
from types import CodeType, FunctionType

TYPE_CHECKING = False  # typing itself is not imported: a cache hit imports this module
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any, ClassVar, TypeVar, dataclass_transform

    _R = TypeVar("_R")
else:

    def dataclass_transform(**_options):
        """Tells type checkers that records are data classes (PEP 681); nothing at run time."""
        return lambda cls: cls


class _Missing:
    __slots__ = ()

    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()


class Field:
    """One field of a record: its default and what it takes part in."""

    __slots__ = ("compare", "default", "default_factory", "hash", "name", "repr")

    def __init__(self, default: Any, default_factory: Any, compare: bool, hash: bool | None,
                 repr: bool) -> None:
        if default is not MISSING and default_factory is not MISSING:
            raise ValueError("cannot specify both default and default_factory")
        self.name = ""
        self.default, self.default_factory = default, default_factory
        self.compare, self.hash, self.repr = compare, hash, repr

    @property
    def required(self) -> bool:
        return self.default is MISSING and self.default_factory is MISSING

    def __repr__(self) -> str:
        return f"Field({self.name!r})"


def field(*, default: Any = MISSING, default_factory: Callable[[], Any] | Any = MISSING,
          compare: bool = True, hash: bool | None = None, repr: bool = True) -> Any:
    """A field's default or default factory, and whether it is compared, hashed, shown."""
    return Field(default, default_factory, compare, hash, repr)


def fields(record: Any) -> tuple[Field, ...]:
    """The fields of a record class or instance, in ``__init__`` order."""
    return record.__record_fields__


def replace(record: _R, /, **changes: Any) -> _R:
    """A copy of ``record`` with some fields changed."""
    for one in record.__record_fields__:  # type: ignore[attr-defined]
        if one.name not in changes:
            changes[one.name] = getattr(record, one.name)
    return record.__class__(**changes)


class _RecordType(type):
    """The type of ``Record`` and ``Value``: builds each class that names them as a base.

    ``Record`` and ``Value`` are markers standing for plain classes that hold their
    methods (``_plain``). A class statement naming one comes here, and the class
    made derives from the plain class instead: it is a plain ``type``, whose
    ``isinstance`` CPython checks on its fast path, yet has ``__slots__``.
    """

    _plain: type

    def __new__(mcls, name: str, bases: tuple[type, ...], namespace: dict[str, Any]) -> type:
        bases = tuple(base._plain if type(base) is _RecordType else base for base in bases)
        if namespace.get("__module__") == __name__:  # Record and Value themselves
            plain = type.__new__(type, name, bases, namespace)
            return super().__new__(mcls, name, (), {"_plain": plain, "__doc__": plain.__doc__,
                                                    "__module__": __name__, "__slots__": ()})
        found: dict[str, Field] = {}
        for base in reversed(bases):
            for one in getattr(base, "__record_fields__", ()):
                found[one.name] = one
        slots = []
        annotations = namespace.get("__annotations__", {})
        if not annotations and any(key.startswith("__annotate") for key in namespace):
            raise TypeError(f"{name}: records need `from __future__ import annotations`")
        for key, annotation in annotations.items():
            if not isinstance(annotation, str):
                raise TypeError(f"{name}.{key}: records need `from __future__ import annotations`")
            if annotation.startswith(("ClassVar", "typing.ClassVar")):
                continue
            if key == "self":
                raise TypeError(f"{name}: a field cannot be named 'self'")
            given = namespace.pop(key, MISSING)
            one = given if isinstance(given, Field) else field(default=given)
            one.name = key
            if key not in found:
                slots.append(key)
            found[key] = one
        after_default = ""
        for one in found.values():
            if not one.required:
                after_default = after_default or one.name
            elif after_default:
                raise TypeError(f"{name}: field {one.name!r} without a default follows "
                                f"{after_default!r}, which has one")
        namespace.setdefault("__slots__", tuple(slots))
        namespace["__record_fields__"] = tuple(found.values())
        namespace.setdefault("__init__", _compile_init_on_first_use)
        return type.__new__(type, name, bases, namespace)

    def __instancecheck__(cls, instance: object) -> bool:
        return isinstance(instance, cls._plain)

    def __subclasscheck__(cls, subclass: type) -> bool:
        return issubclass(subclass, cls._plain)


def _compile_init_on_first_use(self: Any, *args: Any, **kwargs: Any) -> None:
    """Every record's first ``__init__``: puts the real one in place, then calls it."""
    owner = next(cls for cls in type(self).__mro__
                 if cls.__dict__.get("__init__") is _compile_init_on_first_use)
    owner.__init__ = _init_for(owner)  # type: ignore[misc]
    owner.__init__(self, *args, **kwargs)  # type: ignore[misc]


def _init_for(cls: type) -> Callable[..., None]:
    """The ``__init__`` that ``@dataclass`` would write for this record class.

    It is the compiled ``__init__`` for the same layout (``template_source``) with its
    parameters and attributes renamed: compiling one costs a hundred times more.
    """
    every = cls.__record_fields__  # type: ignore[attr-defined]
    first = next((i for i, one in enumerate(every) if one.default_factory is not MISSING), None)
    code = _template(len(every), first)
    names = {f"p{i}": one.name for i, one in enumerate(every)}
    names.update((f"n{i}", one.name) for i, one in enumerate(every))
    renamed: dict[str, Any] = {
        "co_name": "__init__",
        "co_varnames": tuple(names.get(name, name) for name in code.co_varnames),
        "co_names": tuple(names.get(name, name) for name in code.co_names),
    }
    if hasattr(code, "co_qualname"):  # Python 3.11+: the name in error messages
        renamed["co_qualname"] = f"{cls.__qualname__}.__init__"
    scope = {"__record_missing__": MISSING, "__builtins__": {}}
    for i in range(len(every) if first is None else first, len(every)):
        factory = every[i].default_factory
        scope[f"__record_factory_{i}__"] = _missing if factory is MISSING else factory
    defaults = tuple(one.default for one in every if not one.required)
    init = FunctionType(code.replace(**renamed), scope, "__init__", defaults or None)
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    return init


def _missing() -> Any:
    """The "factory" of a field with a plain default that follows one with a factory:
    its parameter is ``MISSING`` only if the caller passed ``MISSING``."""
    return MISSING


_COMPILED: dict[str, CodeType] = {}


def _template(count: int, first: int | None) -> CodeType:
    """The code of the ``__init__`` for this layout: from ``record_inits.py`` (its ``.pyc``)
    for up to ``record_inits.MOST`` fields, else compiled once here."""
    from corslint import record_inits

    name = _template_name(count, first)
    made = getattr(record_inits, name, None)
    if made is not None:
        return made.__code__
    code = _COMPILED.get(name)
    if code is None:
        scope: dict[str, Any] = {}
        exec(template_source(count, first), scope)  # digits and fixed names only
        code = _COMPILED[name] = scope[name].__code__
    return code


def _template_name(count: int, first: int | None) -> str:
    return f"init{count}" if first is None else f"init{count}_from{first}"


def template_source(count: int, first: int | None = None) -> str:
    """An ``__init__`` for ``count`` fields: parameter ``p<i>`` sets attribute ``n<i>``;
    from position ``first`` on (the first field with a default factory), where the
    parameter was left at its default ``__record_missing__``, ``__record_factory_<i>__()``
    makes the value."""
    params = "".join(f", p{i}" for i in range(count))
    lines = [f"def {_template_name(count, first)}(self{params}):"]
    lines += [
        f"    self.n{i} = p{i} if p{i} is not __record_missing__ else __record_factory_{i}__()"
        if first is not None and i >= first else f"    self.n{i} = p{i}"
        for i in range(count)
    ]
    return "\n".join(lines if count else [*lines, "    pass"]) + "\n"


INITS_HEADER = '''"""Precompiled ``__init__`` code for records of up to {most} fields: ``init<n>``
for ``n`` fields, ``init<n>_from<k>`` where field ``k`` is the first with a default
factory (see ``corslint.record._init_for``).

Written by ``python -m corslint.record``; tests/test_record.py checks it is what
that writes. The ``__record_*__`` names are globals that ``_init_for`` gives each
``__init__`` made from these.
"""
# ruff: noqa: F821
# mypy: ignore-errors

MOST = {most}
'''


def record_inits_source(most: int = 16) -> str:
    """The text of ``corslint/record_inits.py``."""
    functions = "\n\n".join(
        template_source(count, first)
        for count in range(most + 1) for first in (None, *range(count))
    )
    return INITS_HEADER.format(most=most) + "\n\n" + functions


_KEYS: dict[type, tuple[Any, Any, tuple[str, ...]]] = {}


def _keys(cls: type) -> tuple[Any, Any, tuple[str, ...]]:
    """(compared fields getter, hashed fields getter, repr field names) of a record class."""
    found = _KEYS.get(cls)
    if found is None:
        every = fields(cls)
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


@dataclass_transform(field_specifiers=(field,))
class Record(metaclass=_RecordType):
    """A data class with value equality and the dataclass repr; not hashable."""

    __slots__ = ()
    __record_fields__: ClassVar[tuple[Field, ...]] = ()

    def __init_subclass__(cls) -> None:  # no super(): the class statement returns the marker
        if "__record_fields__" not in cls.__dict__ and cls.__module__ != __name__:  # not built
            bases = ", ".join(base.__name__ for base in cls.__bases__)
            raise TypeError(f"{cls.__name__}: a record subclassing another names Record or Value "
                            f"too, as in `class {cls.__name__}({bases}, Value)`")

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

    def __hash__(self) -> int:  # type: ignore[override]
        return hash(_keys(self.__class__)[1](self))


if __name__ == "__main__":
    from pathlib import Path

    Path(__file__).with_name("record_inits.py").write_text(record_inits_source())
