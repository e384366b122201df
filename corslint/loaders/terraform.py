"""Terraform loader: ``*.tf``/``*.tf.json``/``*.tfvars`` → the common model.

Each directory is a module. Root modules are evaluated with their variables
(defaults < terraform.tfvars < *.auto.tfvars < var files < -var), child modules
(``source = "./..."`` or ``.terraform/modules``) with the inputs their caller
passes. Resource ids are opaque tokens (``_ref``) so references survive
interpolation and module inputs; anything else that is unknown before apply
is ``Unknown``.
"""

from __future__ import annotations

import json
import os
import pathlib
import re
from collections.abc import Callable

from corslint.loaders import reads
from corslint.loaders.hcl import (
    MAX_BYTES,
    Attr,
    Block,
    Evaluator,
    HclError,
    parse_hcl,
    parse_hcl_attrs,
    parse_json_config,
    parse_tree,
    to_str,
    unknown_in,
)
from corslint.loaders.hclparse import Token, Tree
from corslint.model import (
    Api,
    Authorization,
    Deployment,
    Function,
    GatewayResponse,
    HttpCors,
    InputError,
    Integration,
    IntegrationResponse,
    LoadResult,
    Mapping,
    MethodResponse,
    Route,
    Unchecked,
    Unknown,
)
from corslint.record import Record, field
from corslint.source import LDict, Loc

TYPE_CHECKING = False  # typing is not imported at run time (docs/performance.md)
if TYPE_CHECKING:
    from typing import Any

_REF = re.compile("\x1f([^\x1e\x1f]*)\x1e([^\x1f]*)\x1f")
ID_ATTRS = {
    "id",
    "root_resource_id",
    "invoke_arn",
    "arn",
    "qualified_arn",
    "qualified_invoke_arn",
    "api_id",
}
META = {"count", "for_each", "depends_on", "lifecycle", "provider"}
IAM_HEADERS = ("authorization", "x-amz-date", "x-amz-security-token")
HASH_FILE_FUNCS = {
    "file",
    "filesha1",
    "filemd5",
    "filesha256",
    "filebase64sha256",
    "filesha512",
    "templatefile",
}


def _ref(addr: str, attr: str) -> str:
    """An opaque token for an attribute known only after apply (an id, an ARN)."""
    return f"\x1f{addr}\x1e{attr}\x1f"


class _CliValue(str):
    """A ``-var`` value, typed by the variable's declaration when read."""


def _literal_name(expr: Any) -> str | None:
    """``string`` for a type expression that is the bare name ``string``."""
    while isinstance(expr, Tree) and len(expr.children) == 1:
        expr = expr.children[0]
    if isinstance(expr, Tree) and expr.data == "identifier":
        return str(expr.children[0])
    return str(expr) if isinstance(expr, Token) else None


def _rel(path: pathlib.Path | str, cwd: pathlib.Path) -> str:
    return pathlib.Path(os.path.relpath(path, cwd)).as_posix()


class _NS:
    """A namespace whose attributes are computed on demand (``var``, ``local``)."""

    def __init__(self, get: Callable[[str], Any]) -> None:
        self.get = get

    def ns_attr(self, name: str) -> Any:
        return self.get(name)


class Inst(Record):
    """One instance of a resource or data block."""

    module: Module
    block: Block
    rtype: str
    name: str
    key: str = ""  # instance suffix: [0] or ["a"]
    ctx: dict[str, Any] = field(default_factory=dict)
    data: bool = False

    @property
    def base(self) -> str:
        return f"{self.module.prefix}{'data.' if self.data else ''}{self.rtype}.{self.name}"

    @property
    def addr(self) -> str:
        return self.base + self.key

    def get(self, name: str) -> Any:
        """The evaluated value of an argument, or None when it is not set."""
        attr = self.block.attrs.get(name)
        return None if attr is None else self.module.eval(attr, self.ctx)

    def ns_attr(self, name: str) -> Any:
        if name in self.block.attrs and name not in META:
            return self.get(name)
        if name in ID_ATTRS:
            return _ref(self.addr, name)
        return Unknown(f"{self.addr}.{name} is known only after apply")


MAX_INSTANCES = 10_000  # instances of one block with count/for_each


def _expand(
    owner: Module, block: Block, ctx: dict[str, Any]
) -> list[tuple[str, dict[str, Any]]] | Unknown:
    """Instance keys and contexts of a block with ``count``/``for_each``."""
    if "count" in block.attrs:
        n = owner.eval(block.attrs["count"], ctx)
        if isinstance(n, bool) or not isinstance(n, (int, float)):
            return n if isinstance(n, Unknown) else Unknown("count is not a number")
        if not 0 <= n <= MAX_INSTANCES:  # also NaN and infinity
            return Unknown(f"count {n} is not between 0 and {MAX_INSTANCES}")
        return [
            (f"[{i}]", {**ctx, "count": {"index": i}, "_key": f"{id(block)}[{i}]"})
            for i in range(int(n))
        ]
    if "for_each" in block.attrs:
        items = owner.eval(block.attrs["for_each"], ctx)
        if (u := unknown_in(items)) is not None:
            return Unknown(f"for_each is unknown: {u.reason}")
        if isinstance(items, dict):
            pairs = list(items.items())
        elif isinstance(items, list):
            pairs = [(x, x) for x in items]
        else:
            return Unknown("for_each is not a map or set")
        if len(pairs) > MAX_INSTANCES:
            return Unknown(f"for_each has more than {MAX_INSTANCES} elements")
        return [
            (
                f"[{json.dumps(str(k))}]",
                {**ctx, "each": {"key": k, "value": v}, "_key": f"{id(block)}[{k}]"},
            )
            for k, v in pairs
        ]
    return [("", ctx)]


class Module:
    """One module instance: a directory evaluated with its inputs."""

    def __init__(
        self,
        loader: _Root,
        directory: pathlib.Path,
        prefix: str,
        blocks: list[Block],
        inputs: Callable[[str], Any] | None,
        key: str = "",
    ) -> None:
        self.loader, self.dir, self.prefix, self.inputs, self.key = (
            loader,
            directory,
            prefix,
            inputs,
            key,
        )
        self.path_module = _rel(directory, loader.root_dir) if directory != loader.root_dir else "."
        self.variables: dict[str, Block] = {}
        self.locals: dict[str, Attr] = {}
        self.outputs: dict[str, Block] = {}
        self.module_blocks: list[Block] = []
        self.resource_blocks: dict[tuple[str, str], Block] = {}
        self.data_blocks: dict[tuple[str, str], Block] = {}
        for b in blocks:
            if b.type == "variable" and b.labels:
                self.variables[b.labels[0]] = b
            elif b.type == "locals":
                self.locals.update(b.attrs)
            elif b.type == "output" and b.labels:
                self.outputs[b.labels[0]] = b
            elif b.type == "module" and b.labels:
                self.module_blocks.append(b)
            elif b.type == "resource" and len(b.labels) == 2:
                self.resource_blocks[(b.labels[0], b.labels[1])] = b
            elif b.type == "data" and len(b.labels) == 2:
                self.data_blocks[(b.labels[0], b.labels[1])] = b
        self.types = {t for t, _ in self.resource_blocks}
        self.children: dict[str, Any] = {}  # module name → Module | list | dict | Unknown
        self._cache: dict[tuple[int, str], Any] = {}
        self._busy: set[tuple[int, str]] = set()
        self._objects: dict[tuple[str, str, bool], Any] = {}

    # ---- evaluation
    def eval(self, attr: Attr, ctx: dict[str, Any] | None = None) -> Any:
        ctx = ctx or {}
        key = (id(attr), ctx.get("_key", ""))
        if key in self._cache:
            return self._cache[key]
        if key in self._busy:
            return Unknown(f"{attr.name} depends on itself")
        self._busy.add(key)
        try:
            value = self.evaluator(attr.loc.file, ctx).eval(attr.expr)
        finally:
            self._busy.discard(key)
        self._cache[key] = value
        return value

    def evaluator(self, file: str, ctx: dict[str, Any]) -> Evaluator:
        return Evaluator(
            lambda name: self.lookup(name, ctx), file, self.loader.file_functions(self)
        )

    def lookup(self, name: str, ctx: dict[str, Any]) -> Any:
        if name in ctx.get("_names", ()):
            return ctx["_names"][name]
        if name == "var":
            return _NS(self.var)
        if name == "local":
            return _NS(self.local)
        if name in ("each", "count"):
            return ctx.get(name, Unknown(f"{name} is used outside count/for_each"))
        if name == "path":
            return {"module": self.path_module, "root": ".", "cwd": "."}
        if name == "terraform":
            return {"workspace": "default"}
        if name == "data":
            return _NS(lambda t: _NS(lambda n: self.object(t, n, True)))
        if name == "module":
            return _NS(self.child)
        if name in self.types:
            return _NS(lambda n: self.object(name, n, False))
        return Unknown(f"{name} is not known")

    def var(self, name: str) -> Any:
        if self.inputs is not None:
            value = self.inputs(name)
            if value is not None:
                return value
        elif name in self.loader.root_vars:
            value = self.loader.root_vars[name]
            if isinstance(value, _CliValue):
                return self.cli_value(name, value)
            return value
        block = self.variables.get(name)
        if block is None:
            return Unknown(f"var.{name} is not declared")
        if "default" in block.attrs:
            return self.eval(block.attrs["default"])
        return Unknown(f"var.{name} has no value")

    def cli_value(self, name: str, value: _CliValue) -> Any:
        """A ``-var`` value: a string for string variables, else an HCL expression."""
        block = self.variables.get(name)
        kind = (
            _literal_name(block.attrs["type"].expr)
            if block is not None and "type" in block.attrs
            else "string"
        )
        if kind == "string":
            return str(value)
        try:
            attrs = parse_hcl_attrs(f"x = {value}\n", "<-var>")
        except HclError:
            return str(value)
        parsed = Evaluator(lambda n: Unknown(f"{n} is not allowed in -var"), "<-var>").eval(
            attrs["x"].expr
        )
        return str(value) if isinstance(parsed, Unknown) else parsed

    def local(self, name: str) -> Any:
        attr = self.locals.get(name)
        return Unknown(f"local.{name} is not defined") if attr is None else self.eval(attr)

    def object(self, rtype: str, name: str, data: bool) -> Any:
        """``type.name`` as a value: an Inst, or a list/map of them."""
        key = (rtype, name, data)
        if key not in self._objects:
            block = (self.data_blocks if data else self.resource_blocks).get((rtype, name))
            if block is None:
                return Unknown(f"{'data.' if data else ''}{rtype}.{name} is not defined")
            insts = self.loader.instances(self, block, rtype, name, data)
            if isinstance(insts, Unknown):
                value: Any = insts
            elif "count" in block.attrs:
                value = [i for i in insts]
            elif "for_each" in block.attrs:
                value = {i.ctx["each"]["key"]: i for i in insts}
            else:
                value = insts[0]
            self._objects[key] = value
        return self._objects[key]

    def child(self, name: str) -> Any:
        return self.children.get(name, Unknown(f"module.{name} is not loaded"))

    def ns_attr(self, name: str) -> Any:
        out = self.outputs.get(name)
        if out is None or "value" not in out.attrs:
            return Unknown(f"{self.prefix}{name} is not an output")
        return self.eval(out.attrs["value"])


class _Elem(Record):
    """A CORS-relevant element a deployment's triggers must cover."""

    addr: str
    base: str
    file: str
    body_api: str | None = None


class _Root:
    """Evaluates one root module and its children into the model."""

    def __init__(self, loader: _Loader, root_dir: pathlib.Path, root_vars: dict[str, Any]) -> None:
        self.loader, self.root_dir, self.root_vars = loader, root_dir, root_vars
        self.cwd = loader.cwd
        self.rel = _rel(root_dir, self.cwd)
        self.result = LoadResult()
        self.modules: list[Module] = []
        self.by_type: dict[str, list[Inst]] = {}
        self.by_addr: dict[str, Inst] = {}
        self._expanded: dict[tuple[int, str, str, bool], list[Inst] | Unknown] = {}
        self._funcs: dict[int, dict[str, Callable[..., Any]]] = {}

    # ---- module tree
    def build_module(
        self,
        directory: pathlib.Path,
        prefix: str,
        inputs: Callable[[str], Any] | None,
        key: str,
        depth: int = 0,
    ) -> Module:
        module = Module(self, directory, prefix, self.loader.blocks(directory), inputs, key)
        self.modules.append(module)
        for block in module.module_blocks:
            name = block.labels[0]
            src = module.eval(block.attrs["source"]) if "source" in block.attrs else None
            child_dir = self.loader.module_dir(
                self.root_dir, directory, src, f"{key}.{name}" if key else name
            )
            if child_dir is None or depth > 20:
                self.result.unchecked.append(
                    Unchecked(
                        block.loc.file, f"module.{name}: source {src!r} is not available locally"
                    )
                )
                module.children[name] = Unknown(f"module.{name} is not available locally")
                continue
            expanded = _expand(module, block, {})
            if isinstance(expanded, Unknown):
                self.result.unchecked.append(
                    Unchecked(block.loc.file, f"module.{name}: {expanded.reason}")
                )
                module.children[name] = expanded
                continue
            made: dict[str, Module] = {}
            for suffix, ctx in expanded:
                made[suffix] = self.build_module(
                    child_dir,
                    f"{prefix}module.{name}{suffix}.",
                    self._inputs(module, block, ctx),
                    f"{key}.{name}" if key else name,
                    depth + 1,
                )
            if "count" in block.attrs:
                module.children[name] = list(made.values())
            elif "for_each" in block.attrs:
                module.children[name] = {json.loads(s[1:-1]): m for s, m in made.items()}
            else:
                module.children[name] = made[""]
        return module

    @staticmethod
    def _inputs(parent: Module, block: Block, ctx: dict[str, Any]) -> Callable[[str], Any]:
        def get(name: str) -> Any:
            attr = block.attrs.get(name)
            if attr is None or name in META or name in ("source", "version", "providers"):
                return None
            return parent.eval(attr, ctx)

        return get

    def instances(
        self, module: Module, block: Block, rtype: str, name: str, data: bool
    ) -> list[Inst] | Unknown:
        key = (id(module), rtype, name, data)
        if key not in self._expanded:
            expanded = _expand(module, block, {})
            if isinstance(expanded, Unknown):
                self._expanded[key] = expanded
            else:
                self._expanded[key] = [
                    Inst(module, block, rtype, name, s, c, data) for s, c in expanded
                ]
        return self._expanded[key]

    def file_functions(self, module: Module) -> dict[str, Callable[..., Any]]:
        if id(module) not in self._funcs:
            self._funcs[id(module)] = {
                "file": lambda p: self.read(p),
                "templatefile": lambda p, v=None: self.template(module, p, v or {}),
                "fileexists": lambda p: (
                    p if isinstance(p, Unknown) else (self.root_dir / p).is_file()
                ),
                "abspath": lambda p: p,
                "basename": lambda p: p if isinstance(p, Unknown) else os.path.basename(p),
                "dirname": lambda p: p if isinstance(p, Unknown) else os.path.dirname(p),
            }
            for fn in HASH_FILE_FUNCS - {"file", "templatefile"}:
                self._funcs[id(module)][fn] = lambda p, fn=fn: Unknown(f"{fn}() is a hash")
        return self._funcs[id(module)]

    def path(self, p: str) -> pathlib.Path:
        return pathlib.Path(os.path.normpath(self.root_dir / p))

    def read(self, p: Any) -> Any:
        if isinstance(p, Unknown) or not isinstance(p, str):
            return p if isinstance(p, Unknown) else Unknown("file() of a non-string")
        path = self.path(p)
        reads.note(path)
        try:
            if not path.is_file():  # missing, or a FIFO/device that would block or never end
                return Unknown(f"{_rel(path, self.cwd)} cannot be read")
            if path.stat().st_size > MAX_BYTES:
                return Unknown(f"{_rel(path, self.cwd)} is too large")
            return path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return Unknown(f"{_rel(path, self.cwd)} cannot be read")

    def template(self, module: Module, p: Any, variables: Any) -> Any:
        text = self.read(p)
        if isinstance(text, Unknown) or isinstance(variables, Unknown):
            return text if isinstance(text, Unknown) else variables
        from corslint.loaders.hcl import _EvalError

        try:
            tree = parse_tree("x = " + json.dumps(text))
        except HclError:
            return Unknown(f"template {p} is not evaluated")
        ev = Evaluator(
            lambda n: (
                variables[n] if n in variables else Unknown(f"template variable {n} is not set")
            ),
            _rel(self.path(p), self.cwd),
        )
        try:
            return ev.eval(tree.children[0].children[0].children[-1])
        except _EvalError:
            return Unknown(f"template {p} is not evaluated")

    # ---- helpers
    def collect(self) -> None:
        for module in self.modules:
            both = [(k, b, False) for k, b in module.resource_blocks.items()]
            both += [(k, b, True) for k, b in module.data_blocks.items()]
            for (rtype, name), block, data in both:
                insts = self.instances(module, block, rtype, name, data)
                if isinstance(insts, Unknown):
                    if rtype.startswith(
                        ("aws_api_gateway", "aws_apigatewayv2", "aws_lambda_function")
                    ):
                        self.result.unchecked.append(
                            Unchecked(
                                block.loc.file, f"{module.prefix}{rtype}.{name}: {insts.reason}"
                            )
                        )
                    continue
                for inst in insts:
                    self.by_type.setdefault(("data." if data else "") + rtype, []).append(inst)
                    self.by_addr[inst.addr] = inst

    def target(self, value: Any, rtype: str) -> tuple[Inst, str] | None:
        """The instance (of ``rtype``) and attribute a reference token names."""
        if not isinstance(value, str):
            return None
        for m in _REF.finditer(value):
            inst = self.by_addr.get(m.group(1))
            if inst is not None and inst.rtype == rtype and not inst.data:
                return inst, m.group(2)
        return None

    def key(self, inst: Inst) -> str:
        return f"{self.rel}:{inst.addr}"

    def text(self, value: Any, what: str) -> str | Unknown:
        """A model string: references and non-strings become Unknown."""
        if isinstance(value, Unknown):
            return value
        if value is None:
            return Unknown(f"{what} is not set")
        s = to_str(value)
        if isinstance(s, str) and (m := _REF.search(s)):
            return Unknown(f"{m.group(1)}.{m.group(2)} is known only after apply")
        return s

    def unchecked(
        self, inst: Inst, reason: str, api: str | None = None, route: str | None = None
    ) -> None:
        self.result.unchecked.append(
            Unchecked(inst.block.loc.file, f"{inst.addr}: {reason}", api, route)
        )


def parse_file(path: pathlib.Path, cwd: pathlib.Path) -> list[Block] | InputError:
    """The blocks of one ``.tf`` / ``.tf.json`` file, or why it cannot be read."""
    rel = _rel(path, cwd)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise HclError("file is larger than 5 MB")
        text = path.read_bytes().decode("utf-8")
        if "\x00" in text:
            raise HclError("binary file")
        if path.name.endswith(".json"):
            from corslint.loaders.datafile import ParseError
            from corslint.loaders.jsonpos import load_json

            try:
                return parse_json_config(load_json(text, rel), rel)
            except ParseError as exc:
                raise HclError(exc.message, exc.line, exc.column) from None
        return parse_hcl(text, rel)
    except UnicodeDecodeError:
        return InputError(rel, "not UTF-8 text")
    except OSError as exc:
        return InputError(rel, f"cannot read: {exc.strerror}")
    except HclError as exc:
        return InputError(rel, exc.message, exc.line, exc.column)
    except RecursionError:
        return InputError(rel, "nesting too deep")


class _Loader:
    """Shared state of one ``load_terraform`` call: parsed files by directory."""

    def __init__(self, files: list[pathlib.Path], cwd: pathlib.Path, result: LoadResult) -> None:
        self.cwd, self.result = cwd, result
        self.by_dir: dict[pathlib.Path, list[pathlib.Path]] = {}
        for f in files:
            self.by_dir.setdefault(f.parent, []).append(f)
        self._blocks: dict[pathlib.Path, list[Block]] = {}
        self._modules_json: dict[pathlib.Path, dict[str, str]] = {}

    def blocks(self, directory: pathlib.Path) -> list[Block]:
        if directory not in self._blocks:
            files = self.by_dir.get(directory)
            if files is None:  # a module dir outside the discovered files
                reads.note(directory)
                files = (
                    sorted(
                        p for p in directory.iterdir()
                        if p.name.endswith((".tf", ".tf.json")) and p.is_file()  # no FIFOs
                    )
                    if directory.is_dir()
                    else []
                )
            out: list[Block] = []
            for f in sorted(files):
                if f.name.endswith((".tf", ".tf.json")):
                    out.extend(self.parse(f))
            self._blocks[directory] = out
        return self._blocks[directory]

    def release(self, directory: pathlib.Path) -> None:
        """Forget a root's parsed blocks once it is built (no other root can use them)."""
        self._blocks.pop(directory, None)

    def parse(self, path: pathlib.Path) -> list[Block]:
        parsed = parse_file(path, self.cwd)
        if isinstance(parsed, InputError):
            self.result.errors.append(parsed)
            return []
        return parsed

    def module_dir(
        self, root: pathlib.Path, here: pathlib.Path, source: Any, key: str
    ) -> pathlib.Path | None:
        if isinstance(source, str) and source.startswith(("./", "../")):
            d = pathlib.Path(os.path.normpath(here / source))
            reads.note(d)
            return d if d.is_dir() or d in self.by_dir else None
        if root not in self._modules_json:
            mapping: dict[str, str] = {}
            reads.note(root / ".terraform" / "modules" / "modules.json")
            try:
                data = json.loads(
                    (root / ".terraform" / "modules" / "modules.json").read_text(encoding="utf-8")
                )
                mapping = {
                    m["Key"]: m["Dir"]
                    for m in data.get("Modules", [])
                    if m.get("Key") and m.get("Dir")
                }
            except (OSError, ValueError, TypeError, AttributeError, KeyError):
                pass
            self._modules_json[root] = mapping
        d = self._modules_json[root].get(key)
        if d is None:
            return None
        path = pathlib.Path(os.path.normpath(root / d))
        reads.note(path)
        return path if path.is_dir() else None

    def raw(self, path: pathlib.Path) -> str:
        """The file's text for cheap pre-parse scans ('' when too large)."""
        try:
            if path.stat().st_size > MAX_BYTES:
                return ""
            return path.read_bytes().decode("utf-8", errors="replace")
        except OSError:  # unreadable: look relevant, so that parsing reports why
            return "aws_lambda_function"

    def child_dirs(self, directory: pathlib.Path) -> set[pathlib.Path]:
        """Local module sources called from a directory (a regex scan, no parse)."""
        out = set()
        for f in self.by_dir.get(directory, []):
            if f.name.endswith((".tf", ".tf.json")):
                for src in _LOCAL_SOURCE.findall(self.raw(f)):
                    out.add(pathlib.Path(os.path.normpath(directory / src)))
        return out

    def relevant(self, directory: pathlib.Path) -> bool:
        """Whether a root can hold API Gateway/Lambda config (skip the parse if not)."""
        return any(
            _RELEVANT.search(self.raw(f))
            for f in self.by_dir.get(directory, [])
            if f.name.endswith((".tf", ".tf.json"))
        )


_LOCAL_SOURCE = re.compile(r'"?source"?\s*[=:]\s*"(\.\.?/[^"]*)"')
_RELEVANT = re.compile(
    r'aws_api_gateway|aws_apigatewayv2|aws_lambda_function|^\s*"?module"?\s*[{"]', re.M
)


def _literal(expr: Any) -> str | int | None:
    """The value of a constant string or integer expression."""
    if isinstance(expr, Token):
        return int(str(expr)) if str(expr).isdigit() else None
    value = Evaluator(lambda n: Unknown(n), "").eval(expr)
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        return None
    return value


# ------------------------------------------------------------------ variables


def _var_file_values(path: pathlib.Path, cwd: pathlib.Path, result: LoadResult) -> dict[str, Any]:
    rel = _rel(path, cwd)
    try:
        text = path.read_bytes().decode("utf-8")
        if path.name.endswith(".json"):
            data = json.loads(text)
            return dict(data) if isinstance(data, dict) else {}
        attrs = parse_hcl_attrs(text, rel)
    except HclError as exc:
        result.errors.append(InputError(rel, exc.message, exc.line, exc.column))
        return {}
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        result.errors.append(InputError(rel, f"cannot read variables: {exc}"))
        return {}
    ev = Evaluator(lambda n: Unknown(f"{n} is not allowed in a variables file"), rel)
    return {name: ev.eval(a.expr) for name, a in attrs.items()}


def _root_vars(
    directory: pathlib.Path,
    files: list[pathlib.Path],
    var_files: list[pathlib.Path],
    variables: dict[str, str],
    cwd: pathlib.Path,
    result: LoadResult,
) -> dict[str, Any]:
    values: dict[str, Any] = {}
    names = {f.name: f for f in files}
    for auto in ("terraform.tfvars", "terraform.tfvars.json"):
        if auto in names:
            values.update(_var_file_values(names[auto], cwd, result))
    for name in sorted(n for n in names if n.endswith((".auto.tfvars", ".auto.tfvars.json"))):
        values.update(_var_file_values(names[name], cwd, result))
    for vf in var_files:
        values.update(_var_file_values(vf if vf.is_absolute() else cwd / vf, cwd, result))
    values.update({k: _CliValue(v) for k, v in variables.items()})
    return values


# ------------------------------------------------------------------ model


def _headers(root: _Root, inst: Inst, attr_name: str, prefix: str) -> dict[str, Mapping]:
    """``response_parameters`` entries under ``prefix`` as Mappings with their lines."""
    attr = inst.block.attrs.get(attr_name)
    if attr is None:
        return {}
    ev = inst.module.evaluator(attr.loc.file, inst.ctx)
    items = ev.object_items(attr.expr)
    if items is None:
        value = inst.module.eval(attr, inst.ctx)
        if not isinstance(value, dict):
            return {}
        items = [(k, v, attr.loc) for k, v in value.items()]
    out: dict[str, Mapping] = {}
    for k, v, loc in items:
        if isinstance(k, str) and k.startswith(prefix):
            out[k[len(prefix) :]] = Mapping(root.text(v, f"{inst.addr} {k}"), loc)
    return out


def _flag_names(value: Any, prefix: str, required_only: bool) -> tuple[str, ...]:
    if not isinstance(value, dict):
        return ()
    return tuple(
        k[len(prefix) :].lower()
        for k, v in value.items()
        if isinstance(k, str) and k.startswith(prefix) and (v is True or not required_only)
    )


def _str_list(root: _Root, value: Any, what: str) -> tuple[str, ...] | Unknown:
    if value is None:
        return ()
    if isinstance(value, Unknown):
        return value
    if not isinstance(value, list):
        return Unknown(f"{what} is not a list")
    out = []
    for v in value:
        s = root.text(v, what)
        if isinstance(s, Unknown):
            return s
        out.append(s)
    return tuple(out)


class _Builder:
    """Turns a root's resource instances into Apis and Functions."""

    def __init__(self, root: _Root) -> None:
        self.root = root
        self.apis: dict[str, Api] = {}  # rest_api/http api addr → Api
        self.body_apis: set[str] = set()
        self.body_files: dict[str, set[str]] = {}
        self.elems: dict[str, list[_Elem]] = {}
        self.routes: dict[tuple[str, str, str], Route] = {}
        self.paths: dict[str, str | Unknown] = {}
        self.functions: dict[str, Function] = {}
        self.v2_integrations: dict[str, Integration] = {}

    def insts(self, rtype: str) -> list[Inst]:
        return self.root.by_type.get(rtype, [])

    # resource types in the order they are built: each may refer to earlier ones
    BUILD_ORDER = (
        ("aws_lambda_function", "function"),
        ("aws_api_gateway_rest_api", "rest_api"),
        ("aws_api_gateway_method", "method"),
        ("aws_api_gateway_integration", "integration"),
        ("aws_api_gateway_method_response", "method_response"),
        ("aws_api_gateway_integration_response", "integration_response"),
        ("aws_api_gateway_gateway_response", "gateway_response"),
        ("aws_apigatewayv2_api", "http_api"),
        ("aws_apigatewayv2_integration", "v2_integration"),
        ("aws_apigatewayv2_route", "v2_route"),
        ("aws_api_gateway_deployment", "deployment"),
    )

    def build(self) -> None:
        for rtype, builder in self.BUILD_ORDER:
            for inst in self.insts(rtype):
                getattr(self, builder)(inst)
        self.root.result.apis.extend(self.apis.values())
        self.root.result.functions.update(self.functions)

    # ---- functions
    def function(self, inst: Inst) -> None:
        root = self.root
        name = root.text(inst.get("function_name"), f"{inst.addr}.function_name")
        fn = Function(root.key(inst), name, inst.block.loc)
        fn.runtime = (
            root.text(inst.get("runtime"), "runtime") if "runtime" in inst.block.attrs else None
        )
        fn.handler = (
            root.text(inst.get("handler"), "handler") if "handler" in inst.block.attrs else None
        )
        package = inst.get("package_type")
        if "image_uri" in inst.block.attrs or package == "Image":
            fn.image = True
            fn.handler = Unknown("the handler is inside a container image")
            fn.code = Unknown("code is in a container image")
        elif "s3_bucket" in inst.block.attrs:
            fn.code = Unknown("code is in an S3 bucket")
        elif "filename" in inst.block.attrs:
            fn.code = self.code_path(inst, inst.get("filename"))
        else:
            fn.code = Unknown("no code location")
        env: dict[str, str | Unknown] | Unknown = {}
        for e in inst.block.sub("environment"):
            if "variables" in e.attrs:
                value = inst.module.eval(e.attrs["variables"], inst.ctx)
                if isinstance(value, Unknown):
                    env = value
                elif isinstance(value, dict):
                    env = {str(k): root.text(v, f"environment {k}") for k, v in value.items()}
        fn.environment = env
        self.functions[fn.key] = fn

    def code_path(self, inst: Inst, filename: Any) -> str | Unknown:
        if isinstance(filename, Unknown):
            return filename
        for data in self.insts("data.archive_file"):
            if data.module is inst.module and data.get("output_path") == filename:
                src = (
                    data.get("source_dir")
                    if "source_dir" in data.block.attrs
                    else data.get("source_file")
                )
                if isinstance(src, str) and not _REF.search(src):
                    return _rel(self.root.path(src), self.root.cwd)
                return (
                    src if isinstance(src, Unknown) else Unknown(f"{data.addr} has no known source")
                )
        return Unknown("code is in a zip built outside this repo")

    def function_of(self, uri: Any, what: str, inst: Inst | None = None) -> str | Unknown:
        """The key of the function an integration uri invokes, or why not known."""
        if isinstance(uri, Unknown):
            named = self.named_functions(inst, what) if inst is not None else set()
            if (
                len(named) == 1
            ):  # e.g. "...${var.region}...${aws_lambda_function.f.arn}/invocations"
                return named.pop()
            return Unknown(f"{what}: {uri.reason}")
        hit = self.root.target(uri, "aws_lambda_function")
        if hit is not None:
            return self.root.key(hit[0])
        alias = self.root.target(uri, "aws_lambda_alias")
        if alias is not None:
            name = alias[0].get("function_name")
            hit = self.root.target(name, "aws_lambda_function")
            if hit is not None:
                return self.root.key(hit[0])
            uri = f":function:{name}" if isinstance(name, str) else uri
        if isinstance(uri, str) and (m := re.search(r":function:([^:/]+)", uri)):
            for key, fn in self.functions.items():
                if fn.name == m.group(1):
                    return key
            return f"lambda:{m.group(1)}"  # linked across inputs by name
        return Unknown(f"{what} does not name a Lambda function of this project")

    def named_functions(self, inst: Inst, attr: str) -> set[str]:
        """Keys of the Lambda functions an argument's expression names directly."""
        a = inst.block.attrs.get(attr)
        out: set[str] = set()
        stack = [a.expr] if a is not None else []
        while stack:
            node = stack.pop()
            if not isinstance(node, Tree):
                continue
            chain = _chain(node) if node.data in ("get_attr_expr_term", "index_expr_term") else None
            if chain and len(chain) >= 2 and chain[0] == "aws_lambda_function":
                target = self.root.by_addr.get(
                    f"{inst.module.prefix}aws_lambda_function.{chain[1]}"
                )
                if target is not None:
                    out.add(self.root.key(target))
                continue
            stack.extend(node.children)
        return out

    # ---- REST
    def rest_api(self, inst: Inst) -> None:
        root = self.root
        name = inst.get("name")
        api = Api(
            root.key(inst),
            name if isinstance(name, str) and not _REF.search(name) else inst.addr,
            "rest",
            "terraform",
            inst.block.loc,
        )
        self.apis[inst.addr] = api
        self.elems[api.key] = []
        if "body" in inst.block.attrs:
            self.body(inst, api)

    def body(self, inst: Inst, api: Api) -> None:
        root = self.root
        attr = inst.block.attrs["body"]
        doc: Any = None
        node = attr.expr
        while isinstance(node, Tree) and node.data == "expr_term" and len(node.children) == 1:
            node = node.children[0]
        fname = None
        if isinstance(node, Tree) and node.data == "function_call":
            fname = str(node.children[0].children[0])
            args = next(
                (c for c in node.children if isinstance(c, Tree) and c.data == "arguments"), None
            )
            first = (
                next(
                    c
                    for c in args.children
                    if isinstance(c, Tree) and c.data != "new_line_or_comment"
                )
                if args
                else None
            )
            ev = inst.module.evaluator(attr.loc.file, inst.ctx)
            if fname == "jsonencode" and first is not None:
                doc = ev.eval(first)
            elif fname in ("file", "templatefile") and first is not None:
                p = ev.eval(first)
                if isinstance(p, str):
                    self.body_files.setdefault(api.key, set()).add(_rel(root.path(p), root.cwd))
                    text = root.read(p) if fname == "file" else inst.get("body")
                    doc = self.parse_doc(text, _rel(root.path(p), root.cwd))
                else:
                    doc = p
        if doc is None:
            doc = self.parse_doc(inst.get("body"), attr.loc.file)
        self.body_apis.add(api.key)
        self.elems[api.key].append(_Elem(inst.addr, inst.base, inst.block.loc.file, api.key))
        if (u := unknown_in(doc)) is not None or not isinstance(doc, dict):
            reason = u.reason if u is not None else "body is not an object"
            root.unchecked(inst, f"body cannot be read: {reason}", api.name)
            return
        try:
            from corslint.loaders.openapi import api_from_openapi
        except ImportError:
            root.unchecked(inst, "body is not read (OpenAPI loader unavailable)", api.name)
            return
        lambdas: dict[str, str] = {}
        doc = self.unref(_to_ldict(doc, attr.loc), lambdas)
        result = api_from_openapi(
            doc, file=attr.loc.file, key=api.key, source="terraform", name=api.name
        )
        names = {fn.name: key for key, fn in self.functions.items() if isinstance(fn.name, str)}
        for other in result.apis:
            for route in other.routes:
                integ = route.integration
                if (
                    isinstance(integ, Integration)
                    and isinstance(integ.function, str)
                    and integ.function.startswith("lambda:")
                ):
                    fname = integ.function[len("lambda:") :]
                    integ.function = lambdas.get(fname) or names.get(fname) or integ.function
            api.routes.extend(other.routes)
            api.gateway_responses.update(other.gateway_responses)
            if other.cors is not None:
                api.cors = other.cors
        for route in api.routes:
            self.routes[(api.key, route.path, route.method)] = route
        root.result.errors.extend(result.errors)
        root.result.unchecked.extend(result.unchecked)
        root.result.functions.update(result.functions)

    def unref(self, value: Any, lambdas: dict[str, str]) -> Any:
        """Replace reference tokens in a body: Lambda ARNs by stand-in ARNs, others by Unknown."""
        if isinstance(value, dict):
            for k, v in value.items():
                value[k] = self.unref(v, lambdas)
        elif isinstance(value, list):
            value[:] = [self.unref(v, lambdas) for v in value]
        elif isinstance(value, str) and _REF.search(value):
            hit = self.root.target(value, "aws_lambda_function")
            if hit is None:
                return self.root.text(value, "body value")
            stand_in = f"tfref-{len(lambdas)}"
            lambdas[stand_in] = self.root.key(hit[0])
            return (
                "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/"
                f"arn:aws:lambda:us-east-1:000000000000:function:{stand_in}/invocations"
            )
        return value

    @staticmethod
    def parse_doc(text: Any, file: str) -> Any:
        if not isinstance(text, str):
            return text
        from corslint.loaders.datafile import ParseError, parse_text

        try:
            return parse_text(str(text), file)
        except ParseError as exc:
            return Unknown(f"body is not valid JSON/YAML: {exc}")

    def api_of(self, inst: Inst, attr: str = "rest_api_id") -> Api | None:
        hit = self.root.target(
            inst.get(attr),
            "aws_api_gateway_rest_api" if attr == "rest_api_id" else "aws_apigatewayv2_api",
        )
        api = self.apis.get(hit[0].addr) if hit else None
        if api is None:
            self.root.unchecked(inst, f"{attr} does not name an API defined here")
        return api

    def path_of(self, value: Any) -> str | Unknown:
        hit = self.root.target(value, "aws_api_gateway_rest_api")
        if hit is not None:
            return "/" if hit[1] == "root_resource_id" else Unknown("resource id is not a resource")
        hit = self.root.target(value, "aws_api_gateway_resource")
        if hit is None:
            reason = (
                value.reason
                if isinstance(value, Unknown)
                else "resource_id does not name a resource defined here"
            )
            return Unknown(reason)
        inst = hit[0]
        if inst.addr not in self.paths:
            self.paths[inst.addr] = Unknown("resource parent cycle")
            parent = self.path_of(inst.get("parent_id"))
            part = self.root.text(inst.get("path_part"), f"{inst.addr}.path_part")
            if isinstance(parent, Unknown) or isinstance(part, Unknown):
                self.paths[inst.addr] = parent if isinstance(parent, Unknown) else part
            else:
                self.paths[inst.addr] = parent.rstrip("/") + "/" + part
        return self.paths[inst.addr]

    def route_of(
        self, inst: Inst, create: bool = False, track: bool = True
    ) -> tuple[Api, Route] | None:
        api = self.api_of(inst)
        if api is None:
            return None
        path = self.path_of(inst.get("resource_id"))
        method = self.root.text(inst.get("http_method"), "http_method")
        if isinstance(path, Unknown) or isinstance(method, Unknown):
            reason = path.reason if isinstance(path, Unknown) else method.reason
            self.root.unchecked(inst, f"cannot tell which route: {reason}", api.name)
            return None
        key = (api.key, path, method.upper())
        if key not in self.routes:
            if not create:
                self.root.unchecked(
                    inst, f"no aws_api_gateway_method for {method.upper()} {path}", api.name
                )
                return None
            route = Route(method.upper(), path, inst.block.loc)
            api.routes.append(route)
            self.routes[key] = route
        if track:
            self.elems[api.key].append(_Elem(inst.addr, inst.base, inst.block.loc.file))
        return api, self.routes[key]

    def method(self, inst: Inst) -> None:
        found = self.route_of(inst, create=True)
        if found is None:
            return
        _, route = found
        route.loc = inst.block.loc
        route.auth = self.rest_auth(inst)
        req = inst.get("api_key_required")
        route.api_key_required = req if isinstance(req, (bool, Unknown)) else False
        route.request_headers = _flag_names(
            inst.get("request_parameters"), "method.request.header.", True
        )

    def rest_auth(self, inst: Inst) -> Authorization:
        attr = inst.block.attrs.get("authorization")
        loc = attr.loc if attr else inst.block.loc
        kind = self.root.text(inst.get("authorization"), "authorization") if attr else "NONE"
        if isinstance(kind, Unknown):
            return Authorization(kind, (), None, loc)
        kind = kind.upper()
        hit = self.root.target(inst.get("authorizer_id"), "aws_api_gateway_authorizer")
        name = None
        headers: tuple[str, ...] = ()
        if hit is not None:
            name_v = hit[0].get("name")
            name = name_v if isinstance(name_v, str) else None
        if kind == "COGNITO_USER_POOLS":
            headers = ("authorization",)
            if hit is not None and isinstance(src := hit[0].get("identity_source"), str):
                headers = _identity(src, "method.request.header.") or headers
        elif kind == "AWS_IAM":
            headers = IAM_HEADERS
        elif kind == "CUSTOM":
            az = hit[0] if hit else None
            src = az.get("identity_source") if az else None
            atype = (
                (az.get("type") if az and "type" in az.block.attrs else "TOKEN") if az else "TOKEN"
            )
            if isinstance(src, str):
                headers = _identity(src, "method.request.header.")
            elif atype == "TOKEN":
                headers = ("authorization",)
        return Authorization(kind, headers, name, loc)

    def integration(self, inst: Inst) -> None:
        found = self.route_of(inst)
        if found is None:
            return
        api, route = found
        itype = self.root.text(inst.get("type"), "type")
        itype = itype.upper() if isinstance(itype, str) else itype
        templates = inst.get("request_templates")
        if isinstance(templates, dict):
            templates = {
                str(k): self.root.text(v, f"request template {k}") for k, v in templates.items()
            }
        elif templates is not None and not isinstance(templates, Unknown):
            templates = Unknown("request_templates is not a map")
        pt = inst.get("passthrough_behavior")
        integ = Integration(
            itype,
            inst.block.loc,
            templates,
            pt.upper()
            if isinstance(pt, str)
            else pt
            if isinstance(pt, Unknown)
            else "WHEN_NO_MATCH",
        )
        if isinstance(itype, str) and itype in ("AWS", "AWS_PROXY"):
            integ.function = self.function_of(inst.get("uri"), "uri", inst)
            if isinstance(integ.function, Unknown):
                self.root.unchecked(
                    inst, f"handler unknown: {integ.function.reason}", api.name, route.key
                )
        elif isinstance(itype, Unknown):
            integ.function = Unknown(f"{inst.addr}: integration type is unknown")
        route.integration = integ

    def method_response(self, inst: Inst) -> None:
        found = self.route_of(inst, track=False)
        if found is None:
            return
        _, route = found
        status = self.root.text(inst.get("status_code"), "status_code")
        if isinstance(status, Unknown):
            self.root.unchecked(inst, f"status_code: {status.reason}", found[0].name, route.key)
            return
        params = inst.get("response_parameters")
        headers: frozenset[str] | Unknown = (
            params
            if isinstance(params, Unknown)
            else frozenset(_flag_names(params, "method.response.header.", False))
        )
        route.method_responses[status] = MethodResponse(status, headers, inst.block.loc)

    def integration_response(self, inst: Inst) -> None:
        found = self.route_of(inst)
        if found is None:
            return
        api, route = found
        if not isinstance(route.integration, Integration):
            self.root.unchecked(
                inst, "integration response without an integration", api.name, route.key
            )
            return
        status = self.root.text(inst.get("status_code"), "status_code")
        sel = inst.get("selection_pattern")
        sel = self.root.text(sel, "selection_pattern") if sel is not None else None
        headers = _headers(self.root, inst, "response_parameters", "method.response.header.")
        route.integration.responses.append(
            IntegrationResponse(status, sel, headers, inst.block.loc)
        )

    def gateway_response(self, inst: Inst) -> None:
        api = self.api_of(inst)
        if api is None:
            return
        rtype = self.root.text(inst.get("response_type"), "response_type")
        if isinstance(rtype, Unknown):
            self.root.unchecked(inst, f"response_type: {rtype.reason}", api.name)
            return
        status = inst.get("status_code")
        status = self.root.text(status, "status_code") if status is not None else None
        headers = _headers(self.root, inst, "response_parameters", "gatewayresponse.header.")
        api.gateway_responses[rtype] = GatewayResponse(rtype, status, headers, inst.block.loc)
        self.elems[api.key].append(_Elem(inst.addr, inst.base, inst.block.loc.file))

    # ---- deployments
    def deployment(self, inst: Inst) -> None:
        api = self.api_of(inst)
        if api is None:
            return
        elems = self.elems.get(api.key, [])
        attr = inst.block.attrs.get("triggers")
        if attr is None:
            api.deployments.append(Deployment(inst.block.loc, False, _uniq(e.addr for e in elems)))
            return
        refs: list[str] = []
        files: set[str] = set()
        opaque: list[str] = []
        try:
            self.references(
                inst.module, attr.expr, attr.loc.file, inst.ctx, refs, files, opaque, set()
            )
        except RecursionError:
            opaque.append("a too deeply nested expression")
            refs.clear()
        if not refs and not files and opaque:
            api.deployments.append(
                Deployment(inst.block.loc, True, Unknown(f"triggers come from {opaque[0]}"))
            )
            return

        def covered(e: _Elem) -> bool:
            if e.file in files or (e.body_api and self.body_files.get(e.body_api, set()) & files):
                return True
            for r in refs:
                if (
                    r in (e.base, e.addr)
                    or e.addr.startswith(r + ".")
                    or e.addr.startswith(r + "[")
                ):
                    return True
                if e.body_api and r in (e.base, e.addr):
                    return True
            return False

        api.deployments.append(
            Deployment(inst.block.loc, True, _uniq(e.addr for e in elems if not covered(e)))
        )

    def references(
        self,
        module: Module,
        node: Any,
        file: str,
        ctx: dict[str, Any],
        refs: list[str],
        files: set[str],
        opaque: list[str],
        seen: set[str],
    ) -> None:
        """Collect resource/module addresses and hashed files a trigger names."""
        if not isinstance(node, Tree):
            return
        if node.data in ("get_attr_expr_term", "index_expr_term") or (
            node.data == "expr_term"
            and node.children
            and isinstance(node.children[0], Tree)
            and node.children[0].data == "identifier"
        ):
            chain = _chain(node)
            if chain:
                self.reference(module, chain, ctx, refs, files, opaque, seen)
                return
        if node.data == "function_call":
            fname = str(node.children[0].children[0])
            if fname in HASH_FILE_FUNCS:
                args = next(
                    (c for c in node.children if isinstance(c, Tree) and c.data == "arguments"),
                    None,
                )
                if args is not None:
                    first = next(
                        c
                        for c in args.children
                        if isinstance(c, Tree) and c.data != "new_line_or_comment"
                    )
                    p = module.evaluator(file, ctx).eval(first)
                    if isinstance(p, str):
                        files.add(_rel(self.root.path(p), self.root.cwd))
                    else:
                        opaque.append(f"{fname}() of an unknown path")
        for child in node.children:
            self.references(module, child, file, ctx, refs, files, opaque, seen)

    def reference(
        self,
        module: Module,
        chain: list[str],
        ctx: dict[str, Any],
        refs: list[str],
        files: set[str],
        opaque: list[str],
        seen: set[str],
    ) -> None:
        head = chain[0]
        if head == "module" and len(chain) > 1:
            refs.append(f"{module.prefix}module.{chain[1]}")
        elif head == "local" and len(chain) > 1:
            key = f"{module.prefix}local.{chain[1]}"
            if key not in seen and chain[1] in module.locals:
                seen.add(key)
                attr = module.locals[chain[1]]
                self.references(module, attr.expr, attr.loc.file, ctx, refs, files, opaque, seen)
        elif head == "var" and len(chain) > 1:
            opaque.append(f"var.{chain[1]}")
        elif head in ("data", "path", "each", "count", "terraform", "self"):
            return
        elif len(chain) > 1:
            refs.append(f"{module.prefix}{head}.{chain[1]}")

    # ---- HTTP APIs
    def http_api(self, inst: Inst) -> None:
        root = self.root
        proto = inst.get("protocol_type")
        if proto == "WEBSOCKET":
            return
        if not isinstance(proto, str):
            root.unchecked(inst, "protocol_type is unknown")
            return
        name = inst.get("name")
        api = Api(
            root.key(inst),
            name if isinstance(name, str) and not _REF.search(name) else inst.addr,
            "http",
            "terraform",
            inst.block.loc,
        )
        self.apis[inst.addr] = api
        self.elems[api.key] = []
        for block in inst.block.sub("cors_configuration"):
            api.cors = self.http_cors(inst, block, inst.ctx)
        for block in inst.block.sub("dynamic"):
            if block.labels == ["cors_configuration"]:
                api.cors = self.dynamic_cors(inst, block)
        if "body" in inst.block.attrs:
            self.body(inst, api)

    def dynamic_cors(self, inst: Inst, block: Block) -> HttpCors | Unknown | None:
        """``dynamic "cors_configuration"``: none, or its single known instance."""
        content = block.sub("content")
        if "for_each" not in block.attrs or not content:
            return Unknown("dynamic cors_configuration is not understood")
        items = inst.module.eval(block.attrs["for_each"], inst.ctx)
        if (u := unknown_in(items)) is not None:
            return Unknown(f"dynamic cors_configuration: {u.reason}")
        pairs = (
            list(items.items())
            if isinstance(items, dict)
            else list(enumerate(items))
            if isinstance(items, list)
            else []
        )
        if not pairs:
            return None
        it = block.attrs.get("iterator")
        name = _literal(it.expr) if it is not None else None
        k, v = pairs[-1]
        ctx = {
            **inst.ctx,
            "_names": {
                name if isinstance(name, str) else "cors_configuration": {"key": k, "value": v}
            },
        }
        ctx["_key"] = f"{inst.ctx.get('_key', '')}dyn{id(block)}[{k}]"
        cors = self.http_cors(inst, content[0], ctx)
        cors.loc = block.loc
        return cors

    def http_cors(self, inst: Inst, block: Block, ctx: dict[str, Any]) -> HttpCors:
        root = self.root
        cors = HttpCors(loc=block.loc)

        def val(name: str) -> Any:
            attr = block.attrs.get(name)
            if attr is None:
                return None
            cors.field_locs[name] = attr.loc
            return inst.module.eval(attr, ctx)

        for name in ("allow_origins", "allow_methods", "allow_headers", "expose_headers"):
            setattr(cors, name, _str_list(root, val(name), name))
        age = val("max_age")
        number = isinstance(age, (int, float)) and not isinstance(age, bool)
        if number or (isinstance(age, str) and age.isdigit()):
            cors.max_age = int(age)
        elif age is not None:
            cors.max_age = age if isinstance(age, Unknown) else Unknown("max_age is not a number")
        cred = val("allow_credentials")
        if isinstance(cred, (bool, Unknown)):
            cors.allow_credentials = cred
        elif cred in ("true", "false"):
            cors.allow_credentials = cred == "true"
        return cors

    def v2_integration(self, inst: Inst) -> None:
        api = self.api_of(inst, "api_id")
        if api is None:
            return
        itype = self.root.text(inst.get("integration_type"), "integration_type")
        itype = itype.upper() if isinstance(itype, str) else itype
        integ = Integration(itype, inst.block.loc)
        if itype == "AWS_PROXY":
            integ.function = self.function_of(inst.get("integration_uri"), "integration_uri", inst)
        self.v2_integrations[inst.addr] = integ

    def v2_route(self, inst: Inst) -> None:
        root = self.root
        api = self.api_of(inst, "api_id")
        if api is None:
            return
        key = root.text(inst.get("route_key"), "route_key")
        if isinstance(key, Unknown):
            root.unchecked(inst, f"route_key: {key.reason}", api.name)
            return
        if key == "$default":
            method, path = "ANY", "$default"
        else:
            method, _, path = key.partition(" ")
            method = method.upper()
        route = Route(method, path or "/", inst.block.loc)
        attr = inst.block.attrs.get("authorization_type")
        kind = root.text(inst.get("authorization_type"), "authorization_type") if attr else "NONE"
        headers: tuple[str, ...] = ()
        name = None
        if isinstance(kind, str):
            kind = kind.upper()
            hit = root.target(inst.get("authorizer_id"), "aws_apigatewayv2_authorizer")
            az = hit[0] if hit else None
            if az is not None and isinstance(n := az.get("name"), str):
                name = n
            if kind == "AWS_IAM":
                headers = IAM_HEADERS
            elif kind in ("JWT", "CUSTOM"):
                srcs = az.get("identity_sources") if az else None
                if isinstance(srcs, list):
                    headers = _identity(
                        ",".join(s for s in srcs if isinstance(s, str)), "$request.header."
                    )
                elif kind == "JWT":
                    headers = ("authorization",)
        route.auth = Authorization(kind, headers, name, attr.loc if attr else inst.block.loc)
        req = inst.get("api_key_required")
        route.api_key_required = req if isinstance(req, (bool, Unknown)) else False
        target = inst.get("target")
        if isinstance(target, Unknown):
            route.integration = Unknown(f"{inst.addr}.target: {target.reason}")
        elif target is not None:
            hit = root.target(target, "aws_apigatewayv2_integration")
            route.integration = (
                self.v2_integrations.get(hit[0].addr, Unknown("integration not loaded"))
                if hit
                else Unknown(f"{inst.addr}.target is not an integration defined here")
            )
        integ = route.integration
        if isinstance(integ, Integration) and isinstance(integ.function, Unknown):
            root.unchecked(inst, f"handler unknown: {integ.function.reason}", api.name, route.key)
        elif isinstance(integ, Unknown):
            root.unchecked(inst, integ.reason, api.name, route.key)
        api.routes.append(route)


def _identity(src: str, prefix: str) -> tuple[str, ...]:
    return tuple(
        p.strip()[len(prefix) :].lower() for p in src.split(",") if p.strip().startswith(prefix)
    )


def _chain(node: Any) -> list[str] | None:
    """``a.b[0].c`` → ["a", "b", "c"]; None when not rooted at a name."""
    names: list[str] = []
    while isinstance(node, Tree):
        if node.data == "get_attr_expr_term":
            names.append(str(node.children[1].children[1].children[0]))
            node = node.children[0]
        elif node.data == "index_expr_term":
            idx = node.children[1]
            key = _literal(
                idx.children[1]
                if idx.data == "short_index"
                else next(c for c in idx.children if isinstance(c, Tree))
            )
            if key is None:
                return None
            names.append(f"[{json.dumps(key) if isinstance(key, str) else key}]")
            node = node.children[0]
        elif node.data == "expr_term" and len(node.children) == 1:
            node = node.children[0]
        elif node.data == "identifier":
            names.append(str(node.children[0]))
            out: list[str] = []
            for n in reversed(names):  # fold [index] into the name before it
                if n.startswith("[") and out:
                    out[-1] += n
                else:
                    out.append(n)
            return out
        else:
            return None
    return None


def _uniq(items: Any) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


def _to_ldict(value: Any, loc: Loc) -> Any:
    if isinstance(value, dict):
        out = LDict(
            {k: _to_ldict(v, loc) for k, v in value.items()}, loc=getattr(value, "loc", None) or loc
        )
        out.key_locs.update(getattr(value, "key_locs", {}))
        return out
    if isinstance(value, list):
        from corslint.source import LList

        return LList([_to_ldict(v, loc) for v in value], loc=getattr(value, "loc", None) or loc)
    return value


# ------------------------------------------------------------------ entry


def load_terraform(
    files: list[pathlib.Path],
    *,
    cwd: pathlib.Path,
    variables: dict[str, str],
    var_files: list[pathlib.Path],
) -> LoadResult:
    """Load every Terraform root module found among ``files``."""
    result = LoadResult()
    for one in load_terraform_roots(
        files, terraform_roots(files, cwd), cwd=cwd, variables=variables, var_files=var_files
    ):
        result.extend(one)
    return result


def terraform_roots(files: list[pathlib.Path], cwd: pathlib.Path) -> list[pathlib.Path]:
    """The root modules among ``files``' folders, in load order: folders with
    configuration that no other calls as a local module, outside ``.terraform/``, that
    can hold API Gateway or Lambda config (a regex scan, no parse)."""
    loader = _Loader(_normalised(files), pathlib.Path(os.path.normpath(cwd)), LoadResult())
    config_dirs = [
        d
        for d, fs in loader.by_dir.items()
        if any(f.name.endswith((".tf", ".tf.json")) for f in fs)
    ]
    children: set[pathlib.Path] = set()
    for d in config_dirs:
        children |= loader.child_dirs(d)
    return sorted(
        d
        for d in config_dirs
        if d not in children and ".terraform" not in d.parts and loader.relevant(d)
    )


def load_terraform_roots(
    files: list[pathlib.Path],
    roots: list[pathlib.Path],
    *,
    cwd: pathlib.Path,
    variables: dict[str, str],
    var_files: list[pathlib.Path],
) -> list[LoadResult]:
    """One result per root of ``roots`` (from ``terraform_roots``), in order. The roots
    share one parse cache, so a module they share is parsed, and its errors reported,
    once: in the result of the first root that calls it."""
    loader = _Loader(_normalised(files), pathlib.Path(os.path.normpath(cwd)), LoadResult())
    out = []
    for d in roots:
        loader.result = LoadResult()
        _load_root(d, loader, var_files, variables, loader.result)
        out.append(loader.result)
    return out


def _normalised(files: list[pathlib.Path]) -> list[pathlib.Path]:
    return [pathlib.Path(os.path.normpath(f)) for f in files]


def _load_root(
    d: pathlib.Path,
    loader: _Loader,
    var_files: list[pathlib.Path],
    variables: dict[str, str],
    result: LoadResult,
) -> None:
    """Build one root module into ``result``."""
    try:
        root_vars = _root_vars(d, loader.by_dir[d], var_files, variables, loader.cwd, result)
        root = _Root(loader, d, root_vars)
        root.build_module(d, "", None, "")
        root.collect()
        _Builder(root).build()
        result.extend(root.result)
        loader.release(d)
    except RecursionError:
        result.unchecked.append(
            Unchecked(_rel(d, loader.cwd), "Terraform module is nested too deeply")
        )
    except Exception as exc:  # a loader bug must not hide the other roots
        result.unchecked.append(
            Unchecked(
                _rel(d, loader.cwd), f"Terraform module not loaded: {type(exc).__name__}: {exc}"
            )
        )
