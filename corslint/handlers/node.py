"""Node.js handler files: parse JS/TS with tree-sitter and translate to Python ``ast``.

The translation keeps only what the interpreter needs (values, objects,
branches, returns, throws, imports and exports) and the positions of the
original source. ``import``/``require`` become calls of ``require`` /
``__import_default``; exports are recorded on the ``Module``. Nothing is run.
"""

from __future__ import annotations

import ast
import json
from pathlib import Path

from corslint.handlers.interpret import Module
from corslint.handlers.python_ast import read_source
from corslint.model import Unknown

TYPE_CHECKING = False  # typing is not imported at run time (docs/performance.md)
if TYPE_CHECKING:
    from typing import Any

EXTENSIONS = (".js", ".mjs", ".cjs", ".ts", ".mts", ".cts", ".jsx", ".tsx")
MAX_NODES = 200_000

_OPS = {
    "===": ast.Eq,
    "==": ast.Eq,
    "!==": ast.NotEq,
    "!=": ast.NotEq,
    "<": ast.Lt,
    "<=": ast.LtE,
    ">": ast.Gt,
    ">=": ast.GtE,
}
_TRANSPARENT = {
    "parenthesized_expression",
    "as_expression",
    "satisfies_expression",
    "non_null_expression",
    "type_assertion",
    "await_expression",
}


def _parser(suffix: str) -> Any:
    from tree_sitter import Language, Parser

    if suffix in (".ts", ".mts", ".cts", ".tsx"):
        import tree_sitter_typescript as tsts

        language = tsts.language_tsx() if suffix == ".tsx" else tsts.language_typescript()
    else:
        import tree_sitter_javascript as tsjs

        language = tsjs.language()
    return Parser(Language(language))


def parse_node(path: Path, rel: str) -> Module | Unknown:
    """Parse one JS/TS file into a ``Module`` of translated statements."""
    text = read_source(path)
    if isinstance(text, Unknown):
        return text
    try:
        parser = _parser(path.suffix.lower())
    except ImportError:
        return Unknown("tree-sitter is not installed: Node.js handlers are not analysed")
    source = text.encode("utf-8")
    tree = parser.parse(source)
    error = _first_error(tree.root_node)
    if error is not None:
        return Unknown(f"{rel}:{error.start_point[0] + 1}: syntax error, not analysed")
    module = Module(rel, path, ast.Module(body=[], type_ignores=[]), "javascript")
    translator = _Translator(source, module)
    module.tree.body = translator.block(tree.root_node.named_children)
    return module


def node_candidates(current: Path, spec: str) -> list[Path]:
    """Files a relative ``require``/``import`` may refer to (packages are not followed)."""
    if not spec.startswith("."):
        return []
    base = current.parent / spec
    found = [base] if base.suffix in EXTENSIONS else []
    stem = base.with_suffix("") if base.suffix in (".js", ".mjs", ".cjs") else base
    found += [Path(f"{stem}{ext}") for ext in EXTENSIONS]
    found += [base / f"index{ext}" for ext in EXTENSIONS]
    return found


def _first_error(node: Any) -> Any:
    if not node.has_error:
        return None
    stack = [node]
    while stack:
        current = stack.pop()
        if current.type == "ERROR" or current.is_missing:
            return current
        stack.extend(c for c in current.children if c.has_error or c.is_missing)
    return node


class _Translator:
    """tree-sitter JS/TS nodes → Python ``ast`` nodes the interpreter understands."""

    def __init__(self, source: bytes, module: Module) -> None:
        self.source = source
        self.module = module
        self.count = 0
        self.temp = 0

    # ------------------------------------------------------------ helpers

    def text(self, node: Any) -> str:
        return self.source[node.start_byte : node.end_byte].decode("utf-8", errors="replace")

    def at(self, new: Any, node: Any) -> Any:
        self.count += 1
        if self.count > MAX_NODES:
            raise RecursionError("too many nodes")
        new.lineno, new.col_offset = node.start_point[0] + 1, node.start_point[1]
        new.end_lineno, new.end_col_offset = node.end_point[0] + 1, node.end_point[1]
        return new

    def name(self, value: str, node: Any) -> ast.Name:
        return self.at(ast.Name(id=value, ctx=ast.Load()), node)

    def const(self, value: Any, node: Any) -> ast.Constant:
        return self.at(ast.Constant(value=value), node)

    # ------------------------------------------------------------ statements

    def block(self, nodes: list[Any]) -> list[ast.stmt]:
        """Statements in order, function declarations first (JS hoists them)."""
        body: list[ast.stmt] = []
        for node in nodes:
            body += self.stmt(node)
        hoisted = [s for s in body if isinstance(s, ast.FunctionDef)]
        return hoisted + [s for s in body if not isinstance(s, ast.FunctionDef)]

    def body_of(self, node: Any | None) -> list[ast.stmt]:
        if node is None:
            return []
        if node.type == "statement_block":
            return self.block(node.named_children)
        if node.type == "else_clause":
            return self.block(node.named_children)
        return self.stmt(node)

    def stmt(self, node: Any) -> list[ast.stmt]:
        kind = node.type
        if kind in (
            "comment",
            "empty_statement",
            "hash_bang_line",
            "break_statement",
            "continue_statement",
            "interface_declaration",
            "type_alias_declaration",
            "enum_declaration",
            "debugger_statement",
            "ambient_declaration",
            "abstract_class_declaration",
            "module",
            "internal_module",
        ):
            return []
        if kind == "expression_statement":
            return self.expression_statement(node.named_children[0]) if node.named_children else []
        if kind in ("lexical_declaration", "variable_declaration"):
            out: list[ast.stmt] = []
            for declarator in node.named_children:
                if declarator.type == "variable_declarator":
                    value = declarator.child_by_field_name("value")
                    target = declarator.child_by_field_name("name")
                    out += self.bind(
                        target,
                        self.expr(value) if value is not None else self.const(None, declarator),
                        declarator,
                    )
            return out
        if kind in ("function_declaration", "generator_function_declaration"):
            name = node.child_by_field_name("name")
            func = self.function(node, self.text(name) if name else "anonymous")
            return [func]
        if kind == "class_declaration":
            name = node.child_by_field_name("name")
            return (
                [
                    self.at(
                        ast.ClassDef(
                            name=self.text(name),
                            bases=[],
                            keywords=[],
                            body=[ast.Pass()],
                            decorator_list=[],
                            type_params=[],
                        ),
                        node,
                    )
                ]
                if name
                else []
            )
        if kind == "return_statement":
            value = node.named_children[0] if node.named_children else None
            return [
                self.at(ast.Return(value=self.expr(value) if value is not None else None), node)
            ]
        if kind == "throw_statement":
            return [
                self.at(
                    ast.Raise(
                        exc=self.expr(node.named_children[0]) if node.named_children else None,
                        cause=None,
                    ),
                    node,
                )
            ]
        if kind == "if_statement":
            return [
                self.at(
                    ast.If(
                        test=self.expr(node.child_by_field_name("condition")),
                        body=self.body_of(node.child_by_field_name("consequence")) or [ast.Pass()],
                        orelse=self.body_of(node.child_by_field_name("alternative")),
                    ),
                    node,
                )
            ]
        if kind == "statement_block":
            return self.block(node.named_children)
        if kind == "try_statement":
            handler = node.child_by_field_name("handler")
            finalizer = node.child_by_field_name("finalizer")
            handlers = []
            if handler is not None:
                parameter = handler.child_by_field_name("parameter")
                handlers.append(
                    self.at(
                        ast.ExceptHandler(
                            type=None,
                            name=self.text(parameter)
                            if parameter is not None and parameter.type == "identifier"
                            else None,
                            body=self.body_of(handler.child_by_field_name("body")) or [ast.Pass()],
                        ),
                        handler,
                    )
                )
            return [
                self.at(
                    ast.Try(
                        body=self.body_of(node.child_by_field_name("body")) or [ast.Pass()],
                        handlers=handlers,
                        orelse=[],
                        finalbody=self.body_of(finalizer.child_by_field_name("body"))
                        if finalizer is not None
                        else [],
                    ),
                    node,
                )
            ]
        if kind == "switch_statement":
            return self.switch(node)
        if kind in ("for_statement", "for_in_statement", "while_statement", "do_statement"):
            body = self.body_of(node.child_by_field_name("body"))
            left = node.child_by_field_name("left")
            if left is not None:
                body = self.bind(left, self.name("__loop_item__", left), left) + body
            return [
                self.at(
                    ast.While(
                        test=self.name("__loop__", node), body=body or [ast.Pass()], orelse=[]
                    ),
                    node,
                )
            ]
        if kind == "labeled_statement":
            return self.body_of(node.child_by_field_name("body"))
        if kind == "export_statement":
            return self.export(node)
        if kind == "import_statement":
            return self.import_(node)
        return []

    def expression_statement(self, node: Any) -> list[ast.stmt]:
        if node.type == "assignment_expression":
            left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
            exported = self.export_target(left)
            if exported is not None:
                return [self.assign(ast.Name(id=exported, ctx=ast.Store()), self.expr(right), node)]
            return self.bind(left, self.expr(right), node)
        if node.type == "augmented_assignment_expression":
            left = node.child_by_field_name("left")
            return [
                self.at(
                    ast.AugAssign(
                        target=self.target(left),
                        op=ast.Add(),
                        value=self.expr(node.child_by_field_name("right")),
                    ),
                    node,
                )
            ]
        if node.type == "call_expression":  # Object.assign(target, a, b) → target.update(a); ...
            func = node.child_by_field_name("function")
            args = [
                a
                for a in node.child_by_field_name("arguments").named_children
                if a.type != "comment"
            ]
            if (
                func is not None
                and self.text(func) == "Object.assign"
                and args
                and args[0].type == "identifier"
            ):
                return [
                    self.at(
                        ast.Expr(
                            value=self.at(
                                ast.Call(
                                    func=self.at(
                                        ast.Attribute(
                                            value=self.name(self.text(args[0]), args[0]),
                                            attr="update",
                                            ctx=ast.Load(),
                                        ),
                                        func,
                                    ),
                                    args=[self.expr(a)],
                                    keywords=[],
                                ),
                                node,
                            )
                        ),
                        node,
                    )
                    for a in args[1:]
                ]
        if node.type == "sequence_expression":
            return [s for child in node.named_children for s in self.expression_statement(child)]
        return [self.at(ast.Expr(value=self.expr(node)), node)]

    def export_target(self, left: Any) -> str | None:
        """``module.exports`` / ``module.exports.x`` / ``exports.x`` as a local name."""
        text = self.text(left).replace(" ", "")
        if text == "module.exports":
            return "__module_exports"
        for prefix in ("module.exports.", "exports."):
            if text.startswith(prefix) and text[len(prefix) :].isidentifier():
                name = text[len(prefix) :]
                self.module.exports[name] = f"__export_{name}"
                return f"__export_{name}"
        return None

    def assign(self, target: ast.expr, value: ast.expr, node: Any) -> ast.stmt:
        return self.at(ast.Assign(targets=[target], value=value, type_comment=None), node)

    def bind(self, pattern: Any, value: ast.expr, node: Any) -> list[ast.stmt]:
        """``pattern = value`` for identifiers, members and destructuring patterns."""
        if pattern is None:
            return []
        if pattern.type == "object_pattern":
            self.temp += 1
            temp = f"__tmp{self.temp}"
            out = [self.assign(ast.Name(id=temp, ctx=ast.Store()), value, node)]
            for prop in pattern.named_children:
                key, local, default = self.pattern_entry(prop)
                if key is None:
                    continue
                read: ast.expr = self.at(
                    ast.Attribute(value=self.name(temp, prop), attr=key, ctx=ast.Load()), prop
                )
                if default is not None:
                    read = self.at(ast.BoolOp(op=ast.Or(), values=[read, self.expr(default)]), prop)
                out += (
                    self.bind(local, read, prop)
                    if local is not None
                    else [self.assign(ast.Name(id=key, ctx=ast.Store()), read, prop)]
                )
            return out
        if pattern.type == "array_pattern":
            self.temp += 1
            temp = f"__tmp{self.temp}"
            out = [self.assign(ast.Name(id=temp, ctx=ast.Store()), value, node)]
            for index, element in enumerate(pattern.named_children):
                read = self.at(
                    ast.Subscript(
                        value=self.name(temp, element),
                        slice=self.const(index, element),
                        ctx=ast.Load(),
                    ),
                    element,
                )
                out += self.bind(element, read, element)
            return out
        if pattern.type == "assignment_pattern":
            left, right = pattern.child_by_field_name("left"), pattern.child_by_field_name("right")
            return self.bind(
                left,
                self.at(ast.BoolOp(op=ast.Or(), values=[value, self.expr(right)]), pattern),
                node,
            )
        return [self.assign(self.target(pattern), value, node)]

    def pattern_entry(self, prop: Any) -> tuple[str | None, Any, Any]:
        """(key, local pattern or None for the same name, default) of an object-pattern entry."""
        if prop.type == "shorthand_property_identifier_pattern":
            return self.text(prop), None, None
        if prop.type == "pair_pattern":
            key = prop.child_by_field_name("key")
            return self.key_text(key), prop.child_by_field_name("value"), None
        if prop.type == "object_assignment_pattern":
            left = prop.child_by_field_name("left")
            return self.text(left), None, prop.child_by_field_name("right")
        return None, None, None

    def target(self, node: Any) -> ast.expr:
        expr = self.expr(node)
        if isinstance(expr, (ast.Name, ast.Attribute, ast.Subscript)):
            expr.ctx = ast.Store()
            return expr
        return self.at(ast.Name(id="__ignored__", ctx=ast.Store()), node)

    def switch(self, node: Any) -> list[ast.stmt]:
        value = self.expr(node.child_by_field_name("value"))
        cases = node.child_by_field_name("body").named_children
        orelse: list[ast.stmt] = []
        for case in reversed(cases):
            body = self.block(
                [c for c in case.named_children if c != case.child_by_field_name("value")]
            )
            if case.type == "switch_default":
                orelse = body
                continue
            if case.type != "switch_case":
                continue
            test = self.at(
                ast.Compare(
                    left=value,
                    ops=[ast.Eq()],
                    comparators=[self.expr(case.child_by_field_name("value"))],
                ),
                case,
            )
            test.js_text = self.text(case)  # type: ignore[attr-defined]
            orelse = [self.at(ast.If(test=test, body=body or [ast.Pass()], orelse=orelse), case)]
        return orelse

    def function(self, node: Any, name: str) -> ast.FunctionDef:
        params = node.child_by_field_name("parameters")
        single = node.child_by_field_name("parameter")
        items = (
            [single]
            if single is not None
            else ([p for p in params.named_children if p.type != "comment"] if params else [])
        )
        args, defaults, destructure = [], [], []
        for index, param in enumerate(items):
            pattern = (
                param.child_by_field_name("pattern")
                if param.type in ("required_parameter", "optional_parameter")
                else param
            )
            default = (
                param.child_by_field_name("value")
                if param.type in ("required_parameter", "optional_parameter")
                else None
            )
            if pattern is not None and pattern.type == "assignment_pattern":
                default = pattern.child_by_field_name("right")
                pattern = pattern.child_by_field_name("left")
            if pattern is not None and pattern.type == "identifier":
                args.append(ast.arg(arg=self.text(pattern)))
            else:
                args.append(ast.arg(arg=f"__arg{index}"))
                if pattern is not None and pattern.type == "object_pattern":
                    entries = []
                    for prop in pattern.named_children:
                        key, local, _ = self.pattern_entry(prop)
                        if key is not None:
                            entries.append(
                                (
                                    key,
                                    self.text(local)
                                    if local is not None and local.type == "identifier"
                                    else key,
                                )
                            )
                    destructure.append((index, entries))
            if default is not None:
                defaults.append((index, self.expr(default)))
        body_node = node.child_by_field_name("body")
        if body_node is not None and body_node.type == "statement_block":
            body = self.block(body_node.named_children) or [ast.Pass()]
        elif body_node is not None:
            body = [self.at(ast.Return(value=self.expr(body_node)), body_node)]
        else:
            body = [ast.Pass()]
        # defaults apply only to trailing parameters in ast; JS allows any: keep the trailing run
        trailing: list[ast.expr] = []
        for index in range(len(args) - 1, -1, -1):
            found = [d for i, d in defaults if i == index]
            if not found:
                break
            trailing.insert(0, found[0])
        func = self.at(
            ast.FunctionDef(
                name=name,
                args=ast.arguments(
                    posonlyargs=[],
                    args=args,
                    vararg=None,
                    kwonlyargs=[],
                    kw_defaults=[],
                    kwarg=None,
                    defaults=trailing,
                ),
                body=body,
                decorator_list=[],
                returns=None,
                type_comment=None,
                type_params=[],
            ),
            node,
        )
        func.js_params = destructure  # type: ignore[attr-defined]
        return func

    def export(self, node: Any) -> list[ast.stmt]:
        declaration = node.child_by_field_name("declaration")
        value = node.child_by_field_name("value")
        source = node.child_by_field_name("source")
        if declaration is not None:
            out = self.stmt(declaration)
            for stmt in out:
                for name in _bound_names(stmt):
                    if not name.startswith("__"):
                        self.module.exports[name] = name
            return out
        if value is not None or any(c.type == "default" for c in node.children):
            expr = (
                value
                if value is not None
                else next((c for c in node.named_children if c.type not in ("comment",)), None)
            )
            if expr is None:
                return []
            self.module.exports["default"] = "__default"
            if expr.type in (
                "function_declaration",
                "function_expression",
                "arrow_function",
                "function",
            ):
                return [
                    self.assign(ast.Name(id="__default", ctx=ast.Store()), self.expr(expr), node)
                ]
            return [self.assign(ast.Name(id="__default", ctx=ast.Store()), self.expr(expr), node)]
        clause = next((c for c in node.named_children if c.type == "export_clause"), None)
        spec = (
            json.loads(self.text(source))
            if source is not None and self.text(source).startswith('"')
            else (self.text(source)[1:-1] if source is not None else None)
        )
        if clause is None:
            if spec is not None:  # export * from "./x"
                self.module.exports[f"\0*{len(self.module.exports)}"] = spec
            return []
        for specifier in clause.named_children:
            name = specifier.child_by_field_name("name")
            alias = specifier.child_by_field_name("alias")
            local, exported = self.text(name), self.text(alias or name)
            self.module.exports[exported] = f"\0{spec}\0{local}" if spec is not None else local
        return []

    def import_(self, node: Any) -> list[ast.stmt]:
        source = node.child_by_field_name("source")
        if source is None:
            return []
        spec = self.text(source)[1:-1]
        require = self.at(
            ast.Call(func=self.name("require", node), args=[self.const(spec, source)], keywords=[]),
            node,
        )
        out: list[ast.stmt] = []
        clause = next((c for c in node.named_children if c.type == "import_clause"), None)
        if clause is None:
            return []
        for part in clause.named_children:
            if part.type == "identifier":
                default = self.at(
                    ast.Call(
                        func=self.name("__import_default", node),
                        args=[self.const(spec, source)],
                        keywords=[],
                    ),
                    node,
                )
                out.append(
                    self.assign(ast.Name(id=self.text(part), ctx=ast.Store()), default, node)
                )
            elif part.type == "namespace_import":
                ident = next((c for c in part.named_children if c.type == "identifier"), None)
                if ident is not None:
                    out.append(
                        self.assign(ast.Name(id=self.text(ident), ctx=ast.Store()), require, node)
                    )
            elif part.type == "named_imports":
                for specifier in part.named_children:
                    if specifier.type != "import_specifier":
                        continue
                    name = specifier.child_by_field_name("name")
                    alias = specifier.child_by_field_name("alias")
                    read = self.at(
                        ast.Attribute(value=require, attr=self.text(name), ctx=ast.Load()),
                        specifier,
                    )
                    out.append(
                        self.assign(
                            ast.Name(id=self.text(alias or name), ctx=ast.Store()), read, specifier
                        )
                    )
        return out

    # ------------------------------------------------------------ expressions

    def key_text(self, key: Any) -> str | None:
        if key.type in ("property_identifier", "identifier", "private_property_identifier"):
            return self.text(key)
        if key.type == "string":
            return self.string(key)
        if key.type == "number":
            return self.text(key)
        return None

    def string(self, node: Any) -> str:
        raw = self.text(node)
        body = raw[1:-1]
        try:
            return (
                json.loads('"' + body.replace('"', '\\"').replace("\\'", "'") + '"')
                if "\\" in body
                else body
            )
        except ValueError:
            return body

    def expr(self, node: Any) -> ast.expr:
        if node is None:
            return ast.Constant(value=None)
        kind = node.type
        if kind in _TRANSPARENT:
            inner = [
                c
                for c in node.named_children
                if c.type
                not in (
                    "comment",
                    "predefined_type",
                    "type_identifier",
                    "generic_type",
                    "type_annotation",
                )
            ]
            return self.expr(inner[0]) if inner else self.const(None, node)
        if kind == "identifier" or kind == "shorthand_property_identifier":
            text = self.text(node)
            if text == "undefined":
                return self.const(None, node)
            return self.name(text, node)
        if kind in ("this", "super"):
            return self.name("__this__", node)
        if kind == "string":
            return self.const(self.string(node), node)
        if kind == "number":
            text = self.text(node).replace("_", "")
            try:
                return self.const(
                    int(text, 0)
                    if text.isdigit() or text.startswith(("0x", "0o", "0b"))
                    else float(text),
                    node,
                )
            except ValueError:
                return self.const(None, node)
        if kind in ("true", "false"):
            return self.const(kind == "true", node)
        if kind in ("null", "undefined"):
            return self.const(None, node)
        if kind == "template_string":
            parts: list[ast.expr] = []
            for child in node.named_children:
                if child.type == "template_substitution":
                    inner = child.named_children[0] if child.named_children else None
                    parts.append(
                        self.at(
                            ast.FormattedValue(
                                value=self.expr(inner), conversion=-1, format_spec=None
                            ),
                            child,
                        )
                    )
                elif child.type == "string_fragment":
                    parts.append(self.const(self.text(child), child))
                elif child.type == "escape_sequence":
                    parts.append(self.const(self.string_escape(child), child))
            return self.at(ast.JoinedStr(values=parts), node)
        if kind == "regex":
            pattern = node.child_by_field_name("pattern")
            call = ast.Call(
                func=self.name("RegExp", node),
                args=[self.const(self.text(pattern) if pattern else "", node)],
                keywords=[],
            )
            return self.at(call, node)
        if kind == "object":
            keys: list[ast.expr | None] = []
            values: list[ast.expr] = []
            for child in node.named_children:
                if child.type == "pair":
                    key = child.child_by_field_name("key")
                    text = self.key_text(key)
                    keys.append(
                        self.const(text, key)
                        if text is not None
                        else self.expr(key.named_children[0] if key.named_children else key)
                    )
                    values.append(self.expr(child.child_by_field_name("value")))
                elif child.type == "shorthand_property_identifier":
                    keys.append(self.const(self.text(child), child))
                    values.append(self.name(self.text(child), child))
                elif child.type == "spread_element":
                    keys.append(None)
                    values.append(self.expr(child.named_children[0]))
                elif child.type == "method_definition":
                    name = child.child_by_field_name("name")
                    keys.append(self.const(self.text(name), name))
                    values.append(self.lambda_(child))
            return self.at(ast.Dict(keys=keys, values=values), node)
        if kind == "array":
            elements = []
            for child in node.named_children:
                if child.type == "spread_element":
                    elements.append(
                        self.at(
                            ast.Starred(value=self.expr(child.named_children[0]), ctx=ast.Load()),
                            child,
                        )
                    )
                elif child.type != "comment":
                    elements.append(self.expr(child))
            return self.at(ast.List(elts=elements, ctx=ast.Load()), node)
        if kind == "member_expression":
            obj = self.expr(node.child_by_field_name("object"))
            prop = node.child_by_field_name("property")
            return self.at(ast.Attribute(value=obj, attr=self.text(prop), ctx=ast.Load()), node)
        if kind == "subscript_expression":
            obj = self.expr(node.child_by_field_name("object"))
            index = node.child_by_field_name("index")
            return self.at(ast.Subscript(value=obj, slice=self.expr(index), ctx=ast.Load()), node)
        if kind in ("call_expression", "new_expression"):
            func = node.child_by_field_name("function") or node.child_by_field_name("constructor")
            arguments = node.child_by_field_name("arguments")
            args = []
            if arguments is not None and arguments.type == "arguments":
                for arg in arguments.named_children:
                    if arg.type == "spread_element":
                        args.append(
                            self.at(
                                ast.Starred(value=self.expr(arg.named_children[0]), ctx=ast.Load()),
                                arg,
                            )
                        )
                    elif arg.type != "comment":
                        args.append(self.expr(arg))
            elif arguments is not None:  # tagged template
                args.append(self.expr(arguments))
            call = self.at(ast.Call(func=self.expr(func), args=args, keywords=[]), node)
            call.js_text = self.text(node)  # type: ignore[attr-defined]
            return call
        if kind == "binary_expression":
            operator = self.text(node.child_by_field_name("operator"))
            left, right = (
                self.expr(node.child_by_field_name("left")),
                self.expr(node.child_by_field_name("right")),
            )
            result: ast.expr
            if operator in ("||", "??"):
                result = ast.BoolOp(op=ast.Or(), values=[left, right])
            elif operator == "&&":
                result = ast.BoolOp(op=ast.And(), values=[left, right])
            elif operator in _OPS:
                result = ast.Compare(left=left, ops=[_OPS[operator]()], comparators=[right])
            elif operator == "+":
                result = ast.BinOp(left=left, op=ast.Add(), right=right)
            elif operator == "in":
                result = ast.Compare(left=left, ops=[ast.In()], comparators=[right])
            else:
                result = ast.BinOp(left=left, op=ast.BitXor(), right=right)
            result = self.at(result, node)
            result.js_text = self.text(node)  # type: ignore[attr-defined]
            return result
        if kind == "unary_expression":
            operator = self.text(node.child_by_field_name("operator"))
            argument = self.expr(node.child_by_field_name("argument"))
            if operator == "!":
                result = self.at(ast.UnaryOp(op=ast.Not(), operand=argument), node)
                result.js_text = self.text(node)  # type: ignore[attr-defined]
                return result
            return self.at(
                ast.Call(func=self.name("__unknown_op__", node), args=[argument], keywords=[]), node
            )
        if kind == "ternary_expression":
            return self.at(
                ast.IfExp(
                    test=self.expr(node.child_by_field_name("condition")),
                    body=self.expr(node.child_by_field_name("consequence")),
                    orelse=self.expr(node.child_by_field_name("alternative")),
                ),
                node,
            )
        if kind in ("arrow_function", "function_expression", "function", "generator_function"):
            return self.lambda_(node)
        if kind == "sequence_expression":
            return self.expr(node.named_children[-1])
        if kind == "assignment_expression":
            return self.expr(node.child_by_field_name("right"))
        return self.at(ast.Call(func=self.name("__unknown_op__", node), args=[], keywords=[]), node)

    def lambda_(self, node: Any) -> ast.expr:
        """A function value: an ``ast.Lambda`` carrying the translated definition."""
        definition = self.function(node, "anonymous")
        value = self.at(ast.Lambda(args=definition.args, body=ast.Constant(value=None)), node)
        value.js_def = definition  # type: ignore[attr-defined]
        return value

    def string_escape(self, node: Any) -> str:
        try:
            return json.loads('"' + self.text(node) + '"')
        except ValueError:
            return self.text(node)[1:]


def _bound_names(stmt: ast.stmt) -> list[str]:
    if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return [stmt.name]
    if isinstance(stmt, ast.Assign):
        return [t.id for t in stmt.targets if isinstance(t, ast.Name)]
    return []
