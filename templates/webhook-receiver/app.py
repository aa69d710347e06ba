"""Receive webhooks: check the sender's HMAC signature, keep the latest events, list them.

Services such as GitHub sign each delivery with a secret you share with them and send
`X-Hub-Signature-256: sha256=<hex HMAC of the raw body>`. Set WEBHOOK_SECRET in the app's
environment (as a secret) to require a valid signature; without it every delivery is accepted,
which is handy for a first try and nothing more.
"""

import hashlib
import hmac
import json
import os
import uuid
from collections import deque
from datetime import UTC, datetime
from itertools import islice
from typing import Annotated, Any

from fastapi import FastAPI, Header, HTTPException, Query, Request, status

app = FastAPI(title="Webhook receiver")

SECRET = os.environ.get("WEBHOOK_SECRET", "")

# The latest deliveries, newest first. In memory: a redeploy starts empty.
events: deque[dict[str, Any]] = deque(maxlen=100)


def signature_ok(body: bytes, signature: str | None) -> bool:
    if not SECRET:
        return True
    expected = "sha256=" + hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
    # compare_digest takes as long for a near miss as for a far one: no timing hints.
    return signature is not None and hmac.compare_digest(expected, signature)


@app.post("/webhook", status_code=status.HTTP_202_ACCEPTED)
async def receive(
    request: Request,
    x_hub_signature_256: Annotated[str | None, Header()] = None,
    x_github_event: Annotated[str | None, Header()] = None,
) -> dict[str, Any]:
    # Read the raw bytes: the signature covers them exactly, before any JSON parsing.
    body = await request.body()
    if not signature_ok(body, x_hub_signature_256):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "signature missing or wrong")
    try:
        payload = json.loads(body)
    except ValueError:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, "the body must be JSON") from None
    kind = (
        x_github_event or (payload.get("type") if isinstance(payload, dict) else None) or "unknown"
    )
    event = {
        "id": uuid.uuid4().hex,
        "type": kind,
        "received_at": datetime.now(UTC).isoformat(),
        "verified": bool(SECRET),
        "payload": payload,
    }
    events.appendleft(event)
    # Answer quickly: senders retry deliveries that take too long. Slow work belongs in a
    # background task (see the "Background tasks" template).
    return {"received": True, "id": event["id"], "type": kind, "verified": event["verified"]}


@app.get("/events")
def list_events(
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    kind: Annotated[str | None, Query(alias="type")] = None,
) -> list[dict[str, Any]]:
    matching = (e for e in events if kind is None or e["type"] == kind)
    return list(islice(matching, limit))


@app.get("/events/{event_id}")
def get_event(event_id: str) -> dict[str, Any]:
    for event in events:
        if event["id"] == event_id:
            return event
    raise HTTPException(status.HTTP_404_NOT_FOUND, "no such event (only the latest 100 are kept)")
