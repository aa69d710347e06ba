"""A FastAPI project laid out in modules, the way larger apps grow:

- models.py     the Pydantic models: what goes in and out of the API
- store.py      the data (in memory here) behind a small class the routes talk to
- deps.py       dependencies shared by the routes: the store, the API-key check
- routers/      one APIRouter per resource, included below

Kiln runs app.py with its folder on the import path, so modules import each other by name
(`from models import Book`), packages included (`from routers import books`).
"""

from fastapi import FastAPI

from routers import authors, books

app = FastAPI(
    title="Library API",
    description="Authors and their books. Writes need an X-API-Key header when API_KEY is set.",
)

app.include_router(authors.router)
app.include_router(books.router)


@app.get("/")
def index() -> dict[str, str]:
    return {"authors": "/authors", "books": "/books", "docs": "/docs"}
