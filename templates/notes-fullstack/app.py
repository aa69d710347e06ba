"""A small notes app: server-rendered pages (Jinja2), HTML forms, MongoDB storage and a JSON API.

The pages live in templates/, the stylesheet in static/ (Kiln serves static/ at /static/).
"""

from typing import Annotated

from fastapi import Depends, FastAPI, Form, HTTPException, Request, status
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.templating import Jinja2Templates

from store import Note, NoteStore, note_store

app = FastAPI(title="Notes")

# Jinja2 escapes every {{ value }} in .html templates, so a note cannot inject markup.
templates = Jinja2Templates(directory="templates")

Store = Annotated[NoteStore, Depends(note_store)]
Title = Annotated[str, Form(min_length=1, max_length=120)]
Body = Annotated[str, Form(max_length=20_000)]


def found(note: Note | None) -> Note:
    if note is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "note not found")
    return note


def see_other(url: str) -> RedirectResponse:
    # Post/Redirect/Get: a form POST is answered with a redirect, so reloading the page
    # afterwards shows it again instead of sending the form twice.
    return RedirectResponse(url, status_code=status.HTTP_303_SEE_OTHER)


@app.get("/", response_class=HTMLResponse)
def index(request: Request, store: Store, q: str = ""):
    return templates.TemplateResponse(request, "index.html", {"notes": store.search(q), "q": q})


@app.post("/notes")
def create_note(store: Store, title: Title, body: Body = "") -> RedirectResponse:
    return see_other(f"/notes/{store.create(title, body)}")


@app.get("/notes/{note_id}", response_class=HTMLResponse)
def show_note(request: Request, note_id: str, store: Store):
    return templates.TemplateResponse(request, "note.html", {"note": found(store.get(note_id))})


@app.post("/notes/{note_id}")
def update_note(note_id: str, store: Store, title: Title, body: Body = "") -> RedirectResponse:
    if not store.update(note_id, title, body):
        raise HTTPException(status.HTTP_404_NOT_FOUND, "note not found")
    return see_other(f"/notes/{note_id}")


@app.post("/notes/{note_id}/delete")
def delete_note(note_id: str, store: Store) -> RedirectResponse:
    store.delete(note_id)
    return see_other("/")


@app.get("/api/notes")
def api_notes(store: Store, q: str = "") -> list[Note]:
    # The same data as JSON, for scripts: FastAPI serialises the dataclasses.
    return store.search(q)
