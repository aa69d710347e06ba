"""Throughput of the runner with and without request logging (not a test).

    runner/.venv/bin/python runner/bench_throughput.py [--uri URI] [--requests K] [--concurrency C]

Starts the runner on the `hello` fixture twice, without PLATFORM_MONGO_URI and with it,
drives K GET requests at each (C at a time, one asyncio httpx client; the two runners
take turns in rounds, so that other load on the machine weighs on both alike), stops
each with SIGTERM (the logged one flushes its queue) and prints one JSON line:

    {"no_log_rps": x, "log_rps": y, "ratio": y/x, "requests_sent": K, "records_written": n, ...}

`records_written` is counted in MongoDB after the graceful stop. Without --uri a
SecantusDB (a dev requirement: `bash runner/ensure-venv.sh --dev`) is started on a free
loopback port with an in-memory store; a given URI must name its database.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import IO, Any

import httpx
from pymongo import MongoClient

RUNNER_DIR = Path(__file__).resolve().parent
HELLO = RUNNER_DIR / "tests" / "fixtures" / "hello"
COLLECTION = "_platform_request_logs"
STOP_TIMEOUT = 30.0


class Runner:
    """One `python -m kiln_runner` serving the hello fixture."""

    def __init__(self, env: dict[str, str]) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "kiln_runner"],
            cwd=RUNNER_DIR,
            env={
                "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
                "CODE_PATH": str(HELLO),
                "PORT": "0",
                **env,
            },
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout is not None
        assert self.proc.stderr is not None
        self.stderr: list[str] = []
        self._drain = threading.Thread(target=_collect, args=(self.proc.stderr, self.stderr), daemon=True)
        self._drain.start()
        line = self.proc.stdout.readline()
        if not line.startswith("KILN_READY "):
            self.proc.kill()
            self._drain.join(STOP_TIMEOUT)
            raise SystemExit("runner did not start:\n" + "\n".join(self.stderr))
        self.port = int(json.loads(line.removeprefix("KILN_READY "))["port"])

    def stop(self) -> int:
        self.proc.send_signal(signal.SIGTERM)
        code = self.proc.wait(timeout=STOP_TIMEOUT)
        self._drain.join(STOP_TIMEOUT)
        for pipe in (self.proc.stdout, self.proc.stderr):
            if pipe is not None:
                pipe.close()
        return code

    def kill(self) -> None:
        """After a failure: no runner outlives the bench."""
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=STOP_TIMEOUT)


def _collect(pipe: IO[str], into: list[str]) -> None:
    for line in pipe:
        into.append(line.rstrip("\n"))


async def drive(ports: tuple[int, int], requests: int, concurrency: int, rounds: int) -> Timing:
    """Send `requests` GETs to each of two runners, alternating in rounds (A B B A ...)
    so that load from anything else on the machine falls on both alike."""
    timing = Timing()
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(limits=limits, timeout=30) as client:
        for n in range(rounds):
            share = requests // rounds + (1 if n < requests % rounds else 0)
            order = (0, 1) if n % 2 == 0 else (1, 0)
            for which in order:
                began = time.perf_counter()
                timing.failures += await _burst(client, ports[which], share, concurrency)
                timing.seconds[which] += time.perf_counter() - began
    return timing


async def _burst(client: httpx.AsyncClient, port: int, requests: int, concurrency: int) -> int:
    todo = iter(range(requests))
    failures = 0

    async def worker() -> None:
        nonlocal failures
        for _ in todo:
            response = await client.get(f"http://127.0.0.1:{port}/")
            failures += response.status_code != 200

    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return failures


class Timing:
    def __init__(self) -> None:
        self.seconds = [0.0, 0.0]  # without logging, with logging
        self.failures = 0


@contextmanager
def mongo(uri: str | None) -> Iterator[str]:
    """The given URI, or a fresh in-memory SecantusDB's. It runs as a child process, not
    in this one: in here it would take the GIL from the load generator and make logging
    look several times more expensive than it is."""
    if uri:
        yield uri
        return
    if importlib.util.find_spec("secantus") is None:
        raise SystemExit("SecantusDB is missing: run `bash runner/ensure-venv.sh --dev`, or pass --uri")
    port = _free_port()
    argv = ["--host", "127.0.0.1", "--port", str(port), "--storage-path", ":memory:", "--log-level", "ERROR"]
    server = subprocess.Popen(
        [sys.executable, "-m", "secantus", *argv],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
    )
    uri = f"mongodb://127.0.0.1:{port}/kiln_bench"
    try:
        client: MongoClient[dict[str, Any]] = MongoClient(uri, serverSelectionTimeoutMS=20_000)
        client.admin.command("ping")  # waits until it serves
        client.close()
        yield uri
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=STOP_TIMEOUT)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def count_written(uri: str, app_id: str) -> int:
    """Request records of `app_id` (not the `dropped` summaries)."""
    client: MongoClient[dict[str, Any]] = MongoClient(uri, serverSelectionTimeoutMS=5000)
    try:
        logs = client.get_default_database()[COLLECTION]
        return logs.count_documents({"app_id": app_id, "kind": {"$exists": False}})
    finally:
        client.close()


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--uri", help="MongoDB URI naming a database (default: a fresh SecantusDB)")
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=8, help="alternations between the two runners")
    args = parser.parse_args()

    app_id = f"bench-{uuid.uuid4().hex[:12]}"
    with mongo(args.uri) as uri, ExitStack() as cleanup:
        plain = Runner({"APP_ID": app_id})
        cleanup.callback(plain.kill)
        logged = Runner({"APP_ID": app_id, "PLATFORM_MONGO_URI": uri})
        cleanup.callback(logged.kill)
        timing = asyncio.run(drive((plain.port, logged.port), args.requests, args.concurrency, args.rounds))
        exit_codes = [plain.stop(), logged.stop()]  # the logged one flushes its queue first
        written = count_written(uri, app_id)
    no_log_rps, log_rps = (args.requests / seconds for seconds in timing.seconds)
    result: dict[str, Any] = {
        "no_log_rps": round(no_log_rps, 1),
        "log_rps": round(log_rps, 1),
        "ratio": round(log_rps / no_log_rps, 3),
        "requests_sent": args.requests,
        "records_written": written,
        "records_dropped": sum(_dropped_counts(logged.stderr)),  # as the runner reported them
        "concurrency": args.concurrency,
        "non_200": timing.failures,
        "exit_codes": exit_codes,
    }
    print(json.dumps(result), flush=True)
    return 0 if result["non_200"] == 0 and result["exit_codes"] == [0, 0] else 1


def _dropped_counts(stderr: list[str]) -> Iterator[int]:
    prefix, suffix = "kiln: dropped ", " request log records"
    for line in stderr:
        if line.startswith(prefix) and suffix in line:
            yield int(line.removeprefix(prefix).split(suffix, 1)[0])


if __name__ == "__main__":
    raise SystemExit(main())
