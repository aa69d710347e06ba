from fasthtml.common import H1, A, APIRouter, Li, P, Ul

from components import card, page

ar = APIRouter()


@ar.get("/")
def home():
    return page(
        "Home",
        H1("A FastHTML site in several files"),
        card(
            "How it is laid out",
            Ul(
                Li("app.py creates the app and registers each page's router"),
                Li("components.py holds the layout and reusable pieces"),
                Li("pages/ has one module per page, each with an APIRouter"),
                Li("static/site.css is served at /static/site.css"),
            ),
        ),
        card(
            "Try it",
            P(
                "Sign the ",
                A("guestbook", href="/guestbook"),
                ": the form posts with htmx, no page reload.",
            ),
        ),
        current="/",
    )
