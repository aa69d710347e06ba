"""Request logging: the writer thread, against a sink whose every answer the test scripts."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from typing import Any

from kiln_runner.log_record import (
    Record,
)
from kiln_runner.log_writer import LogWriter, WriteError
from tests.conftest import TIMEOUT
from tests.scripted_sink import ScriptedSink

NOW = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
DROPPED = "kiln: dropped {} request log records (MongoDB unavailable or slow)"

# --- the writer thread, against a sink whose every answer the test scripts ---------------


def writer_for(sink: ScriptedSink, **options: Any) -> tuple[LogWriter, io.StringIO]:
    err = io.StringIO()
    writer = LogWriter(sink, "a1", stderr=err, now=lambda: NOW, **({"queue_max": 10} | options))
    writer.start()
    return writer, err


def summary(count: int) -> Record:
    return {"ts": NOW, "app_id": "a1", "kind": "dropped", "count": count}


def test_a_full_queue_drops_new_records_at_once_and_reports_them() -> None:
    sink = ScriptedSink()
    writer, err = writer_for(sink, queue_max=3)
    writer.submit({"n": 0})
    assert sink.next_call() == [{"n": 0}]  # the writer is now stuck in that write
    for n in range(1, 11):
        writer.submit({"n": n})  # never waits
    assert writer.stats() == {"queued": 3, "written": 0, "dropped": 7, "failed_batches": 0}

    sink.answers.put(None)
    assert sink.next_call() == [summary(7)]  # once MongoDB takes writes again
    sink.answers.put(None)
    assert sink.next_call() == [{"n": 1}, {"n": 2}, {"n": 3}]
    sink.answers.put(None)
    writer.close()
    assert writer.stats() == {"queued": 0, "written": 4, "dropped": 7, "failed_batches": 0}
    assert err.getvalue().splitlines() == [DROPPED.format(7)]
    assert sink.closed.is_set()


def test_a_failed_batch_is_dropped_and_summarised_when_writes_work_again() -> None:
    sink = ScriptedSink(WriteError("ServerSelectionTimeoutError"), None)
    writer, err = writer_for(sink, backoff=(0.0, 0.0))
    writer.submit({"n": 0})
    assert sink.next_call() == [{"n": 0}]
    assert sink.next_call() == [summary(1)]
    writer.close()
    assert sink.docs == [summary(1)]
    assert writer.stats() == {"queued": 0, "written": 0, "dropped": 1, "failed_batches": 1}
    assert err.getvalue().splitlines() == [
        "kiln: request logs not written: ServerSelectionTimeoutError (MongoDB at db.example:27017); retrying",
        DROPPED.format(1),
        "kiln: request logs written again (MongoDB at db.example:27017)",
    ]


def test_close_cuts_the_backoff_short_and_drains() -> None:
    sink = ScriptedSink(WriteError("AutoReconnect"), None, None)
    writer, _ = writer_for(sink, backoff=(3600.0, 3600.0))
    writer.submit({"n": 0})
    assert sink.next_call() == [{"n": 0}]
    writer.submit({"n": 1})
    writer.close(timeout=TIMEOUT)  # returns long before the hour of backoff is over
    assert sink.docs == [summary(1), {"n": 1}]
    assert writer.stats() == {"queued": 0, "written": 1, "dropped": 1, "failed_batches": 1}


def test_a_partly_written_batch_counts_what_was_written() -> None:
    sink = ScriptedSink()
    writer, _ = writer_for(sink)
    writer.submit({"n": 0})
    assert sink.next_call() == [{"n": 0}]
    for n in (1, 2, 3):
        writer.submit({"n": n})
    sink.answers.put(None)
    assert sink.next_call() == [{"n": 1}, {"n": 2}, {"n": 3}]
    sink.answers.put(WriteError("BulkWriteError", inserted=2))
    assert sink.next_call() == [summary(1)]
    sink.answers.put(None)
    writer.close()
    assert writer.stats() == {"queued": 0, "written": 3, "dropped": 1, "failed_batches": 1}


def test_close_gives_up_on_a_write_that_hangs() -> None:
    sink = ScriptedSink()
    writer, err = writer_for(sink)
    writer.submit({"n": 0})
    assert sink.next_call() == [{"n": 0}]
    writer.submit({"n": 1})
    writer.submit({"n": 2})
    writer.close(timeout=0.05)  # the write never answers: close returns all the same
    assert writer.stats() == {"queued": 0, "written": 0, "dropped": 3, "failed_batches": 0}
    assert err.getvalue().splitlines() == [DROPPED.format(3)]
    writer.submit({"n": 3})  # after close: dropped, never queued
    assert writer.stats()["dropped"] == 4

    sink.answers.put(None)  # the abandoned write ends late: it changes nothing
    assert sink.closed.wait(TIMEOUT)
    assert writer.stats() == {"queued": 0, "written": 0, "dropped": 4, "failed_batches": 0}
