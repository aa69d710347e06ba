"""Serve an ASGI app with uvicorn on a socket bound here, and announce readiness.

Binding the socket ourselves makes PORT=0 work without a race: the port is known (and
already accepting into the backlog) before uvicorn starts. KILN_READY is printed only
once the lifespan startup has completed and uvicorn serves the socket.
"""

from __future__ import annotations

import os
import socket
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

import uvicorn
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from kiln_runner.classify import import_failure
from kiln_runner.report import StartupError, write_ready
from kiln_runner.signals import stop_after_uvicorn

BACKLOG = 2048
GRACEFUL_SHUTDOWN_SECONDS = 10


def serve(app: ASGIApp, host: str, port: int, *, code_path: Path, stdout: TextIO) -> None:
    """Run until SIGTERM/SIGINT. Raises StartupError when the app never got to serve."""
    sock = bind(host, port)
    probe = LifespanProbe(app)
    config = uvicorn.Config(
        probe,
        log_level="warning",
        access_log=False,
        lifespan="auto",
        timeout_graceful_shutdown=GRACEFUL_SHUTDOWN_SECONDS,
    )
    bound_port = int(sock.getsockname()[1])
    server = AnnouncingServer(config, lambda: write_ready(bound_port, os.getpid(), stdout))
    stop_after_uvicorn()
    try:
        server.run(sockets=[sock])
    except SystemExit as exit_:
        if server.started or exit_.code in (0, None):
            raise
        raise probe.failure(code_path) from None
    except Exception as exc:
        if server.started:
            raise
        raise StartupError(
            "internal", f"server failed to start: {exc!r}", traceback=traceback.format_exc()
        ) from exc
    finally:
        sock.close()


def bind(host: str, port: int) -> socket.socket:
    """A listening TCP socket on host:port (port 0: a free one)."""
    try:
        family, kind, proto, _, address = socket.getaddrinfo(
            host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
        )[0]
        sock = socket.socket(family, kind, proto)
        try:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind(address)
            sock.listen(BACKLOG)
        except BaseException:
            sock.close()
            raise
    except OSError as exc:
        raise StartupError("internal", f"cannot listen on {host}:{port}: {exc.strerror or exc}") from exc
    return sock


class AnnouncingServer(uvicorn.Server):
    """A uvicorn Server that calls `on_ready` once startup has fully succeeded."""

    def __init__(self, config: uvicorn.Config, on_ready: Callable[[], None]) -> None:
        super().__init__(config)
        self._on_ready = on_ready

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets=sockets)
        if self.started and not self.should_exit:
            self._on_ready()


class LifespanProbe:
    """Pure ASGI pass-through that remembers why a lifespan startup failed."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.error: BaseException | None = None
        self.failed_message: str | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "lifespan":
            await self.app(scope, receive, send)
            return

        async def watch(message: Message) -> None:
            if message["type"] == "lifespan.startup.failed":
                self.failed_message = str(message.get("message") or "")
            await send(message)

        try:
            await self.app(scope, receive, watch)
        except BaseException as exc:
            self.error = exc
            raise

    def failure(self, code_path: Path) -> StartupError:
        """The KILN_ERROR for a startup that ended before serving (uvicorn logged why)."""
        if self.failed_message is None:  # not the app's lifespan: uvicorn itself gave up
            return StartupError("internal", "the server stopped before serving", traceback_logged=True)
        if self.error is None:  # the app reported the failure without raising
            detail = self.failed_message.strip().splitlines() or ["(no message)"]
            return StartupError("import", f"Application startup failed: {detail[-1]}", traceback_logged=True)
        found = import_failure(self.error, code_path)
        return StartupError(
            found.kind,
            f"Application startup failed: {found.message}",
            found.location,
            found.traceback,
            traceback_logged=True,
        )
