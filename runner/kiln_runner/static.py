"""Serve the app's `static/` folder at `/static/`, leaving everything else to the app."""

from __future__ import annotations

from pathlib import Path

from starlette.exceptions import HTTPException
from starlette.responses import Response
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Receive, Scope, Send

from kiln_runner.scope import route_path

STATIC_PREFIX = "/static"


class StaticFirst:
    """Pure ASGI: `GET|HEAD /static/<file>` is answered from `directory` when the file
    exists there; any other request, or a file not found, goes to `app` unchanged (so
    an app's own `/static/...` routes and mounts keep working)."""

    def __init__(self, app: ASGIApp, directory: Path) -> None:
        self.app = app
        self.files = StaticFiles(directory=directory)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] == "http"
            and scope["method"] in ("GET", "HEAD")
            and route_path(scope).startswith(STATIC_PREFIX + "/")
        ):
            child = {**scope, "root_path": scope.get("root_path", "") + STATIC_PREFIX}
            response = await self._lookup(child)
            if response is not None:
                await response(child, receive, send)
                return
        await self.app(scope, receive, send)

    async def _lookup(self, scope: Scope) -> Response | None:
        try:
            return await self.files.get_response(self.files.get_path(scope), scope)
        except HTTPException:  # not found, not readable: the app decides
            return None
