"""The API's data shapes. `...In` is what a client sends; the plain name adds the server's id."""

from pydantic import BaseModel, Field


class AuthorIn(BaseModel):
    name: str = Field(min_length=1, max_length=100)
    born: int | None = Field(default=None, ge=-3000, le=2100)


class Author(AuthorIn):
    id: int


class BookIn(BaseModel):
    title: str = Field(min_length=1, max_length=200)
    author_id: int
    year: int | None = Field(default=None, ge=-3000, le=2100)


class Book(BookIn):
    id: int
