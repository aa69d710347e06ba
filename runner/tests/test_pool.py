"""Warm pool mode: a process started with KILN_POOL=1 warms up, says KILN_POOLED, adopts the
environment Kiln sends on stdin (and only that), then behaves exactly as a normal runner."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.conftest import FIXTURES, RUNNER_DIR, TIMEOUT, Lines

ENV_APP = """\
import json
import os
import subprocess
import sys

from fastapi import FastAPI

app = FastAPI()


@app.get("/env")
def env() -> dict[str, str]:
    return dict(os.environ)


@app.get("/child-env")
def child_env() -> dict[str, str]:
    code = "import json, os; print(json.dumps(dict(os.environ)))"
    return json.loads(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout)
"""


class Pooled:
    """One `KILN_POOL=1 python -m kiln_runner` process, stdin a pipe as Kiln's driver has it."""

    def __init__(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "kiln_runner"],
            cwd=RUNNER_DIR,
            env={"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "KILN_POOL": "1", "POOL_ONLY": "leaks"},
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )
        assert self.proc.stdout is not None
        assert self.proc.stderr is not None
        self.stdout = Lines(self.proc.stdout)
        self.stderr = Lines(self.proc.stderr)

    def wait_pooled(self) -> dict[str, Any]:
        line = self.stdout.wait_for(lambda text: text.startswith("KILN_POOLED "))
        pooled: dict[str, Any] = json.loads(line.removeprefix("KILN_POOLED "))
        return pooled

    def send(self, raw: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(raw)
        self.proc.stdin.flush()

    def adopt(self, env: dict[str, str]) -> None:
        self.send(json.dumps({"env": env}) + "\n")

    def wait_ready(self) -> dict[str, Any]:
        line = self.stdout.wait_for(lambda text: text.startswith("KILN_READY "))
        ready: dict[str, Any] = json.loads(line.removeprefix("KILN_READY "))
        return ready

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait(timeout=TIMEOUT)
        self.stdout.until_eof()
        self.stderr.until_eof()
        for pipe in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            if pipe is not None:
                pipe.close()


@pytest.fixture
def pooled() -> Iterator[Pooled]:
    process = Pooled()
    yield process
    process.close()


def app_env(code: Path, **extra: str) -> dict[str, str]:
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "CODE_PATH": str(code),
        "PORT": "0",
        "HOST": "127.0.0.1",
        "APP_ID": "pooled-app",
        **extra,
    }


def env_app(tmp_path: Path) -> Path:
    code = tmp_path / "env-app"
    code.mkdir()
    (code / "app.py").write_text(ENV_APP)
    return code


def test_adopts_an_app_and_serves_it_with_only_its_environment(pooled: Pooled, tmp_path: Path) -> None:
    announced = pooled.wait_pooled()
    assert announced["pid"] == pooled.proc.pid
    pooled.adopt(app_env(env_app(tmp_path), GREETING="hi"))
    ready = pooled.wait_ready()
    assert ready["pid"] == pooled.proc.pid
    base = f"http://127.0.0.1:{ready['port']}"
    assert httpx.get(f"{base}/__kiln/ready", timeout=10).json() == {"ok": True, "app_id": "pooled-app"}
    seen = httpx.get(f"{base}/env", timeout=10).json()
    assert seen["GREETING"] == "hi"
    assert "POOL_ONLY" not in seen
    assert "KILN_POOL" not in seen
    # The C-level environment too: a subprocess of the app inherits the app's env only.
    inherited = httpx.get(f"{base}/child-env", timeout=10).json()
    assert inherited["GREETING"] == "hi"
    assert "POOL_ONLY" not in inherited
    assert "KILN_POOL" not in inherited
    pooled.proc.terminate()
    assert pooled.proc.wait(timeout=TIMEOUT) == 0


def test_the_error_contract_holds_after_adoption(pooled: Pooled, tmp_path: Path) -> None:
    code = shutil.copytree(FIXTURES / "syntax_error", tmp_path / "broken")
    pooled.wait_pooled()
    pooled.adopt(app_env(code))
    assert pooled.proc.wait(timeout=TIMEOUT) == 3
    stderr = pooled.stderr.until_eof()
    assert stderr[-1].startswith("KILN_ERROR ")
    error = json.loads(stderr[-1].removeprefix("KILN_ERROR "))
    assert (error["kind"], error["file"], error["line"]) == ("syntax", "app.py", 4)
    assert not any(line.startswith("KILN_READY") for line in pooled.stdout.until_eof())


def test_a_bad_adopt_line_is_an_internal_error_naming_the_field(pooled: Pooled) -> None:
    pooled.wait_pooled()
    pooled.send('{"env": {"PORT": 8000}}\n')
    assert pooled.proc.wait(timeout=TIMEOUT) == 3
    error = json.loads(pooled.stderr.until_eof()[-1].removeprefix("KILN_ERROR "))
    assert error["kind"] == "internal"
    assert "env.PORT" in error["message"]


def test_stdin_ending_before_adoption_exits_cleanly(pooled: Pooled) -> None:
    pooled.wait_pooled()
    assert pooled.proc.stdin is not None
    pooled.proc.stdin.close()
    assert pooled.proc.wait(timeout=TIMEOUT) == 0
    assert pooled.stderr.until_eof() == []
    assert pooled.stdout.until_eof() == [pooled.stdout.seen[0]]


def test_after_adoption_stdin_is_the_exit_with_parent_pipe(pooled: Pooled, tmp_path: Path) -> None:
    pooled.wait_pooled()
    pooled.adopt(app_env(env_app(tmp_path), KILN_EXIT_WITH_PARENT="1"))
    pooled.wait_ready()
    assert pooled.proc.stdin is not None
    pooled.proc.stdin.close()  # what Kiln's death looks like from here
    assert pooled.proc.wait(timeout=TIMEOUT) == 0


@pytest.mark.parametrize("pool", [False, True])
def test_sigterm_while_watching_a_socket_stdin_exits_0(tmp_path: Path, pool: bool) -> None:
    """Kiln's stdin is a socketpair (Node's pipes): the watch thread blocked on it must not
    abort interpreter shutdown (it once did: SIGABRT, "Fatal Python error")."""
    kiln_end, runner_end = socket.socketpair()
    env = app_env(env_app(tmp_path), KILN_EXIT_WITH_PARENT="1")
    proc = subprocess.Popen(
        [sys.executable, "-m", "kiln_runner"],
        cwd=RUNNER_DIR,
        env={"PATH": env["PATH"], "KILN_POOL": "1"} if pool else env,
        stdin=runner_end,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    runner_end.close()
    assert proc.stdout is not None
    assert proc.stderr is not None
    out, err = Lines(proc.stdout), Lines(proc.stderr)
    try:
        if pool:
            out.wait_for(lambda line: line.startswith("KILN_POOLED "))
            kiln_end.sendall(json.dumps({"env": env}).encode() + b"\n")
        out.wait_for(lambda line: line.startswith("KILN_READY "))
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=TIMEOUT) == 0
        assert not any("Fatal Python error" in line for line in err.until_eof())
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=TIMEOUT)
        out.until_eof()
        err.until_eof()
        proc.stdout.close()
        proc.stderr.close()
        kiln_end.close()
