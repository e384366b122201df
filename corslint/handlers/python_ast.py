"""Python handler files: parse with ``ast`` (never import) and resolve local imports."""

from __future__ import annotations

import ast
import warnings
from pathlib import Path

from corslint.handlers.interpret import Module
from corslint.model import Unknown

MAX_BYTES = 1_000_000


def read_source(path: Path) -> str | Unknown:
    """A source file's text, or why it is not read (too large, unreadable)."""
    try:
        if path.stat().st_size > MAX_BYTES:
            return Unknown(f"{path.name} is larger than 1 MB; not analysed")
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError as error:
        return Unknown(f"cannot read {path.name}: {error.strerror}")


def parse_python(path: Path, rel: str) -> Module | Unknown:
    """Parse one Python file into a ``Module``."""
    text = read_source(path)
    if isinstance(text, Unknown):
        return text
    try:
        with warnings.catch_warnings():  # invalid escapes etc. are the user's, not ours to print
            warnings.simplefilter("ignore")
            tree = ast.parse(text, filename=rel)
    except (SyntaxError, ValueError) as error:
        line = getattr(error, "lineno", None)
        return Unknown(
            f"{rel}{f':{line}' if line else ''}: syntax error, not analysed ({getattr(error, 'msg', error)})"
        )
    return Module(rel, path, tree, "python")


def python_candidates(root: Path, current: Path, spec: str, level: int) -> list[Path]:
    """Files an import may refer to: ``spec`` from the code root, or relative (``level`` dots)."""
    parts = [p for p in spec.split(".") if p]
    if level:
        base = current.parent
        for _ in range(level - 1):
            base = base.parent
        bases = [base]
    else:
        bases = [root, current.parent]
    found = []
    for base in bases:
        target = base.joinpath(*parts) if parts else base
        found += [
            target.with_suffix(".py") if parts else target / "__init__.py",
            target / "__init__.py",
        ]
    return found
