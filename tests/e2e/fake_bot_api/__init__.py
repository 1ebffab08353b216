"""A fake Telegram Bot API server on 127.0.0.1 that records what the bot sends and misbehaves on demand.

It speaks the methods the bot uses, at `/bot<TOKEN>/<method>`, with Telegram's JSON envelope. Updates are
kept until a later `getUpdates` offset confirms them, as Telegram does, so a lost `getUpdates` answer never
loses a message. The parts: `chats` (what Telegram keeps: updates, message ids, the screen, what the bot
sent), `faults` (which call fails, and how), `server` (HTTP); this module holds them together under one lock.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from typing import Any

from bot_api_json import BOT_ID, BOT_USERNAME, error

from fake_bot_api.chats import Chats, Outgoing, Refused
from fake_bot_api.faults import Answer, Fault, FaultRule, Faults, When, failure
from fake_bot_api.server import serve

__all__ = ["BOT_ID", "BOT_USERNAME", "FakeBotApi", "Fault", "FaultRule", "Outgoing", "When"]

_MAX_LONG_POLL = 1.0  # seconds; shorter than Telegram's, so tests and shutdown stay quick


class FakeBotApi:
    """The server: start it, feed it user messages, read what the bot sent back."""

    def __init__(self, token: str, *, faults: Iterable[FaultRule] = (), seed: int = 7) -> None:
        self.token = token
        self._revoked: int | None = None  # the HTTP status every request gets once the token is revoked
        self._faults = Faults(faults, seed)
        self.rules = self._faults.rules  # tests change the rules while the bot runs
        self._chats = Chats()
        self._cond = threading.Condition()
        self._closing = False
        self._server, self._thread = serve(self)

    @property
    def base_url(self) -> str:
        """What TELEGRAM_BASE_URL must be for the bot to talk to this server."""
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/bot"

    def start(self) -> FakeBotApi:
        self._thread.start()
        return self

    def stop(self) -> None:
        with self._cond:
            self._closing = True
            self._cond.notify_all()
        self._server.shutdown()
        self._server.server_close()

    # --- what users do -------------------------------------------------------------------------

    def send_message(self, chat_id: int, text: str, *, reply_to_bot: int | None = None) -> int:
        """A user writes `text` (chat id < 0 is a group); returns the message id."""
        with self._cond:
            message_id = self._chats.write(chat_id, text, reply_to_bot)
            self._cond.notify_all()
            return message_id

    def press(self, chat_id: int, message_id: int, data: str) -> None:
        """A user presses an inline button with callback `data` under the bot's message `message_id`."""
        with self._cond:
            self._chats.press(chat_id, message_id, data)
            self._cond.notify_all()

    def take_updates(self) -> list[dict[str, Any]]:
        """Hand over and forget every queued update: in webhook mode they are posted to the bot instead."""
        with self._cond:
            updates, self._chats.updates = self._chats.updates, []
            self._cond.notify_all()
            return updates

    def push_update(self, payload: dict[str, Any]) -> int:
        """Queue any raw update, e.g. one the library cannot parse; returns its update_id."""
        with self._cond:
            number = self._chats.push(payload)
            self._cond.notify_all()
            return number

    def next_message_id(self, chat_id: int) -> int:
        """Take the next message id in `chat_id`, for updates built outside `send_message`."""
        with self._cond:
            return self._chats.next_message_id(chat_id)

    # --- Telegram turning the bot away ---------------------------------------------------------

    def revoke_token(self, status: int = 401) -> None:
        """From now on every request is refused: 401 as for a revoked token, 404 as for an unknown one."""
        with self._cond:
            self._revoked = status

    def refusal(self, token: str) -> tuple[int, dict[str, Any]] | None:
        """The answer for a request made with `token`, when Telegram would refuse it; else None."""
        with self._cond:
            status = self._revoked if token == self.token else 401
        if status is None:
            return None
        return status, error(status, "Unauthorized" if status == 401 else "Not Found")

    # --- what tests read -----------------------------------------------------------------------

    def calls(self, method: str) -> int:
        """How many requests for `method` arrived, faults included."""
        with self._cond:
            return self._faults.calls.get(method, 0)

    def faults_injected(self) -> dict[str, int]:
        with self._cond:
            return dict(self._faults.injected)

    def outgoing(self, method: str = "sendMessage") -> list[Outgoing]:
        with self._cond:
            return [o for o in self._chats.outgoing if o.method == method]

    def messages_sent(self) -> int:
        """How many sendMessage calls succeeded (cheap: load waits poll it)."""
        with self._cond:
            return self._chats.messages_sent

    def pending_updates(self) -> int:
        """Updates the bot has not confirmed yet with a later offset."""
        with self._cond:
            return len(self._chats.updates)

    def on_screen(self, chat_id: int) -> set[int]:
        """The ids of the messages in a chat that exist now, both sides: what the person would see."""
        with self._cond:
            return set(self._chats.screen.get(chat_id, ()))

    def fed_at(self, chat_id: int, message_id: int) -> float | None:
        """When the user message was handed to the server (time.monotonic)."""
        with self._cond:
            return self._chats.fed_at.get((chat_id, message_id))

    @property
    def commands(self) -> list[str]:
        with self._cond:
            return [c["command"] for c in self._chats.commands]

    def webhook(self) -> tuple[str, str] | None:
        """The URL and secret token the bot registered with setWebhook; None while none is set."""
        with self._cond:
            url, secret = self._chats.webhook_url, self._chats.webhook_secret
        return (url, secret) if url else None

    def wait_until(self, condition: Callable[[], bool], timeout: float) -> bool:
        """Wait until `condition()` holds (checked whenever the server changes state), or time out."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while not condition():
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._cond.wait(min(left, 0.2))
            return True

    # --- what the bot calls --------------------------------------------------------------------

    def handle(self, method: str, params: dict[str, Any]) -> Answer:
        """Answer one request: (HTTP status, JSON body), or None to drop the connection unanswered."""
        with self._cond:
            rule = self._faults.pick(method)
            self._cond.notify_all()
        if rule is not None and rule.fault == "slow":  # answer in full, but late
            time.sleep(rule.delay)
            rule = None
        if rule is not None and rule.when == "before":
            return failure(rule)
        answer = self._process(method, params)
        if rule is not None:  # processed, but the answer is lost on its way back
            return failure(rule)
        return answer

    def _process(self, method: str, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        if method == "getUpdates":
            return 200, {"ok": True, "result": self._get_updates(params)}
        with self._cond:
            try:
                result = self._chats.apply(method, params)
            except Refused as refused:
                return refused.answer()
            finally:
                self._cond.notify_all()
        return 200, {"ok": True, "result": result}

    def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        limit = int(params.get("limit") or 100)
        wait = min(float(params.get("timeout") or 0), _MAX_LONG_POLL)
        with self._cond:
            if offset:
                self._chats.confirm(offset)
                self._cond.notify_all()
            self._cond.wait_for(lambda: self._chats.updates or self._closing, timeout=wait)
            return list(self._chats.updates[:limit])
