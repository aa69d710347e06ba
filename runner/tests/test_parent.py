"""The runner exits when Kiln (its stdin pipe) goes away, and only when asked to."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from tests.conftest import FIXTURES, RUNNER_DIR, TIMEOUT, Lines


def start(code: Path, watch: bool) -> tuple[subprocess.Popen[str], Lines]:
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "CODE_PATH": str(code),
        "PORT": "0",
        "APP_ID": "parent-test",
    }
    if watch:
        env["KILN_EXIT_WITH_PARENT"] = "1"
    proc = subprocess.Popen(
        [sys.executable, "-m", "kiln_runner"],
        cwd=RUNNER_DIR,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert proc.stdout is not None
    return proc, Lines(proc.stdout)


@pytest.mark.parametrize("watch", [True, False])
def test_stdin_eof_stops_the_runner_only_when_asked(tmp_path: Path, watch: bool) -> None:
    code = shutil.copytree(FIXTURES / "hello", tmp_path / "hello")
    proc, out = start(code, watch)
    try:
        ready = json.loads(
            out.wait_for(lambda line: line.startswith("KILN_READY ")).removeprefix("KILN_READY ")
        )
        assert proc.stdin is not None
        proc.stdin.close()  # what Kiln's death looks like from here
        if watch:
            assert proc.wait(timeout=TIMEOUT) == 0
        else:
            # Still serving after the pipe closed: the request is answered by this very process.
            assert httpx.get(f"http://127.0.0.1:{ready['port']}/__kiln/ready", timeout=10).status_code == 200
            assert proc.poll() is None
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=TIMEOUT)
        out.until_eof()
        if proc.stdout is not None:
            proc.stdout.close()
