"""Replay scripted CORS exchanges to a real headless Chromium and observe it.

A row scripts one cross-origin ``fetch()``: what the page asks for and what the
API answers to the preflight (OPTIONS) and to the actual request. The harness
serves a page on ``http://localhost:<p1>`` and the API on ``http://127.0.0.1:<p2>``,
has the page run every row's ``fetch()`` in turn, and reports per row whether
Chromium let the response through, whether the API saw a preflight, and the
console's CORS error text. Header values may use ``{origin}`` (the page's
origin), ``{port}`` (its port) and ``{api}`` (the API's origin).

Library use (e.g. replaying corslint's simulated responses): build ``Row``s
(ids are URL path segments, unique per run; header values may also be concrete,
using ``browser.origin``), then ``with Chromium() as browser: observed =
run_rows(browser, rows)`` and compare each ``Observed`` with
``corslint_verdict(browser, row, observed.url)``. Import as ``browser.harness``
(``tests/`` is on ``sys.path`` under pytest).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
import threading
import time
import urllib.request
from collections.abc import Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from browser.cdp import CDP
from corslint.browser import Request, Verdict, fetch

Headers = tuple[tuple[str, str], ...]  # header lines in order; a name may repeat
CHROMIUM_FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--remote-debugging-port=0",
)


@dataclass(frozen=True)
class Row:
    """One scripted cross-origin fetch and the API's answers."""

    id: str
    method: str = "GET"
    headers: Headers = ()
    credentials: bool = False
    preflight: tuple[int, Headers] | None = None  # None: answer OPTIONS with 500, no headers
    actual: tuple[int, Headers] = (200, ())
    note: str = ""


@dataclass
class Observed:
    """What Chromium did with one row."""

    id: str
    url: str  # the URL fetched (unique per run, so no preflight cache is shared)
    allowed: bool
    preflight_sent: bool
    methods_seen: list[str]
    errors: list[str]  # console CORS error texts naming this row's URL
    issues: list[dict[str, Any]] = field(default_factory=list)  # Audits issues for this URL
    fetch_error: str | None = None


def find_chromium() -> str | None:
    """The chromium binary on PATH (or $CHROMIUM), if any."""
    return (
        os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    )


def fill(value: str, context: dict[str, str]) -> str:
    """Substitute ``{origin}``, ``{port}``, ``{api}`` in a scripted header value."""
    for key, replacement in context.items():
        value = value.replace("{" + key + "}", replacement)
    return value


def combine(headers: Headers, context: dict[str, str]) -> dict[str, str]:
    """Lower-case name -> value, repeated lines joined with ", " (as Chromium reads them)."""
    out: dict[str, str] = {}
    for name, value in headers:
        key, value = name.lower(), fill(value, context)
        out[key] = f"{out[key]}, {value}" if key in out else value
    return out


class _Api(BaseHTTPRequestHandler):
    """Answers /r/<id> with the row's scripted preflight or actual response."""

    protocol_version = "HTTP/1.1"
    server: _ApiServer

    def log_message(self, *args: Any) -> None:
        pass

    def __getattr__(self, name: str) -> Any:
        if name.startswith("do_"):
            return self._answer  # every method, any spelling
        raise AttributeError(name)

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        row = self.server.rows.get(self.path.rsplit("/", 1)[-1])
        headers: Headers
        if row is None:
            status, headers = 404, ()
        else:
            self.server.seen.setdefault(row.id, []).append(self.command)
            if self.command == "OPTIONS":
                status, headers = row.preflight or (500, ())
            else:
                status, headers = row.actual
        self.send_response_only(status)
        for name, value in headers:
            self.send_header(name, fill(value, self.server.context))
        body = b"" if self.command == "HEAD" or status in (204, 304) else b"ok"
        if status not in (204, 304):
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class _ApiServer(ThreadingHTTPServer):
    daemon_threads = True
    rows: dict[str, Row]
    seen: dict[str, list[str]]
    context: dict[str, str]


class _Page(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        body = b"<!doctype html><title>corslint</title>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


_RUN_JS = """
(async (rows) => {
  const out = [];
  for (const r of rows) {
    const init = {method: r.method, headers: r.headers, mode: 'cors',
                  credentials: r.credentials ? 'include' : 'same-origin', cache: 'no-store'};
    if (!['GET', 'HEAD'].includes(r.method.toUpperCase())) init.body = 'x';
    try { const res = await fetch(r.url, init); await res.text();
          out.push({id: r.id, ok: true, status: res.status}); }
    catch (e) { out.push({id: r.id, ok: false, error: String(e)}); }
  }
  return out;
})
"""


class Chromium:
    """Headless Chromium with one page tab, plus the page and API servers."""

    def __init__(self, binary: str | None = None) -> None:
        found = binary or find_chromium()
        if not found:
            raise FileNotFoundError("chromium not found")
        self.binary: str = found

    def __enter__(self) -> Chromium:
        self.profile = tempfile.mkdtemp(prefix="corslint-chromium-")
        self.page_server = ThreadingHTTPServer(("127.0.0.1", 0), _Page)
        self.api = _ApiServer(("127.0.0.1", 0), _Api)
        self.api.rows, self.api.seen = {}, {}
        self.runs = 0
        self.port = self.page_server.server_address[1]
        self.origin = f"http://localhost:{self.port}"
        self.api_origin = f"http://127.0.0.1:{self.api.server_address[1]}"
        self.api.context = self.context = {
            "origin": self.origin,
            "port": str(self.port),
            "api": self.api_origin,
        }
        for server in (self.page_server, self.api):
            threading.Thread(target=server.serve_forever, daemon=True).start()
        self.proc = subprocess.Popen(
            [self.binary, *CHROMIUM_FLAGS, f"--user-data-dir={self.profile}", "about:blank"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        port_file = Path(self.profile, "DevToolsActivePort")
        deadline = time.monotonic() + 30
        while not (port_file.exists() and port_file.read_text().count("\n") >= 1):
            if time.monotonic() > deadline or self.proc.poll() is not None:
                self.__exit__()
                raise RuntimeError("chromium did not start (no DevToolsActivePort)")
            time.sleep(0.05)
        devtools = int(port_file.read_text().split()[0])
        with urllib.request.urlopen(f"http://127.0.0.1:{devtools}/json/version") as r:
            self.version = json.load(r)["Browser"]
        page = self._page_target(devtools)
        self.cdp = CDP(page["webSocketDebuggerUrl"])
        for domain in ("Runtime", "Log", "Audits", "Page"):
            self.cdp.send(f"{domain}.enable")
        self.reload()
        return self

    def _page_target(self, devtools: int) -> dict[str, Any]:
        for _ in range(100):
            with urllib.request.urlopen(f"http://127.0.0.1:{devtools}/json/list") as r:
                pages = [t for t in json.load(r) if t["type"] == "page"]
            if pages:
                return dict(pages[0])
            time.sleep(0.05)
        raise RuntimeError("chromium has no page target")

    def reload(self) -> None:
        """Load a fresh page (Chromium reports each deprecation once per page)."""
        self.cdp.send("Page.navigate", url=self.origin + "/?" + str(time.monotonic_ns()))
        self._wait_loaded()

    def _wait_loaded(self) -> None:
        for _ in range(200):
            state = self.cdp.send(
                "Runtime.evaluate",
                expression="location.href + ' ' + document.readyState",
                returnByValue=True,
            )["result"]["value"]
            if state.startswith(f"{self.origin}/?") and state.endswith(" complete"):
                return
            time.sleep(0.05)
        raise RuntimeError(f"page did not load: {state}")

    def url(self, row_id: str, run: int = 0) -> str:
        """The API URL a row fetches in run ``run``."""
        return f"{self.api_origin}/r/{run}/{row_id}"

    def __exit__(self, *exc: object) -> None:
        if getattr(self, "cdp", None):
            self.cdp.close()
        if getattr(self, "proc", None):
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        for server in (self.page_server, self.api):
            server.shutdown()
            server.server_close()
        shutil.rmtree(self.profile, ignore_errors=True)


def _texts(event: dict[str, Any]) -> list[str]:
    params = event["params"]
    if event["method"] == "Log.entryAdded":
        return [params["entry"]["text"]]
    if event["method"] == "Runtime.consoleAPICalled":
        return [str(a.get("value", "")) for a in params.get("args", [])]
    return []


def run_rows(browser: Chromium, rows: Sequence[Row]) -> list[Observed]:
    """Fetch every row from the page, in order; what Chromium did with each."""
    ids = [row.id for row in rows]
    if len(set(ids)) != len(ids):
        raise ValueError("row ids must be unique")
    browser.runs += 1
    run = browser.runs
    browser.api.rows = {row.id: row for row in rows}
    browser.api.seen = {}
    browser.cdp.events.clear()
    payload = [
        {
            "id": row.id,
            "url": browser.url(row.id, run),
            "method": row.method,
            "headers": [[n, fill(v, browser.context)] for n, v in row.headers],
            "credentials": row.credentials,
        }
        for row in rows
    ]
    result = browser.cdp.send(
        "Runtime.evaluate",
        expression=f"({_RUN_JS})({json.dumps(payload)})",
        awaitPromise=True,
        returnByValue=True,
        timeout=300,
    )
    if "exceptionDetails" in result:
        raise RuntimeError(f"page script failed: {result['exceptionDetails']}")
    outcomes = {item["id"]: item for item in result["result"]["value"]}
    _await_errors(browser, sum(not item["ok"] for item in outcomes.values()))
    observed = []
    for row in rows:
        url = browser.url(row.id, run)
        quoted = f"'{url}'"
        errors = [
            text
            for event in browser.cdp.events
            for text in _texts(event)
            if quoted in text and "CORS policy" in text
        ]
        issues = [
            e["params"]["issue"]
            for e in browser.cdp.events
            if e["method"] == "Audits.issueAdded" and _mentions(e["params"], url)
        ]
        seen = browser.api.seen.get(row.id, [])
        outcome = outcomes[row.id]
        observed.append(
            Observed(
                id=row.id,
                url=url,
                allowed=outcome["ok"],
                preflight_sent="OPTIONS" in seen,
                methods_seen=list(seen),
                errors=errors,
                issues=issues,
                fetch_error=outcome.get("error"),
            )
        )
    return observed


def _await_errors(browser: Chromium, blocked: int, timeout: float = 5.0) -> None:
    """Collect console events until every blocked fetch has logged (or ``timeout``)."""
    deadline = time.monotonic() + timeout
    browser.cdp.drain(0.2)
    while time.monotonic() < deadline:
        logged = sum(
            "CORS policy" in text for event in browser.cdp.events for text in _texts(event)
        )
        if logged >= blocked:
            return
        browser.cdp.drain(0.2)


def unattributed_issues(browser: Chromium) -> list[dict[str, Any]]:
    """Audits issues from the last run that name no row URL (e.g. deprecations).

    Chromium reports a deprecation once per page: ``reload()`` and run one row to
    tie an issue to a row.
    """
    prefix = browser.api_origin + "/r/"
    return [
        e["params"]["issue"]
        for e in browser.cdp.events
        if e["method"] == "Audits.issueAdded" and prefix not in json.dumps(e["params"])
    ]


def _mentions(params: dict[str, Any], url: str) -> bool:
    return f'"{url}"' in json.dumps(params)


def deprecations(browser: Chromium) -> set[str]:
    """The deprecation issue types of the last run."""
    return {
        issue["details"]["deprecationIssueDetails"]["type"]
        for issue in unattributed_issues(browser)
        if issue.get("code") == "DeprecationIssue"
    }


def corslint_verdict(browser: Chromium, row: Row, url: str) -> tuple[Request, Verdict]:
    """corslint.browser's verdict on a row, with the URL (``Observed.url``), origin and
    headers Chromium saw."""
    ctx = browser.context
    request = Request(
        url=url,
        origin=browser.origin,
        method=row.method,
        headers=tuple((name, fill(value, ctx)) for name, value in row.headers),
        credentials=row.credentials,
    )
    preflight = None
    if row.preflight is not None:
        preflight = (row.preflight[0], combine(row.preflight[1], ctx))
    return request, fetch(request, preflight, (row.actual[0], combine(row.actual[1], ctx)))
