"""``python -m corslint audit`` for real: output, exit codes, progress, Ctrl-C."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from .deploy import FIXTURES

from .moto_kit import REGION


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "corslint", "audit", *args], capture_output=True,
                          text=True, timeout=120, cwd=cwd)


def test_text_and_json_output(moto: str, tmp_path: Path) -> None:
    FIXTURES["rest_mock"](moto)
    text = run("--endpoint-url", moto, "--region", REGION, "--no-color", cwd=tmp_path)
    assert text.returncode == 1, text.stderr
    assert f"aws://{REGION}/" in text.stdout and "CORS020" in text.stdout
    assert text.stderr == ""  # no progress when stderr is not a TTY
    js = run("--endpoint-url", moto, "--region", REGION, "--format", "json", "--select", "CORS020",
             "--fail-on", "never", cwd=tmp_path)
    assert js.returncode == 0
    assert {f["rule"] for f in json.loads(js.stdout)["findings"]} == {"CORS020"}


def test_usage_errors(tmp_path: Path) -> None:
    both = run("--region", REGION, "--all-regions", cwd=tmp_path)
    assert both.returncode == 2 and "exclude" in both.stderr
    bad_rule = run("--region", REGION, "--select", "CORS999", cwd=tmp_path)
    assert bad_rule.returncode == 2 and "unknown rule" in bad_rule.stderr
    assert "Traceback" not in both.stderr + bad_rule.stderr


@pytest.mark.slow  # ~30 s: botocore retries the refused connection 10 times with backoff
def test_unreachable_endpoint_is_an_error_without_traceback(tmp_path: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # nothing listens here once closed
    proc = run("--endpoint-url", f"http://127.0.0.1:{port}", "--region", REGION, "--format", "json",
               cwd=tmp_path)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert json.loads(proc.stdout)["errors"][0]["file"] == f"aws://{REGION}"


@pytest.fixture
def black_hole() -> Iterator[str]:
    """A local server that accepts connections and never answers."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(16)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                held.append(server.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.getsockname()[1]}"
    stop.set()
    thread.join()
    for conn in held:
        conn.close()
    server.close()


def test_ctrl_c_stops_cleanly(black_hole: str, tmp_path: Path) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "corslint", "audit", "--endpoint-url", black_hole, "--region", REGION],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=tmp_path,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    time.sleep(3)  # the audit is now waiting on the black hole
    assert proc.poll() is None
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=20)
    assert proc.returncode == 130
    assert "Traceback" not in err and "interrupted" in err


def test_no_region_is_a_usage_error(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("AWS_DEFAULT_REGION", "AWS_REGION")}
    proc = subprocess.run([sys.executable, "-m", "corslint", "audit"], capture_output=True, text=True,
                          timeout=60, cwd=tmp_path, env=env)
    assert proc.returncode == 2 and "no region" in proc.stderr and "Traceback" not in proc.stderr


def test_progress_on_a_tty_and_quiet(moto: str, tmp_path: Path) -> None:
    import pty

    FIXTURES["http_jwt"](moto)

    def stderr_of(*extra: str) -> str:
        leader, follower = pty.openpty()
        proc = subprocess.run(
            [sys.executable, "-m", "corslint", "audit", "--endpoint-url", moto, "--region", REGION, *extra],
            stdout=subprocess.PIPE, stderr=follower, timeout=120, cwd=tmp_path,
        )
        os.close(follower)
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:
                break
            if not chunk:
                break
            chunks.append(chunk)
        os.close(leader)
        assert proc.returncode == 1
        return b"".join(chunks).decode()

    assert "APIs 1/1" in stderr_of()
    assert stderr_of("--quiet") == ""
