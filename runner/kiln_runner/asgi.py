"""The ASGI application uvicorn serves: Kiln's layers around the user's app."""

from __future__ import annotations

from pathlib import Path

from starlette.types import ASGIApp

from kiln_runner.kiln_routes import KilnRoutes
from kiln_runner.static import StaticFirst


def build_asgi(user_app: ASGIApp, code_path: Path, app_id: str) -> ASGIApp:
    """Reserved `/__kiln/` routes, then `static/` (when the folder exists), then the app.

    Lifespan and websocket scopes pass straight through to the user's app. A request
    logging middleware belongs just inside KilnRoutes, so it sees every user request
    (static files included) and never the platform's readiness probes.
    """
    app = user_app
    static_dir = code_path / "static"
    if static_dir.is_dir():
        app = StaticFirst(app, static_dir)
    return KilnRoutes(app, app_id)
