"""Where the notes live: every MongoDB call of the app is in this module."""

import os
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from bson import ObjectId
from fastapi import HTTPException, status
from pymongo import DESCENDING, MongoClient
from pymongo.collection import Collection

# Kiln gives the app its owner's database as PLATFORM_MONGO_URI. One client per process.
MONGO_URI = os.environ.get("PLATFORM_MONGO_URI")
client: MongoClient[dict[str, Any]] | None = (
    MongoClient(MONGO_URI, tz_aware=True) if MONGO_URI else None
)


@dataclass
class Note:
    id: str
    title: str
    body: str
    created_at: datetime
    updated_at: datetime

    @classmethod
    def from_doc(cls, doc: dict[str, Any]) -> "Note":
        return cls(str(doc["_id"]), doc["title"], doc["body"], doc["created_at"], doc["updated_at"])


def _oid(note_id: str) -> ObjectId | None:
    return ObjectId(note_id) if ObjectId.is_valid(note_id) else None


class NoteStore:
    def __init__(self, collection: Collection[dict[str, Any]]) -> None:
        self.collection = collection

    def search(self, text: str = "", limit: int = 50) -> list[Note]:
        # re.escape: what people type is matched literally, never as a regular expression.
        query = {"title": {"$regex": re.escape(text), "$options": "i"}} if text else {}
        docs = self.collection.find(query).sort("updated_at", DESCENDING).limit(limit)
        return [Note.from_doc(doc) for doc in docs]

    def get(self, note_id: str) -> Note | None:
        doc = self.collection.find_one({"_id": _oid(note_id)})
        return Note.from_doc(doc) if doc else None

    def create(self, title: str, body: str) -> str:
        now = datetime.now(UTC)
        result = self.collection.insert_one(
            {"title": title, "body": body, "created_at": now, "updated_at": now}
        )
        return str(result.inserted_id)

    def update(self, note_id: str, title: str, body: str) -> bool:
        changes = {"title": title, "body": body, "updated_at": datetime.now(UTC)}
        return (
            self.collection.update_one({"_id": _oid(note_id)}, {"$set": changes}).matched_count == 1
        )

    def delete(self, note_id: str) -> bool:
        return self.collection.delete_one({"_id": _oid(note_id)}).deleted_count == 1


def note_store() -> NoteStore:
    """FastAPI dependency: the store, or a clear 503 when this Kiln has no database."""
    if client is None:
        raise HTTPException(
            status.HTTP_503_SERVICE_UNAVAILABLE,
            "database not configured: PLATFORM_MONGO_URI is not set",
        )
    return NoteStore(client.get_default_database()["notes"])
