"""SIGTERM and SIGINT end the runner with status 0, whatever it is doing.

Kiln's drivers stop an app with SIGTERM and read status 0 as a clean stop.
"""

from __future__ import annotations

import os
import signal
from types import FrameType

STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)


def stop_at_once() -> None:
    """Before serving there is nothing to drain (the user's code may still be importing)."""
    for sig in STOP_SIGNALS:
        signal.signal(sig, _exit_now)


def stop_after_uvicorn() -> None:
    """While serving, uvicorn's own handlers drain requests and run lifespan shutdown;
    when done it re-raises the signal to the handler it replaced. Left at the default,
    that would kill the process by the signal rather than exit with status 0."""
    for sig in STOP_SIGNALS:
        signal.signal(sig, _raise_exit)


def _exit_now(signum: int, frame: FrameType | None) -> None:
    os._exit(0)


def _raise_exit(signum: int, frame: FrameType | None) -> None:
    raise SystemExit(0)
