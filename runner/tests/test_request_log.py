"""Request logs to the owner's MongoDB, through real runner processes and real sockets:
a working SecantusDB, one that hangs, one that is down, and one that comes back."""

from __future__ import annotations

import re
import signal
import socket
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Any, TypeVar

import httpx
import pytest
from pymongo import MongoClient
from pymongo.collection import Collection
from secantus import SecantusDBServer
from websockets.sync.client import connect

from tests.conftest import TIMEOUT, Runner, database_uri

Serve = Callable[..., Runner]
T = TypeVar("T")

PASSWORD = "S3cretPassw0rd"  # noqa: S105 — a made-up credential that must never be printed
DROPPED_LINE = re.compile(r"^kiln: dropped (\d+) request log records \(MongoDB unavailable or slow\)$")


def get(runner: Runner, path: str, headers: dict[str, str] | None = None) -> httpx.Response:
    # A fresh connection each time: uvicorn closes a connection after an app raised.
    with httpx.Client(base_url=runner.url, timeout=10) as client:
        return client.get(path, headers=headers)


def stats(runner: Runner) -> dict[str, int]:
    body: dict[str, int] = get(runner, "/__kiln/stats").json()
    return body


def eventually(probe: Callable[[], T | None], timeout: float = TIMEOUT) -> T:
    """Wait for a condition in another process (polled: there is nothing to block on)."""
    deadline = time.monotonic() + timeout
    while (found := probe()) is None or found is False:
        if time.monotonic() > deadline:
            raise AssertionError(f"condition not met within {timeout}s")
        time.sleep(0.05)
    return found


def request_logs(uri: str) -> tuple[MongoClient[dict[str, Any]], Collection[dict[str, Any]]]:
    client: MongoClient[dict[str, Any]] = MongoClient(uri, serverSelectionTimeoutMS=10_000)
    return client, client.get_default_database()["_platform_request_logs"]


def stop(runner: Runner) -> tuple[list[str], list[str]]:
    """SIGTERM; the process exits 0 promptly (the log flush is bounded); its output."""
    runner.proc.send_signal(signal.SIGTERM)
    assert runner.proc.wait(timeout=15) == 0
    return runner.stdout.until_eof(), runner.stderr.until_eof()


def test_every_request_is_recorded_once(serve: Serve, mongo_server: SecantusDBServer) -> None:
    uri = database_uri(mongo_server.uri)
    client, logs = request_logs(uri)
    assert client.get_default_database().name == "kiln_u_test"
    runner = serve("logged", APP_ID="app-every-request", PLATFORM_MONGO_URI=uri)
    began = datetime.now(UTC).replace(tzinfo=None)

    sent: dict[str, httpx.Response] = {}
    for path, status in [("/", 200), ("/ok", 200), ("/missing", 404), ("/boom", 500), ("/stream", 200)]:
        # The gateway marks the request it woke the app for; here, the first one.
        sent[path] = get(runner, path + "?token=secret", {"X-Kiln-Cold-Start": "1"} if path == "/" else None)
        assert sent[path].status_code == status
    assert len(sent["/stream"].content) == 3000
    assert "kiln-request-log" in get(runner, "/threads?token=secret").json()
    with connect(f"ws://127.0.0.1:{runner.port}/ws?token=secret", open_timeout=10) as ws:
        ws.send("ping")
        assert ws.recv(timeout=10) == "echo: ping"
    # The platform's own routes are never recorded.
    assert get(runner, "/__kiln/ready").status_code == 200
    assert set(stats(runner)) == {"queued", "written", "dropped", "failed_batches"}
    stop(runner)

    docs = list(logs.find({"app_id": "app-every-request"}, {"_id": 0}))
    client.close()
    assert len(docs) == 7
    assert "secret" not in repr(docs)
    by_path = {doc["path"]: doc for doc in docs}
    assert set(by_path) == {"/", "/ok", "/missing", "/boom", "/stream", "/threads", "/ws"}
    for path, response in sent.items():
        doc = by_path[path]
        assert (doc["method"], doc["status"]) == ("GET", response.status_code)
        assert doc["response_bytes"] == len(response.content)
    for doc in docs:
        assert set(doc) - {"error"} == {
            "ts",
            "app_id",
            "method",
            "path",
            "status",
            "duration_ms",
            "response_bytes",
            "cold_start",
        }
        assert isinstance(doc["duration_ms"], float)
        assert doc["duration_ms"] > 0
        assert began.replace(microsecond=0) <= doc["ts"] <= datetime.now(UTC).replace(tzinfo=None)
        assert doc["cold_start"] is (doc["path"] == "/")
        assert ("error" in doc) is (doc["path"] == "/boom")
    error = by_path["/boom"]["error"]
    assert (error["type"], error["message"]) == ("ValueError", "boom")
    assert 'File "app.py"' in error["traceback"]
    assert error["traceback"].rstrip().endswith("ValueError: boom")
    assert "site-packages" not in error["traceback"]
    ws_doc = by_path["/ws"]
    assert (ws_doc["method"], ws_doc["status"], ws_doc["response_bytes"]) == ("WS", 101, len("echo: ping"))


class HangingServer:
    """Accepts TCP connections and never answers a byte."""

    def __init__(self) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = int(self._listener.getsockname()[1])
        self._accepted: list[socket.socket] = []
        self._stopping = False
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while True:
            conn, _ = self._listener.accept()
            if self._stopping:
                conn.close()
                return
            self._accepted.append(conn)

    def close(self) -> None:
        self._stopping = True
        socket.create_connection(("127.0.0.1", self.port), timeout=5).close()  # wakes accept()
        self._thread.join(TIMEOUT)
        self._listener.close()
        for conn in self._accepted:
            conn.close()


def refused_port() -> socket.socket:
    """A port that is bound but not listening: connections to it are refused, and no
    other process can take it until the socket is closed."""
    holder = socket.socket()
    holder.bind(("127.0.0.1", 0))
    return holder


@pytest.fixture(params=["hanging", "down"])
def unreachable_port(request: pytest.FixtureRequest) -> Iterator[int]:
    if request.param == "hanging":
        server = HangingServer()
        yield server.port
        server.close()
    else:
        holder = refused_port()
        yield int(holder.getsockname()[1])
        holder.close()


def test_unreachable_mongo_never_fails_a_request(serve: Serve, unreachable_port: int) -> None:
    where = f"127.0.0.1:{unreachable_port}"
    uri = f"mongodb://kiln:{PASSWORD}@{where}/kiln_u_test?authSource=admin"
    runner = serve("logged", PLATFORM_MONGO_URI=uri, KILN_LOG_QUEUE_MAX="5")

    with httpx.Client(base_url=runner.url, timeout=10) as client:
        statuses = [client.get("/ok?token=secret").status_code for _ in range(25)]
        first = client.get("/__kiln/stats").json()
        statuses += [client.get("/ok?token=secret").status_code for _ in range(25)]
        second = client.get("/__kiln/stats").json()
    assert statuses == [200] * 50
    assert 0 < first["dropped"] < second["dropped"]
    assert second["queued"] <= 5
    assert second["written"] == 0

    stdout, stderr = stop(runner)
    dropped = [int(m.group(1)) for line in stderr if (m := DROPPED_LINE.match(line))]
    assert sum(dropped) == 50, stderr  # every record lost, each reported exactly once
    assert (
        f"kiln: request logs not written: ServerSelectionTimeoutError (MongoDB at {where}); retrying"
        in stderr
    )
    assert not any(PASSWORD in line for line in stdout + stderr)


def test_mongo_coming_back_gets_a_dropped_summary(serve: Serve) -> None:
    holder = refused_port()
    port = int(holder.getsockname()[1])
    uri = f"mongodb://127.0.0.1:{port}/kiln_u_test"
    runner = serve("logged", APP_ID="app-comes-back", PLATFORM_MONGO_URI=uri, KILN_LOG_QUEUE_MAX="5")
    assert [get(runner, f"/ok?n={n}").status_code for n in range(20)] == [200] * 20
    eventually(lambda: stats(runner)["dropped"] == 20)  # all lost: queue full or batch refused

    holder.close()
    with SecantusDBServer(port=port, storage_path=":memory:") as server:
        assert server.port == port
        client, logs = request_logs(uri)
        summary = eventually(lambda: logs.find_one({"kind": "dropped"}, {"_id": 0}))
        assert summary["app_id"] == "app-comes-back"
        assert summary["count"] == 20
        assert isinstance(summary["ts"], datetime)
        assert get(runner, "/ok").status_code == 200
        _, stderr = stop(runner)
        assert [doc["count"] for doc in logs.find({"kind": "dropped"})] == [20]
        assert [doc["path"] for doc in logs.find({"kind": {"$exists": False}})] == ["/ok"]
        client.close()
    assert f"kiln: request logs written again (MongoDB at 127.0.0.1:{port})" in stderr


def test_without_a_uri_there_is_no_logging_at_all(serve: Serve) -> None:
    runner = serve("logged")
    assert get(runner, "/__kiln/stats").status_code == 404
    assert "kiln-request-log" not in get(runner, "/threads").json()
    assert stop(runner)[1] == []
