"""Working apps served over real HTTP on loopback."""

from __future__ import annotations

import signal
import socket
from collections.abc import Callable

import httpx
from websockets.sync.client import connect

from tests.conftest import Runner, StartRunner

Serve = Callable[..., Runner]


def get(runner: Runner, path: str) -> httpx.Response:
    with httpx.Client(base_url=runner.url, timeout=10) as client:
        return client.get(path)


def test_ready_line_names_port_and_pid(start_runner: StartRunner) -> None:
    runner = start_runner("hello")
    ready = runner.wait_ready()
    assert set(ready) == {"port", "pid"}
    assert ready["pid"] == runner.proc.pid
    assert isinstance(ready["port"], int)
    assert ready["port"] > 0
    assert get(runner, "/").json() == {"hello": "world"}


def test_ready_route_is_the_platforms(serve: Serve) -> None:
    runner = serve("hello", APP_ID="app-42")
    response = get(runner, "/__kiln/ready")
    assert response.status_code == 200
    assert response.json() == {"ok": True, "app_id": "app-42"}
    assert get(runner, "/__kiln/anything").status_code == 404


def test_user_env_passes_through_and_cwd_is_the_code(serve: Serve) -> None:
    runner = serve("hello", GREETING="bonjour")
    assert get(runner, "/env/GREETING").json() == {"GREETING": "bonjour"}
    assert get(runner, "/cwd").json() == {"cwd": str(runner.code_path)}


def test_explicit_port_is_used(start_runner: StartRunner) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    runner = start_runner("hello", PORT=str(port), HOST="127.0.0.1")
    assert runner.wait_ready()["port"] == port


def test_users_own_health_route_stays_theirs(serve: Serve) -> None:
    runner = serve("own_health")
    assert get(runner, "/health").json() == {"status": "mine"}
    assert get(runner, "/__kiln/ready").json()["ok"] is True


def test_modules_packages_and_relative_imports(serve: Serve) -> None:
    runner = serve("multi")
    assert get(runner, "/").json() == {"greeting": "hello kiln", "data": {"answer": 42}}
    assert get(runner, "/shop/items").json() == [{"name": "mug", "price": 12.0}]


def test_code_folder_gets_no_bytecode_caches(serve: Serve) -> None:
    runner = serve("multi")
    assert get(runner, "/shop/items").status_code == 200
    assert list(runner.code_path.rglob("__pycache__")) == []


def test_entrypoint_in_a_package(serve: Serve) -> None:
    runner = serve("custom_entry", KILN_ENTRYPOINT="api/main.py")
    assert get(runner, "/").json() == {"version": "1.2.3"}


def test_static_folder_is_served_and_routes_stay_the_apps(serve: Serve) -> None:
    runner = serve("static_site")
    hello = get(runner, "/static/hello.txt")
    assert hello.status_code == 200
    assert hello.text == "hello from a static file\n"
    css = get(runner, "/static/css/site.css")
    assert css.headers["content-type"].startswith("text/css")
    # Not a file: the app's own route, then the app's own 404.
    assert get(runner, "/static/generated.txt").json() == {"from": "route"}
    assert get(runner, "/static/missing.txt").status_code == 404
    assert get(runner, "/").json() == {"page": "home"}


def test_no_static_folder_leaves_static_paths_to_the_app(serve: Serve) -> None:
    runner = serve("hello")
    assert not (runner.code_path / "static").exists()
    assert get(runner, "/static/hello.txt").json() == {"detail": "Not Found"}


def test_fasthtml_app(serve: Serve) -> None:
    runner = serve("fasthtml_app")
    response = get(runner, "/")
    assert response.status_code == 200
    assert "Hello from FastHTML" in response.text


def test_bare_asgi_app_without_lifespan(serve: Serve) -> None:
    runner = serve("raw_asgi")
    assert get(runner, "/").text == "raw"


def test_lifespan_startup_ran_before_ready_and_shutdown_on_sigterm(serve: Serve) -> None:
    runner = serve("lifespan")
    assert get(runner, "/state").json() == {"started": "yes"}
    assert runner.terminate() == 0
    assert "shutdown hook ran" in runner.stdout.until_eof()


def test_print_reaches_stdout_at_once(serve: Serve) -> None:
    runner = serve("printer")
    assert runner.stdout.seen[0] == "printed at import"
    assert get(runner, "/say/kiln").json() == {"ok": True}
    # Arrives while the process keeps running: stdout is not block-buffered.
    assert runner.stdout.wait_for(lambda line: line.startswith("said"), timeout=5) == "said kiln"
    assert runner.proc.poll() is None


def test_websocket_echo(serve: Serve) -> None:
    runner = serve("websocket")
    with connect(f"ws://127.0.0.1:{runner.port}/ws", open_timeout=10) as ws:
        ws.send("ping")
        assert ws.recv(timeout=10) == "echo: ping"


def test_sigterm_exits_zero_with_an_idle_connection_open(serve: Serve) -> None:
    runner = serve("hello")
    with httpx.Client(base_url=runner.url, timeout=10) as client:
        assert client.get("/").status_code == 200  # keep-alive connection stays open
        assert runner.terminate() == 0
    assert runner.stderr.until_eof() == []


def test_sigint_exits_zero_too(serve: Serve) -> None:
    runner = serve("hello")
    runner.proc.send_signal(signal.SIGINT)
    assert runner.wait_exit() == 0


def test_sigterm_while_the_code_is_still_importing_exits_zero(start_runner: StartRunner) -> None:
    runner = start_runner("hangs_at_import")
    runner.stdout.wait_for(lambda line: line == "importing")
    assert runner.terminate() == 0
    assert not any(line.startswith("KILN_") for line in runner.stderr.until_eof())


def test_ready_is_printed_once_and_first(serve: Serve) -> None:
    runner = serve("hello")
    assert runner.terminate() == 0
    lines = runner.stdout.until_eof()
    assert [line for line in lines if line.startswith("KILN_")] == [lines[0]]
