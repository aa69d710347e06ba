from fastapi import APIRouter, Depends, HTTPException, status

from deps import LibraryDep, require_api_key
from models import Author, AuthorIn, Book

# The prefix and tags apply to every route below; tags group them in /docs.
router = APIRouter(prefix="/authors", tags=["authors"])


@router.get("")
def list_authors(library: LibraryDep) -> list[Author]:
    return list(library.authors.values())


@router.post("", status_code=status.HTTP_201_CREATED, dependencies=[Depends(require_api_key)])
def create_author(author: AuthorIn, library: LibraryDep) -> Author:
    return library.add_author(author)


@router.get("/{author_id}")
def get_author(author_id: int, library: LibraryDep) -> Author:
    if author_id not in library.authors:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "author not found")
    return library.authors[author_id]


@router.get("/{author_id}/books")
def books_by_author(author_id: int, library: LibraryDep) -> list[Book]:
    get_author(author_id, library)  # the same 404 for an unknown author
    return library.find_books(author_id=author_id)
