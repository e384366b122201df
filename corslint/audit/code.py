"""Lambda zip code: downloaded into memory with a size cap, extracted with path checks.

The code is only ever read by the handler analysis, never imported or run.
"""

from __future__ import annotations

import io
import stat
import urllib.parse
import urllib.request
import zipfile
from pathlib import Path, PurePosixPath

MAX_DOWNLOAD = 75 * 1024 * 1024  # Lambda's zipped limit is 50 MB (direct upload)
MAX_EXTRACTED = 250 * 1024 * 1024  # Lambda's unzipped limit
MAX_FILES = 20_000
TIMEOUT = 30.0


class CodeError(Exception):
    """The code could not be fetched or extracted safely."""


def code_url(location: str, endpoint_url: str | None) -> str:
    """The URL to fetch ``Code.Location`` from.

    With ``--endpoint-url`` (moto, LocalStack) a virtual-hosted S3 URL
    (``https://BUCKET.s3.REGION.amazonaws.com/KEY``) is fetched path-style from the
    endpoint, which serves S3 too; AWS's own presigned URLs are used as they are.
    """
    parts = urllib.parse.urlsplit(location)
    if parts.scheme not in ("https", "http"):
        raise CodeError(f"code location has an unsupported scheme: {parts.scheme or location!r}")
    if endpoint_url is None:
        if parts.scheme != "https":
            raise CodeError("code location is not https")
        return location
    host = parts.hostname or ""
    bucket = host.split(".s3.", 1)[0] if ".s3." in host else None
    if bucket is None:
        return location
    base = endpoint_url.rstrip("/")
    return f"{base}/{bucket}{parts.path}" + (f"?{parts.query}" if parts.query else "")


def download(url: str, *, limit: int = MAX_DOWNLOAD, timeout: float = TIMEOUT) -> bytes:
    """The body at ``url``, at most ``limit`` bytes (else ``CodeError``)."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310 (scheme checked)
            data = response.read(limit + 1)
    except OSError as exc:
        raise CodeError(f"could not download the code: {exc}") from exc
    if len(data) > limit:
        raise CodeError(f"the code is larger than {limit // (1024 * 1024)} MB")
    return data


def safe_members(archive: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    """The regular files of ``archive``; ``CodeError`` on anything unsafe."""
    members = archive.infolist()
    if len(members) > MAX_FILES:
        raise CodeError(f"the archive has more than {MAX_FILES} files")
    total = 0
    files = []
    for info in members:
        name = info.filename
        path = PurePosixPath(name.replace("\\", "/"))
        if name.startswith(("/", "\\")) or path.is_absolute() or ".." in path.parts or ":" in name:
            raise CodeError(f"unsafe path in the archive: {name!r}")
        mode = info.external_attr >> 16
        if stat.S_ISLNK(mode):
            raise CodeError(f"symbolic link in the archive: {name!r}")
        if info.is_dir():
            continue
        total += info.file_size
        if total > MAX_EXTRACTED:
            raise CodeError(f"the archive unpacks to more than {MAX_EXTRACTED // (1024 * 1024)} MB")
        files.append(info)
    return files


def extract(data: bytes, target: Path) -> None:
    """Extract the zip ``data`` into ``target`` (created), checking every path and size."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise CodeError(f"the code is not a zip archive: {exc}") from exc
    with archive:
        members = safe_members(archive)
        target.mkdir(parents=True, exist_ok=True)
        root = target.resolve()
        written = 0
        for info in members:
            dest = (root / info.filename.replace("\\", "/")).resolve()
            if root not in dest.parents:
                raise CodeError(f"unsafe path in the archive: {info.filename!r}")
            dest.parent.mkdir(parents=True, exist_ok=True)
            with archive.open(info) as src, open(dest, "wb") as out:
                while chunk := src.read(1 << 16):  # the header's size may lie: count real bytes
                    written += len(chunk)
                    if written > MAX_EXTRACTED:
                        raise CodeError("the archive unpacks to more than its declared size")
                    out.write(chunk)
