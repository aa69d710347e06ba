"""Request logging: the pure record builder (fields, paths, truncation, errors) and its settings."""

from __future__ import annotations

import importlib.util
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from kiln_runner.config import from_env
from kiln_runner.log_record import (
    MESSAGE_MAX_BYTES,
    TRACEBACK_MAX_BYTES,
    TRUNCATED,
    Exchange,
    build_record,
    clean_path,
    error_fields,
    truncate_head,
    truncate_tail,
)
from kiln_runner.mongo_sink import redacted_hosts
from kiln_runner.report import StartupError

NOW = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)

# --- the pure record builder ----------------------------------------------------------------


def raised_in_user_file(code_path: Path, body: str) -> BaseException:
    """An exception raised by a function defined in `code_path/userfile.py`."""
    (code_path / "userfile.py").write_text(f"def fail():\n    {body}\n")
    spec = importlib.util.spec_from_file_location("userfile", code_path / "userfile.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    try:
        module.fail()
    except (KeyError, ValueError) as exc:
        return exc
    raise AssertionError("fail() did not raise")


def exchange(**changes: Any) -> Exchange:
    fields: dict[str, Any] = {
        "started": NOW,
        "method": "GET",
        "path": "/items/1",
        "status": 200,
        "duration_ms": 1.23456,
        "response_bytes": 17,
        "cold_start": False,
    }
    return Exchange(**(fields | changes))


def test_record_fields(tmp_path: Path) -> None:
    assert build_record(exchange(), "a1", tmp_path) == {
        "ts": NOW,
        "app_id": "a1",
        "method": "GET",
        "path": "/items/1",
        "status": 200,
        "duration_ms": 1.235,
        "response_bytes": 17,
        "cold_start": False,
    }


def test_no_response_start_is_a_500_and_an_exception_is_the_error(tmp_path: Path) -> None:
    exc = raised_in_user_file(tmp_path, 'raise KeyError("user_id")')
    record = build_record(exchange(status=None, error=exc), "a1", tmp_path)
    assert record["status"] == 500
    assert record["error"]["type"] == "KeyError"
    assert record["error"]["message"] == "'user_id'"
    trace = record["error"]["traceback"]
    assert trace.startswith("Traceback (most recent call last):\n")
    assert 'File "userfile.py", line 2, in fail' in trace
    assert str(tmp_path) not in trace
    assert trace.endswith("KeyError: 'user_id'\n")


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("/a", "/a"),
        ("/a?token=secret", "/a"),  # a decoded %3F would bring a query back
        ("/?", "/"),
        ("/a/b%20c", "/a/b%20c"),
    ],
)
def test_path_never_keeps_a_query(raw: str, clean: str) -> None:
    assert clean_path(raw) == clean


def test_long_paths_are_cut() -> None:
    cut = clean_path("/" + "p" * 5000)
    assert len(cut) == 2048 + len(TRUNCATED)
    assert cut.endswith(TRUNCATED)


def test_truncation_counts_utf8_bytes_and_never_splits_a_character() -> None:
    text = "é" * 3000  # 6000 bytes
    head = truncate_head(text, 2048)
    assert len(head.encode()) <= 2048
    assert head.endswith(TRUNCATED)
    assert head.removesuffix(TRUNCATED) == "é" * len(head.removesuffix(TRUNCATED))
    tail = truncate_tail("first\n" + text + "\nlast line", 1024)
    assert len(tail.encode()) <= 1024
    assert tail.startswith(TRUNCATED + "\n")
    assert tail.endswith("\nlast line")
    assert truncate_head("short", 10) == "short"
    assert truncate_tail("short", 10) == "short"


def test_error_message_and_traceback_are_bounded(tmp_path: Path) -> None:
    exc = raised_in_user_file(tmp_path, 'raise ValueError("x" * 40_000)')
    error = error_fields(exc, tmp_path)
    assert len(error["message"].encode()) <= MESSAGE_MAX_BYTES
    assert error["message"].startswith("xxx")
    assert len(error["traceback"].encode()) <= TRACEBACK_MAX_BYTES
    assert error["traceback"].endswith("xxx\n")  # the tail is kept


def test_an_unprintable_exception_still_makes_a_record(tmp_path: Path) -> None:
    class UnprintableError(Exception):
        def __str__(self) -> str:
            raise RuntimeError("no")

    error = error_fields(UnprintableError(), tmp_path)
    assert (error["type"], error["message"]) == ("UnprintableError", "<UnprintableError: str() failed>")


@pytest.mark.parametrize(
    ("uri", "hosts"),
    [
        ("mongodb://kiln:pw@127.0.0.1:27017/kiln_u_1?authSource=admin", "127.0.0.1:27017"),
        ("mongodb://u:p%40ss@a:1,b:2,c/db", "a:1,b:2,c"),
        ("mongodb+srv://u:pw@cluster0.example.net/db", "cluster0.example.net"),
        ("mongodb://localhost", "localhost"),
        ("mongodb://u:pw@h?x=1", "h"),
    ],
)
def test_hosts_are_printed_without_credentials(uri: str, hosts: str) -> None:
    assert redacted_hosts(uri) == hosts


def test_log_settings(tmp_path: Path) -> None:
    base = {"CODE_PATH": str(tmp_path)}
    config = from_env(base)
    assert (config.mongo_uri, config.log_queue_max) == (None, 10_000)
    config = from_env(
        base | {"PLATFORM_MONGO_URI": f"mongodb://u:{'pw' * 4}@h/db", "KILN_LOG_QUEUE_MAX": "5"}
    )
    assert (config.mongo_uri, config.log_queue_max) == ("mongodb://u:pwpwpwpw@h/db", 5)
    assert "pwpwpwpw" not in repr(config)
    for bad in ("0", "-3", "many"):
        with pytest.raises(StartupError) as info:
            from_env(base | {"KILN_LOG_QUEUE_MAX": bad})
        assert info.value.kind == "internal"
