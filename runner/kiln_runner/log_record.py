"""Request log documents, built by pure functions (no I/O, no clock, no process state).

One document per request the user's app served, in `_platform_request_logs`:

    {ts, app_id, method, path, status, duration_ms, response_bytes, cold_start,
     error?: {type, message, traceback}}

and, when records were lost, a summary `{ts, app_id, kind: "dropped", count}`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from kiln_runner.locate import user_traceback

Record = dict[str, Any]

PATH_MAX_CHARS = 2048
MESSAGE_MAX_BYTES = 2 * 1024
TRACEBACK_MAX_BYTES = 16 * 1024
TRUNCATED = "…[truncated]"


@dataclass(frozen=True)
class Exchange:
    """What the middleware saw of one request."""

    started: datetime  # UTC, when the request reached the app
    method: str  # the HTTP method, or "WS" for a websocket
    path: str
    status: int | None  # None: the app never sent a response start (or websocket accept/close)
    duration_ms: float
    response_bytes: int
    cold_start: bool  # Kiln's gateway woke the app for this request (X-Kiln-Cold-Start)
    error: BaseException | None = None


def build_record(exchange: Exchange, app_id: str, code_path: Path) -> Record:
    """The document for one request. `status` is 500 when the app sent none; `error` is
    there when the app raised, whatever status had already been sent."""
    record: Record = {
        "ts": exchange.started,
        "app_id": app_id,
        "method": exchange.method,
        "path": clean_path(exchange.path),
        "status": 500 if exchange.status is None else exchange.status,
        "duration_ms": round(exchange.duration_ms, 3),
        "response_bytes": exchange.response_bytes,
        "cold_start": exchange.cold_start,
    }
    if exchange.error is not None:
        record["error"] = error_fields(exchange.error, code_path)
    return record


def dropped_summary(count: int, app_id: str, ts: datetime) -> Record:
    return {"ts": ts, "app_id": app_id, "kind": "dropped", "count": count}


def clean_path(path: str) -> str:
    """No query string, ever (ASGI keeps it apart, but a decoded `%3F` would bring one
    back), and no unbounded length."""
    path = path.split("?", 1)[0]
    return path if len(path) <= PATH_MAX_CHARS else path[:PATH_MAX_CHARS] + TRUNCATED


def error_fields(exc: BaseException, code_path: Path) -> dict[str, str]:
    """Type name, message (head kept, 2 KB) and traceback with only the user's frames
    (tail kept, 16 KB: the innermost frames and the exception line matter most)."""
    return {
        "type": type(exc).__name__,
        "message": truncate_head(_safe_str(exc), MESSAGE_MAX_BYTES),
        "traceback": truncate_tail(user_traceback(exc, code_path), TRACEBACK_MAX_BYTES),
    }


def truncate_head(text: str, max_bytes: int) -> str:
    """At most `max_bytes` of UTF-8, keeping the start (and a marker when cut)."""
    raw = text.encode("utf-8", errors="replace")
    if len(raw) <= max_bytes:
        return text
    keep = max_bytes - len(TRUNCATED.encode())
    return raw[:keep].decode("utf-8", errors="ignore") + TRUNCATED


def truncate_tail(text: str, max_bytes: int) -> str:
    """At most `max_bytes` of UTF-8, keeping the end (and a marker line when cut)."""
    raw = text.encode("utf-8", errors="replace")
    if len(raw) <= max_bytes:
        return text
    marker = TRUNCATED + "\n"
    keep = max_bytes - len(marker.encode())
    return marker + raw[len(raw) - keep :].decode("utf-8", errors="ignore")


def _safe_str(exc: BaseException) -> str:
    try:
        return str(exc)
    except Exception:  # noqa: BLE001 — a user's __str__ may raise; the record must not
        return f"<{type(exc).__name__}: str() failed>"
