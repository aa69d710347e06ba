"""Request logging: the Mongo sink against a real Mongo-wire server."""

from __future__ import annotations

import socket

import pytest
from secantus import SecantusDBServer

from kiln_runner.log_writer import WriteError
from kiln_runner.mongo_sink import MongoSink
from tests.conftest import database_uri

# --- the Mongo sink ---------------------------------------------------------------------------


def test_mongo_sink_writes_to_the_default_database(mongo_server: SecantusDBServer) -> None:
    uri = database_uri(mongo_server.uri, "kiln_u_sink")
    sink = MongoSink(uri)
    sink.insert([{"_id": "sink-1", "app_id": "sink"}])
    with pytest.raises(WriteError) as info:  # unordered: the duplicate fails, the other lands
        sink.insert([{"_id": "sink-1"}, {"_id": "sink-2", "app_id": "sink"}])
    assert (info.value.reason, info.value.inserted) == ("BulkWriteError", 1)
    sink.close()
    check = MongoSink(uri)
    assert check._target().count_documents({"app_id": "sink"}) == 2
    assert check._target().database.name == "kiln_u_sink"
    check.close()


def test_mongo_sink_failure_names_the_type_only() -> None:
    with socket.socket() as holder:  # bound, not listening: refused
        holder.bind(("127.0.0.1", 0))
        port = holder.getsockname()[1]
        sink = MongoSink(f"mongodb://kiln:hunter2secret@127.0.0.1:{port}/kiln_u_x")
        with pytest.raises(WriteError) as info:
            sink.insert([{"a": 1}])
        sink.close()
    assert info.value.reason == "ServerSelectionTimeoutError"
    assert "hunter2secret" not in repr(info.value.args) + str(info.value.__cause__)
    assert sink.where == f"127.0.0.1:{port}"
