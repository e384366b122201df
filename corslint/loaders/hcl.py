"""HCL parsing with positions, and a small Terraform expression evaluator.

``parse_hcl`` turns a file into ``Block``/``Attr`` objects whose expressions
stay raw parse trees (python-hcl2's tree, built by ``hclparse`` or, when that
one is unsure, by python-hcl2 itself); ``Evaluator`` computes their value
lazily against a ``lookup`` callback for root names (``var``, ``local``, ...).
Values are plain Python (``LDict``/``LList``/``LStr`` for literals, so they keep
positions) or ``Unknown`` when they cannot be known before apply.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable

from corslint.loaders.hclparse import OPERATOR_TEXT, Token, Tree, from_lark
from corslint.loaders.hclparse import parse as fast_parse
from corslint.model import Unknown
from corslint.record import Record, field
from corslint.source import LDict, LList, Loc, LStr

TYPE_CHECKING = False  # typing is not imported at run time (docs/performance.md)
if TYPE_CHECKING:
    from typing import Any, Protocol

    class Namespace(Protocol):
        """An object whose attributes resolve lazily (resources, modules ...)."""

        def ns_attr(self, name: str) -> Any: ...


MAX_BYTES = 5 * 1024 * 1024
MAX_STEPS = 200_000  # evaluation steps of one expression (hostile for-loops)
MAX_SIZE = 200_000  # size of one value: nodes + characters/100 (hostile doubling)


class HclError(Exception):
    """An unreadable HCL input, with its position when known."""

    def __init__(self, message: str, line: int | None = None, column: int | None = None):
        super().__init__(message)
        self.message, self.line, self.column = message, line, column


class JsonExpr(Record):
    """An expression written in Terraform's JSON syntax."""

    value: Any


class Attr(Record):
    name: str
    expr: Any  # lark Tree or JsonExpr
    loc: Loc


class Block(Record):
    type: str
    labels: list[str]
    loc: Loc
    attrs: dict[str, Attr] = field(default_factory=dict)
    blocks: list[Block] = field(default_factory=list)

    def sub(self, name: str) -> list[Block]:
        return [b for b in self.blocks if b.type == name]


def _loc(file: str, meta: Any) -> Loc:
    if getattr(meta, "empty", True):
        return Loc(file, 1, 1)
    return Loc(file, meta.line, meta.column, meta.end_line, meta.end_column)


def _name(node: Any) -> str:
    """The text of an identifier/keyword/literal_value/string label node."""
    if isinstance(node, Token):
        return str(node)
    if node.data == "string":
        return "".join(str(p.children[0]) for p in node.children if isinstance(p, Tree))
    return str(node.children[0])


def _syntax_error(exc: Exception) -> HclError:
    """A readable message for a Lark syntax error."""
    token = getattr(exc, "token", None)
    if isinstance(token, str) and getattr(token, "type", None) == "$END":
        what = "unexpected end of file (unclosed block, bracket or string?)"
    elif isinstance(token, str) and token.startswith(("\n", "\r\n")):
        what = "unexpected end of line (a value or operand is missing?)"
    elif isinstance(token, str):
        what = f"unexpected {str(token)[:30]!r}"
    elif getattr(exc, "char", None):
        what = f"unexpected character {exc.char!r}"  # type: ignore[attr-defined]
    else:
        what = "syntax error"
    line, column = getattr(exc, "line", None), getattr(exc, "column", None)
    return HclError(f"invalid HCL: {what}", line if line and line > 0 else None, column)


def parse_tree(text: str) -> Tree:
    """python-hcl2's parse tree of ``text``; raises ``HclError``.

    The fast parser builds it; whatever that one is unsure of (or any syntax
    error) goes to python-hcl2 itself, the parser of record.
    """
    if len(text) > MAX_BYTES:
        raise HclError("file is larger than 5 MB")
    try:
        return fast_parse(text)
    except Exception:  # Fallback, too deep, or a bug there: python-hcl2 decides
        pass
    import hcl2
    from lark.exceptions import UnexpectedInput

    try:
        return from_lark(hcl2.parses_to_tree(text))
    except UnexpectedInput as exc:
        err = _syntax_error(exc)
        lines = text.splitlines() or [""]
        if err.line is not None and err.line > len(lines):  # at the end of file
            err.line, err.column = len(lines), len(lines[-1]) + 1
        raise err from None
    except RecursionError:
        raise HclError("invalid HCL: nesting too deep") from None
    except Exception as exc:  # lark raises assorted errors on odd input
        raise HclError(f"invalid HCL: {exc}") from None


def _file_body(text: str, file: str) -> Block:
    return _body(parse_tree(text).children[0], file, Block("", [], Loc(file, 1, 1)))


def parse_hcl(text: str, file: str) -> list[Block]:
    """Parse HCL text into blocks; raises ``HclError``."""
    return _file_body(text, file).blocks


def parse_hcl_attrs(text: str, file: str) -> dict[str, Attr]:
    """Top-level attributes of an HCL file (for ``.tfvars``)."""
    return _file_body(text, file).attrs


def _body(body: Tree, file: str, into: Block) -> Block:
    for child in body.children:
        if not isinstance(child, Tree):
            continue
        if child.data == "attribute":
            name = _name(child.children[0])
            into.attrs[name] = Attr(name, child.children[-1], _loc(file, child.meta))
        elif child.data == "block":
            labels: list[str] = []
            inner = None
            for part in child.children[1:]:
                if isinstance(part, Tree) and part.data == "body":
                    inner = part
                    break
                if isinstance(part, Tree) and part.data != "new_line_or_comment":
                    labels.append(_name(part))
            block = Block(_name(child.children[0]), labels, _loc(file, child.meta))
            if inner is not None:
                _body(inner, file, block)
            into.blocks.append(block)
    return into


NESTED_JSON_BLOCKS = {
    "cors_configuration",
    "environment",
    "lifecycle",
    "index_document",
    "image_config",
}


def parse_json_config(data: Any, file: str) -> list[Block]:
    """Terraform JSON syntax (``*.tf.json``) into blocks (positions: line 1)."""
    here = Loc(file, 1, 1)
    blocks: list[Block] = []
    if not isinstance(data, dict):
        raise HclError("a .tf.json file must hold an object")

    def body(obj: Any, block: Block) -> Block:
        if isinstance(obj, list) and obj and isinstance(obj[0], dict):
            obj = obj[0]
        if not isinstance(obj, dict):
            return block
        for key, value in obj.items():
            if key in NESTED_JSON_BLOCKS and isinstance(value, (dict, list)):
                for item in value if isinstance(value, list) else [value]:
                    block.blocks.append(
                        body(item, Block(key, [], getattr(item, "loc", None) or here))
                    )
            else:
                block.attrs[key] = Attr(key, JsonExpr(value), getattr(value, "loc", None) or here)
        return block

    for kind, content in data.items():
        if not isinstance(content, dict):
            continue
        if kind in ("resource", "data"):
            for rtype, named in content.items():
                for name, obj in (named or {}).items():
                    blocks.append(
                        body(obj, Block(kind, [rtype, name], getattr(obj, "loc", None) or here))
                    )
        elif kind in ("variable", "module", "output"):
            for name, obj in content.items():
                blocks.append(body(obj, Block(kind, [name], getattr(obj, "loc", None) or here)))
        elif kind == "locals":
            blocks.append(body(content, Block("locals", [], here)))
    return blocks


# ---------------------------------------------------------------- evaluation


def unknown_in(value: Any) -> Unknown | None:
    """The first Unknown inside ``value``, if any."""
    if isinstance(value, Unknown):
        return value
    if isinstance(value, dict):
        for v in value.values():
            if (u := unknown_in(v)) is not None:
                return u
    elif isinstance(value, (list, tuple)):
        for v in value:
            if (u := unknown_in(v)) is not None:
                return u
    return None


def to_str(value: Any) -> str | Unknown:
    """Terraform's string conversion of a primitive."""
    if isinstance(value, Unknown):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (str, int, float)):
        return str(value)
    if value is None:
        return Unknown("null used in a string")
    return Unknown("a collection used as a string")


def jsonencode(value: Any) -> str | Unknown:
    if (u := unknown_in(value)) is not None:
        return u
    if not isinstance(value, (dict, list, str, int, float, bool)) and value is not None:
        return Unknown("value cannot be encoded")
    text = json.dumps(value, separators=(",", ":"), ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\"}


def _unescape(text: str) -> str:
    def sub(m: re.Match[str]) -> str:
        s = m.group(1)
        if s[0] in "uU":
            return chr(int(s[1:], 16))
        return _ESCAPES.get(s, "\\" + s)

    return re.sub(r"\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)", sub, text)


class Evaluator:
    """Evaluates expression parse trees (python-hcl2's shapes).

    ``lookup(name)`` gives the value of a root name (``var``, ``local``,
    ``aws_lambda_function`` ...); ``functions`` adds file-reading functions.
    """

    def __init__(
        self,
        lookup: Callable[[str], Any],
        file: str,
        functions: dict[str, Callable[..., Any]] | None = None,
    ) -> None:
        self.lookup = lookup
        self.file = file
        self.functions = functions or {}
        self.scopes: list[dict[str, Any]] = []
        self.steps = 0

    # ---- entry points
    def eval(self, expr: Any) -> Any:
        try:
            return self._eval(expr)
        except RecursionError:
            return Unknown("expression nested too deeply")
        except _EvalError as exc:
            return Unknown(str(exc))
        except Exception as exc:  # odd input must never crash a load
            return Unknown(f"cannot evaluate: {type(exc).__name__}")

    def _root(self, name: str) -> Any:
        for scope in reversed(self.scopes):
            if name in scope:
                return scope[name]
        return self.lookup(name)

    def _eval(self, node: Any) -> Any:
        self.steps += 1
        if self.steps > MAX_STEPS:
            raise _EvalError("expression too complex to evaluate")
        if isinstance(node, JsonExpr):
            return self._json(node.value)
        if isinstance(node, Token):
            return str(node)
        handler = getattr(self, "_e_" + node.data, None)
        if handler is None:
            raise _EvalError(f"unsupported expression ({node.data})")
        return handler(node)

    def _json(self, value: Any) -> Any:
        if isinstance(value, str) and ("${" in value or "%{" in value):
            try:
                tree = parse_tree("x = " + json.dumps(str(value)))
                return self._eval(tree.children[0].children[0].children[-1])
            except HclError:
                return Unknown("invalid template in JSON")
        if isinstance(value, dict):
            out = LDict(
                {k: self._json(v) for k, v in value.items()}, loc=getattr(value, "loc", None)
            )
            out.key_locs.update(getattr(value, "key_locs", {}))
            return out
        if isinstance(value, list):
            return LList([self._json(v) for v in value], loc=getattr(value, "loc", None))
        return value

    def _loc(self, node: Tree) -> Loc:
        return _loc(self.file, node.meta)

    # ---- literals
    def _e_expr_term(self, node: Tree) -> Any:
        kids = [c for c in node.children if isinstance(c, Tree) and c.data != "new_line_or_comment"]
        if len(kids) == 1:
            return self._eval(kids[0])
        raise _EvalError("unsupported expression")

    def _e_int_lit(self, node: Tree) -> int:
        return int(str(node.children[0]))

    def _e_float_lit(self, node: Tree) -> float:
        return float(str(node.children[0]))

    def _e_literal_value(self, node: Tree) -> Any:
        return {"true": True, "false": False, "null": None}[str(node.children[0])]

    def _e_string(self, node: Tree) -> Any:
        parts: list[str] = []
        for part in node.children:
            if not isinstance(part, Tree):
                continue
            inner = part.children[0]
            if isinstance(inner, Token):
                if inner.type == "ESCAPED_INTERPOLATION" or inner.type == "ESCAPED_DIRECTIVE":
                    parts.append(str(inner)[1:])
                else:
                    parts.append(_unescape(str(inner)))
            elif inner.data == "interpolation":
                value = to_str(self._eval(inner.children[1]))
                if isinstance(value, Unknown):
                    return value
                parts.append(value)
            else:
                return Unknown("template directives (%{...}) are not evaluated")
        return _bounded(LStr("".join(parts), self._loc(node)))

    def _e_template_string(self, node: Tree) -> Any:
        return Unknown("template string is not evaluated")

    def _heredoc(self, node: Tree, trim: bool) -> Any:
        raw = str(node.children[0])
        lines = raw.split("\n")
        body_lines = lines[1:-2] if len(lines) >= 3 else []
        if trim:
            indents = [len(x) - len(x.lstrip()) for x in body_lines if x.strip()]
            cut = min(indents) if indents else 0
            body_lines = [x[cut:] for x in body_lines]
        body = "\n".join(body_lines) + ("\n" if body_lines else "")
        if "${" not in body and "%{" not in body:
            return LStr(body, self._loc(node))
        try:
            tree = parse_tree("x = " + json.dumps(body))
        except HclError:
            return Unknown("heredoc template is not evaluated")
        return self._eval(tree.children[0].children[0].children[-1])

    def _e_heredoc_template(self, node: Tree) -> Any:
        return self._heredoc(node, False)

    def _e_heredoc_template_trim(self, node: Tree) -> Any:
        return self._heredoc(node, True)

    def _e_tuple(self, node: Tree) -> LList:
        items = [
            self._eval(c)
            for c in node.children
            if isinstance(c, Tree) and c.data != "new_line_or_comment"
        ]
        return _bounded(LList(items, loc=self._loc(node)))

    def object_items(self, node: Any) -> list[tuple[Any, Any, Loc]] | None:
        """(key, value, loc) of each element when ``node`` is an object literal."""
        while isinstance(node, Tree) and node.data == "expr_term" and len(node.children) == 1:
            node = node.children[0]
        if not (isinstance(node, Tree) and node.data == "object"):
            return None
        out = []
        for elem in node.children:
            if isinstance(elem, Tree) and elem.data == "object_elem":
                out.append(
                    (self._key(elem.children[0]), self.eval(elem.children[-1]), self._loc(elem))
                )
        return out

    def _key(self, key_node: Tree) -> Any:
        inner = key_node.children[0]
        if isinstance(inner, Tree) and inner.data == "keyword":
            return str(inner.children[0])
        # a bare identifier key is a name, not a reference
        probe = inner
        while isinstance(probe, Tree) and probe.data == "expr_term" and len(probe.children) == 1:
            probe = probe.children[0]
        if isinstance(probe, Tree) and probe.data in ("identifier", "literal_value"):
            return str(probe.children[0])
        if isinstance(probe, Tree) and probe.data == "expr_term":  # (expr)
            return self._eval(probe)
        return self._eval(inner)

    def _e_object(self, node: Tree) -> Any:
        out = LDict(loc=self._loc(node))
        for elem in node.children:
            if isinstance(elem, Tree) and elem.data == "object_elem":
                key = self._key(elem.children[0])
                if isinstance(key, Unknown):
                    return key
                key = to_str(key)
                if isinstance(key, Unknown):
                    return key
                out[str(key)] = self._eval(elem.children[-1])
                out.key_locs[str(key)] = self._loc(elem)
        return _bounded(out)

    # ---- references
    def _e_identifier(self, node: Tree) -> Any:
        return self._root(str(node.children[0]))

    def _get(self, value: Any, name: str) -> Any:
        if isinstance(value, Unknown):
            return value
        if isinstance(value, dict):
            if name in value:
                return value[name]
            raise _EvalError(f"no attribute {name}")
        if hasattr(value, "ns_attr"):
            return value.ns_attr(name)
        raise _EvalError(f"cannot read .{name}")

    def _index(self, value: Any, key: Any) -> Any:
        if isinstance(value, Unknown):
            return value
        if isinstance(key, Unknown):
            return key
        if hasattr(value, "ns_index"):
            return value.ns_index(key)
        if isinstance(value, dict):
            key = to_str(key)
            if key in value:
                return value[key]
            raise _EvalError(f"no key {key}")
        if isinstance(value, list) and isinstance(key, (int, float)) and not isinstance(key, bool):
            if 0 <= int(key) < len(value):
                return value[int(key)]
            raise _EvalError("index out of range")
        raise _EvalError("cannot index")

    def _e_get_attr_expr_term(self, node: Tree) -> Any:
        return self._get(self._eval(node.children[0]), _name(node.children[1].children[1]))

    def _e_index_expr_term(self, node: Tree) -> Any:
        base = self._eval(node.children[0])
        return self._apply_index(base, node.children[1])

    def _apply_index(self, base: Any, idx: Tree) -> Any:
        if idx.data == "short_index":
            return self._index(base, int(str(idx.children[1])))
        expr = next(c for c in _exprs(idx.children))
        return self._index(base, self._eval(expr))

    def _splat(self, node: Tree) -> Any:
        base = self._eval(node.children[0])
        if isinstance(base, Unknown):
            return base
        items = (
            list(base.values())
            if isinstance(base, dict)
            else base
            if isinstance(base, list)
            else [base]
        )
        out = LList()
        for item in items:
            for op in node.children[1].children[1:]:
                item = (
                    self._get(item, _name(op.children[1]))
                    if op.data == "get_attr"
                    else self._apply_index(item, op)
                )
            out.append(item)
        return out

    _e_attr_splat_expr_term = _splat
    _e_full_splat_expr_term = _splat

    # ---- operators
    def _e_conditional(self, node: Tree) -> Any:
        kids = [c for c in node.children if isinstance(c, Tree) and c.data != "new_line_or_comment"]
        cond = self._eval(kids[0])
        if isinstance(cond, Unknown):
            return Unknown(f"condition is unknown: {cond.reason}")
        if not isinstance(cond, bool):
            raise _EvalError("condition is not a bool")
        return self._eval(kids[1] if cond else kids[2])

    def _e_unary_op(self, node: Tree) -> Any:
        value = self._eval(node.children[1])
        if isinstance(value, Unknown):
            return value
        return -value if str(node.children[0]) == "-" else not value

    def _e_binary_op(self, node: Tree) -> Any:
        left = self._eval(node.children[0])
        term = node.children[1]
        op = OPERATOR_TEXT[term.children[0].children[0].type]  # its text may hold a newline
        rhs = next(
            c for c in term.children[1:] if isinstance(c, Tree) and c.data != "new_line_or_comment"
        )
        if (op == "&&" and left is False) or (op == "||" and left is True):
            return left
        right = self._eval(rhs)
        for v in (left, right):
            if isinstance(v, Unknown):
                return v
        try:
            if op in ("==", "!="):
                same = _norm(left) == _norm(right)
                return same if op == "==" else not same
            if op in ("&&", "||"):
                return (left and right) if op == "&&" else (left or right)
            left, right = _num(left), _num(right)
            return {
                "+": lambda: left + right,
                "-": lambda: left - right,
                "*": lambda: left * right,
                "/": lambda: left / right,
                "%": lambda: left % right,
                "<": lambda: left < right,
                ">": lambda: left > right,
                "<=": lambda: left <= right,
                ">=": lambda: left >= right,
            }[op]()
        except (TypeError, ValueError, ZeroDivisionError, KeyError):
            raise _EvalError(f"cannot compute {op}") from None

    # ---- for expressions
    def _for(self, node: Tree, as_object: bool) -> Any:
        kids = [c for c in node.children if isinstance(c, Tree) and c.data != "new_line_or_comment"]
        intro = kids[0]
        names = [
            str(c.children[0])
            for c in intro.children
            if isinstance(c, Tree) and c.data == "identifier"
        ]
        coll_node = next(
            c
            for c in intro.children
            if isinstance(c, Tree) and c.data not in ("identifier", "new_line_or_comment")
        )
        coll = self._eval(coll_node)
        if isinstance(coll, Unknown):
            return coll
        cond = kids[-1] if kids[-1].data == "for_cond" else None
        body = kids[1:-1] if cond is not None else kids[1:]
        pairs = (
            list(coll.items())
            if isinstance(coll, dict)
            else list(enumerate(coll))
            if isinstance(coll, list)
            else None
        )
        if pairs is None:
            raise _EvalError("for over a non-collection")
        out_list, out_obj = LList(), LDict()
        grouped = any(isinstance(c, Token) and c.type == "ELLIPSIS" for c in node.children)
        for k, v in pairs:
            scope = {names[0]: v} if len(names) == 1 else {names[0]: k, names[1]: v}
            self.scopes.append(scope)
            try:
                if cond is not None:
                    ok = self._eval(
                        next(
                            c
                            for c in cond.children
                            if isinstance(c, Tree) and c.data != "new_line_or_comment"
                        )
                    )
                    if isinstance(ok, Unknown):
                        return ok
                    if not ok:
                        continue
                if as_object:
                    key = to_str(self._eval(body[0]))
                    if isinstance(key, Unknown):
                        return key
                    val = self._eval(body[1])
                    if grouped:
                        out_obj.setdefault(key, LList()).append(val)
                    else:
                        out_obj[key] = val
                else:
                    out_list.append(self._eval(body[0]))
            finally:
                self.scopes.pop()
        return _bounded(out_obj if as_object else out_list)

    def _e_for_tuple_expr(self, node: Tree) -> Any:
        return self._for(node, False)

    def _e_for_object_expr(self, node: Tree) -> Any:
        return self._for(node, True)

    # ---- functions
    def _e_function_call(self, node: Tree) -> Any:
        names = [
            str(c.children[0])
            for c in node.children
            if isinstance(c, Tree) and c.data == "identifier"
        ]
        name = names[-1]
        args_node = next(
            (c for c in node.children if isinstance(c, Tree) and c.data == "arguments"), None
        )
        arg_nodes = (
            [
                c
                for c in args_node.children
                if isinstance(c, Tree) and c.data != "new_line_or_comment"
            ]
            if args_node
            else []
        )
        expand = args_node is not None and any(
            isinstance(c, Token) and c.type == "ELLIPSIS" for c in args_node.children
        )
        if name in ("try", "can"):
            for arg in arg_nodes:
                value = self.eval(arg)
                if unknown_in(value) is None:
                    return True if name == "can" else value
                if name == "can":
                    return Unknown("can() of an unknown value")
            return Unknown("no try() argument is known")
        args = [self._eval(a) for a in arg_nodes]
        if expand and args:
            last = args.pop()
            if isinstance(last, Unknown):
                return last
            args.extend(last)
        fn = self.functions.get(name) or FUNCTIONS.get(name)
        if fn is None:
            return Unknown(f"function {name}() is not evaluated")
        try:
            return _bounded(fn(*args))
        except _EvalError:
            raise
        except Exception as exc:
            raise _EvalError(f"{name}() failed: {exc}") from None


class _EvalError(Exception):
    pass


def _bounded(value: Any) -> Any:
    """``value``, or ``_EvalError`` when it is too large (walks at most ``MAX_SIZE`` nodes)."""
    size, stack = 0, [value]
    while stack:
        item = stack.pop()
        size += 1 + (len(item) // 100 if isinstance(item, str) else 0)
        if size > MAX_SIZE:
            raise _EvalError("value too large to evaluate")
        if isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return value


def _exprs(children: list[Any]) -> list[Tree]:
    """Child trees that are expressions (not newlines or comments)."""
    return [c for c in children if isinstance(c, Tree) and c.data != "new_line_or_comment"]


def _norm(value: Any) -> Any:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _num(value: Any) -> Any:
    if isinstance(value, bool):
        raise TypeError
    if isinstance(value, str):
        return float(value) if "." in value else int(value)
    return value


def _strict(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Wrap a function so any Unknown argument makes the result Unknown."""

    def wrapped(*args: Any) -> Any:
        for a in args:
            if (u := unknown_in(a)) is not None:
                return u
        return fn(*args)

    return wrapped


def _to_set(value: Any) -> Any:
    if isinstance(value, dict):
        value = list(value.values())
    items = list(dict.fromkeys(value))
    if all(isinstance(x, str) for x in items):
        items.sort()
    return LList(items, loc=getattr(value, "loc", None))


def _format(fmt: str, *args: Any) -> str:
    out, it = [], iter(args)

    def sub(m: re.Match[str]) -> str:
        verb = m.group(0)
        if verb == "%%":
            return "%"
        value = next(it)
        if verb.endswith("q"):
            return json.dumps(value)
        if verb.endswith("d"):
            return str(int(_num(value)))
        s = to_str(value)
        if isinstance(s, Unknown):
            raise _EvalError(s.reason)
        return s

    out.append(re.sub(r"%%|%[-+#0 ]*\d*(?:\.\d+)?[a-zA-Z]", sub, fmt))
    return "".join(out)


def _replace(s: str, old: str, new: str) -> str:
    if len(old) > 1 and old.startswith("/") and old.endswith("/"):
        return re.sub(old[1:-1], re.sub(r"\$(\d+)", r"\\\1", new), s)
    return s.replace(old, new)


def _hash(name: str) -> Callable[..., Unknown]:
    return lambda *args: Unknown(f"{name}() is a hash")


def _coalesce(*args: Any) -> Any:
    for a in args:
        if isinstance(a, Unknown):
            return a
        if a is not None and a != "":
            return a
    raise _EvalError("coalesce() has no non-empty argument")


def _lookup(m: dict[str, Any], key: str, *default: Any) -> Any:
    if isinstance(m, Unknown):
        return m
    if isinstance(key, Unknown):
        return key
    if key in m:
        return m[key]
    if default:
        return default[0]
    raise _EvalError(f"lookup(): no key {key}")


def _merge(*maps: Any) -> Any:
    out = LDict()
    for m in maps:
        if isinstance(m, Unknown):
            return m
        if m is not None:
            out.update(m)
            out.key_locs.update(getattr(m, "key_locs", {}))
    return out


def _tostring(v: Any) -> Any:
    return v if v is None else to_str(v)


def _flatten(v: list[Any]) -> LList:
    out = LList()
    for x in v:
        if isinstance(x, list):
            out.extend(_flatten(x))
        else:
            out.append(x)
    return out


def _strs(items: Any) -> list[str]:
    out = []
    for x in items:
        s = to_str(x)
        if isinstance(s, Unknown):
            raise _EvalError(s.reason)
        out.append(s)
    return out


def _jsondecode(text: str) -> Any:
    return json.loads(text)


FUNCTIONS: dict[str, Callable[..., Any]] = {
    "jsonencode": jsonencode,
    "jsondecode": _strict(_jsondecode),
    "join": _strict(lambda sep, *lists: sep.join(_strs(x for lst in lists for x in lst))),
    "split": _strict(lambda sep, s: LList(s.split(sep))),
    "toset": _strict(_to_set),
    "tolist": _strict(lambda v: LList(v)),
    "tomap": lambda v: v,
    "concat": _strict(lambda *ls: LList(x for lst in ls for x in lst)),
    "lower": _strict(lambda s: s.lower()),
    "upper": _strict(lambda s: s.upper()),
    "title": _strict(lambda s: s.title()),
    "format": _strict(_format),
    "formatlist": _strict(lambda fmt, *ls: LList(_format(fmt, *xs) for xs in zip(*ls))),  # noqa: B905
    "replace": _strict(_replace),
    "trimsuffix": _strict(lambda s, x: s[: -len(x)] if x and s.endswith(x) else s),
    "trimprefix": _strict(lambda s, x: s[len(x) :] if s.startswith(x) else s),
    "trimspace": _strict(lambda s: s.strip()),
    "trim": _strict(lambda s, chars: s.strip(chars)),
    "merge": _merge,
    "lookup": _lookup,
    "coalesce": _coalesce,
    "tostring": _tostring,
    "tonumber": _strict(lambda v: v if v is None else _num(v)),
    "tobool": _strict(
        lambda v: v if isinstance(v, bool) or v is None else {"true": True, "false": False}[v]
    ),
    "length": _strict(len),
    "keys": _strict(lambda m: LList(sorted(m))),
    "values": _strict(lambda m: LList(m[k] for k in sorted(m))),
    "element": _strict(lambda lst, i: lst[int(i) % len(lst)]),
    "distinct": _strict(lambda lst: LList(dict.fromkeys(lst))),
    "flatten": _strict(_flatten),
    "contains": _strict(lambda lst, v: v in lst),
    "compact": _strict(lambda lst: LList(x for x in lst if x not in (None, ""))),
    "min": _strict(min),
    "max": _strict(max),
    "abs": _strict(abs),
    "sha1": _hash("sha1"),
    "sha256": _hash("sha256"),
    "sha512": _hash("sha512"),
    "md5": _hash("md5"),
    "base64sha256": _hash("base64sha256"),
    "base64encode": _hash("base64encode"),
    "uuid": _hash("uuid"),
    "timestamp": lambda: Unknown("timestamp() is known only at apply"),
}
