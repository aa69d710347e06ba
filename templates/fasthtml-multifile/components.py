"""Reusable pieces of HTML. A component is just a function that returns FastHTML elements."""

from fasthtml.common import H2, A, Article, Footer, Header, Main, Nav, Title

NAV = (("Home", "/"), ("Guestbook", "/guestbook"))


def page(title: str, *content, current: str = "/"):
    """The site layout. FastHTML moves the Title into <head> and the rest into <body>."""
    links = [A(label, href=href, cls="current" if href == current else None) for label, href in NAV]
    return (
        Title(f"{title} · FastHTML site"),
        Header(A("FastHTML site", href="/", cls="brand"), Nav(*links)),
        Main(*content),
        Footer("Built with FastHTML on Kiln"),
    )


def card(heading: str, *content):
    return Article(H2(heading), *content, cls="card")
