"""Start the runner as Kiln's local driver does: a real process, real sockets; and a
real MongoDB-wire server (SecantusDB, in-process) for the request logs.

Nothing here sleeps to synchronise: output is read on a thread per pipe and awaited
line by line with a timeout.
"""

from __future__ import annotations

import json
import os
import queue
import shutil
import signal
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

import pytest
from secantus import SecantusDBServer

RUNNER_DIR = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
TIMEOUT = 30.0  # generous: the first import of the frameworks can be slow on a cold disk


class Lines:
    """The lines of one pipe, read on a thread so that they can be awaited with a timeout."""

    def __init__(self, pipe: IO[str]) -> None:
        self.seen: list[str] = []
        self._queue: queue.Queue[str | None] = queue.Queue()
        self._eof = False
        self._thread = threading.Thread(target=self._pump, args=(pipe,), daemon=True)
        self._thread.start()

    def _pump(self, pipe: IO[str]) -> None:
        for line in pipe:
            self._queue.put(line.rstrip("\n"))
        self._queue.put(None)

    def wait_for(self, predicate: Callable[[str], bool], timeout: float = TIMEOUT) -> str:
        """The first line (from now on) that satisfies `predicate`."""
        while True:
            line = self._next(timeout)
            if line is None:
                raise AssertionError(f"stream ended first; lines so far: {self.seen}")
            if predicate(line):
                return line

    def until_eof(self, timeout: float = TIMEOUT) -> list[str]:
        """Every line, once the process closed the stream."""
        while self._next(timeout) is not None:
            pass
        return self.seen

    def _next(self, timeout: float) -> str | None:
        if self._eof:
            return None
        try:
            line = self._queue.get(timeout=timeout)
        except queue.Empty:
            raise AssertionError(f"no line within {timeout}s; lines so far: {self.seen}") from None
        if line is None:
            self._eof = True
            self._thread.join(timeout)
        else:
            self.seen.append(line)
        return line


class Runner:
    """One `python -m kiln_runner` process."""

    def __init__(self, code_path: Path, env: dict[str, str]) -> None:
        self.code_path = code_path
        full_env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "CODE_PATH": str(code_path),
            "PORT": "0",
            "APP_ID": "app-under-test",
            **env,
        }
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "kiln_runner"],
            cwd=RUNNER_DIR,
            env=full_env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )
        assert self.proc.stdout is not None
        assert self.proc.stderr is not None
        self.stdout = Lines(self.proc.stdout)
        self.stderr = Lines(self.proc.stderr)
        self.port = 0

    def wait_ready(self) -> dict[str, Any]:
        line = self.stdout.wait_for(lambda text: text.startswith("KILN_READY "))
        ready: dict[str, Any] = json.loads(line.removeprefix("KILN_READY "))
        self.port = ready["port"]
        return ready

    @property
    def url(self) -> str:
        assert self.port, "wait_ready() first"
        return f"http://127.0.0.1:{self.port}"

    def wait_exit(self) -> int:
        return self.proc.wait(timeout=TIMEOUT)

    def terminate(self) -> int:
        self.proc.send_signal(signal.SIGTERM)
        return self.wait_exit()

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait(timeout=TIMEOUT)
        self.stdout.until_eof()
        self.stderr.until_eof()
        for pipe in (self.proc.stdout, self.proc.stderr):
            if pipe is not None:
                pipe.close()


StartRunner = Callable[..., Runner]


@pytest.fixture
def start_runner(tmp_path: Path) -> Iterator[StartRunner]:
    """`start_runner("hello", GREETING="hi")` starts the runner on a copy of a fixture app
    (apps may write into their folder: FastHTML creates `.sesskey` there)."""
    started: list[Runner] = []

    def start(fixture: str, **env: str) -> Runner:
        code = shutil.copytree(FIXTURES / fixture, tmp_path / f"{len(started)}-{fixture}")
        runner = Runner(code, env)
        started.append(runner)
        return runner

    yield start
    for runner in started:
        runner.close()


@pytest.fixture
def serve(start_runner: StartRunner) -> Callable[..., Runner]:
    """`serve("hello")`: a runner that has printed KILN_READY."""

    def start_and_wait(fixture: str, **env: str) -> Runner:
        runner = start_runner(fixture, **env)
        runner.wait_ready()
        return runner

    return start_and_wait


@pytest.fixture(scope="session")
def mongo_server() -> Iterator[SecantusDBServer]:
    """One in-memory SecantusDB for the session; tests tell their records apart by app_id."""
    with SecantusDBServer(storage_path=":memory:") as server:
        yield server


def database_uri(server_uri: str, database: str = "kiln_u_test") -> str:
    """`mongodb://127.0.0.1:port/` -> `mongodb://127.0.0.1:port/kiln_u_test`, as Kiln
    hands PLATFORM_MONGO_URI to an app (the path names the app owner's database)."""
    return server_uri.rstrip("/") + "/" + database
