from collections import deque
from datetime import UTC, datetime

from fasthtml.common import H1, APIRouter, Button, Form, Input, Li, Small, Strong, Ul

from components import card, page

ar = APIRouter()

# Kept in memory: one process, emptied by every deploy. Store it in MongoDB to keep it.
entries: deque[tuple[str, str, datetime]] = deque(maxlen=20)


def entry(name: str, message: str, at: datetime):
    return Li(Strong(name), " ", message, " ", Small(at.strftime("%H:%M UTC")))


@ar.get("/guestbook")
def guestbook():
    form = Form(
        Input(name="name", placeholder="Your name", required=True, maxlength=40),
        Input(name="message", placeholder="Say hello", required=True, maxlength=200),
        Button("Sign"),
        # htmx posts the form and puts the answer at the top of the list; then clear the form.
        hx_post="/guestbook",
        hx_target="#entries",
        hx_swap="afterbegin",
        hx_on__after_request="this.reset()",
    )
    return page(
        "Guestbook",
        H1("Guestbook"),
        card("Sign it", form),
        card("Latest", Ul(*[entry(*e) for e in entries], id="entries")),
        current="/guestbook",
    )


@ar.post("/guestbook")
def sign(name: str, message: str):
    # FastHTML fills `name` and `message` from the posted form fields.
    name, message = name.strip()[:40] or "Anonymous", message.strip()[:200]
    entries.appendleft((name, message, datetime.now(UTC)))
    return entry(*entries[0])
