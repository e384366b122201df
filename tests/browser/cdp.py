"""A minimal stdlib DevTools-protocol client: one websocket, JSON commands, events."""

from __future__ import annotations

import base64
import json
import os
import socket
import struct
import time
from typing import Any
from urllib.parse import urlparse


class CDPError(RuntimeError):
    """A DevTools command failed or the connection broke."""


class WebSocket:
    """Just enough RFC 6455 for DevTools: masked text frames out, frames in."""

    def __init__(self, url: str, timeout: float = 30.0) -> None:
        parts = urlparse(url)
        self.sock = socket.create_connection((parts.hostname, parts.port), timeout=timeout)
        key = base64.b64encode(os.urandom(16)).decode()
        request = (
            f"GET {parts.path} HTTP/1.1\r\nHost: {parts.hostname}:{parts.port}\r\n"
            f"Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: {key}\r\n"
            "Sec-WebSocket-Version: 13\r\n\r\n"
        )
        self.sock.sendall(request.encode())
        self.buffer = b""
        while b"\r\n\r\n" not in self.buffer:
            chunk = self.sock.recv(4096)
            if not chunk:
                raise CDPError("websocket handshake: connection closed")
            self.buffer += chunk
        head, _, self.buffer = self.buffer.partition(b"\r\n\r\n")
        if b" 101 " not in head.split(b"\r\n", 1)[0]:
            raise CDPError(f"websocket handshake refused: {head[:200]!r}")

    def _frame(self) -> tuple[int, bytes]:
        """One whole frame (fin+opcode byte, payload); partial frames stay buffered."""
        while True:
            buf = self.buffer
            if len(buf) >= 2:
                n, at = buf[1] & 0x7F, 2
                if n == 126 and len(buf) >= 4:
                    n, at = struct.unpack(">H", buf[2:4])[0], 4
                elif n == 127 and len(buf) >= 10:
                    n, at = struct.unpack(">Q", buf[2:10])[0], 10
                if (buf[1] & 0x7F) < 126 or at > 2:
                    masked = buf[1] & 0x80
                    end = at + (4 if masked else 0) + n
                    if len(buf) >= end:
                        data = buf[end - n : end]
                        if masked:
                            mask = buf[at : at + 4]
                            data = bytes(b ^ mask[i % 4] for i, b in enumerate(data))
                        self.buffer = buf[end:]
                        return buf[0], data
            chunk = self.sock.recv(1 << 16)
            if not chunk:
                raise CDPError("websocket closed")
            self.buffer += chunk

    def send(self, text: str) -> None:
        payload = text.encode()
        header = bytearray([0x81])
        n = len(payload)
        if n < 126:
            header.append(0x80 | n)
        elif n < 1 << 16:
            header += bytes([0x80 | 126]) + struct.pack(">H", n)
        else:
            header += bytes([0x80 | 127]) + struct.pack(">Q", n)
        mask = os.urandom(4)
        masked = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
        self.sock.sendall(bytes(header) + mask + masked)

    def recv(self) -> str:
        """The next whole text message (control frames answered or skipped)."""
        message = b""
        while True:
            b0, data = self._frame()
            opcode = b0 & 0x0F
            if opcode == 0x8:
                raise CDPError("websocket closed by peer")
            if opcode in (0x9, 0xA):
                continue  # ping/pong: DevTools does not ping us
            message += data
            if b0 & 0x80:
                return message.decode()

    def close(self) -> None:
        self.sock.close()


class CDP:
    """Commands with ``send`` (waits for the reply); events pile up in ``events``."""

    def __init__(self, ws_url: str) -> None:
        self.ws = WebSocket(ws_url)
        self.next_id = 0
        self.events: list[dict[str, Any]] = []

    def send(self, method: str, timeout: float = 120.0, **params: Any) -> dict[str, Any]:
        self.next_id += 1
        wanted = self.next_id
        self.ws.send(json.dumps({"id": wanted, "method": method, "params": params}))
        deadline = time.monotonic() + timeout
        while True:
            self.ws.sock.settimeout(max(0.1, deadline - time.monotonic()))
            try:
                message = json.loads(self.ws.recv())
            except TimeoutError as exc:
                raise CDPError(f"{method}: no reply in {timeout}s") from exc
            if message.get("id") == wanted:
                if "error" in message:
                    raise CDPError(f"{method}: {message['error']}")
                return dict(message.get("result", {}))
            if "method" in message:
                self.events.append(message)

    def drain(self, seconds: float) -> None:
        """Collect events arriving within ``seconds``."""
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0:
            self.ws.sock.settimeout(left)
            try:
                message = json.loads(self.ws.recv())
            except TimeoutError:
                return
            if "method" in message:
                self.events.append(message)

    def close(self) -> None:
        self.ws.close()
