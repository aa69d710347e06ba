"""A to-do list API stored in MongoDB: create, list, read, update and delete (CRUD).

Kiln gives every app its owner's database as the PLATFORM_MONGO_URI environment variable;
what this app writes shows up in Kiln's data explorer under the `todos` collection.
Try it from /docs.
"""

import os
from datetime import UTC, datetime
from typing import Annotated, Any

from bson import ObjectId
from fastapi import Depends, FastAPI, HTTPException, status
from pydantic import BaseModel, Field
from pymongo import DESCENDING, MongoClient, ReturnDocument
from pymongo.collection import Collection

app = FastAPI(title="Todo API")

# One client for the whole process: it pools connections and connects on first use.
# tz_aware=True gives back datetimes that know they are UTC.
MONGO_URI = os.environ.get("PLATFORM_MONGO_URI")
client: MongoClient[dict[str, Any]] | None = (
    MongoClient(MONGO_URI, tz_aware=True) if MONGO_URI else None
)


def todos_collection() -> Collection[dict[str, Any]]:
    """The `todos` collection of the app's own database, or a clear 503 without one."""
    if client is None:
        raise HTTPException(
            status.HTTP_503_SERVICE_UNAVAILABLE,
            "database not configured: PLATFORM_MONGO_URI is not set",
        )
    return client.get_default_database()["todos"]


# A dependency: every route that names `todos: Todos` gets the collection (or the 503).
Todos = Annotated[Collection[dict[str, Any]], Depends(todos_collection)]


class TodoIn(BaseModel):
    title: str = Field(min_length=1, max_length=200)
    done: bool = False


class TodoPatch(BaseModel):
    """Every field optional: PATCH changes only what the client sends."""

    title: str | None = Field(default=None, min_length=1, max_length=200)
    done: bool | None = None


class Todo(BaseModel):
    id: str
    title: str
    done: bool
    created_at: datetime


def to_todo(doc: dict[str, Any]) -> Todo:
    # MongoDB's `_id` is an ObjectId; the API shows it as a plain string `id`.
    return Todo(
        id=str(doc["_id"]), title=doc["title"], done=doc["done"], created_at=doc["created_at"]
    )


def object_id(todo_id: str) -> ObjectId:
    # A malformed id cannot name a todo: the same 404 as a missing one.
    if not ObjectId.is_valid(todo_id):
        raise HTTPException(status.HTTP_404_NOT_FOUND, "todo not found")
    return ObjectId(todo_id)


# pymongo is synchronous, so the routes are plain `def`: FastAPI runs them in a thread pool
# and the server keeps answering other requests meanwhile.


@app.get("/todos")
def list_todos(todos: Todos, done: bool | None = None) -> list[Todo]:
    query = {} if done is None else {"done": done}
    return [to_todo(doc) for doc in todos.find(query).sort("created_at", DESCENDING).limit(100)]


@app.post("/todos", status_code=status.HTTP_201_CREATED)
def create_todo(todo: TodoIn, todos: Todos) -> Todo:
    doc = {**todo.model_dump(), "created_at": datetime.now(UTC)}
    result = todos.insert_one(doc)
    return to_todo({**doc, "_id": result.inserted_id})


@app.get("/todos/{todo_id}")
def get_todo(todo_id: str, todos: Todos) -> Todo:
    doc = todos.find_one({"_id": object_id(todo_id)})
    if doc is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "todo not found")
    return to_todo(doc)


@app.patch("/todos/{todo_id}")
def update_todo(todo_id: str, patch: TodoPatch, todos: Todos) -> Todo:
    # Only the fields the client sent, and not as null: {"done": true} leaves the title alone.
    changes = patch.model_dump(exclude_unset=True, exclude_none=True)
    if not changes:
        return get_todo(todo_id, todos)
    doc = todos.find_one_and_update(
        {"_id": object_id(todo_id)}, {"$set": changes}, return_document=ReturnDocument.AFTER
    )
    if doc is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "todo not found")
    return to_todo(doc)


@app.delete("/todos/{todo_id}", status_code=status.HTTP_204_NO_CONTENT)
def delete_todo(todo_id: str, todos: Todos) -> None:
    if todos.delete_one({"_id": object_id(todo_id)}).deleted_count == 0:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "todo not found")
