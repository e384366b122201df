"""Reading a YAML or JSON data file: limits, binary and encoding checks, ``ParseError``.

``load_data`` picks the parser by extension, else by content; the YAML parser
(PyYAML) is imported only when a file needs it.
"""

from __future__ import annotations

import pathlib

from corslint.loaders import reads

TYPE_CHECKING = False  # typing is not imported at run time (docs/performance.md)
if TYPE_CHECKING:
    from typing import Any

MAX_BYTES = 5 * 1024 * 1024
MAX_DEPTH = 200


class ParseError(Exception):
    """An input that cannot be read, with its position when known (1-based)."""

    def __init__(self, message: str, line: int | None = None, column: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column

    def __str__(self) -> str:
        where = f"line {self.line}: " if self.line is not None else ""
        return f"{where}{self.message}"


def decode(data: bytes) -> str:
    """Checked text of a file's bytes (size, binary, UTF-8 with optional BOM)."""
    if len(data) > MAX_BYTES:
        raise ParseError(f"file too large ({len(data)} bytes, limit {MAX_BYTES})")
    if b"\x00" in data:
        raise ParseError("binary file", data[: data.index(b"\x00")].count(b"\n") + 1)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ParseError("not UTF-8 text", data[: exc.start].count(b"\n") + 1) from None


def load_data(path: pathlib.Path, file: str) -> Any:
    """Read and parse a YAML or JSON file (chosen by extension, else by content)."""
    reads.note(path)
    try:
        if path.exists() and not path.is_file():  # a FIFO or device would block or never end
            raise ParseError("not a regular file")
        if path.stat().st_size > MAX_BYTES:
            raise ParseError(f"file too large (limit {MAX_BYTES} bytes)")
        data = path.read_bytes()
    except OSError as exc:
        raise ParseError(f"cannot read file: {exc.strerror or exc}") from None
    return parse_text(decode(data), file, path.suffix.lower())


def parse_text(text: str, file: str, suffix: str = "") -> Any:
    """YAML or JSON text: chosen by ``suffix`` (``.json``/``.yaml``/``.yml``), else by content."""
    if suffix == ".json" or (suffix not in (".yaml", ".yml") and text.lstrip()[:1] in ("{", "[")):
        from corslint.loaders.jsonpos import load_json

        return load_json(text, file)
    from corslint.loaders.yamljson import load_yaml

    return load_yaml(text, file)
