"""Kiln's runner: loads a user's ASGI app from CODE_PATH and serves it (see runner/README.md)."""
