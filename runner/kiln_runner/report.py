"""The runner's two machine-readable lines: KILN_READY (stdout) and KILN_ERROR (stderr).

Kiln's drivers parse these lines; their shape is a contract (see runner/README.md).
"""

from __future__ import annotations

import json
from typing import Literal, TextIO

from kiln_runner.locate import NOWHERE, Location

ErrorKind = Literal["syntax", "import", "module_not_found", "missing_app", "not_asgi", "internal"]

EXIT_STARTUP_FAILURE = 3


class StartupError(Exception):
    """The app could not be brought up. Carries everything the KILN_ERROR line reports."""

    def __init__(
        self,
        kind: ErrorKind,
        message: str,
        location: Location = NOWHERE,
        traceback: str = "",
        *,
        traceback_logged: bool = False,
    ) -> None:
        super().__init__(message)
        self.kind: ErrorKind = kind
        self.message = message
        self.location = location
        self.traceback = traceback
        # True when the human-readable traceback already reached stderr (uvicorn logs it).
        self.traceback_logged = traceback_logged

    def as_json(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "message": self.message,
            "file": self.location.file,
            "line": self.location.line,
            "column": self.location.column,
            "traceback": self.traceback,
        }


def _compact(payload: dict[str, object]) -> str:
    # ensure_ascii keeps the line intact whatever the stream's encoding; json never
    # emits a raw newline, so the payload is always exactly one line.
    return json.dumps(payload, separators=(",", ":"), ensure_ascii=True)


def error_line(failure: StartupError) -> str:
    return "KILN_ERROR " + _compact(failure.as_json())


def ready_line(port: int, pid: int) -> str:
    return "KILN_READY " + _compact({"port": port, "pid": pid})


def write_failure(failure: StartupError, stream: TextIO) -> None:
    """Human-readable traceback first (unless already logged), then the KILN_ERROR line."""
    if not failure.traceback_logged:
        text = failure.traceback or f"{failure.kind}: {failure.message}\n"
        # Nothing but the final line may start with the marker.
        for line in text.splitlines():
            stream.write(("  " + line if line.startswith("KILN_") else line) + "\n")
    stream.write(error_line(failure) + "\n")
    stream.flush()


def write_ready(port: int, pid: int, stream: TextIO) -> None:
    stream.write(ready_line(port, pid) + "\n")
    stream.flush()
