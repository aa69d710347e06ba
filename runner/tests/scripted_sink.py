"""A request-log sink whose every answer the test scripts (for the writer and middleware tests)."""

from __future__ import annotations

import queue
import threading

from kiln_runner.log_record import Record
from kiln_runner.log_writer import WriteError
from tests.conftest import TIMEOUT


class ScriptedSink:
    where = "db.example:27017"

    def __init__(self, *answers: WriteError | None) -> None:
        self.calls: queue.Queue[list[Record]] = queue.Queue()
        self.answers: queue.Queue[WriteError | None] = queue.Queue()
        for answer in answers:
            self.answers.put(answer)
        self.docs: list[Record] = []
        self.closed = threading.Event()

    def insert(self, docs: list[Record]) -> None:
        self.calls.put(list(docs))
        answer = self.answers.get()
        if answer is not None:
            raise answer
        self.docs.extend(docs)

    def close(self) -> None:
        self.closed.set()

    def next_call(self) -> list[Record]:
        return self.calls.get(timeout=TIMEOUT)
