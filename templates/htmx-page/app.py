"""Active search with htmx: the page asks the server for HTML as you type and swaps it in.

One route serves both: a normal visit gets the whole page (templates/page.html); a request
from htmx (it sends `HX-Request: true`) gets only the results (templates/_results.html).
Without JavaScript the search box is a plain form, and the same route answers it.
"""

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from elements import ELEMENTS, search

app = FastAPI(title="htmx active search")
templates = Jinja2Templates(directory="templates")


@app.get("/", response_class=HTMLResponse)
def index(request: Request, q: str = ""):
    context = {"q": q, "elements": search(q), "total": len(ELEMENTS)}
    # When the browser restores history it wants the whole page, even from htmx.
    partial = (
        "HX-Request" in request.headers and "HX-History-Restore-Request" not in request.headers
    )
    response = templates.TemplateResponse(
        request, "_results.html" if partial else "page.html", context
    )
    response.headers["Vary"] = "HX-Request"  # the same URL has two forms: tell caches
    return response
