"""botocore event hooks for tests: record every operation, inject faults."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from typing import Any

from .moto_kit import REGION


def session() -> Any:
    import boto3

    return boto3.Session(aws_access_key_id="testing", aws_secret_access_key="testing",
                         region_name=REGION)


class Recorder:
    """Every (service, operation) a session's clients call, including retries' first try."""

    def __init__(self, boto_session: Any) -> None:
        self.calls: list[tuple[str, str]] = []
        self._lock = threading.Lock()
        boto_session.events.register("before-call", self._record)

    def _record(self, model: Any, **_: Any) -> None:
        with self._lock:
            self.calls.append((model.service_model.service_name, model.name))


class _Raw:
    def __init__(self, body: bytes) -> None:
        self.body = body

    def stream(self, *args: Any, **kwargs: Any) -> Any:
        yield self.body


def error_response(url: str, status: int, code: str) -> Any:
    from botocore.awsrequest import AWSResponse

    body = json.dumps({"message": f"injected {code}", "__type": code}).encode()
    headers = {"x-amzn-ErrorType": code, "Content-Type": "application/json"}
    return AWSResponse(url, status, headers, _Raw(body))


class Faults:
    """Answer chosen HTTP sends with errors instead of reaching moto.

    ``rule(operation, url, attempt)`` returns ``(status, code)`` to fail that send,
    or None to let it through; ``attempt`` counts sends per (operation, url).
    """

    def __init__(self, boto_session: Any, rule: Callable[[str, str, int], tuple[int, str] | None]) -> None:
        self.rule = rule
        self.sent: dict[tuple[str, str], int] = {}
        self.injected = 0
        self._lock = threading.Lock()
        boto_session.events.register("before-send", self._send)

    def _send(self, request: Any, event_name: str, **_: Any) -> Any:
        operation = event_name.rsplit(".", 1)[-1]
        key = (operation, request.url)
        with self._lock:
            attempt = self.sent.get(key, 0) + 1
            self.sent[key] = attempt
            fault = self.rule(operation, request.url, attempt)
            if fault is not None:
                self.injected += 1
        return None if fault is None else error_response(request.url, *fault)
