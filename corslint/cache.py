"""Whole-run result cache in ``.corslint_cache/`` (see docs/performance.md).

A run's ``Report`` is stored under a key made of corslint's own source code,
the config, the command line's paths, the working directory and the content
hash of every discovered input. The entry also records, with their hashes,
what else the run read: handler files and code folders, and what the loaders
read beyond the inputs (``loaders.reads``). A hit needs those to be unchanged
too. Beside the report, an entry keeps the printed text (and exit code) of the
last few output options (``views``), so a warm run only walks, hashes and
prints; it imports no parser, rule, handler or model module.

Entries are JSON (never pickle: the folder sits in the user's repository),
written to a temporary file and moved into place with ``os.replace``, so
concurrent runs never see half an entry. A damaged entry is a miss and is
rewritten. Nothing here ever raises on a bad cache: the cache is only ever
an optimisation.
"""

from __future__ import annotations

import importlib.util
import json
import os
import stat
import sys
from pathlib import Path

from corslint import __version__
from corslint.discovery import SKIP_DIRS, discover

try:  # hashlib's import loads OpenSSL (~4 ms); blake2 is built in
    from _blake2 import blake2b
except ImportError:  # pragma: no cover
    from hashlib import blake2b

TYPE_CHECKING = False  # typing itself is not imported: a cache hit should import little
if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping
    from typing import Any

    from corslint.config import Config
    from corslint.engine import Report
    from corslint.model import Function

CACHE_DIR = ".corslint_cache"
FORMAT = 2
KEEP = 8  # entries kept per cache folder (newest first)
KEEP_VIEWS = 4  # printed reports kept per entry (newest last)
HANDLER_SUFFIXES = (".py", ".js", ".mjs", ".cjs", ".ts", ".mts", ".cts")
FOLDER_SUFFIXES = (*HANDLER_SUFFIXES, ".tf", ".tf.json")  # handler code, Terraform modules
ABSENT = "-"


def digest(data: bytes) -> str:
    """A short content hash."""
    return blake2b(data, digest_size=16).hexdigest()


def file_digest(path: Path | str) -> str:
    """The content hash of a regular file, ``-`` when it is none or cannot be read."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):  # never open a FIFO or device
            return ABSENT
        with open(path, "rb") as handle:
            return digest(handle.read())
    except (OSError, ValueError):
        return ABSENT


def folder_digest(folder: Path) -> str:
    """Hash of the handler and Terraform sources (names and contents) below ``folder``.

    ``-`` if it is absent.
    """
    if not folder.is_dir():
        return ABSENT
    entries = []
    for here, dirs, files in os.walk(folder, followlinks=False):
        dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS)
        for name in sorted(files):
            if name.endswith(FOLDER_SUFFIXES):
                path = Path(here) / name
                entries.append(f"{path.relative_to(folder).as_posix()}={file_digest(path)}")
    return digest("\n".join(entries).encode())


def path_digest(path: Path) -> str:
    """A file's content hash, a folder's source hash, or ``-``."""
    return folder_digest(path) if path.is_dir() else file_digest(path)


def code_digest() -> str:
    """Identity of corslint's own sources (rules included) and of its parsers' install."""
    roots = [Path(__file__).resolve().parent]
    rules = importlib.util.find_spec("corslint.rules")
    if rules is not None and rules.submodule_search_locations:
        roots += [Path(p) for p in rules.submodule_search_locations]
    parts = [__version__, sys.version]
    sources = [
        os.path.join(folder, name)
        for root in dict.fromkeys(roots)
        for folder, _, files in os.walk(root)
        for name in files
        if name.endswith(".py")
    ]
    for path in sorted(sources):  # size and mtime, as Python itself checks its .pyc files
        try:
            info = os.stat(path)
            parts.append(f"{path}={info.st_size}:{info.st_mtime_ns}")
        except OSError:
            parts.append(f"{path}={ABSENT}")
    for name in ("hcl2", "lark", "yaml", "tree_sitter"):  # a parser upgrade changes results
        spec = importlib.util.find_spec(name)
        origin = spec.origin if spec is not None else None
        try:
            parts.append(f"{name}={origin}:{os.stat(origin).st_mtime_ns if origin else 0}")
        except OSError:
            parts.append(f"{name}={ABSENT}")
    return digest("\n".join(parts).encode())


def cache_folder(paths: list[Path], cwd: Path) -> Path:
    """``.corslint_cache`` beside the first linted path (in it, for a folder)."""
    first = paths[0] if paths else Path(".")
    first = first if first.is_absolute() else cwd / first
    return (first if first.is_dir() else first.parent) / CACHE_DIR


def run_key(paths: list[Path], config: Config, cwd: Path) -> str:
    """The key of a run: code, config, paths and every input's content."""
    inputs = discover(paths, cwd, config.exclude)
    files = [*inputs.terraform, *inputs.serverless, *inputs.data]
    files += [config.base_dir / f for f in config.terraform_var_files]
    parts = [
        f"format={FORMAT}",
        f"code={code_digest()}",
        f"config={config!r}",
        f"cwd={cwd.resolve()}",
        f"paths={[str(p) for p in paths]}",
        f"missing={[str(p) for p in inputs.missing]}",
    ]
    parts += [f"{path}={file_digest(path)}" for path in files]
    return digest("\n".join(parts).encode())


def handler_paths(functions: Mapping[str, Function], parsed: Iterable[Path], cwd: Path) -> set[Path]:
    """What handler analysis depends on: the files it parsed and each function's code folder.

    Code outside ``cwd`` is never read (the analysis says so), so it is left out.
    """
    root = cwd.resolve()
    read = {Path(p) for p in parsed}
    for function in functions.values():
        if isinstance(function.code, str):
            base = (cwd / function.code).resolve()
            read.add(base.parent if base.is_file() else base)
    return {p for p in read if p.resolve().is_relative_to(root)}


def report_to_json(report: Report) -> dict[str, Any]:
    """A report as plain JSON data (everything but ``baselined``, set later)."""
    return {
        "findings": [f.to_json() for f in report.findings],
        "errors": [[e.file, e.message, e.line, e.column] for e in report.errors],
        "unchecked": [[u.file, u.reason, u.api, u.route] for u in report.unchecked],
        "counts": [report.files, report.apis, report.routes],
    }


def report_from_json(data: dict[str, Any]) -> Report:
    """The inverse of ``report_to_json``; raises on malformed data."""
    from corslint.engine import Report
    from corslint.findings import Finding
    from corslint.model import InputError, Unchecked

    files, apis, routes = data["counts"]
    return Report(
        findings=[Finding(**f) for f in data["findings"]],
        errors=[InputError(*e) for e in data["errors"]],
        unchecked=[Unchecked(*u) for u in data["unchecked"]],
        files=int(files),
        apis=int(apis),
        routes=int(routes),
    )


def load(folder: Path, key: str, cwd: Path) -> dict[str, Any] | None:
    """The entry for ``key`` if the files it read are unchanged, else None.

    A path outside ``cwd`` makes the entry a miss: no entry makes corslint hash
    files outside the project.
    """
    root = str(cwd.resolve())
    folders: dict[str, str] = {}
    try:
        data = json.loads((folder / f"run-{key}.json").read_text(encoding="utf-8"))
        if data.get("key") != key:
            return None
        for path, expected in data["read"].items():
            if not _inside(path, root, folders) or path_digest(Path(path)) != expected:
                return None
        return data if isinstance(data.get("views", {}), dict) else None
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None  # missing or damaged: a miss, rewritten by ``store``


def _inside(path: str, root: str, folders: dict[str, str]) -> bool:
    """Whether ``path``, resolved, lies in the resolved folder ``root``.

    ``folders`` remembers resolved parent folders: most entries share them.
    """
    parent, name = os.path.split(path)
    if parent not in folders:
        folders[parent] = os.path.realpath(parent)
    real = os.path.join(folders[parent], name)
    if name in ("", ".", "..") or os.path.islink(real):
        real = os.path.realpath(path)
    return real == root or real.startswith(root.rstrip(os.sep) + os.sep)


def store(folder: Path, data: dict[str, Any]) -> None:
    """Write an entry atomically; silently skip when the folder is not writable."""
    try:
        folder.mkdir(exist_ok=True)
        ignore = folder / ".gitignore"
        if not ignore.exists():
            _write(ignore, "# created by corslint\n*\n")
        _write(folder / f"run-{data['key']}.json", json.dumps(data))
        _prune(folder)
    except OSError:
        pass


def _write(path: Path, text: str) -> None:
    import tempfile

    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".json")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _prune(folder: Path) -> None:
    """Keep the ``KEEP`` newest entries."""
    entries = []
    for path in folder.glob("run-*.json"):
        try:
            entries.append((path.stat().st_mtime_ns, path))
        except OSError:
            continue
    for _, path in sorted(entries, reverse=True)[KEEP:]:
        path.unlink(missing_ok=True)


class Run:
    """One run's cache entry, looked up on creation (``data`` is None on a miss)."""

    def __init__(self, paths: list[Path], config: Config, cwd: Path) -> None:
        self.paths, self.config, self.cwd = paths, config, cwd
        self.folder, self.key = cache_folder(paths, cwd), run_key(paths, config, cwd)
        self.data = load(self.folder, self.key, cwd)
        self.analysed: Report | None = None

    def view(self, name: str) -> tuple[str, int] | None:
        """The stored text and exit code for the output options ``name``."""
        stored = (self.data or {}).get("views", {}).get(name)
        if isinstance(stored, list) and len(stored) == 2:
            text, code = stored
            if isinstance(text, str) and type(code) is int:
                return text, code
        return None

    def report(self) -> Report | None:
        """The report just analysed, else a copy of the stored one; None on a miss or damage."""
        if self.analysed is not None:
            return self.analysed
        try:
            return report_from_json(self.data["report"]) if self.data else None
        except (ValueError, TypeError, KeyError, AttributeError):
            return None

    def analyse(self, jobs: int = 1) -> Report:
        """Run the pipeline (``engine.analyse``) and store its report."""
        from corslint.engine import analyse

        read: set[Path] = set()
        report = analyse(self.paths, self.config, self.cwd, read, jobs)[2]
        self.data = {
            "key": self.key,
            "read": {str(p): path_digest(p) for p in sorted(read)},
            "report": report_to_json(report),
            "views": {},
        }
        store(self.folder, self.data)
        self.analysed = report
        return report

    def add_view(self, name: str, text: str, code: int) -> None:
        """Store the printed text and exit code for the output options ``name``."""
        if self.data is None:
            return
        views = self.data.setdefault("views", {})
        views.pop(name, None)
        views[name] = [text, code]
        for old in list(views)[:-KEEP_VIEWS]:
            del views[old]
        store(self.folder, self.data)

