"""The runner's settings, read once from the environment (the only reader of it).

Every other variable is the user's and is left untouched for the app to read;
PLATFORM_MONGO_URI is read here too (request logs go to the app's database) and
still passed through to the app unchanged.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from kiln_runner.report import StartupError


@dataclass(frozen=True)
class RunnerConfig:
    code_path: Path
    entrypoint: str
    host: str
    port: int
    app_id: str
    # The app's own database (PLATFORM_MONGO_URI): request logs go there. It holds
    # credentials, so it never appears in a repr. None: no request logging at all.
    mongo_uri: str | None = field(default=None, repr=False)
    log_queue_max: int = 10_000

    @property
    def module_name(self) -> str:
        """`app.py` -> `app`; `api/main.py` -> `api.main`."""
        return ".".join(PurePosixPath(self.entrypoint).with_suffix("").parts)


def from_env(env: Mapping[str, str]) -> RunnerConfig:
    """Validate the runner's variables; a bad value is an `internal` startup failure."""
    raw_code_path = env.get("CODE_PATH", "")
    if not raw_code_path:
        raise StartupError("internal", "CODE_PATH is not set")
    code_path = Path(raw_code_path).resolve()
    if not code_path.is_dir():
        raise StartupError("internal", f"CODE_PATH {raw_code_path!r} is not a directory")
    return RunnerConfig(
        code_path=code_path,
        entrypoint=_entrypoint(env.get("KILN_ENTRYPOINT") or "app.py"),
        host=env.get("HOST") or "127.0.0.1",
        port=_port(env.get("PORT") or "0"),
        app_id=env.get("APP_ID", ""),
        mongo_uri=env.get("PLATFORM_MONGO_URI") or None,
        log_queue_max=_positive("KILN_LOG_QUEUE_MAX", env.get("KILN_LOG_QUEUE_MAX") or "10000"),
    )


def _entrypoint(raw: str) -> str:
    path = PurePosixPath(raw)
    names_ok = all(part.isidentifier() for part in path.with_suffix("").parts)
    if path.is_absolute() or path.suffix != ".py" or not names_ok:
        raise StartupError(
            "internal",
            f"KILN_ENTRYPOINT {raw!r} must be a relative path to a .py file "
            "whose folder and file names are Python identifiers",
        )
    return path.as_posix()


def _port(raw: str) -> int:
    try:
        port = int(raw)
    except ValueError:
        port = -1
    if not 0 <= port <= 65535:
        raise StartupError("internal", f"PORT {raw!r} is not a port number (0 picks a free one)")
    return port


def _positive(name: str, raw: str) -> int:
    try:
        value = int(raw)
    except ValueError:
        value = 0
    if value < 1:
        raise StartupError("internal", f"{name} {raw!r} is not a positive integer")
    return value
