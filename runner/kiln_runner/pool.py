"""Warm pool mode (KILN_POOL=1): pay for the interpreter and the framework imports ahead of
time, then wait for Kiln to hand over one app.

The pooled process prints `KILN_POOLED {"pid":N}` once it is warm and blocks on ONE line of
stdin, `{"env": {...}}`: the complete environment the runner would have been started with.
It then replaces os.environ with it (nothing of the pool's environment stays) and goes on
with the normal startup. A pooled process adopts one app, once: isolation between apps
comes from a fresh process per app, never from a fork or a reset.
"""

from __future__ import annotations

import contextlib
import importlib
import json
import os
from collections.abc import Mapping
from typing import BinaryIO, TextIO

from kiln_runner.frameworks import import_frameworks
from kiln_runner.report import StartupError

POOLED_PREFIX = "KILN_POOLED "

# Imported ahead of time too, best effort (a module a framework version lacks is skipped):
# the request log's writer (pymongo; no connection is made here), which apps with a database
# would otherwise import on the cold path, and what starlette/anyio/uvicorn import lazily while
# serving the first request (measured: ~60 ms on the first request of a fresh process).
POOL_EXTRA_MODULES = (
    "kiln_runner.mongo_sink",
    "anyio._backends._asyncio",
    "anyio._core._sockets",
    "anyio._core._streams",
    "anyio.streams.memory",
    "anyio.streams.stapled",
    "anyio.streams.tls",
    "uvicorn.loops.uvloop",
    "fastapi.telemetry._runtime",
    "pydantic.v1",  # FastAPI imports it when it builds the first route with a response model
)


def pool_mode(environ: Mapping[str, str]) -> bool:
    return environ.get("KILN_POOL") == "1"


def warm_up() -> None:
    """Everything that does not depend on the app. A failure is an `internal` StartupError."""
    try:
        import_frameworks()
    except Exception as exc:
        raise StartupError("internal", f"warming up failed: {exc!r}") from exc
    for name in POOL_EXTRA_MODULES:
        with contextlib.suppress(ImportError):
            importlib.import_module(name)


def wait_for_app(stdin: BinaryIO, stdout: TextIO) -> dict[str, str] | None:
    """Announce the warm process, then read the adopt line. None: stdin ended first (Kiln
    shut the pool down or died), so there is nothing to serve."""
    stdout.write(POOLED_PREFIX + json.dumps({"pid": os.getpid()}, separators=(",", ":")) + "\n")
    stdout.flush()
    line = stdin.readline()
    if not line.strip():
        return None
    return parse_adopt_line(line)


def parse_adopt_line(line: bytes) -> dict[str, str]:
    try:
        payload = json.loads(line)
    except ValueError as exc:
        raise StartupError("internal", f"the adopt line is not JSON ({exc})") from exc
    env = payload.get("env") if isinstance(payload, dict) else None
    if not isinstance(env, dict):
        raise StartupError(
            "internal", 'the adopt line must be {"env": {...}}: "env" is missing or not an object'
        )
    for name, value in env.items():
        if not isinstance(value, str):
            raise StartupError("internal", f"the adopt line's env.{name} is not a string")
    return env


def adopt(env: Mapping[str, str]) -> None:
    """Become the app's process: its environment, and only its (C-level environ too, so
    subprocesses started by the app inherit exactly that)."""
    os.environ.clear()
    os.environ.update(env)
