"""Dependencies the routers share. FastAPI calls them for each request that declares them."""

import hmac
import os
from typing import Annotated

from fastapi import Depends, Header, HTTPException, status

from store import Library, library

API_KEY = os.environ.get("API_KEY", "")


def get_library() -> Library:
    # One place to swap the store, and for tests to hand in their own
    # (app.dependency_overrides[get_library] = ...).
    return library


LibraryDep = Annotated[Library, Depends(get_library)]


def require_api_key(x_api_key: Annotated[str | None, Header()] = None) -> None:
    """Writes need `X-API-Key: <API_KEY>` once API_KEY is set in the app's environment."""
    if API_KEY and not (x_api_key and hmac.compare_digest(x_api_key, API_KEY)):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "X-API-Key header missing or wrong")
