"""The library's data, in memory and seeded with a few classics.

The routers only talk to `Library`: keep its methods and you can move the data to MongoDB
(see the "Todo API with MongoDB" template) without touching a route.
"""

from itertools import count

from models import Author, AuthorIn, Book, BookIn


class Library:
    def __init__(self) -> None:
        self.authors: dict[int, Author] = {}
        self.books: dict[int, Book] = {}
        self._author_ids = count(1)
        self._book_ids = count(1)

    def add_author(self, data: AuthorIn) -> Author:
        author = Author(id=next(self._author_ids), **data.model_dump())
        self.authors[author.id] = author
        return author

    def add_book(self, data: BookIn) -> Book:
        book = Book(id=next(self._book_ids), **data.model_dump())
        self.books[book.id] = book
        return book

    def find_books(self, author_id: int | None = None, text: str = "") -> list[Book]:
        return [
            book
            for book in self.books.values()
            if (author_id is None or book.author_id == author_id)
            and text.lower() in book.title.lower()
        ]


def seeded() -> Library:
    library = Library()
    shelley = library.add_author(AuthorIn(name="Mary Shelley", born=1797))
    austen = library.add_author(AuthorIn(name="Jane Austen", born=1775))
    library.add_book(BookIn(title="Frankenstein", author_id=shelley.id, year=1818))
    library.add_book(BookIn(title="The Last Man", author_id=shelley.id, year=1826))
    library.add_book(BookIn(title="Pride and Prejudice", author_id=austen.id, year=1813))
    library.add_book(BookIn(title="Emma", author_id=austen.id, year=1815))
    return library


library = seeded()
