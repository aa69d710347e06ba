"""The runner's steps, in order: settings, frameworks, user code, serve, flush the logs."""

from __future__ import annotations

import os
import sys
import traceback

from starlette.types import ASGIApp

from kiln_runner.asgi import build_asgi
from kiln_runner.config import RunnerConfig, from_env
from kiln_runner.frameworks import import_frameworks
from kiln_runner.loader import load_user_app
from kiln_runner.log_writer import LogWriter
from kiln_runner.parent import exit_with_parent
from kiln_runner.pool import adopt, pool_mode, wait_for_app, warm_up
from kiln_runner.report import EXIT_STARTUP_FAILURE, StartupError, write_failure
from kiln_runner.server import serve
from kiln_runner.signals import stop_at_once
from kiln_runner.stdio import line_buffered_stdio


def main() -> int:
    """0 after a graceful stop (or a pooled process whose stdin ended before it adopted
    an app); 3 (after one KILN_ERROR line) when the app never served."""
    line_buffered_stdio()
    stop_at_once()
    try:
        if pool_mode(os.environ):
            warm_up()
            env = wait_for_app(sys.stdin.buffer, sys.stdout)
            if env is None:
                return 0
            adopt(env)
        exit_with_parent(os.environ)  # after adoption: until then stdin carries the adopt line
        config, app, request_log = prepare()
        try:
            serve(app, config.host, config.port, code_path=config.code_path, stdout=sys.stdout)
        finally:
            # After uvicorn's graceful shutdown (requests drained, lifespan shutdown run),
            # also on the SystemExit a SIGTERM ends in: write what is queued, bounded.
            if request_log is not None:
                request_log.close()
    except StartupError as failure:
        write_failure(failure, sys.stderr)
        return EXIT_STARTUP_FAILURE
    return 0


def prepare() -> tuple[RunnerConfig, ASGIApp, LogWriter | None]:
    """Everything before serving. Any failure, the runner's own bugs included, is a
    StartupError so that it ends in a KILN_ERROR line. The log writer (None without
    PLATFORM_MONGO_URI: then no middleware and no thread) is already running."""
    try:
        config = from_env(os.environ)
        import_frameworks()
        user_app = load_user_app(config.code_path, config.module_name, config.entrypoint)
        request_log = start_request_log(config)
        return config, build_asgi(user_app, config.code_path, config.app_id, request_log), request_log
    except StartupError:
        raise
    except Exception as exc:
        raise StartupError("internal", repr(exc), traceback=traceback.format_exc()) from exc


def start_request_log(config: RunnerConfig) -> LogWriter | None:
    if config.mongo_uri is None:
        return None
    from kiln_runner.mongo_sink import MongoSink  # pymongo is imported only when logging is on

    writer = LogWriter(MongoSink(config.mongo_uri), config.app_id, queue_max=config.log_queue_max)
    writer.start()
    return writer
