"""Import the user's entrypoint from CODE_PATH and take its `app`.

Failures become StartupError: an exception from the user's modules is classified by
kiln_runner.classify; a module without `app`, or an `app` that is not an ASGI
callable, is `missing_app` or `not_asgi`.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import cast

from starlette.types import ASGIApp

from kiln_runner.classify import import_failure
from kiln_runner.locate import Location, relative_to_root
from kiln_runner.report import StartupError

_RUNNER_ROOT = Path(__file__).resolve().parent.parent


def load_user_app(code_path: Path, module_name: str, entrypoint: str) -> ASGIApp:
    """Import `module_name` from `code_path` and return its `app` attribute.

    Makes `code_path` the working directory and the first entry of sys.path, so the
    user's modules import each other (absolutely or relatively, packages included)
    and relative `open("data.json")` works. Raises StartupError.
    """
    if not (code_path / entrypoint).is_file():
        raise StartupError(
            "missing_app",
            f"{entrypoint} not found: it should define `app`",
            Location(entrypoint, None, None),
        )
    _enter(code_path)
    try:
        module = importlib.import_module(module_name)
    except KeyboardInterrupt:
        raise
    except BaseException as exc:  # SystemExit too: sys.exit() at import is the user's
        raise import_failure(exc, code_path) from exc

    if relative_to_root(getattr(module, "__file__", None), code_path) is None:
        raise StartupError(
            "import",
            f"{entrypoint} cannot be imported as '{module_name}': an installed module "
            "has that name; rename the file",
            Location(entrypoint, None, None),
        )
    if not hasattr(module, "app"):
        raise StartupError(
            "missing_app",
            f"{entrypoint} does not define `app` (for example `app = FastAPI()`)",
            Location(entrypoint, None, None),
        )
    app: object = module.app
    if not is_asgi_callable(app):
        raise StartupError(
            "not_asgi",
            f"`app` in {entrypoint} is {_describe(app)}, not an ASGI application "
            "(FastAPI(), Starlette(), or FastHTML's fast_app())",
            Location(entrypoint, _binding_line(code_path / entrypoint, "app"), None),
        )
    return cast(ASGIApp, app)


def is_asgi_callable(obj: object) -> bool:
    """An ASGI 3 app: a callable instance or function taking (scope, receive, send)."""
    if not callable(obj) or inspect.isclass(obj):
        return False
    try:
        signature = inspect.signature(obj)
    except (TypeError, ValueError):  # some C callables have no signature: trust them
        return True
    try:
        signature.bind(object(), object(), object())
    except TypeError:
        return False
    return True


def _enter(code_path: Path) -> None:
    os.chdir(code_path)
    # The folder holds the app's files as deployed (possibly read-only): no __pycache__.
    sys.dont_write_bytecode = True
    # Under `python -m kiln_runner` the runner's own folder heads sys.path; user code
    # must not see it (nor '' which now means code_path anyway).
    sys.path[:] = [p for p in sys.path if p and Path(p).resolve() != _RUNNER_ROOT]
    sys.path.insert(0, str(code_path))
    importlib.invalidate_caches()


def _describe(obj: object) -> str:
    if inspect.isclass(obj):
        return f"the class {obj.__name__} (an application is an instance: {obj.__name__}())"
    return f"of type {type(obj).__name__}"


def _binding_line(path: Path, name: str) -> int | None:
    """Line of the last module-level statement binding `name` (assignment or import)."""
    try:
        tree = ast.parse(path.read_bytes())
    except (OSError, SyntaxError, ValueError):
        return None
    line: int | None = None
    for node in _module_level(tree.body):
        if name in _bound_names(node):
            line = node.lineno
    return line


def _module_level(body: list[ast.stmt]) -> Iterator[ast.stmt]:
    """Statements that run at module level, including those nested in if/try/with/for."""
    for node in body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            continue
        yield node
        for field in ("body", "orelse", "finalbody"):
            yield from _module_level(getattr(node, field, []))
        for handler in getattr(node, "handlers", []):
            yield from _module_level(handler.body)


def _bound_names(node: ast.stmt) -> set[str]:
    targets: list[ast.expr] = []
    if isinstance(node, ast.Assign):
        targets = node.targets
    elif isinstance(node, (ast.AnnAssign, ast.AugAssign)):
        targets = [node.target]
    elif isinstance(node, (ast.Import, ast.ImportFrom)):
        return {(alias.asname or alias.name).split(".")[0] for alias in node.names}
    return {n.id for t in targets for n in ast.walk(t) if isinstance(n, ast.Name)}
