/** A user app that uses its database through PLATFORM_MONGO_URI, for the MongoDB integration tests. */
export const MONGO_PROBE_APP = `import os

from fastapi import FastAPI
from pymongo import MongoClient
from pymongo.errors import OperationFailure

app = FastAPI()
URI = os.environ.get("PLATFORM_MONGO_URI", "")
client: MongoClient | None = MongoClient(URI, serverSelectionTimeoutMS=5000) if URI else None


@app.get("/whoami")
def whoami() -> dict[str, str | None]:
    # A test app may show its own connection string; Kiln itself never does.
    database = client.get_default_database().name if client else None
    return {"database": database, "uri": URI or None}


@app.post("/notes/{text}")
def add(text: str) -> dict[str, int]:
    assert client is not None
    notes = client.get_default_database()["notes"]
    notes.insert_one({"text": text})
    return {"count": notes.count_documents({})}


@app.get("/peek/{other}")
def peek(other: str) -> dict[str, object]:
    assert client is not None
    try:
        doc = client[other]["notes"].find_one({}, {"_id": 0})
        return {"ok": True, "doc": doc}
    except OperationFailure as e:
        return {"ok": False, "code": e.code}
`;
