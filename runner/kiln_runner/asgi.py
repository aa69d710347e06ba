"""The ASGI application uvicorn serves: Kiln's layers around the user's app."""

from __future__ import annotations

from pathlib import Path

from starlette.types import ASGIApp

from kiln_runner.kiln_routes import KilnRoutes
from kiln_runner.log_writer import LogWriter
from kiln_runner.request_log import RequestLog
from kiln_runner.static import StaticFirst


def build_asgi(
    user_app: ASGIApp, code_path: Path, app_id: str, request_log: LogWriter | None = None
) -> ASGIApp:
    """Reserved `/__kiln/` routes, then request logging (when `request_log` is given),
    then `static/` (when the folder exists), then the app.

    Lifespan and websocket scopes pass straight through to the user's app. Request
    logging sits just inside KilnRoutes, so it sees every user request (static files
    included) and never the platform's own `/__kiln/` probes.
    """
    app = user_app
    static_dir = code_path / "static"
    if static_dir.is_dir():
        app = StaticFirst(app, static_dir)
    if request_log is None:
        return KilnRoutes(app, app_id)
    app = RequestLog(app, request_log.submit, app_id, code_path)
    return KilnRoutes(app, app_id, stats=request_log.stats)
