"""Unit tests of the small pure pieces: settings, contract lines, ASGI checks and layers."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from starlette.applications import Starlette
from starlette.responses import PlainTextResponse
from starlette.routing import Route
from starlette.testclient import TestClient
from starlette.types import Receive, Scope, Send
from starlette.websockets import WebSocketDisconnect

from kiln_runner.asgi import build_asgi
from kiln_runner.classify import import_failure
from kiln_runner.config import from_env
from kiln_runner.loader import is_asgi_callable
from kiln_runner.locate import Location
from kiln_runner.report import StartupError, error_line, ready_line, write_failure


def test_settings_defaults(tmp_path: Path) -> None:
    config = from_env({"CODE_PATH": str(tmp_path)})
    assert (config.host, config.port, config.entrypoint, config.app_id) == ("127.0.0.1", 0, "app.py", "")
    assert config.module_name == "app"
    assert config.code_path == tmp_path.resolve()


def test_entrypoint_in_a_folder_is_a_dotted_module(tmp_path: Path) -> None:
    config = from_env({"CODE_PATH": str(tmp_path), "KILN_ENTRYPOINT": "api/main.py", "PORT": "8080"})
    assert (config.module_name, config.port) == ("api.main", 8080)


@pytest.mark.parametrize(
    "env",
    [
        {},
        {"PORT": "-1"},
        {"PORT": "70000"},
        {"KILN_ENTRYPOINT": "app.txt"},
        {"KILN_ENTRYPOINT": "/abs/app.py"},
        {"KILN_ENTRYPOINT": "my-app.py"},
    ],
)
def test_bad_settings(tmp_path: Path, env: dict[str, str]) -> None:
    with pytest.raises(StartupError) as info:
        from_env({"CODE_PATH": str(tmp_path), **env} if env else {})
    assert info.value.kind == "internal"


def test_contract_lines_are_single_compact_json_lines() -> None:
    assert ready_line(8123, 42) == 'KILN_READY {"port":8123,"pid":42}'
    failure = StartupError("import", "boom\nsecond line é", Location("a.py", 3, None), "Trace\n  x\n")
    line = error_line(failure)
    assert "\n" not in line
    assert line.isascii()
    assert json.loads(line.removeprefix("KILN_ERROR ")) == {
        "kind": "import",
        "message": "boom\nsecond line é",
        "file": "a.py",
        "line": 3,
        "column": None,
        "traceback": "Trace\n  x\n",
    }


def test_human_text_never_forges_a_marker_line() -> None:
    out = io.StringIO()
    write_failure(StartupError("import", "m", traceback="Trace\nKILN_ERROR {}\n"), out)
    lines = out.getvalue().splitlines()
    assert [line for line in lines if line.startswith("KILN_")] == [lines[-1]]


class Wsgi:
    def __call__(self, environ: object, start_response: object) -> list[bytes]:
        return []


async def asgi_function(scope: Scope, receive: Receive, send: Send) -> None:
    pass


@pytest.mark.parametrize(
    ("candidate", "expected"),
    [
        (Starlette(), True),
        (asgi_function, True),
        (42, False),
        (None, False),
        (Starlette, False),  # the class, not an application
        (Wsgi(), False),
    ],
)
def test_is_asgi_callable(candidate: object, expected: bool) -> None:
    assert is_asgi_callable(candidate) is expected


def user_app() -> Starlette:
    async def hello(request: object) -> PlainTextResponse:
        return PlainTextResponse("user")

    return Starlette(routes=[Route("/{path:path}", hello, methods=["GET", "POST", "HEAD"])])


def test_reserved_prefix_never_reaches_the_app(tmp_path: Path) -> None:
    with TestClient(build_asgi(user_app(), tmp_path, "a1")) as client:
        assert client.get("/__kiln/ready").json() == {"ok": True, "app_id": "a1"}
        head = client.head("/__kiln/ready")
        assert (head.status_code, head.content) == (200, b"")
        assert client.post("/__kiln/ready").status_code == 405
        assert client.get("/__kiln").status_code == 404
        assert client.get("/__kiln/other").status_code == 404
        assert client.get("/__kilnish").text == "user"
        with pytest.raises(WebSocketDisconnect), client.websocket_connect("/__kiln/ready"):
            pass


def test_static_files_first_then_the_app(tmp_path: Path) -> None:
    (tmp_path / "static").mkdir()
    (tmp_path / "static" / "a.txt").write_text("file")
    with TestClient(build_asgi(user_app(), tmp_path, "a1")) as client:
        assert client.get("/static/a.txt").text == "file"
        assert client.head("/static/a.txt").headers["content-length"] == "4"
        assert client.post("/static/a.txt").text == "user"
        assert client.get("/static/b.txt").text == "user"
        assert client.get("/static/").text == "user"
        assert client.get("/a.txt").text == "user"


@pytest.mark.parametrize(
    ("exc", "kind"),
    [
        (ModuleNotFoundError("No module named 'requests'", name="requests"), "module_not_found"),
        (ModuleNotFoundError("No module named 'shop.gone'", name="shop.gone"), "module_not_found"),
        (ModuleNotFoundError("raised by hand"), "import"),
        (ModuleNotFoundError("odd", name="shop"), "import"),  # it is a user file after all
        (SyntaxError("bad", ("app.py", 1, 1, "x", 1, 2)), "syntax"),
        (SyntaxError("made at runtime"), "import"),
        (ImportError("cannot import name 'X' from 'fastapi'"), "import"),
        (SystemExit(1), "import"),
    ],
)
def test_classify(tmp_path: Path, exc: BaseException, kind: str) -> None:
    (tmp_path / "shop").mkdir()
    if isinstance(exc, SyntaxError) and exc.filename:
        exc.filename = str(tmp_path / exc.filename)
    assert import_failure(exc, tmp_path).kind == kind
