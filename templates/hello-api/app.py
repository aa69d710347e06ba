"""Hello, world: the smallest useful FastAPI app.

FastAPI reads the type hints to parse and check the request, and documents every route:
open /docs on your app's URL for an interactive page that calls them.
"""

from fastapi import FastAPI

app = FastAPI(title="Hello API")


@app.get("/")
def index() -> dict[str, str]:
    # A dict (or list, or Pydantic model) comes back as JSON.
    return {"message": "Hello, world!"}


@app.get("/hello/{name}")
def hello(name: str, excited: bool = False) -> dict[str, str]:
    # `name` comes from the path; `excited` from the query string: /hello/Ada?excited=true.
    # A value that is not a bool (?excited=maybe) is answered with a 422 before this runs.
    return {"message": f"Hello, {name}{'!' if excited else '.'}"}


@app.get("/health")
def health() -> dict[str, str]:
    # Handy for uptime checks; the path is yours, Kiln checks readiness elsewhere.
    return {"status": "ok"}
