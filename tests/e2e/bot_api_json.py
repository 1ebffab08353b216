"""Bot API JSON for the fake server: users, chats, messages, errors, and the bot's form-encoded requests."""

from __future__ import annotations

import json
import time
from typing import Any
from urllib.parse import parse_qsl

# one description of the bot for the offline request and this server alike
from bot.telegram.fakeapi import BOT_ID, BOT_USERNAME, bot_user

__all__ = ["BOT_ID", "BOT_USERNAME", "bot_user", "decode_form", "error", "message", "old_poll_message"]

# Parameters python-telegram-bot sends as JSON inside the form; all others are plain strings.
_JSON_FIELDS = {"reply_markup", "reply_parameters", "commands", "message_ids", "allowed_updates", "entities"}


def message(chat_id: int, message_id: int, text: str, *, from_bot: bool) -> dict[str, Any]:
    """A text message in a private chat (chat id > 0, the user's id) or a group (chat id < 0)."""
    sender = bot_user() if from_bot else {"id": abs(chat_id), "is_bot": False, "first_name": "Tester"}
    chat = (
        {"id": chat_id, "type": "group", "title": "A group"}
        if chat_id < 0
        else {"id": chat_id, "type": "private", "first_name": "Tester"}
    )
    found: dict[str, Any] = {
        "message_id": message_id,
        "date": int(time.time()),
        "chat": chat,
        "from": sender,
        "text": text,
    }
    entities = [] if from_bot else _entities(text)
    if entities:
        found["entities"] = entities
    return found


def old_poll_message(
    chat_id: int, message_id: int, *, first_name: str, username: str, question: str
) -> dict[str, Any]:
    """A poll as an older self-hosted Bot API server sends it: its options lack `persistent_id`.

    python-telegram-bot 22 refuses to build an Update from it (TypeError), so it stands for any update
    the library cannot parse. The names and the question let tests check that none of it is logged.
    """
    found = message(chat_id, message_id, "", from_bot=False)
    del found["text"]
    found["from"] = {"id": abs(chat_id), "is_bot": False, "first_name": first_name, "username": username}
    if chat_id > 0:
        found["chat"] = {"id": chat_id, "type": "private", "first_name": first_name, "username": username}
    found["poll"] = {
        "id": f"poll{message_id}",
        "question": question,
        "options": [{"text": f"{question} yes", "voter_count": 0}, {"text": "no", "voter_count": 0}],
        "total_voter_count": 0,
        "is_closed": False,
        "is_anonymous": True,
        "type": "regular",
        "allows_multiple_answers": False,
    }
    return found


def _entities(text: str) -> list[dict[str, Any]]:
    """Telegram marks commands and mentions with entities; handlers and filters look for them."""
    found = []
    if text.startswith("/"):
        found.append({"type": "bot_command", "offset": 0, "length": len(text.split()[0])})
    mention = f"@{BOT_USERNAME}"
    if mention in text:
        # Offsets count UTF-16 code units; the tests' texts before a mention are plain ASCII.
        found.append({"type": "mention", "offset": text.index(mention), "length": len(mention)})
    return found


def error(code: int, description: str, retry_after: int | None = None) -> dict[str, Any]:
    """Telegram's error envelope; flood control adds `parameters.retry_after`."""
    body: dict[str, Any] = {"ok": False, "error_code": code, "description": description}
    if retry_after is not None:
        body["parameters"] = {"retry_after": retry_after}
    return body


def decode_form(body: bytes, content_type: str) -> dict[str, Any]:
    """The request's parameters: python-telegram-bot posts a form whose non-string values are JSON."""
    if not body:
        return {}
    if content_type.startswith("application/json"):
        return dict(json.loads(body))
    params: dict[str, Any] = dict(parse_qsl(body.decode("utf-8"), keep_blank_values=True))
    for name in _JSON_FIELDS & params.keys():
        params[name] = json.loads(params[name])
    return params
