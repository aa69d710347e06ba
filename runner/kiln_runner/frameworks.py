"""Import the heavy frameworks, with no user code involved.

Kept apart from loading the user's code so that a pre-started ("warm") process can pay
for these imports ahead of time and adopt an app's code later.
"""

from __future__ import annotations

import importlib

# Modules every app process needs: what apps import first, and what uvicorn would
# otherwise import lazily once the app is loaded (protocols, event loop, lifespan).
FRAMEWORK_MODULES = (
    "pydantic",
    "starlette.applications",
    "starlette.staticfiles",
    "fastapi",
    "uvicorn",
    "uvicorn.lifespan.on",
    "uvicorn.loops.auto",
    "uvloop",
    "uvicorn.protocols.http.auto",
    "uvicorn.protocols.websockets.auto",
)


def import_frameworks() -> None:
    for name in FRAMEWORK_MODULES:
        importlib.import_module(name)
