"""A Bot API that never touches the network: records each call and answers the way Telegram does."""

from __future__ import annotations

import html
import itertools
import json
import re
import time
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from telegram.request import BaseRequest, RequestData

__all__ = [
    "BOT_ID", "BOT_USERNAME", "Call", "OfflineRequest", "bot_user", "chat_json", "text_update", "user_json",
]

BOT_ID = 7_000_000_001
BOT_USERNAME = "metoo_info_bot"
_TAG = re.compile(r"<[^>]+>")


@dataclass(frozen=True, slots=True)
class Call:
    """One Bot API call: its method name and decoded parameters."""

    method: str
    params: dict[str, Any]
    result: Any = None


def bot_user() -> dict[str, Any]:
    """The bot as getMe describes it."""
    return {
        "id": BOT_ID,
        "is_bot": True,
        "first_name": "MeToo info",
        "username": BOT_USERNAME,
        "can_join_groups": True,
        "can_read_all_group_messages": False,
        "supports_inline_queries": False,
    }


class OfflineRequest(BaseRequest):
    """A BaseRequest that never touches the network: records each call and answers like Telegram."""

    def __init__(self) -> None:
        self.calls: list[Call] = []
        self.commands: list[dict[str, Any]] = []
        self._next_ids: defaultdict[int, itertools.count[int]] = defaultdict(lambda: itertools.count(1))
        # per method: calls still to let through, then how to fail
        self._failures: dict[str, list[tuple[int, str]]] = defaultdict(list)
        self._let_through: dict[str, int] = defaultdict(int)
        self._pending: list[dict[str, Any]] = []

    @property
    def read_timeout(self) -> float | None:
        return 1.0

    async def initialize(self) -> None:
        """Nothing to open."""

    async def shutdown(self) -> None:
        """Nothing to close."""

    def next_message_id(self, chat_id: int) -> int:
        """The next message id in a chat (both sides share one counter, as in Telegram)."""
        return next(self._next_ids[chat_id])

    def fail(
        self,
        method: str,
        code: int = 400,
        description: str = "Bad Request",
        *,
        times: int = 1,
        after: int = 0,
    ) -> None:
        """Let `after` calls of `method` through, then fail the next `times` as Telegram would."""
        self._let_through[method] = after
        self._failures[method].extend([(code, description)] * times)

    def deliver(self, update: dict[str, Any]) -> None:
        """Queue a raw update for the next getUpdates (for tests of polling itself)."""
        self._pending.append(update)

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = None,
        write_timeout: Any = None,
        connect_timeout: Any = None,
        pool_timeout: Any = None,
    ) -> tuple[int, bytes]:
        api_method = url.rsplit("/", 1)[-1]
        # through JSON and back, so enums and markup objects read exactly as Telegram would get them
        params = json.loads(json.dumps(request_data.parameters)) if request_data else {}
        if self._failures.get(api_method) and self._let_through[api_method] > 0:
            self._let_through[api_method] -= 1
        elif self._failures.get(api_method):
            self.calls.append(Call(api_method, params))
            code, description = self._failures[api_method].pop(0)
            body: dict[str, Any] = {"ok": False, "error_code": code, "description": description}
            if code == 429:
                body["parameters"] = {"retry_after": 1}
            return code, json.dumps(body).encode()
        result = self._answer(api_method, params)
        self.calls.append(Call(api_method, params, result))
        return 200, json.dumps({"ok": True, "result": result}).encode()

    def _answer(self, api_method: str, params: dict[str, Any]) -> Any:
        if api_method == "getMe":
            return bot_user()
        if api_method == "getUpdates":
            # like Telegram: an offset confirms every update below it, which is then gone for good
            offset = int(params.get("offset") or 0)
            self._pending = [u for u in self._pending if u["update_id"] >= offset]
            return list(self._pending)
        if api_method == "setMyCommands":
            self.commands = list(params.get("commands", []))
            return True
        if api_method == "getMyCommands":
            return self.commands
        if api_method == "getWebhookInfo":  # `metoo-bot check` asks; polling has no webhook
            return {"url": "", "has_custom_certificate": False, "pending_update_count": len(self._pending)}
        if api_method in ("sendMessage", "editMessageText"):
            return self._message(params)
        # answerCallbackQuery, deleteMessage(s), setWebhook, deleteWebhook, ...: Telegram says True
        return True

    def _message(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = int(params["chat_id"])
        message_id = params.get("message_id") or self.next_message_id(chat_id)
        text = str(params.get("text", ""))
        if params.get("parse_mode") == "HTML":  # Telegram returns the text without markup
            text = html.unescape(_TAG.sub("", text))
        message = {
            "message_id": message_id,
            "date": int(time.time()),
            "chat": chat_json(chat_id),
            "from": bot_user(),
            "text": text,
        }
        if params.get("reply_markup"):
            message["reply_markup"] = params["reply_markup"]
        return message


def chat_json(chat_id: int) -> dict[str, Any]:
    """A private chat (positive id, as the person's user id) or a supergroup (negative id)."""
    if chat_id < 0:
        return {"id": chat_id, "type": "supergroup", "title": "A group"}
    return {"id": chat_id, "type": "private", "first_name": "Person"}


def user_json(user_id: int) -> dict[str, Any]:
    """A person, as Telegram describes them in an update."""
    return {"id": user_id, "is_bot": False, "first_name": "Person", "language_code": "en"}


def text_update(update_id: int, text: str, chat_id: int) -> dict[str, Any]:
    """An update carrying one text message from a person in their private chat (message id = update id)."""
    message = {"message_id": update_id, "date": 1, "chat": chat_json(chat_id), "from": user_json(chat_id)}
    return {"update_id": update_id, "message": {**message, "text": text}}
