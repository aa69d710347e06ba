"""Unit tests of the traceback -> location functions, on real modules in a temp folder."""

from __future__ import annotations

import importlib
import sys
import traceback
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from kiln_runner.locate import NOWHERE, Location, locate, relative_to_root, user_traceback

ImportModule = Callable[[str], BaseException]


@pytest.fixture
def code(tmp_path: Path) -> Path:
    root = tmp_path / "code"
    root.mkdir()
    return root


@pytest.fixture
def import_failing(code: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[ImportModule]:
    """Import a module of `code` by name and return the exception it raised."""
    monkeypatch.syspath_prepend(str(code))
    before = set(sys.modules)

    def run(name: str) -> BaseException:
        with pytest.raises(BaseException) as info:  # noqa: PT011 - any exception is the point
            importlib.import_module(name)
        return info.value

    yield run
    for name in set(sys.modules) - before:
        del sys.modules[name]


def unique() -> str:
    return f"m_{uuid.uuid4().hex}"


def test_deepest_user_frame_wins(code: Path, import_failing: ImportModule) -> None:
    helper, main = unique(), unique()
    (code / f"{helper}.py").write_text("def explode():\n    x = 1\n    return x / 0\n")
    (code / f"{main}.py").write_text(f"import {helper}\n\n{helper}.explode()\n")
    exc = import_failing(main)
    assert isinstance(exc, ZeroDivisionError)
    assert locate(exc, code) == Location(f"{helper}.py", 3, 12)


def test_library_frames_are_skipped(code: Path, import_failing: ImportModule) -> None:
    name = unique()
    (code / f"{name}.py").write_text('import json\n\n\nCONFIG = json.loads("{")\n')
    exc = import_failing(name)
    assert locate(exc, code) == Location(f"{name}.py", 4, 10)
    assert "json/decoder.py" in "".join(traceback.format_exception(exc))
    assert "decoder.py" not in user_traceback(exc, code)


def test_files_in_sub_packages_are_relative_posix_paths(code: Path, import_failing: ImportModule) -> None:
    package = unique()
    (code / package).mkdir()
    (code / package / "__init__.py").write_text("from .inner import VALUE\n")
    (code / package / "inner.py").write_text("VALUE = undefined_name\n")
    exc = import_failing(package)
    assert locate(exc, code) == Location(f"{package}/inner.py", 1, 9)


def test_syntax_error_points_at_the_token(code: Path, import_failing: ImportModule) -> None:
    name = unique()
    (code / f"{name}.py").write_text("x = 1\ny = (2,\n")
    exc = import_failing(name)
    assert isinstance(exc, SyntaxError)
    assert locate(exc, code) == Location(f"{name}.py", 2, 5)
    assert user_traceback(exc, code).startswith(f'  File "{name}.py", line 2\n')


def test_syntax_error_outside_the_code_falls_back_to_frames(code: Path, tmp_path: Path) -> None:
    exc = SyntaxError("bad", (str(tmp_path / "elsewhere.py"), 1, 1, "x", 1, 2))
    assert locate(exc, code) == NOWHERE


def test_no_user_frame_means_nowhere(code: Path) -> None:
    with pytest.raises(ValueError, match="invalid literal") as info:
        int("not a number")
    assert locate(info.value, code) == NOWHERE
    assert user_traceback(info.value, code) == (
        "ValueError: invalid literal for int() with base 10: 'not a number'\n"
    )


def test_column_counts_characters_not_bytes(code: Path, import_failing: ImportModule) -> None:
    name = unique()
    (code / f"{name}.py").write_text('label = "héhé" + missing\n', encoding="utf-8")
    exc = import_failing(name)
    assert isinstance(exc, NameError)
    assert locate(exc, code) == Location(f"{name}.py", 1, 18)


def test_chained_exceptions_are_trimmed_too(code: Path, import_failing: ImportModule) -> None:
    name = unique()
    (code / f"{name}.py").write_text(
        "import json\n"
        "try:\n"
        '    json.loads("{")\n'
        "except ValueError as exc:\n"
        '    raise RuntimeError("bad config") from exc\n'
    )
    exc = import_failing(name)
    text = user_traceback(exc, code)
    assert f'File "{name}.py", line 3, in <module>' in text
    assert f'File "{name}.py", line 5, in <module>' in text
    assert "The above exception was the direct cause" in text
    assert "json/" not in text
    assert str(code) not in text
    assert locate(exc, code) == Location(f"{name}.py", 5, 5)


def test_relative_to_root(code: Path) -> None:
    assert relative_to_root(str(code / "a" / "b.py"), code) == "a/b.py"
    assert relative_to_root(str(code.parent / "b.py"), code) is None
    assert relative_to_root("<frozen importlib._bootstrap>", code) is None
    assert relative_to_root(None, code) is None
