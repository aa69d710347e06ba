"""Pure ASGI middleware: one log record per request the user's app serves.

It wraps `send` to read the status and count the body, times the call until the body
is complete, and captures the exception, which it always re-raises. Handing the record
over never waits on I/O (see LogWriter.submit). A websocket gets one record when it
ends, with method "WS": status 101 once accepted (403 when refused, 500 when the app
raised first), `response_bytes` summing the messages sent, `duration_ms` its lifetime.

`cold_start` is true when Kiln's gateway had to wake the app for this request: it says so with
the `X-Kiln-Cold-Start: 1` header (and strips that header from clients' requests).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from kiln_runner.log_record import Exchange, Record, build_record


class RequestLog:
    def __init__(self, app: ASGIApp, submit: Callable[[Record], None], app_id: str, code_path: Path) -> None:
        self.app = app
        self._submit = submit
        self._app_id = app_id
        self._code_path = code_path

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        cold_start = is_cold_start(scope)
        seen = _Seen(websocket=scope["type"] == "websocket", head=scope.get("method") == "HEAD")
        started = datetime.now(UTC)

        async def watched(message: Message) -> None:
            seen.sending(message)
            await send(message)
            seen.sent(message)

        error: BaseException | None = None
        try:
            await self.app(scope, receive, watched)
        except BaseException as exc:
            error = exc
            raise
        finally:
            end = time.perf_counter() if seen.completed is None else seen.completed
            exchange = Exchange(
                started=started,
                method="WS" if seen.websocket else scope["method"],
                path=scope["path"],
                status=seen.status,
                duration_ms=(end - seen.began) * 1000,
                response_bytes=seen.bytes,
                cold_start=cold_start,
                error=error,
            )
            self._hand_over(exchange)

    def _hand_over(self, exchange: Exchange) -> None:
        try:
            self._submit(build_record(exchange, self._app_id, self._code_path))
        except Exception as exc:  # noqa: BLE001 — a runner bug must never fail the user's request
            print(f"kiln: request log record lost: {type(exc).__name__}", file=sys.stderr)


COLD_START_HEADER = b"x-kiln-cold-start"


def is_cold_start(scope: Scope) -> bool:
    """The gateway woke the app for this request (ASGI header names are lower case)."""
    headers = scope.get("headers", [])
    return any(name == COLD_START_HEADER and value.strip() == b"1" for name, value in headers)


class _Seen:
    """What the app sent: status, body bytes, and when the response was complete."""

    def __init__(self, *, websocket: bool, head: bool) -> None:
        self.websocket = websocket
        self.head = head  # the server sends no body for HEAD, whatever the app passes it
        self.began = time.perf_counter()
        self.status: int | None = None
        self.bytes = 0
        self.completed: float | None = None

    def sending(self, message: Message) -> None:
        kind = message["type"]
        if kind in ("http.response.start", "websocket.http.response.start"):
            self.status = int(message["status"])
        elif kind in ("http.response.body", "websocket.http.response.body") and not self.head:
            self.bytes += len(message.get("body", b""))
        elif kind == "websocket.accept":
            self.status = 101
        elif kind == "websocket.send":
            data = message.get("bytes")
            self.bytes += len(data) if data is not None else len((message.get("text") or "").encode())
        elif kind == "websocket.close" and self.status is None:
            self.status = 403  # closed before the handshake: the server refuses it with 403

    def sent(self, message: Message) -> None:
        if message["type"] == "http.response.body" and not message.get("more_body", False):
            self.completed = time.perf_counter()
