"""A FastHTML page: Python functions return HTML components, and htmx swaps in updates.

`fast_app()` adds htmx and Pico CSS to every page (the browser loads them from a CDN);
a route whose function is named `get` or `post` answers that HTTP method.
"""

import os
import secrets

from fasthtml.common import A, Button, Div, P, Titled, fast_app

# FastHTML signs its session cookie with this key. Without one it writes a `.sesskey` file
# next to app.py; set SESSION_SECRET in the app's environment to keep sessions across restarts.
app, rt = fast_app(secret_key=os.environ.get("SESSION_SECRET") or secrets.token_hex(32))


def counter(clicks: int):
    # hx_post / hx_target / hx_swap become hx-post="/click" … : htmx posts on click and
    # replaces this whole Div with the HTML the server sends back.
    return Div(
        P(f"You clicked {clicks} time{'s' if clicks != 1 else ''}."),
        Button("Click me", hx_post="/click", hx_target="#counter", hx_swap="outerHTML"),
        id="counter",
    )


@rt("/")
def get(session):
    return Titled(
        "Hello from FastHTML",
        P("This page is written in Python: no templates, no JavaScript of our own."),
        counter(session.get("clicks", 0)),
        P(A("FastHTML docs", href="https://fastht.ml/docs/")),
    )


@rt("/click")
def post(session):
    # The session is a signed cookie: each visitor has their own count.
    session["clicks"] = session.get("clicks", 0) + 1
    return counter(session["clicks"])
