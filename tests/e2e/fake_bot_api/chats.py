"""What the fake Telegram keeps: updates not yet confirmed, message ids, what is on screen, what the bot sent.

Message ids count up per chat, shared by the person's messages and the bot's; `screen` keeps which ids
exist, and `deleteMessages` deletes those that exist and skips the rest, answering true. Nothing here
locks: the server holds its lock around every call.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from bot_api_json import bot_user, error, message

__all__ = ["Chats", "Outgoing", "Refused"]


@dataclass(frozen=True)
class Outgoing:
    """One call the bot made that changes something: a message sent, a callback answered, a deletion."""

    method: str
    params: dict[str, Any]
    at: float
    message_id: int | None = None

    @property
    def chat_id(self) -> int | None:
        value = self.params.get("chat_id")
        return int(value) if value is not None else None

    @property
    def text(self) -> str:
        return str(self.params.get("text", ""))

    @property
    def reply_to(self) -> int | None:
        """The user message this one replies to, when the bot says so."""
        reply = self.params.get("reply_parameters") or {}
        value = reply.get("message_id", self.params.get("reply_to_message_id"))
        return int(value) if value is not None else None

    @property
    def buttons(self) -> list[str]:
        rows = (self.params.get("reply_markup") or {}).get("inline_keyboard", [])
        return [button["text"] for row in rows for button in row]


class Refused(Exception):
    """A request Telegram would refuse (4xx), with its code and description."""

    def __init__(self, code: int, description: str) -> None:
        super().__init__(description)
        self.code = code
        self.description = description

    def answer(self) -> tuple[int, dict[str, Any]]:
        return self.code, error(self.code, self.description)


@dataclass
class Chats:
    """Telegram's side of every chat with the bot."""

    updates: list[dict[str, Any]] = field(default_factory=list)
    next_update_id: int = 1
    next_message_ids: dict[int, int] = field(default_factory=dict)
    outgoing: list[Outgoing] = field(default_factory=list)
    fed_at: dict[tuple[int, int], float] = field(default_factory=dict)
    messages_sent: int = 0
    commands: list[dict[str, Any]] = field(default_factory=list)
    # per chat, the ids of the messages that exist (both sides), for deleteMessages
    screen: dict[int, set[int]] = field(default_factory=dict)
    webhook_url: str = ""
    webhook_secret: str = ""

    # --- what people do ------------------------------------------------------------------------

    def write(self, chat_id: int, text: str, reply_to_bot: int | None) -> int:
        """A person's message, on screen and queued as an update; returns its id."""
        sent = message(chat_id, self.next_message_id(chat_id), text, from_bot=False)
        if reply_to_bot is not None:
            sent["reply_to_message"] = message(chat_id, reply_to_bot, "", from_bot=True)
        self.fed_at[(chat_id, sent["message_id"])] = time.monotonic()
        self.show(chat_id, sent["message_id"])
        self.push({"message": sent})
        return int(sent["message_id"])

    def press(self, chat_id: int, message_id: int, data: str) -> None:
        """A person presses an inline button with callback `data` under the bot's message `message_id`."""
        query = {
            "id": f"cq{self.next_update_id}",
            "from": {"id": abs(chat_id), "is_bot": False, "first_name": "Tester"},
            "chat_instance": f"ci{chat_id}",
            "data": data,
            "message": message(chat_id, message_id, "(the bot's message)", from_bot=True),
        }
        self.push({"callback_query": query})

    def push(self, payload: dict[str, Any]) -> int:
        """Queue an update; returns its update_id."""
        number = self.next_update_id
        self.updates.append({"update_id": number, **payload})
        self.next_update_id += 1
        return number

    def confirm(self, offset: int) -> None:
        """Telegram forgets an update once a later offset confirms it."""
        self.updates = [u for u in self.updates if u["update_id"] >= offset]

    def next_message_id(self, chat_id: int) -> int:
        """Message ids count up per chat, shared by the user and the bot, as in Telegram."""
        number = self.next_message_ids.get(chat_id, 0) + 1
        self.next_message_ids[chat_id] = number
        return number

    def show(self, chat_id: int, message_id: int) -> None:
        self.screen.setdefault(chat_id, set()).add(message_id)

    # --- what the bot calls --------------------------------------------------------------------

    def apply(self, method: str, params: dict[str, Any]) -> Any:
        """Carry out one call other than getUpdates; returns its result or raises `Refused`."""
        if method == "getMe":
            return bot_user()
        if method == "getMyCommands":
            return list(self.commands)
        if method == "setMyCommands":
            self.commands = list(params.get("commands") or [])
            return True
        if method in {"deleteMessages", "deleteMessage"}:
            self._delete(params)
        if method == "getWebhookInfo":
            pending = len(self.updates)
            return {"url": self.webhook_url, "has_custom_certificate": False, "pending_update_count": pending}
        if method in {"setWebhook", "deleteWebhook"}:
            self.webhook_url = str(params.get("url") or "")
            self.webhook_secret = str(params.get("secret_token") or "")
        if method not in {"sendMessage", "editMessageText"}:
            # deleteWebhook, answerCallbackQuery, deleteMessage(s), ...: Telegram says True
            self.outgoing.append(Outgoing(method, params, time.monotonic()))
            return True
        return self._send(method, params)

    def _send(self, method: str, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = int(params["chat_id"])
        message_id = int(params.get("message_id") or self.next_message_id(chat_id))
        self.outgoing.append(Outgoing(method, params, time.monotonic(), message_id))
        self.messages_sent += method == "sendMessage"
        self.show(chat_id, message_id)
        sent = message(chat_id, message_id, str(params.get("text", "")), from_bot=True)
        if "reply_markup" in params:
            sent["reply_markup"] = params["reply_markup"]
        return sent

    def _delete(self, params: dict[str, Any]) -> None:
        """Delete the ids that exist and skip the rest, as Telegram does; 1 to 100 ids a call."""
        chat_id = int(params["chat_id"])
        ids = params.get("message_ids") or [params.get("message_id")]
        if not 1 <= len(ids) <= 100 or None in ids:
            raise Refused(400, "Bad Request: message identifiers are not specified or too many")
        self.screen.get(chat_id, set()).difference_update(int(mid) for mid in ids)
