"""Find a function's handler: its source file and the name it exports."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from corslint.model import Function, Unknown

PYTHON = "python"
NODE = "javascript"
NODE_EXTENSIONS = (".js", ".mjs", ".cjs", ".ts", ".mts", ".cts")
ARCHIVES = (".zip", ".jar", ".tar", ".gz")


@dataclass(slots=True, unsafe_hash=True)
class Located:
    """The file that defines the handler, the code root, and the handler's name."""

    file: Path  # absolute
    root: Path  # absolute code root (imports resolve from here)
    name: str
    language: str


def language_of(runtime: str | Unknown | None) -> str | Unknown | None:
    """``python`` / ``javascript`` for a Lambda runtime; None: not given; Unknown: unsupported."""
    if runtime is None or isinstance(runtime, Unknown):
        return None
    if runtime.startswith("python"):
        return PYTHON
    if runtime.startswith("nodejs"):
        return NODE
    return Unknown(f"the runtime {runtime} is not analysed")


def locate(function: Function, cwd: Path) -> Located | Unknown:
    """Where ``function``'s handler is, or why it cannot be found."""
    if function.image:
        return Unknown(f"{function.name} is an image-based Lambda; its code is not read")
    code, handler = function.code, function.handler
    for value, what in ((code, "code location"), (handler, "handler")):
        if isinstance(value, Unknown):
            return Unknown(f"the {what} is unknown ({value.reason})")
        if value is None:
            return Unknown(f"the function has no {what}")
    assert isinstance(code, str) and isinstance(handler, str)
    language = language_of(function.runtime)
    if isinstance(language, Unknown):
        return language
    base = (cwd / code).resolve()
    try:
        base.relative_to(cwd.resolve())
    except ValueError:
        return Unknown(f"the code ({code}) is outside the linted directory")
    if base.suffix.lower() in ARCHIVES:
        return Unknown(f"the code is a built archive ({code}); its sources are not known")
    root = base.parent if base.is_file() else base
    if not root.is_dir():
        return Unknown(f"the code directory {code} does not exist")
    module, sep, name = handler.rpartition(".")
    if not sep or not module or not name:
        return Unknown(f"the handler {handler!r} is not module.function")
    candidates: list[tuple[Path, str]] = []
    if language in (None, PYTHON):
        candidates.append((root / (module.replace(".", "/") + ".py"), PYTHON))
        candidates.append((root / module.replace(".", "/") / "__init__.py", PYTHON))
    if language in (None, NODE):
        candidates += [(root / (module + ext), NODE) for ext in NODE_EXTENSIONS]
    if base.is_file():  # a single source file: the handler's module must be it
        candidates = [(p, lang) for p, lang in candidates if p.resolve() == base] or [
            (base, PYTHON if base.suffix == ".py" else NODE)
        ] * (base.suffix in (".py", *NODE_EXTENSIONS))
    for path, lang in candidates:
        if path.is_file():
            try:
                path.resolve().relative_to(cwd.resolve())
            except ValueError:
                return Unknown(f"the handler file {path} is outside the linted directory")
            return Located(path.resolve(), root.resolve(), name, lang)
    return Unknown(f"the handler file for {handler!r} is not in {code}")
