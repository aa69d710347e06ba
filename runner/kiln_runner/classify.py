"""Whose problem is an exception raised while the user's code ran before serving?

- a SyntaxError in a user file: `syntax`, at the offending token;
- a module that is neither installed nor a user file: `module_not_found`, at the user's
  import statement (Kiln's runtime lacks it, or the file is missing);
- anything else raised by the user's modules (import time or lifespan startup): `import`,
  at the deepest frame inside the user's code.
"""

from __future__ import annotations

from pathlib import Path

from kiln_runner.locate import locate, relative_to_root, user_traceback
from kiln_runner.report import StartupError


def import_failure(exc: BaseException, code_path: Path) -> StartupError:
    """Classify an exception raised by the user's code while importing or starting up."""
    trace = user_traceback(exc, code_path)
    where = locate(exc, code_path)
    if isinstance(exc, SyntaxError) and relative_to_root(exc.filename, code_path):
        return StartupError("syntax", f"{type(exc).__name__}: {exc.msg}", where, trace)
    if isinstance(exc, ModuleNotFoundError) and exc.name and not _is_user_module(exc.name, code_path):
        return StartupError("module_not_found", f"No module named '{exc.name}'", where, trace)
    return StartupError("import", _one_line(exc), where, trace)


def _is_user_module(name: str, code_path: Path) -> bool:
    base = code_path.joinpath(*name.split("."))
    return base.with_suffix(".py").is_file() or base.is_dir()


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip()
    first = text.splitlines()[0] if text else ""
    return f"{type(exc).__name__}: {first}" if first else type(exc).__name__
