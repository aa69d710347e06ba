"""Request logging in-process: the pure record builder, the writer thread against a
scripted sink, the middleware under Starlette's TestClient, the Mongo sink."""

from __future__ import annotations

import importlib.util
import io
import queue
import socket
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from secantus import SecantusDBServer
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Route, WebSocketRoute
from starlette.testclient import TestClient
from starlette.types import ASGIApp, Receive, Scope, Send
from starlette.websockets import WebSocket, WebSocketDisconnect

from kiln_runner.asgi import build_asgi
from kiln_runner.config import from_env
from kiln_runner.log_record import (
    MESSAGE_MAX_BYTES,
    TRACEBACK_MAX_BYTES,
    TRUNCATED,
    Exchange,
    Record,
    build_record,
    clean_path,
    error_fields,
    truncate_head,
    truncate_tail,
)
from kiln_runner.log_writer import LogWriter, WriteError
from kiln_runner.mongo_sink import MongoSink, redacted_hosts
from kiln_runner.report import StartupError
from kiln_runner.request_log import RequestLog
from tests.conftest import TIMEOUT, database_uri

NOW = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
DROPPED = "kiln: dropped {} request log records (MongoDB unavailable or slow)"

# --- the pure record builder ----------------------------------------------------------------


def raised_in_user_file(code_path: Path, body: str) -> BaseException:
    """An exception raised by a function defined in `code_path/userfile.py`."""
    (code_path / "userfile.py").write_text(f"def fail():\n    {body}\n")
    spec = importlib.util.spec_from_file_location("userfile", code_path / "userfile.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    try:
        module.fail()
    except (KeyError, ValueError) as exc:
        return exc
    raise AssertionError("fail() did not raise")


def exchange(**changes: Any) -> Exchange:
    fields: dict[str, Any] = {
        "started": NOW,
        "method": "GET",
        "path": "/items/1",
        "status": 200,
        "duration_ms": 1.23456,
        "response_bytes": 17,
        "cold_start": False,
    }
    return Exchange(**(fields | changes))


def test_record_fields(tmp_path: Path) -> None:
    assert build_record(exchange(), "a1", tmp_path) == {
        "ts": NOW,
        "app_id": "a1",
        "method": "GET",
        "path": "/items/1",
        "status": 200,
        "duration_ms": 1.235,
        "response_bytes": 17,
        "cold_start": False,
    }


def test_no_response_start_is_a_500_and_an_exception_is_the_error(tmp_path: Path) -> None:
    exc = raised_in_user_file(tmp_path, 'raise KeyError("user_id")')
    record = build_record(exchange(status=None, error=exc), "a1", tmp_path)
    assert record["status"] == 500
    assert record["error"]["type"] == "KeyError"
    assert record["error"]["message"] == "'user_id'"
    trace = record["error"]["traceback"]
    assert trace.startswith("Traceback (most recent call last):\n")
    assert 'File "userfile.py", line 2, in fail' in trace
    assert str(tmp_path) not in trace
    assert trace.endswith("KeyError: 'user_id'\n")


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("/a", "/a"),
        ("/a?token=secret", "/a"),  # a decoded %3F would bring a query back
        ("/?", "/"),
        ("/a/b%20c", "/a/b%20c"),
    ],
)
def test_path_never_keeps_a_query(raw: str, clean: str) -> None:
    assert clean_path(raw) == clean


def test_long_paths_are_cut() -> None:
    cut = clean_path("/" + "p" * 5000)
    assert len(cut) == 2048 + len(TRUNCATED)
    assert cut.endswith(TRUNCATED)


def test_truncation_counts_utf8_bytes_and_never_splits_a_character() -> None:
    text = "é" * 3000  # 6000 bytes
    head = truncate_head(text, 2048)
    assert len(head.encode()) <= 2048
    assert head.endswith(TRUNCATED)
    assert head.removesuffix(TRUNCATED) == "é" * len(head.removesuffix(TRUNCATED))
    tail = truncate_tail("first\n" + text + "\nlast line", 1024)
    assert len(tail.encode()) <= 1024
    assert tail.startswith(TRUNCATED + "\n")
    assert tail.endswith("\nlast line")
    assert truncate_head("short", 10) == "short"
    assert truncate_tail("short", 10) == "short"


def test_error_message_and_traceback_are_bounded(tmp_path: Path) -> None:
    exc = raised_in_user_file(tmp_path, 'raise ValueError("x" * 40_000)')
    error = error_fields(exc, tmp_path)
    assert len(error["message"].encode()) <= MESSAGE_MAX_BYTES
    assert error["message"].startswith("xxx")
    assert len(error["traceback"].encode()) <= TRACEBACK_MAX_BYTES
    assert error["traceback"].endswith("xxx\n")  # the tail is kept


def test_an_unprintable_exception_still_makes_a_record(tmp_path: Path) -> None:
    class UnprintableError(Exception):
        def __str__(self) -> str:
            raise RuntimeError("no")

    error = error_fields(UnprintableError(), tmp_path)
    assert (error["type"], error["message"]) == ("UnprintableError", "<UnprintableError: str() failed>")


@pytest.mark.parametrize(
    ("uri", "hosts"),
    [
        ("mongodb://kiln:pw@127.0.0.1:27017/kiln_u_1?authSource=admin", "127.0.0.1:27017"),
        ("mongodb://u:p%40ss@a:1,b:2,c/db", "a:1,b:2,c"),
        ("mongodb+srv://u:pw@cluster0.example.net/db", "cluster0.example.net"),
        ("mongodb://localhost", "localhost"),
        ("mongodb://u:pw@h?x=1", "h"),
    ],
)
def test_hosts_are_printed_without_credentials(uri: str, hosts: str) -> None:
    assert redacted_hosts(uri) == hosts


def test_log_settings(tmp_path: Path) -> None:
    base = {"CODE_PATH": str(tmp_path)}
    config = from_env(base)
    assert (config.mongo_uri, config.log_queue_max) == (None, 10_000)
    config = from_env(
        base | {"PLATFORM_MONGO_URI": f"mongodb://u:{'pw' * 4}@h/db", "KILN_LOG_QUEUE_MAX": "5"}
    )
    assert (config.mongo_uri, config.log_queue_max) == ("mongodb://u:pwpwpwpw@h/db", 5)
    assert "pwpwpwpw" not in repr(config)
    for bad in ("0", "-3", "many"):
        with pytest.raises(StartupError) as info:
            from_env(base | {"KILN_LOG_QUEUE_MAX": bad})
        assert info.value.kind == "internal"


# --- the writer thread, against a sink whose every answer the test scripts ---------------


class ScriptedSink:
    where = "db.example:27017"

    def __init__(self, *answers: WriteError | None) -> None:
        self.calls: queue.Queue[list[Record]] = queue.Queue()
        self.answers: queue.Queue[WriteError | None] = queue.Queue()
        for answer in answers:
            self.answers.put(answer)
        self.docs: list[Record] = []
        self.closed = threading.Event()

    def insert(self, docs: list[Record]) -> None:
        self.calls.put(list(docs))
        answer = self.answers.get()
        if answer is not None:
            raise answer
        self.docs.extend(docs)

    def close(self) -> None:
        self.closed.set()

    def next_call(self) -> list[Record]:
        return self.calls.get(timeout=TIMEOUT)


def writer_for(sink: ScriptedSink, **options: Any) -> tuple[LogWriter, io.StringIO]:
    err = io.StringIO()
    writer = LogWriter(sink, "a1", stderr=err, now=lambda: NOW, **({"queue_max": 10} | options))
    writer.start()
    return writer, err


def summary(count: int) -> Record:
    return {"ts": NOW, "app_id": "a1", "kind": "dropped", "count": count}


def test_a_full_queue_drops_new_records_at_once_and_reports_them() -> None:
    sink = ScriptedSink()
    writer, err = writer_for(sink, queue_max=3)
    writer.submit({"n": 0})
    assert sink.next_call() == [{"n": 0}]  # the writer is now stuck in that write
    for n in range(1, 11):
        writer.submit({"n": n})  # never waits
    assert writer.stats() == {"queued": 3, "written": 0, "dropped": 7, "failed_batches": 0}

    sink.answers.put(None)
    assert sink.next_call() == [summary(7)]  # once MongoDB takes writes again
    sink.answers.put(None)
    assert sink.next_call() == [{"n": 1}, {"n": 2}, {"n": 3}]
    sink.answers.put(None)
    writer.close()
    assert writer.stats() == {"queued": 0, "written": 4, "dropped": 7, "failed_batches": 0}
    assert err.getvalue().splitlines() == [DROPPED.format(7)]
    assert sink.closed.is_set()


def test_a_failed_batch_is_dropped_and_summarised_when_writes_work_again() -> None:
    sink = ScriptedSink(WriteError("ServerSelectionTimeoutError"), None)
    writer, err = writer_for(sink, backoff=(0.0, 0.0))
    writer.submit({"n": 0})
    assert sink.next_call() == [{"n": 0}]
    assert sink.next_call() == [summary(1)]
    writer.close()
    assert sink.docs == [summary(1)]
    assert writer.stats() == {"queued": 0, "written": 0, "dropped": 1, "failed_batches": 1}
    assert err.getvalue().splitlines() == [
        "kiln: request logs not written: ServerSelectionTimeoutError (MongoDB at db.example:27017); retrying",
        DROPPED.format(1),
        "kiln: request logs written again (MongoDB at db.example:27017)",
    ]


def test_close_cuts_the_backoff_short_and_drains() -> None:
    sink = ScriptedSink(WriteError("AutoReconnect"), None, None)
    writer, _ = writer_for(sink, backoff=(3600.0, 3600.0))
    writer.submit({"n": 0})
    assert sink.next_call() == [{"n": 0}]
    writer.submit({"n": 1})
    writer.close(timeout=TIMEOUT)  # returns long before the hour of backoff is over
    assert sink.docs == [summary(1), {"n": 1}]
    assert writer.stats() == {"queued": 0, "written": 1, "dropped": 1, "failed_batches": 1}


def test_a_partly_written_batch_counts_what_was_written() -> None:
    sink = ScriptedSink()
    writer, _ = writer_for(sink)
    writer.submit({"n": 0})
    assert sink.next_call() == [{"n": 0}]
    for n in (1, 2, 3):
        writer.submit({"n": n})
    sink.answers.put(None)
    assert sink.next_call() == [{"n": 1}, {"n": 2}, {"n": 3}]
    sink.answers.put(WriteError("BulkWriteError", inserted=2))
    assert sink.next_call() == [summary(1)]
    sink.answers.put(None)
    writer.close()
    assert writer.stats() == {"queued": 0, "written": 3, "dropped": 1, "failed_batches": 1}


def test_close_gives_up_on_a_write_that_hangs() -> None:
    sink = ScriptedSink()
    writer, err = writer_for(sink)
    writer.submit({"n": 0})
    assert sink.next_call() == [{"n": 0}]
    writer.submit({"n": 1})
    writer.submit({"n": 2})
    writer.close(timeout=0.05)  # the write never answers: close returns all the same
    assert writer.stats() == {"queued": 0, "written": 0, "dropped": 3, "failed_batches": 0}
    assert err.getvalue().splitlines() == [DROPPED.format(3)]
    writer.submit({"n": 3})  # after close: dropped, never queued
    assert writer.stats()["dropped"] == 4

    sink.answers.put(None)  # the abandoned write ends late: it changes nothing
    assert sink.closed.wait(TIMEOUT)
    assert writer.stats() == {"queued": 0, "written": 0, "dropped": 4, "failed_batches": 0}


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


def test_middleware_records_requests_and_only_the_first_is_cold(tmp_path: Path) -> None:
    client, records = logged(starlette_app(), tmp_path)
    with client:  # lifespan runs through the middleware and is not recorded
        assert client.get("/ok?token=secret").text == "fine"
        assert client.post("/ok").status_code == 405
        assert client.head("/nope").status_code == 404
    assert [(r["method"], r["path"], r["status"], r["cold_start"]) for r in records] == [
        ("GET", "/ok", 200, True),
        ("POST", "/ok", 405, False),
        ("HEAD", "/nope", 404, False),
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


# --- the Mongo sink ---------------------------------------------------------------------------


def test_mongo_sink_writes_to_the_default_database(mongo_server: SecantusDBServer) -> None:
    uri = database_uri(mongo_server.uri, "kiln_u_sink")
    sink = MongoSink(uri)
    sink.insert([{"_id": "sink-1", "app_id": "sink"}])
    with pytest.raises(WriteError) as info:  # unordered: the duplicate fails, the other lands
        sink.insert([{"_id": "sink-1"}, {"_id": "sink-2", "app_id": "sink"}])
    assert (info.value.reason, info.value.inserted) == ("BulkWriteError", 1)
    sink.close()
    check = MongoSink(uri)
    assert check._target().count_documents({"app_id": "sink"}) == 2
    assert check._target().database.name == "kiln_u_sink"
    check.close()


def test_mongo_sink_failure_names_the_type_only() -> None:
    with socket.socket() as holder:  # bound, not listening: refused
        holder.bind(("127.0.0.1", 0))
        port = holder.getsockname()[1]
        sink = MongoSink(f"mongodb://kiln:hunter2secret@127.0.0.1:{port}/kiln_u_x")
        with pytest.raises(WriteError) as info:
            sink.insert([{"a": 1}])
        sink.close()
    assert info.value.reason == "ServerSelectionTimeoutError"
    assert "hunter2secret" not in repr(info.value.args) + str(info.value.__cause__)
    assert sink.where == f"127.0.0.1:{port}"
