"""A bounded buffer of request log records, written in batches by one daemon thread.

Requests only ever append to the buffer (never wait on MongoDB): when it is full the new
record is dropped and counted. Dropped records are reported twice: one stderr line (at
most every REPORT_EVERY seconds, and at shutdown) and, once MongoDB accepts writes again,
a summary document `{kind: "dropped", count}` in the same collection. A failed batch is
not retried (on a replica set the driver retries a write once); its records count as
dropped.
"""

from __future__ import annotations

import sys
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Protocol, TextIO

from kiln_runner.log_record import Record, dropped_summary

BATCH_MAX = 500
LINGER = 0.1  # seconds a batch waits to fill up: one insert per 100 ms, not one per request
BACKOFF_FIRST = 0.5
BACKOFF_MAX = 10.0
REPORT_EVERY = 10.0
FLUSH_SECONDS = 3.0


class WriteError(Exception):
    """A batch was not (entirely) written; `inserted` documents of it were. `reason` is
    printable: an exception type name, never a message (it could quote the URI)."""

    def __init__(self, reason: str, inserted: int = 0) -> None:
        super().__init__(reason)
        self.reason = reason
        self.inserted = inserted


class Sink(Protocol):
    where: str  # printable (no credentials)

    def insert(self, docs: list[Record]) -> None: ...  # raises WriteError

    def close(self) -> None: ...


@dataclass(frozen=True)
class _Batch:
    records: list[Record]
    summary: int  # dropped records to report in a summary document first
    draining: bool  # taken after close(): a failure ends the drain


class LogWriter:
    def __init__(
        self,
        sink: Sink,
        app_id: str,
        *,
        queue_max: int,
        batch_max: int = BATCH_MAX,
        linger: float = LINGER,
        backoff: tuple[float, float] = (BACKOFF_FIRST, BACKOFF_MAX),
        stderr: TextIO | None = None,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._sink = sink
        self._app_id = app_id
        self._queue_max = queue_max
        self._batch_max = batch_max
        self._linger = linger
        self._backoff = backoff
        self._stderr = stderr
        self._now = now
        self._cond = threading.Condition()
        self._items: deque[Record] = deque()
        self._written = 0
        self._dropped = 0
        self._failed_batches = 0
        self._unsummarised = 0  # dropped, not yet in a summary document
        self._unprinted = 0  # dropped, not yet in a stderr line
        self._last_print: float | None = None
        self._failing = False
        self._deadline: float | None = None  # set by close(): drain until then
        self._in_flight = 0  # records in the write under way
        self._abandoned = False  # close() gave up waiting for that write
        self._thread = threading.Thread(target=self._run, name="kiln-request-log", daemon=True)

    # --- called from the event loop: never blocks on I/O ------------------------------

    def submit(self, record: Record) -> None:
        with self._cond:
            if self._deadline is not None or len(self._items) >= self._queue_max:
                self._count_dropped(1)
                return
            self._items.append(record)
            if len(self._items) in (1, self._batch_max):  # what the writer may wait for
                self._cond.notify()

    def stats(self) -> dict[str, int]:
        with self._cond:
            return {
                "queued": len(self._items),
                "written": self._written,
                "dropped": self._dropped,
                "failed_batches": self._failed_batches,
            }

    # --- lifecycle ---------------------------------------------------------------------

    def start(self) -> None:
        self._thread.start()

    def close(self, timeout: float = FLUSH_SECONDS) -> None:
        """Write what is queued, for `timeout` seconds at most, then stop the thread.
        Whatever is left (queued, or in a write still hanging) counts as dropped."""
        with self._cond:
            self._deadline = time.monotonic() + timeout
            self._cond.notify_all()
        if self._thread.is_alive():
            self._thread.join(timeout)
        with self._cond:
            lost = len(self._items)
            self._items.clear()
            if self._thread.is_alive():  # stuck in a write: give up on it
                self._abandoned = True
                lost += self._in_flight
            self._count_dropped(lost)
        self._print_dropped(force=True)

    # --- the writer thread -----------------------------------------------------------------

    def _run(self) -> None:
        delay = 0.0
        try:
            while (work := self._next_batch(delay)) is not None:
                ok = self._write(work.records, work.summary)
                self._print_dropped(force=False)
                if ok:
                    delay = 0.0
                elif work.draining:
                    return  # MongoDB refuses writes at shutdown: no point draining further
                else:
                    delay = min(max(delay * 2, self._backoff[0]), self._backoff[1])
        finally:
            self._sink.close()

    def _next_batch(self, delay: float) -> _Batch | None:
        """Wait (after `delay`, the backoff, which close() cuts short) for records or a
        drop count to summarise. None when it is time to stop."""
        with self._cond:
            if delay:
                self._cond.wait_for(lambda: self._deadline is not None, delay)
            self._cond.wait_for(lambda: self._items or self._unsummarised or self._deadline is not None)
            if self._linger and self._items:
                self._cond.wait_for(
                    lambda: len(self._items) >= self._batch_max or self._deadline is not None, self._linger
                )
            draining = self._deadline is not None
            if self._deadline is not None and (
                time.monotonic() >= self._deadline or not (self._items or self._unsummarised)
            ):
                return None
            count = min(len(self._items), self._batch_max)
            self._in_flight = count
            records = [self._items.popleft() for _ in range(count)]
            return _Batch(records, self._unsummarised, draining)

    def _write(self, batch: list[Record], summary: int) -> bool:
        try:
            if summary:
                self._sink.insert([dropped_summary(summary, self._app_id, self._now())])
                with self._cond:
                    self._unsummarised -= summary
            if batch:
                self._sink.insert(batch)
        except WriteError as failure:
            with self._cond:
                self._in_flight = 0
                if not self._abandoned:
                    self._failed_batches += 1
                    self._written += failure.inserted
                    self._count_dropped(len(batch) - failure.inserted)
            self._set_failing(failure.reason)
            return False
        with self._cond:
            self._in_flight = 0
            if not self._abandoned:
                self._written += len(batch)
        self._set_failing(None)
        return True

    # --- reporting -------------------------------------------------------------------------

    def _count_dropped(self, count: int) -> None:  # with self._cond held
        self._dropped += count
        self._unsummarised += count
        self._unprinted += count

    def _print_dropped(self, *, force: bool) -> None:
        with self._cond:
            now = time.monotonic()
            recent = self._last_print is not None and now - self._last_print < REPORT_EVERY
            if not self._unprinted or (recent and not force):
                return
            count, self._unprinted, self._last_print = self._unprinted, 0, now
        self._say(f"kiln: dropped {count} request log records (MongoDB unavailable or slow)")

    def _set_failing(self, reason: str | None) -> None:
        """One line when writes start failing, one when they work again."""
        if (reason is not None) == self._failing:
            return
        self._failing = reason is not None
        if reason is not None:
            self._say(f"kiln: request logs not written: {reason} (MongoDB at {self._sink.where}); retrying")
        else:
            self._say(f"kiln: request logs written again (MongoDB at {self._sink.where})")

    def _say(self, line: str) -> None:
        stream = self._stderr or sys.stderr
        try:
            stream.write(line + "\n")
            stream.flush()
        except (OSError, ValueError):
            pass
