"""Request logging: the ASGI middleware under Starlette's TestClient."""

from __future__ import annotations

from datetime import UTC
from pathlib import Path

import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Route, WebSocketRoute
from starlette.testclient import TestClient
from starlette.types import ASGIApp, Receive, Scope, Send
from starlette.websockets import WebSocket, WebSocketDisconnect

from kiln_runner.asgi import build_asgi
from kiln_runner.log_record import (
    Record,
)
from kiln_runner.log_writer import LogWriter
from kiln_runner.request_log import RequestLog
from tests.scripted_sink import ScriptedSink

# --- the middleware ---------------------------------------------------------------------------


async def ok(request: Request) -> PlainTextResponse:
    return PlainTextResponse("fine")


async def boom(request: Request) -> PlainTextResponse:
    raise ValueError("boom")


async def ws_echo(websocket: WebSocket) -> None:
    await websocket.accept()
    await websocket.send_text(await websocket.receive_text())
    await websocket.close()


async def ws_refuse(websocket: WebSocket) -> None:
    await websocket.close()


async def raw_fails_before_start(scope: Scope, receive: Receive, send: Send) -> None:
    raise RuntimeError("before start")


async def raw_fails_mid_body(scope: Scope, receive: Receive, send: Send) -> None:
    await send({"type": "http.response.start", "status": 200, "headers": []})
    await send({"type": "http.response.body", "body": b"12345", "more_body": True})
    raise RuntimeError("mid body")


def starlette_app() -> Starlette:
    return Starlette(
        routes=[
            Route("/ok", ok),
            Route("/boom", boom),
            WebSocketRoute("/ws", ws_echo),
            WebSocketRoute("/refuse", ws_refuse),
        ]
    )


def logged(app: ASGIApp, code_path: Path) -> tuple[TestClient, list[Record]]:
    records: list[Record] = []
    return TestClient(RequestLog(app, records.append, "a1", code_path)), records


def test_middleware_records_requests_and_those_the_gateway_woke_the_app_for_are_cold(tmp_path: Path) -> None:
    client, records = logged(starlette_app(), tmp_path)
    with client:  # lifespan runs through the middleware and is not recorded
        assert client.get("/ok?token=secret", headers={"X-Kiln-Cold-Start": "1"}).text == "fine"
        assert client.post("/ok").status_code == 405
        assert client.head("/nope", headers={"X-Kiln-Cold-Start": "0"}).status_code == 404
        assert client.get("/ok", headers={"x-kiln-cold-start": "1"}).status_code == 200
    assert [(r["method"], r["path"], r["status"], r["cold_start"]) for r in records] == [
        ("GET", "/ok", 200, True),
        ("POST", "/ok", 405, False),
        ("HEAD", "/nope", 404, False),
        ("GET", "/ok", 200, True),
    ]
    assert records[0]["response_bytes"] == 4
    assert records[2]["response_bytes"] == 0
    assert all(r["duration_ms"] > 0 and r["ts"].tzinfo is UTC for r in records)


def test_middleware_reraises_and_records_the_error(tmp_path: Path) -> None:
    client, records = logged(starlette_app(), tmp_path)
    with pytest.raises(ValueError, match="boom"):
        client.get("/boom")
    assert records[0]["status"] == 500  # Starlette sent its 500, then re-raised
    assert (records[0]["error"]["type"], records[0]["error"]["message"]) == ("ValueError", "boom")


@pytest.mark.parametrize(
    ("app", "status", "size", "message"),
    [(raw_fails_before_start, 500, 0, "before start"), (raw_fails_mid_body, 200, 5, "mid body")],
)
def test_middleware_status_when_the_app_raises(
    tmp_path: Path, app: ASGIApp, status: int, size: int, message: str
) -> None:
    client, records = logged(app, tmp_path)
    with pytest.raises(RuntimeError, match=message):
        client.get("/x")
    assert (records[0]["status"], records[0]["response_bytes"]) == (status, size)
    assert records[0]["error"]["message"] == message


def test_middleware_records_websockets_when_they_end(tmp_path: Path) -> None:
    client, records = logged(starlette_app(), tmp_path)
    with client.websocket_connect("/ws?token=secret") as ws:
        ws.send_text("hello")
        assert ws.receive_text() == "hello"
    with pytest.raises(WebSocketDisconnect), client.websocket_connect("/refuse"):
        pass
    assert [(r["method"], r["path"], r["status"], r["response_bytes"]) for r in records] == [
        ("WS", "/ws", 101, 5),
        ("WS", "/refuse", 403, 0),
    ]


def test_stats_route_is_reserved_and_reports_the_writer(tmp_path: Path) -> None:
    writer = LogWriter(ScriptedSink(), "a1", queue_max=10)  # never started: records stay queued
    with TestClient(build_asgi(starlette_app(), tmp_path, "a1", writer)) as client:
        assert client.get("/ok").text == "fine"
        assert client.get("/__kiln/ready").status_code == 200
        assert client.get("/__kiln/stats").json() == {
            "queued": 1,
            "written": 0,
            "dropped": 0,
            "failed_batches": 0,
        }
        assert client.post("/__kiln/stats").status_code == 405
    with TestClient(build_asgi(starlette_app(), tmp_path, "a1")) as client:
        assert client.get("/__kiln/stats").status_code == 404  # logging off
