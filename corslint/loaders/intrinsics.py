"""CloudFormation intrinsic functions, evaluated with the template's parameter defaults.

``Evaluator.value`` turns a property value into plain data: ``Ref`` of a
parameter gives its default, ``Fn::Sub``/``Fn::Join``/``Fn::Select``/
``Fn::Split``/``Fn::FindInMap`` are computed, ``Fn::If`` follows its condition
when the condition is decidable. Anything that depends on deploy time (pseudo
parameters, resource attributes, imports, parameters without a default) is
``Unknown(reason)``. Strings keep their position (``LStr``) where possible.
``reference`` tells which resource a value points at (``Ref``/``Fn::GetAtt``,
also inside ``Fn::Sub``/``Fn::Join``), which is how integrations find their
Lambda function.
"""

from __future__ import annotations

import re

from corslint.model import Unknown
from corslint.record import Record, field
from corslint.source import LDict, LList, LStr, loc_of

TYPE_CHECKING = False  # typing is not imported at run time (docs/performance.md)
if TYPE_CHECKING:
    from typing import Any, overload

NO_VALUE = Unknown("AWS::NoValue")  # a property removed by ``Ref: AWS::NoValue``
_SUB_VAR = re.compile(r"\$\{([^}]*)\}")
_INTRINSICS = frozenset(
    {
        "Ref",
        "Condition",
        "Fn::Sub",
        "Fn::GetAtt",
        "Fn::Join",
        "Fn::If",
        "Fn::FindInMap",
        "Fn::Select",
        "Fn::Split",
        "Fn::ImportValue",
        "Fn::Base64",
        "Fn::GetAZs",
        "Fn::Cidr",
        "Fn::Equals",
        "Fn::Not",
        "Fn::And",
        "Fn::Or",
        "Fn::Transform",
        "Fn::Length",
        "Fn::ToJsonString",
    }
)


def intrinsic(value: Any) -> tuple[str, Any] | None:
    """``(name, argument)`` when ``value`` is a one-key intrinsic function dict."""
    if isinstance(value, dict) and len(value) == 1:
        name = next(iter(value))
        if name in _INTRINSICS:
            return name, value[name]
    return None


def reference(value: Any) -> str | None:
    """The logical ID a value refers to (``Ref``, ``Fn::GetAtt``, in ``Fn::Sub``/``Fn::Join``)."""
    found = intrinsic(value)
    if found is None:
        return None
    name, arg = found
    if name == "Ref" and isinstance(arg, str) and not arg.startswith("AWS::"):
        return str(arg)
    if name == "Fn::GetAtt":
        if isinstance(arg, list) and arg and isinstance(arg[0], str):
            return str(arg[0])
        if isinstance(arg, str):
            return arg.split(".", 1)[0]
    if name == "Fn::Sub":
        text, variables = (arg[0], arg[1]) if isinstance(arg, list) and len(arg) == 2 else (arg, {})
        if isinstance(variables, dict):
            for inner in variables.values():
                target = reference(inner)
                if target:
                    return target
        if isinstance(text, str):
            for var in _SUB_VAR.findall(text):
                if var.startswith("!") or var.startswith("AWS::") or var in (variables or {}):
                    continue
                return var.split(".", 1)[0]
    if name == "Fn::Join" and isinstance(arg, list) and len(arg) == 2 and isinstance(arg[1], list):
        for part in arg[1]:
            target = reference(part)
            if target:
                return target
    return None


class Evaluator(Record):
    """Evaluates intrinsics against one template's Parameters, Mappings and Conditions."""

    parameters: dict[str, Any] = field(default_factory=dict)
    mappings: dict[str, Any] = field(default_factory=dict)
    conditions: dict[str, Any] = field(default_factory=dict)
    resources: frozenset[str] = frozenset()
    _deciding: set[str] = field(default_factory=set)

    @classmethod
    def for_template(cls, doc: dict[str, Any]) -> Evaluator:
        params = doc.get("Parameters")
        resources = doc.get("Resources")
        return cls(
            parameters=dict(params) if isinstance(params, dict) else {},
            mappings=dict(doc["Mappings"]) if isinstance(doc.get("Mappings"), dict) else {},
            conditions=dict(doc["Conditions"]) if isinstance(doc.get("Conditions"), dict) else {},
            resources=frozenset(resources) if isinstance(resources, dict) else frozenset(),
        )

    # ---- values

    def value(self, node: Any) -> Any:
        """``node`` with every intrinsic evaluated; ``Unknown`` where it cannot be."""
        found = intrinsic(node)
        if found is not None:
            name, arg = found
            result = self._call(name, arg)
            loc = loc_of(node)
            if isinstance(result, str) and not isinstance(result, LStr) and loc is not None:
                return LStr(result, loc)
            return result
        if isinstance(node, dict):
            out = LDict(loc=getattr(node, "loc", None))
            out.key_locs = dict(getattr(node, "key_locs", {}))
            for key, item in node.items():
                evaluated = self.value(item)
                if evaluated is not NO_VALUE:
                    out[key] = evaluated
            return out
        if isinstance(node, list):
            return LList(
                [v for v in (self.value(i) for i in node) if v is not NO_VALUE],
                loc=getattr(node, "loc", None),
            )
        return node

    if TYPE_CHECKING:

        @overload
        def string(self, node: Any) -> str | Unknown | None: ...
        @overload
        def string(self, node: Any, default: str) -> str | Unknown: ...

    def string(self, node: Any, default: str | None = None) -> str | Unknown | None:
        """A scalar property as a string (numbers and booleans as written), or Unknown.

        ``default`` when the property is absent (never use ``or``: Unknown has no truth value).
        """
        value = self.value(node)
        if value is None or value is NO_VALUE:
            return default
        if isinstance(value, (Unknown, str)):
            return value
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, (int, float)):
            return str(value)
        return Unknown(f"expected a string, got {type(value).__name__}")

    def boolean(self, node: Any, default: bool = False) -> bool | Unknown:
        value = self.value(node)
        if value is None or value is NO_VALUE:
            return default
        if isinstance(value, (bool, Unknown)):
            return value
        if isinstance(value, str) and value.lower() in ("true", "false"):
            return value.lower() == "true"
        return Unknown(f"{value!r} is not a boolean")

    def _call(self, name: str, arg: Any) -> Any:
        handler = {
            "Ref": self._ref,
            "Fn::Sub": self._sub,
            "Fn::Join": self._join,
            "Fn::If": self._if,
            "Fn::FindInMap": self._find_in_map,
            "Fn::Select": self._select,
            "Fn::Split": self._split,
            "Condition": self.condition,
        }.get(name)
        if handler is None:
            target = reference({name: arg})
            what = f" of {target}" if target else ""
            return Unknown(f"{name}{what} is only known at deploy time")
        return handler(arg)

    def _ref(self, arg: Any) -> Any:
        if not isinstance(arg, str):
            return Unknown("Ref of a non-string")
        if arg == "AWS::NoValue":
            return NO_VALUE
        if arg.startswith("AWS::"):
            return Unknown(f"pseudo parameter {arg} is only known at deploy time")
        if arg in self.parameters:
            spec = self.parameters[arg]
            if not isinstance(spec, dict) or "Default" not in spec:
                return Unknown(f"parameter {arg} has no default")
            default = spec["Default"]
            kind = spec.get("Type")
            is_list = isinstance(kind, str) and kind.startswith(("CommaDelimitedList", "List<"))
            if is_list and isinstance(default, str):
                return LList([s.strip() for s in default.split(",")], loc=loc_of(default))
            if isinstance(default, (int, float)) and not isinstance(default, bool):
                return str(default)
            return default
        if arg in self.resources:
            return Unknown(f"the physical ID of {arg} is only known at deploy time")
        return Unknown(f"Ref to undefined {arg}")

    def _sub(self, arg: Any) -> Any:
        if isinstance(arg, list) and len(arg) == 2:
            text, variables = arg
        else:
            text, variables = arg, {}
        if not isinstance(text, str) or not isinstance(variables, dict):
            return Unknown("malformed Fn::Sub")
        values = {k: self.value(v) for k, v in variables.items()}
        parts: list[str] = []
        last = 0
        for match in _SUB_VAR.finditer(text):
            parts.append(text[last : match.start()])
            last = match.end()
            var = match.group(1)
            if var.startswith("!"):
                parts.append("${" + var[1:] + "}")
                continue
            if var in values:
                value = values[var]
            elif "." in var:
                value = Unknown(f"${{{var}}} is only known at deploy time")
            else:
                value = self._ref(var)
            if isinstance(value, Unknown):
                return value
            if isinstance(value, bool):
                value = "true" if value else "false"
            if not isinstance(value, (str, int, float)):
                return Unknown(f"${{{var}}} is not a string")
            parts.append(str(value))
        parts.append(text[last:])
        return "".join(parts)

    def _join(self, arg: Any) -> Any:
        if not (isinstance(arg, list) and len(arg) == 2 and isinstance(arg[0], str)):
            return Unknown("malformed Fn::Join")
        items = self.value(arg[1])
        if isinstance(items, Unknown):
            return items
        if not isinstance(items, list):
            return Unknown("Fn::Join of a non-list")
        for item in items:
            if isinstance(item, Unknown):
                return item
        return str(arg[0]).join(str(i) for i in items)

    def _select(self, arg: Any) -> Any:
        if not (isinstance(arg, list) and len(arg) == 2):
            return Unknown("malformed Fn::Select")
        index, items = self.value(arg[0]), self.value(arg[1])
        for part in (index, items):
            if isinstance(part, Unknown):
                return part
        try:
            return items[int(index)]
        except (ValueError, TypeError, IndexError, KeyError):
            return Unknown("Fn::Select out of range")

    def _split(self, arg: Any) -> Any:
        if not (isinstance(arg, list) and len(arg) == 2 and isinstance(arg[0], str)):
            return Unknown("malformed Fn::Split")
        text = self.value(arg[1])
        if isinstance(text, Unknown):
            return text
        if not isinstance(text, str):
            return Unknown("Fn::Split of a non-string")
        return LList(text.split(str(arg[0])), loc=loc_of(text))

    def _find_in_map(self, arg: Any) -> Any:
        if not (isinstance(arg, list) and len(arg) >= 3):
            return Unknown("malformed Fn::FindInMap")
        keys = [self.value(k) for k in arg[:3]]
        for key in keys:
            if isinstance(key, Unknown):
                return key
            if not isinstance(key, (str, int)):
                return Unknown("malformed Fn::FindInMap")
        table: Any = self.mappings
        for key in keys:
            if not isinstance(table, dict) or key not in table:
                if len(arg) == 4 and isinstance(arg[3], dict) and "DefaultValue" in arg[3]:
                    return self.value(arg[3]["DefaultValue"])
                return Unknown(f"Fn::FindInMap: {key!r} not in the mapping")
            table = table[key]
        return self.value(table)

    def _if(self, arg: Any) -> Any:
        if not (isinstance(arg, list) and len(arg) == 3 and isinstance(arg[0], str)):
            return Unknown("malformed Fn::If")
        decided = self.condition(arg[0])
        if isinstance(decided, Unknown):
            return Unknown(f"depends on condition {arg[0]} ({decided.reason})")
        return self.value(arg[1] if decided else arg[2])

    # ---- conditions

    def condition(self, name: Any) -> bool | Unknown:
        """Whether a named condition holds with the parameter defaults."""
        if not isinstance(name, str) or name not in self.conditions:
            return Unknown(f"condition {name} is not defined")
        if name in self._deciding:
            return Unknown(f"condition {name} refers to itself")
        self._deciding.add(name)
        try:
            return self._decide(self.conditions[name])
        finally:
            self._deciding.discard(name)

    def _decide(self, node: Any) -> bool | Unknown:
        found = intrinsic(node)
        if found is None:
            return node if isinstance(node, bool) else Unknown("not a condition")
        name, arg = found
        if name == "Condition":
            return self.condition(arg)
        if name == "Fn::Equals" and isinstance(arg, list) and len(arg) == 2:
            left, right = self.value(arg[0]), self.value(arg[1])
            for side in (left, right):
                if isinstance(side, Unknown):
                    return side
            return _scalar(left) == _scalar(right)
        if name in ("Fn::Not", "Fn::And", "Fn::Or") and isinstance(arg, list):
            results = [self._decide(item) for item in arg]
            if name == "Fn::Not":
                if len(results) != 1:
                    return Unknown("malformed Fn::Not")
                return results[0] if isinstance(results[0], Unknown) else not results[0]
            known = [r for r in results if not isinstance(r, Unknown)]
            if name == "Fn::And" and False in known:
                return False
            if name == "Fn::Or" and True in known:
                return True
            unknown = [r for r in results if isinstance(r, Unknown)]
            if unknown:
                return unknown[0]
            return all(known) if name == "Fn::And" else any(known)
        return Unknown(f"{name} is not a condition function")


def _scalar(value: Any) -> Any:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, str):
        return str(value)
    return value
