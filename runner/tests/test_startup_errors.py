"""Broken apps: one KILN_ERROR line on stderr, exit code 3, the user's file and line."""

from __future__ import annotations

import json
import socket
from typing import Any

import pytest

from tests.conftest import Runner, StartRunner


def failed(runner: Runner) -> dict[str, Any]:
    """Assert the failure protocol and return the KILN_ERROR payload."""
    assert runner.wait_exit() == 3
    stderr = runner.stderr.until_eof()
    markers = [line for line in stderr if line.startswith("KILN_ERROR ")]
    assert len(markers) == 1, stderr
    assert stderr[-1] == markers[0], "KILN_ERROR is the last line"
    assert not any(line.startswith("KILN_READY") for line in runner.stdout.until_eof())
    error: dict[str, Any] = json.loads(markers[0].removeprefix("KILN_ERROR "))
    assert set(error) == {"kind", "message", "file", "line", "column", "traceback"}
    return error


@pytest.mark.parametrize(
    ("fixture", "kind", "file", "line", "column", "in_message"),
    [
        ("syntax_error", "syntax", "app.py", 4, 12, "SyntaxError"),
        ("indentation_error", "syntax", "app.py", 7, 1, "IndentationError: expected an indented block"),
        ("import_exception", "import", "settings.py", 5, 22, "KeyError: 'level'"),
        ("missing_module", "module_not_found", "app.py", 3, 1, "No module named 'requests'"),
        ("missing_user_module", "module_not_found", "shop/catalog.py", 1, 1, "'shop.prices'"),
        ("no_app", "missing_app", "app.py", None, None, "does not define `app`"),
        ("not_asgi", "not_asgi", "app.py", 5, None, "of type int"),
        ("startup_fails", "import", "app.py", 9, 5, "startup failed: RuntimeError: database unreachable"),
    ],
)
def test_broken_app_reports_kind_and_location(
    start_runner: StartRunner,
    fixture: str,
    kind: str,
    file: str,
    line: int | None,
    column: int | None,
    in_message: str,
) -> None:
    error = failed(start_runner(fixture))
    assert (error["kind"], error["file"], error["line"], error["column"]) == (kind, file, line, column)
    assert in_message in error["message"]


def test_import_error_traceback_keeps_only_user_frames(start_runner: StartRunner) -> None:
    runner = start_runner("import_exception")
    error = failed(runner)
    assert error["traceback"].splitlines() == [
        "Traceback (most recent call last):",
        '  File "app.py", line 3, in <module>',
        "    from settings import SETTINGS",
        '  File "settings.py", line 8, in <module>',
        "    SETTINGS = load()",
        "               ^^^^^^",
        '  File "settings.py", line 5, in load',
        '    return {"level": DEFAULTS["level"]}',
        "                     ~~~~~~~~^^^^^^^^^",
        "KeyError: 'level'",
    ]
    # The same traceback, human-readable, precedes the KILN_ERROR line.
    stderr = "\n".join(runner.stderr.seen[:-1])
    assert error["traceback"].rstrip("\n") in stderr
    assert "importlib" not in error["traceback"]
    assert "kiln_runner" not in error["traceback"]


def test_syntax_error_traceback_shows_the_offending_line(start_runner: StartRunner) -> None:
    error = failed(start_runner("syntax_error"))
    assert '  File "app.py", line 4' in error["traceback"]
    assert "def broken(:" in error["traceback"]


def test_missing_entrypoint_is_missing_app(start_runner: StartRunner) -> None:
    error = failed(start_runner("hello", KILN_ENTRYPOINT="main.py"))
    assert (error["kind"], error["file"], error["line"]) == ("missing_app", "main.py", None)


@pytest.mark.parametrize(
    ("env", "in_message"),
    [
        ({"CODE_PATH": "/nonexistent/kiln/code"}, "is not a directory"),
        ({"PORT": "http"}, "is not a port number"),
        ({"KILN_ENTRYPOINT": "../app.py"}, "KILN_ENTRYPOINT"),
    ],
)
def test_bad_settings_are_internal_errors(
    start_runner: StartRunner, env: dict[str, str], in_message: str
) -> None:
    error = failed(start_runner("hello", **env))
    assert error["kind"] == "internal"
    assert in_message in error["message"]
    assert error["file"] is None


def test_port_in_use_is_an_internal_error(start_runner: StartRunner) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        error = failed(start_runner("hello", PORT=str(taken.getsockname()[1])))
    assert error["kind"] == "internal"
    assert "cannot listen on 127.0.0.1" in error["message"]
