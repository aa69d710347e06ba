"""The site's pages: one module each, exposing an APIRouter named `ar` (see app.py)."""
