"""Where request log batches go: `_platform_request_logs` in the app's own database.

The URI carries credentials: nothing here ever prints or raises with it. Failures
become WriteError, which names the exception type only. Imported only when request
logging is on (pymongo is not needed otherwise).
"""

from __future__ import annotations

from typing import Any

from pymongo import MongoClient
from pymongo.collection import Collection
from pymongo.errors import BulkWriteError

from kiln_runner.log_record import Record
from kiln_runner.log_writer import WriteError

COLLECTION = "_platform_request_logs"

# Short timeouts: a down or hanging MongoDB costs the writer thread seconds, never more.
CLIENT_OPTIONS: dict[str, Any] = {
    "serverSelectionTimeoutMS": 2000,
    "connectTimeoutMS": 2000,
    "socketTimeoutMS": 5000,
    "maxPoolSize": 2,
    "appname": "kiln-runner",
}


class MongoSink:
    """insert_many(ordered=False) into the URI's default database. The client is made
    on first use, on the writer's thread (mongodb+srv resolves DNS when it is made)."""

    def __init__(self, uri: str) -> None:
        self._uri = uri
        self._client: MongoClient[Record] | None = None
        self._collection: Collection[Record] | None = None
        self.where = redacted_hosts(uri)

    def insert(self, docs: list[Record]) -> None:
        try:
            self._target().insert_many(docs, ordered=False)
        except BulkWriteError as exc:
            raise WriteError(type(exc).__name__, int(exc.details.get("nInserted", 0))) from None
        except Exception as exc:  # noqa: BLE001 — any failure is reported by type, never by text
            raise WriteError(type(exc).__name__) from None

    def close(self) -> None:
        client, self._client, self._collection = self._client, None, None
        if client is not None:
            client.close()

    def _target(self) -> Collection[Record]:
        if self._collection is None:
            client: MongoClient[Record] = MongoClient(self._uri, **CLIENT_OPTIONS)
            try:
                self._collection = client.get_default_database()[COLLECTION]
            except BaseException:
                client.close()
                raise
            self._client = client
        return self._collection


def redacted_hosts(uri: str) -> str:
    """`mongodb://user:pw@h1:27017,h2/db?x=y` -> `h1:27017,h2`: safe to print."""
    rest = uri.split("://", 1)[-1]
    netloc = rest.split("/", 1)[0].split("?", 1)[0]
    return netloc.rsplit("@", 1)[-1] or "?"
