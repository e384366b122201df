"""Find a function's handler: its source file and the name it exports."""

from __future__ import annotations

from pathlib import Path

from corslint.model import Function, Unknown
from corslint.record import Value

PYTHON = "python"
NODE = "javascript"
NODE_EXTENSIONS = (".js", ".mjs", ".cjs", ".ts", ".mts", ".cts")
ARCHIVES = (".zip", ".jar", ".tar", ".gz")


class FileSystem:
    """Resolved paths and file checks, each asked of the OS once per run.

    Many functions share a code directory and a handler file; resolving a path
    costs one ``lstat`` per component.
    """

    def __init__(self) -> None:
        self._real: dict[Path, Path] = {}
        self._kind: dict[Path, tuple[bool, bool]] = {}

    def real(self, path: Path) -> Path:
        """``path.resolve()``, remembered."""
        found = self._real.get(path)
        if found is None:
            found = self._real[path] = path.resolve()
        return found

    def _kinds(self, path: Path) -> tuple[bool, bool]:
        found = self._kind.get(path)
        if found is None:
            found = self._kind[path] = (path.is_file(), path.is_dir())
        return found

    def is_file(self, path: Path) -> bool:
        return self._kinds(path)[0]

    def is_dir(self, path: Path) -> bool:
        return self._kinds(path)[1]


class Located(Value):
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


def locate(function: Function, cwd: Path, fs: FileSystem | None = None) -> Located | Unknown:
    """Where ``function``'s handler is, or why it cannot be found."""
    fs = fs or FileSystem()
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
    here = fs.real(cwd)
    base = fs.real(cwd / code)
    if not base.is_relative_to(here):
        return Unknown(f"the code ({code}) is outside the linted directory")
    if base.suffix.lower() in ARCHIVES:
        return Unknown(f"the code is a built archive ({code}); its sources are not known")
    root = base.parent if fs.is_file(base) else base
    if not fs.is_dir(root):
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
    if fs.is_file(base):  # a single source file: the handler's module must be it
        candidates = [(p, lang) for p, lang in candidates if fs.real(p) == base] or [
            (base, PYTHON if base.suffix == ".py" else NODE)
        ] * (base.suffix in (".py", *NODE_EXTENSIONS))
    for path, lang in candidates:
        if fs.is_file(path):
            real = fs.real(path)
            if not real.is_relative_to(here):
                return Unknown(f"the handler file {path} is outside the linted directory")
            return Located(real, fs.real(root), name, lang)
    return Unknown(f"the handler file for {handler!r} is not in {code}")
