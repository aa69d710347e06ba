"""Exit with Kiln: the driver keeps a pipe on our stdin that closes when Kiln dies, even by
SIGKILL, so a killed Kiln leaves no runner serving an old version on a forgotten port."""

from __future__ import annotations

import os
import signal
import sys
import threading
from collections.abc import Mapping


def exit_with_parent(environ: Mapping[str, str]) -> None:
    """With KILN_EXIT_WITH_PARENT=1, stdin reaching EOF stops the runner like a SIGTERM."""
    if environ.get("KILN_EXIT_WITH_PARENT") != "1":
        return
    threading.Thread(target=_watch, name="kiln-parent-watch", daemon=True).start()


def _watch() -> None:
    # The file descriptor, not sys.stdin.buffer: a daemon thread blocked inside the buffered
    # reader holds its lock, and closing stdin at interpreter shutdown then aborts the process
    # ("Fatal Python error: _enter_buffered_busy", SIGABRT instead of exit code 0).
    try:
        fd = sys.stdin.fileno()
        while os.read(fd, 4096):
            pass
    except (OSError, ValueError):
        pass
    os.kill(os.getpid(), signal.SIGTERM)
