"""A FastHTML site split over several files.

- components.py: the page layout and small reusable pieces (plain functions returning HTML)
- pages/: one module per page, each with its own APIRouter `ar`, registered below
- static/site.css: the stylesheet (Kiln serves static/ at /static/)

Kiln runs app.py with its folder on the import path, so the modules import each other by name.
"""

import os
import secrets

from fasthtml.common import Link, fast_app

from pages import guestbook, home

app, rt = fast_app(
    pico=False,  # our own stylesheet instead of Pico CSS
    hdrs=(Link(rel="stylesheet", href="/static/site.css"),),
    # Sessions are signed with this key; without one FastHTML writes a `.sesskey` file.
    secret_key=os.environ.get("SESSION_SECRET") or secrets.token_hex(32),
)

for page in (home, guestbook):
    page.ar.to_app(app)
