"""Telegram without the network: the real Application, fed Bot API JSON, recording what it would send.

Used by tests and by the scripted-conversation runner. The fake Bot API itself is in `fakeapi`. The API:

    from bot.telegram.offline import OfflineRequest, OfflineTelegram, Sent, Call

    async with OfflineTelegram(responder=None, settings=None, *, user_id=USER_ID, store=None) as tg:
        sent: list[Sent] = await tg.send_text("who started me too?")     # private chat by default
        sent = await tg.send_text(text, chat="group", mention=True)       # "@metoo_info_bot " + text
        sent = await tg.send_text(text, chat="group", reply_to_bot=True)  # reply to the bot's last message
        sent = await tg.send_text(text, edited=True)                      # edits the person's last message
        sent = await tg.send_text(text, forwarded=True, user_id=42)
        sent = await tg.send_kind("sticker")   # sticker | photo | voice | document | location | video | ...
        sent = await tg.command("start")       # "/start"; in a group "/start@metoo_info_bot"
        sent = await tg.press("Get help now")  # a button label or its callback data, on the last bot
                                               # message with buttons (or `message=` a given Sent)
        sent = await tg.feed({...})            # any raw Bot API update dict (update_id is filled in)
        tg.calls        # every Bot API call: list[Call(method, params, result)], in order, getMe first
        tg.sent         # every Sent so far, all updates
        tg.deleted      # every message id passed to deleteMessage(s)
        tg.request.fail("sendMessage", 400, "Bad Request: ...", times=1, after=0)  # Telegram refuses
        tg.request.deliver({"update_id": 1, "message": {...}})  # served by getUpdates (polling tests)

Each call returns the messages the bot sent (sendMessage / editMessageText) while handling that one update.
`Sent(method, chat_id, text, parse_mode, buttons, message_id)`: `buttons` is a tuple of
(label, callback_data or url); `sent.plain` is the text with HTML tags removed and entities unescaped.
Without `settings`, `Settings(_env_file=None)` is used; without `responder`, one is built from the
settings' knowledge folder (pass a shared one in tests: loading the articles takes time). `store` replaces
the state store the settings ask for (e.g. a `MemoryStore` on a clock the test moves).
Private chat ids equal the user id (as in Telegram); the group is `GROUP_ID`. Message ids are counted
per chat and shared by both sides, as Telegram does.
"""

from __future__ import annotations

import html
import itertools
import json
import re
import time
from dataclasses import dataclass
from typing import Any, Literal

from telegram import Update
from telegram.ext import Application

from bot.responder import Responder
from bot.settings import Settings
from bot.store import StateStore
from bot.telegram.fakeapi import BOT_ID, BOT_USERNAME, Call, OfflineRequest, bot_user, chat_json, user_json

__all__ = [
    "BOT_ID",
    "BOT_USERNAME",
    "GROUP_ID",
    "USER_ID",
    "Call",
    "OfflineRequest",
    "OfflineTelegram",
    "Sent",
]

USER_ID = 5_000_000_001
GROUP_ID = -1_001_234_567_890
_SENDING = ("sendMessage", "editMessageText")
ChatKind = Literal["private", "group"]
_TAG = re.compile(r"<[^>]+>")


@dataclass(frozen=True, slots=True)
class Sent:
    """One message the bot sent (or edited), as Telegram received it."""

    method: str
    chat_id: int
    text: str
    parse_mode: str | None
    buttons: tuple[tuple[str, str], ...]
    message_id: int
    reply_to: int | None = None  # the person's message this one answers, when sent as a reply

    @property
    def plain(self) -> str:
        """The text as a person reads it: tags removed, entities unescaped."""
        return html.unescape(_TAG.sub("", self.text)) if self.parse_mode == "HTML" else self.text


_KINDS: dict[str, dict[str, Any]] = {
    "sticker": {
        "sticker": {
            "file_id": "s1",
            "file_unique_id": "s1u",
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
        }
    },
    "photo": {"photo": [{"file_id": "p1", "file_unique_id": "p1u", "width": 90, "height": 90}]},
    "voice": {"voice": {"file_id": "v1", "file_unique_id": "v1u", "duration": 3}},
    "audio": {"audio": {"file_id": "a1", "file_unique_id": "a1u", "duration": 3}},
    "document": {"document": {"file_id": "d1", "file_unique_id": "d1u", "file_name": "file.pdf"}},
    "location": {"location": {"latitude": 40.7128, "longitude": -74.006}},
    "video": {"video": {"file_id": "w1", "file_unique_id": "w1u", "width": 1, "height": 1, "duration": 1}},
    "video_note": {"video_note": {"file_id": "n1", "file_unique_id": "n1u", "length": 1, "duration": 1}},
    "contact": {"contact": {"phone_number": "+10000000000", "first_name": "Someone"}},
}


class OfflineTelegram:
    """The real Application on an `OfflineRequest`; feed it updates, get back what the bot sent."""

    def __init__(
        self,
        responder: Responder | None = None,
        settings: Settings | None = None,
        *,
        user_id: int = USER_ID,
        store: StateStore | None = None,
    ) -> None:
        self.settings = settings or Settings(_env_file=None)  # type: ignore[call-arg]
        self.user_id = user_id
        self._store = store
        self.request = OfflineRequest()
        self.sent: list[Sent] = []
        self._responder = responder
        self._application: Application | None = None
        self._update_ids = itertools.count(1)
        self._last_from_person: dict[int, int] = {}
        self._fed: dict[tuple[int, int], dict[str, Any]] = {}

    @property
    def application(self) -> Application:
        """The running Application (inside `async with` only)."""
        if self._application is None:
            raise RuntimeError("use OfflineTelegram inside `async with`")
        return self._application

    @property
    def calls(self) -> list[Call]:
        """Every Bot API call so far, in order."""
        return self.request.calls

    @property
    def deleted(self) -> list[int]:
        """Every message id the bot asked Telegram to delete."""
        ids: list[int] = []
        for call in self.calls:
            if call.method == "deleteMessages":
                ids.extend(int(i) for i in call.params["message_ids"])
            elif call.method == "deleteMessage":
                ids.append(int(call.params["message_id"]))
        return ids

    async def __aenter__(self) -> OfflineTelegram:
        from bot.startup import load_responder
        from bot.telegram.app import build_application

        responder = self._responder or load_responder(self.settings)
        app = build_application(
            self.settings, responder, request=self.request, flood_control=False, store=self._store
        )
        await app.initialize()
        if app.post_init:  # run_polling would call it; here nobody else does
            await app.post_init(app)
        await app.start()
        self._application = app
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        app = self.application
        await app.stop()
        await app.shutdown()
        if app.post_shutdown:
            await app.post_shutdown(app)
        self._application = None

    async def feed(self, update: dict[str, Any]) -> list[Sent]:
        """Process one raw Bot API update; return what the bot sent while handling it."""
        update = {"update_id": next(self._update_ids), **update}
        before = len(self.calls)
        await self.application.process_update(Update.de_json(update, self.application.bot))
        new = [_sent(call) for call in self.calls[before:] if call.method in _SENDING and call.result]
        self.sent.extend(new)
        return new

    async def send_text(
        self,
        text: str,
        *,
        chat: ChatKind = "private",
        user_id: int | None = None,
        edited: bool = False,
        reply_to_bot: bool = False,
        mention: bool = False,
        forwarded: bool = False,
    ) -> list[Sent]:
        """A person writes `text` (optionally @mentioning the bot, replying to it, forwarded, edited)."""
        user = user_id or self.user_id
        entities: list[dict[str, Any]] = []
        if mention:
            text = f"@{BOT_USERNAME} {text}"
            entities.append({"type": "mention", "offset": 0, "length": len(BOT_USERNAME) + 1})
        elif text.startswith("/"):  # Telegram marks a leading /word as a command
            entities.append({"type": "bot_command", "offset": 0, "length": _utf16(text.split()[0])})
        message = self._person_message(chat, user, edited=edited, reply_to_bot=reply_to_bot)
        message["text"] = text
        # kept so a press under a reply can carry reply_to_message, as Telegram's callbacks do
        self._fed[(message["chat"]["id"], message["message_id"])] = message
        if entities:
            message["entities"] = entities
        if forwarded:
            message["forward_origin"] = {
                "type": "user",
                "date": int(time.time()),
                "sender_user": user_json(1),
            }
        return await self.feed({"edited_message" if edited else "message": message})

    async def command(
        self, name: str, *, chat: ChatKind = "private", user_id: int | None = None, args: str = ""
    ) -> list[Sent]:
        """A person sends /name (addressed to this bot by its username in a group)."""
        word = f"/{name}@{BOT_USERNAME}" if chat == "group" else f"/{name}"
        return await self.send_text(f"{word} {args}".strip(), chat=chat, user_id=user_id)

    async def send_kind(
        self, kind: str, *, chat: ChatKind = "private", user_id: int | None = None, reply_to_bot: bool = False
    ) -> list[Sent]:
        """A person sends a sticker, photo, voice note, document, location, video, contact..."""
        if kind not in _KINDS:
            raise ValueError(f"unknown kind {kind!r}; one of {sorted(_KINDS)}")
        message = self._person_message(chat, user_id or self.user_id, reply_to_bot=reply_to_bot)
        message.update(json.loads(json.dumps(_KINDS[kind])))
        return await self.feed({"message": message})

    async def press(
        self, label_or_data: str, *, message: Sent | None = None, user_id: int | None = None
    ) -> list[Sent]:
        """A person presses a button (label or data) under `message`, else the last message with buttons."""
        target = message or next((s for s in reversed(self.sent) if s.buttons), None)
        if target is None:
            raise LookupError("the bot has not sent any buttons yet")
        match = [data for label, data in target.buttons if label_or_data in (label, data)]
        if not match:
            raise LookupError(f"no button {label_or_data!r} among {[label for label, _ in target.buttons]}")
        query = {
            "id": str(next(self._update_ids)),
            "from": user_json(user_id or self.user_id),
            "chat_instance": "offline",
            "data": match[0],
            "message": self._bot_message_json(target, with_reply=True),
        }
        return await self.feed({"callback_query": query})

    def _person_message(
        self, chat: ChatKind, user_id: int, *, edited: bool = False, reply_to_bot: bool = False
    ) -> dict[str, Any]:
        chat_id = user_id if chat == "private" else GROUP_ID
        if edited and chat_id in self._last_from_person:
            message_id = self._last_from_person[chat_id]
        else:
            message_id = self.request.next_message_id(chat_id)
        self._last_from_person[chat_id] = message_id
        message: dict[str, Any] = {
            "message_id": message_id,
            "date": int(time.time()),
            "chat": chat_json(chat_id),
            "from": user_json(user_id),
        }
        if edited:
            message["edit_date"] = int(time.time())
        if reply_to_bot:
            last = next((s for s in reversed(self.sent) if s.chat_id == chat_id), None)
            message["reply_to_message"] = (
                self._bot_message_json(last)
                if last
                else {**_bot_message_base(chat_id, self.request.next_message_id(chat_id)), "text": "..."}
            )
        return message

    def _bot_message_json(self, sent: Sent, *, with_reply: bool = False) -> dict[str, Any]:
        message = {**_bot_message_base(sent.chat_id, sent.message_id), "text": sent.plain}
        replied = self._fed.get((sent.chat_id, sent.reply_to)) if with_reply and sent.reply_to else None
        if replied is not None:
            message["reply_to_message"] = replied
        return message


def _bot_message_base(chat_id: int, message_id: int) -> dict[str, Any]:
    return {
        "message_id": message_id,
        "date": int(time.time()),
        "chat": chat_json(chat_id),
        "from": bot_user(),
    }


def _sent(call: Call) -> Sent:
    markup = call.params.get("reply_markup") or {}
    buttons = tuple(
        (str(b["text"]), str(b.get("callback_data") or b.get("url") or ""))
        for row in markup.get("inline_keyboard", [])
        for b in row
    )
    return Sent(
        method=call.method,
        chat_id=int(call.params["chat_id"]),
        text=str(call.params.get("text", "")),
        parse_mode=call.params.get("parse_mode"),
        buttons=buttons,
        message_id=int(call.result["message_id"]) if isinstance(call.result, dict) else 0,
        reply_to=_reply_to(call.params.get("reply_parameters")),
    )


def _reply_to(parameters: object) -> int | None:
    if isinstance(parameters, str):  # sent as a JSON string in form data
        parameters = json.loads(parameters)
    return int(parameters["message_id"]) if isinstance(parameters, dict) else None


def _utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2
