"""Kiln's reserved `/__kiln/` routes, answered without touching the user's app."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping

from starlette.types import ASGIApp, Receive, Scope, Send

from kiln_runner.scope import route_path

RESERVED_PREFIX = "/__kiln"
READY_PATH = RESERVED_PREFIX + "/ready"
STATS_PATH = RESERVED_PREFIX + "/stats"

Stats = Callable[[], Mapping[str, int]]


class KilnRoutes:
    """Pure ASGI: `GET /__kiln/ready` answers 200 `{"ok": true, "app_id": ...}`; with
    request logging on, `GET /__kiln/stats` answers the log writer's counters; the rest
    of `/__kiln/` is 404 (or a refused websocket); everything else goes to `app`."""

    def __init__(self, app: ASGIApp, app_id: str, stats: Stats | None = None) -> None:
        self.app = app
        self._ready = json.dumps({"ok": True, "app_id": app_id}, separators=(",", ":")).encode()
        self._stats = stats
        self._not_found = b'{"error":"not found"}'

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        path = route_path(scope)
        if path != RESERVED_PREFIX and not path.startswith(RESERVED_PREFIX + "/"):
            await self.app(scope, receive, send)
        elif scope["type"] == "websocket":
            await send({"type": "websocket.close", "code": 1008, "reason": ""})
        elif path == READY_PATH:
            await _get_only(send, scope["method"], self._ready)
        elif path == STATS_PATH and self._stats is not None:
            body = json.dumps(dict(self._stats()), separators=(",", ":")).encode()
            await _get_only(send, scope["method"], body)
        else:
            await _json(send, 404, self._not_found, scope["method"])


async def _get_only(send: Send, method: str, body: bytes) -> None:
    if method in ("GET", "HEAD"):
        await _json(send, 200, body, method)
    else:
        await _json(send, 405, b'{"error":"method not allowed"}', method, allow=True)


async def _json(send: Send, status: int, body: bytes, method: str, *, allow: bool = False) -> None:
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
        (b"cache-control", b"no-store"),
    ]
    if allow:
        headers.append((b"allow", b"GET, HEAD"))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": b"" if method == "HEAD" else body})
