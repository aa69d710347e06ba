from fastapi import APIRouter, Depends, HTTPException, status

from deps import LibraryDep, require_api_key
from models import Book, BookIn

router = APIRouter(prefix="/books", tags=["books"])


@router.get("")
def list_books(library: LibraryDep, q: str = "", author_id: int | None = None) -> list[Book]:
    return library.find_books(author_id=author_id, text=q)


@router.post("", status_code=status.HTTP_201_CREATED, dependencies=[Depends(require_api_key)])
def create_book(book: BookIn, library: LibraryDep) -> Book:
    if book.author_id not in library.authors:
        raise HTTPException(
            status.HTTP_422_UNPROCESSABLE_CONTENT, f"no author with id {book.author_id}"
        )
    return library.add_book(book)


@router.get("/{book_id}")
def get_book(book_id: int, library: LibraryDep) -> Book:
    if book_id not in library.books:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "book not found")
    return library.books[book_id]


@router.delete(
    "/{book_id}", status_code=status.HTTP_204_NO_CONTENT, dependencies=[Depends(require_api_key)]
)
def delete_book(book_id: int, library: LibraryDep) -> None:
    if library.books.pop(book_id, None) is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "book not found")
