"""Line-buffered standard streams, so the user's print() lines reach the logs at once."""

from __future__ import annotations

import io
import sys


def line_buffered_stdio() -> None:
    """PYTHONUNBUFFERED semantics for text output, whatever the parent set up.

    stdout/stderr are pipes under Kiln, which Python would block-buffer: a user's
    print() would sit in memory until 8 KiB piled up or the process exited.
    """
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(line_buffering=True)
