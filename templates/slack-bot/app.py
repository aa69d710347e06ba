"""The backend of a Slack app: a slash command and the Events API, with Slack's signature checked.

In your Slack app's settings, point a slash command (say /kiln) at https://<this app>/slack/commands
and Event Subscriptions at https://<this app>/slack/events. Then add to this app's environment,
as secrets: SLACK_SIGNING_SECRET (Basic Information → Signing Secret) so only Slack can call
it, and SLACK_BOT_TOKEN (xoxb-…, scope chat:write) so it can answer mentions.
"""

import hashlib
import hmac
import json
import os
import random
import time
from typing import Annotated, Any
from urllib.parse import parse_qs

import httpx
from fastapi import BackgroundTasks, Depends, FastAPI, Header, HTTPException, Request, status

app = FastAPI(title="Slack bot")

SIGNING_SECRET = os.environ.get("SLACK_SIGNING_SECRET", "")
BOT_TOKEN = os.environ.get("SLACK_BOT_TOKEN", "")
MAX_AGE_SECONDS = 5 * 60

HELP = "Try `/kiln roll`, `/kiln roll 20` or `/kiln echo hello`."


async def verified_body(request: Request) -> bytes:
    """The raw body, once Slack's signature over it checks out (a FastAPI dependency).

    Slack signs `v0:<timestamp>:<body>` with HMAC-SHA256 and your app's signing secret.
    Without SLACK_SIGNING_SECRET every request is accepted: fine for a first try only.
    """
    body = await request.body()
    if not SIGNING_SECRET:
        return body
    timestamp = request.headers.get("x-slack-request-timestamp", "")
    # A signed request replayed later still carries its old timestamp: refuse it.
    if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > MAX_AGE_SECONDS:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED, "missing or stale X-Slack-Request-Timestamp"
        )
    base = b"v0:" + timestamp.encode() + b":" + body
    expected = "v0=" + hmac.new(SIGNING_SECRET.encode(), base, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, request.headers.get("x-slack-signature", "")):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "bad X-Slack-Signature")
    return body


SlackBody = Annotated[bytes, Depends(verified_body)]


def run_command(text: str, user: str) -> dict[str, str]:
    # "ephemeral" answers only the person who typed the command; "in_channel" shows everyone.
    match text.split():
        case ["roll"]:
            return {
                "response_type": "in_channel",
                "text": f"<@{user}> rolled {random.randint(1, 6)} (1-6)",
            }
        case ["roll", sides] if sides.isdigit() and 2 <= int(sides) <= 1000:
            return {
                "response_type": "in_channel",
                "text": f"<@{user}> rolled {random.randint(1, int(sides))} (1-{sides})",
            }
        case ["echo", *words] if words:
            return {"response_type": "in_channel", "text": " ".join(words)}
        case _:
            return {"response_type": "ephemeral", "text": HELP}


@app.post("/slack/commands")
def slash_command(body: SlackBody) -> dict[str, str]:
    # Slash commands arrive form-encoded: command=/kiln&text=roll+20&user_id=U123…
    form = {key: values[0] for key, values in parse_qs(body.decode()).items()}
    return run_command(form.get("text", ""), form.get("user_id", "someone"))


async def reply(channel: str, text: str, thread_ts: str | None) -> None:
    if not BOT_TOKEN:
        print(f"SLACK_BOT_TOKEN is not set; would have said in {channel}: {text}")
        return
    async with httpx.AsyncClient(timeout=10) as client:
        answer = await client.post(
            "https://slack.com/api/chat.postMessage",
            headers={"Authorization": f"Bearer {BOT_TOKEN}"},
            json={"channel": channel, "text": text, "thread_ts": thread_ts},
        )
    if not answer.json().get("ok"):
        print(f"Slack refused the reply: {answer.text}")  # printed lines show in the app's logs


@app.post("/slack/events")
def slack_events(
    body: SlackBody,
    background: BackgroundTasks,
    x_slack_retry_num: Annotated[str | None, Header()] = None,
) -> dict[str, Any]:
    try:
        payload = json.loads(body)
    except ValueError:
        payload = None
    if not isinstance(payload, dict):
        raise HTTPException(status.HTTP_400_BAD_REQUEST, "the body must be a JSON object")
    if payload.get("type") == "url_verification":
        # Slack checks the URL once, when you save it: answer with the challenge it sent.
        return {"challenge": payload.get("challenge")}
    event = payload.get("event") or {}
    # Slack resends an event it thinks was missed; we already answered the first one.
    if x_slack_retry_num is None and event.get("type") == "app_mention" and event.get("channel"):
        # Slack expects an answer within 3 seconds: acknowledge now, reply afterwards.
        text = f"Hi <@{event.get('user')}>! {HELP}"
        background.add_task(
            reply, event["channel"], text, event.get("thread_ts") or event.get("ts")
        )
    return {"ok": True}
