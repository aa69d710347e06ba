"""Turn an exception raised by user code into a location and a user-only traceback.

Pure functions of (exception, code root): no printing, no process state.
"""

from __future__ import annotations

import linecache
import traceback
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Location:
    """Where in the user's code something went wrong. `file` is relative to the code root."""

    file: str | None
    line: int | None
    column: int | None


NOWHERE = Location(None, None, None)


def relative_to_root(filename: str | None, root: Path) -> str | None:
    """`filename` relative to `root` (POSIX separators), or None when it lies outside."""
    if not filename or filename.startswith("<"):
        return None
    try:
        return Path(filename).resolve().relative_to(root.resolve()).as_posix()
    except (ValueError, OSError):
        return None


def locate(exc: BaseException, root: Path) -> Location:
    """The user's file, line and 1-based column that best explain `exc`.

    A SyntaxError in a user file points at the offending token. Anything else points at
    the deepest traceback frame inside `root` (for an import that failed, the user's
    import statement), or nowhere when no frame is the user's.
    """
    if isinstance(exc, SyntaxError):
        file = relative_to_root(exc.filename, root)
        if file is not None:
            return Location(file, exc.lineno, exc.offset)
    deepest = NOWHERE
    for frame in traceback.extract_tb(exc.__traceback__):
        file = relative_to_root(frame.filename, root)
        if file is not None:
            column = _char_column(frame.filename, frame.lineno, frame.colno)
            deepest = Location(file, frame.lineno, column)
    return deepest


def user_traceback(exc: BaseException, root: Path) -> str:
    """The usual traceback text, keeping only frames inside `root`, paths made relative.

    Chained exceptions (`raise ... from ...`, errors while handling another) are kept
    and trimmed the same way.
    """
    te = traceback.TracebackException.from_exception(exc)
    seen: set[int] = set()
    pending = [te]
    while pending:
        current = pending.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        _trim(current, root)
        pending.extend(t for t in (current.__cause__, current.__context__) if t is not None)
    return "".join(te.format())


def _trim(te: traceback.TracebackException, root: Path) -> None:
    kept: list[traceback.FrameSummary] = []
    for frame in te.stack:
        file = relative_to_root(frame.filename, root)
        if file is None:
            continue
        kept.append(
            traceback.FrameSummary(
                file,
                frame.lineno,
                frame.name,
                lookup_line=False,
                # Unstripped: the caret columns are offsets into the original line.
                line=linecache.getline(frame.filename, frame.lineno or 0) or frame.line,
                end_lineno=frame.end_lineno,
                colno=frame.colno,
                end_colno=frame.end_colno,
            )
        )
    te.stack = traceback.StackSummary.from_list(kept)
    if te.exc_type is not None and issubclass(te.exc_type, SyntaxError):
        te.filename = relative_to_root(te.filename, root) or te.filename


def _char_column(filename: str, lineno: int | None, byte_col: int | None) -> int | None:
    """Traceback columns count UTF-8 bytes from 0; editors count characters from 1."""
    if lineno is None or byte_col is None:
        return None
    text = linecache.getline(filename, lineno)
    if not text:
        return byte_col + 1
    prefix = text.encode("utf-8")[:byte_col]
    return len(prefix.decode("utf-8", errors="replace")) + 1
