"""A fake Telegram Bot API server on 127.0.0.1 that records what the bot sends and misbehaves on demand.

It speaks the methods the bot uses, at `/bot<TOKEN>/<method>`, with Telegram's JSON envelope. Updates are
kept until a later `getUpdates` offset confirms them, as Telegram does, so a lost `getUpdates` answer never
loses a message.

Faults are decided when a request arrives and strike BEFORE it is processed (a dropped connection or a
5xx records nothing), unless the rule says `when="after"`: then the request is processed in full (the
message is sent, the messages are deleted) and only the answer is lost, as when a proxy fails on the way
back. Telegram gives no idempotency key, so a send whose answer was lost is retried and duplicated by any
client that retries.

Message ids count up per chat, shared by the person's messages and the bot's; the server keeps which ids
are on screen, and `deleteMessages` deletes those that exist and skips the rest, answering true.
"""

from __future__ import annotations

import json
import random
import sys
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Literal

from bot_api_json import BOT_ID, BOT_USERNAME, bot_user, decode_form, error, message

__all__ = ["BOT_ID", "BOT_USERNAME", "FakeBotApi", "Fault", "FaultRule", "Outgoing", "When"]

Fault = Literal["400", "429", "500", "502", "drop", "slow", "409"]
When = Literal["before", "after"]
_MAX_LONG_POLL = 1.0  # seconds; shorter than Telegram's, so tests and shutdown stay quick
_ERRORS: dict[str, tuple[int, str]] = {
    "400": (400, "Bad Request: bad webhook: Failed to resolve host: Name or service not known"),
    "500": (500, "Internal Server Error"),
    "502": (502, "Bad Gateway"),
    "409": (409, "Conflict: terminated by other getUpdates request"),
}


@dataclass(frozen=True)
class FaultRule:
    """Inject `fault` into `method`: on the listed call numbers (1-based), or at random with `rate`.

    `when="after"` processes the request first and then loses its answer (not for "slow" and "409").
    """

    method: str
    fault: Fault
    calls: frozenset[int] = frozenset()
    rate: float = 0.0
    retry_after: int = 1
    delay: float = 0.5
    when: When = "before"

    @property
    def label(self) -> str:
        """How `faults_injected` counts it: "502", or "502-after" when the request was processed."""
        return self.fault if self.when == "before" else f"{self.fault}-after"


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


@dataclass
class _State:
    updates: list[dict[str, Any]] = field(default_factory=list)
    next_update_id: int = 1
    next_message_id: dict[int, int] = field(default_factory=dict)
    calls: dict[str, int] = field(default_factory=dict)
    faults: dict[str, int] = field(default_factory=dict)
    outgoing: list[Outgoing] = field(default_factory=list)
    fed_at: dict[tuple[int, int], float] = field(default_factory=dict)
    messages_sent: int = 0
    commands: list[dict[str, Any]] = field(default_factory=list)
    # per chat, the ids of the messages that exist (both sides), for deleteMessages
    screen: dict[int, set[int]] = field(default_factory=dict)
    webhook_url: str = ""
    webhook_secret: str = ""


class FakeBotApi:
    """The server: start it, feed it user messages, read what the bot sent back."""

    def __init__(self, token: str, *, faults: Iterable[FaultRule] = (), seed: int = 7) -> None:
        self.token = token
        self._revoked: int | None = None  # the HTTP status every request gets once the token is revoked
        self.rules = list(faults)
        self._seed = seed
        # one random stream per method, so the n-th sendMessage meets the same fault in every run
        self._random: dict[str, random.Random] = {}
        self._state = _State()
        self._cond = threading.Condition()
        self._closing = False
        self._server = _QuietServer(("127.0.0.1", 0), _handler_for(self))
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

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
            sent = message(chat_id, self._next_message_id(chat_id), text, from_bot=False)
            if reply_to_bot is not None:
                sent["reply_to_message"] = message(chat_id, reply_to_bot, "", from_bot=True)
            self._state.fed_at[(chat_id, sent["message_id"])] = time.monotonic()
            self._show(chat_id, sent["message_id"])
            self._push({"message": sent})
            return int(sent["message_id"])

    def press(self, chat_id: int, message_id: int, data: str) -> None:
        """A user presses an inline button with callback `data` under the bot's message `message_id`."""
        with self._cond:
            query = {
                "id": f"cq{self._state.next_update_id}",
                "from": {"id": abs(chat_id), "is_bot": False, "first_name": "Tester"},
                "chat_instance": f"ci{chat_id}",
                "data": data,
                "message": message(chat_id, message_id, "(the bot's message)", from_bot=True),
            }
            self._push({"callback_query": query})

    def take_updates(self) -> list[dict[str, Any]]:
        """Hand over and forget every queued update: in webhook mode the test posts them to the bot."""
        with self._cond:
            updates, self._state.updates = self._state.updates, []
            self._cond.notify_all()
            return updates

    def push_update(self, payload: dict[str, Any]) -> int:
        """Queue any raw update, e.g. one the library cannot parse; returns its update_id."""
        with self._cond:
            number = self._state.next_update_id
            self._push(payload)
            return number

    def next_message_id(self, chat_id: int) -> int:
        """Take the next message id in `chat_id`, for updates built outside `send_message`."""
        with self._cond:
            return self._next_message_id(chat_id)

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
            return self._state.calls.get(method, 0)

    def faults_injected(self) -> dict[str, int]:
        with self._cond:
            return dict(self._state.faults)

    def outgoing(self, method: str = "sendMessage") -> list[Outgoing]:
        with self._cond:
            return [o for o in self._state.outgoing if o.method == method]

    def messages_sent(self) -> int:
        """How many sendMessage calls succeeded (cheap: load waits poll it)."""
        with self._cond:
            return self._state.messages_sent

    def pending_updates(self) -> int:
        """Updates the bot has not confirmed yet with a later offset."""
        with self._cond:
            return len(self._state.updates)

    def on_screen(self, chat_id: int) -> set[int]:
        """The ids of the messages in a chat that exist now, both sides: what the person would see."""
        with self._cond:
            return set(self._state.screen.get(chat_id, ()))

    def fed_at(self, chat_id: int, message_id: int) -> float | None:
        """When the user message was handed to the server (time.monotonic)."""
        with self._cond:
            return self._state.fed_at.get((chat_id, message_id))

    @property
    def commands(self) -> list[str]:
        with self._cond:
            return [c["command"] for c in self._state.commands]

    def webhook(self) -> tuple[str, str] | None:
        """The URL and secret token the bot registered with setWebhook; None while none is set."""
        with self._cond:
            url, secret = self._state.webhook_url, self._state.webhook_secret
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

    def handle(self, method: str, params: dict[str, Any]) -> tuple[int, dict[str, Any]] | None:
        """Answer one request: (HTTP status, JSON body), or None to drop the connection unanswered."""
        rule = self._fault_for(method)
        if rule is not None and rule.fault == "slow":  # answer in full, but late
            time.sleep(rule.delay)
            rule = None
        if rule is not None and rule.when == "before":
            return _failure(rule)
        answer = self._process(method, params)
        if rule is not None:  # processed, but the answer is lost on its way back
            return _failure(rule)
        return answer

    def _process(self, method: str, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        if method == "getUpdates":
            return 200, {"ok": True, "result": self._get_updates(params)}
        with self._cond:
            try:
                result = self._apply(method, params)
            except _Refused as refused:
                return refused.code, error(refused.code, refused.description)
            finally:
                self._cond.notify_all()
        return 200, {"ok": True, "result": result}

    def _fault_for(self, method: str) -> FaultRule | None:
        """Count the call and pick its fault; random rules share one draw, in bands, so rates add up."""
        with self._cond:
            number = self._state.calls[method] = self._state.calls.get(method, 0) + 1
            self._cond.notify_all()
            draw = self._random.setdefault(method, random.Random(f"{self._seed}:{method}")).random()
            band = 0.0
            for rule in (r for r in self.rules if r.method == method):
                band += rule.rate
                if number in rule.calls or draw < band:
                    self._state.faults[rule.label] = self._state.faults.get(rule.label, 0) + 1
                    return rule
        return None

    def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        limit = int(params.get("limit") or 100)
        wait = min(float(params.get("timeout") or 0), _MAX_LONG_POLL)
        with self._cond:
            if offset:
                # Telegram forgets an update once a later offset confirms it.
                self._state.updates = [u for u in self._state.updates if u["update_id"] >= offset]
                self._cond.notify_all()
            self._cond.wait_for(lambda: self._state.updates or self._closing, timeout=wait)
            return list(self._state.updates[:limit])

    def _apply(self, method: str, params: dict[str, Any]) -> Any:
        if method == "getMe":
            return bot_user()
        if method == "getMyCommands":
            return list(self._state.commands)
        if method == "setMyCommands":
            self._state.commands = list(params.get("commands") or [])
            return True
        if method in {"deleteMessages", "deleteMessage"}:
            self._delete(params)
        if method == "getWebhookInfo":
            url, pending = self._state.webhook_url, len(self._state.updates)
            return {"url": url, "has_custom_certificate": False, "pending_update_count": pending}
        if method in {"setWebhook", "deleteWebhook"}:
            self._state.webhook_url = str(params.get("url") or "")
            self._state.webhook_secret = str(params.get("secret_token") or "")
        if method not in {"sendMessage", "editMessageText"}:
            # deleteWebhook, answerCallbackQuery, deleteMessage(s), ...: Telegram says True
            self._state.outgoing.append(Outgoing(method, params, time.monotonic()))
            return True
        chat_id = int(params["chat_id"])
        message_id = int(params.get("message_id") or self._next_message_id(chat_id))
        self._state.outgoing.append(Outgoing(method, params, time.monotonic(), message_id))
        self._state.messages_sent += method == "sendMessage"
        self._show(chat_id, message_id)
        sent = message(chat_id, message_id, str(params.get("text", "")), from_bot=True)
        if "reply_markup" in params:
            sent["reply_markup"] = params["reply_markup"]
        return sent

    def _show(self, chat_id: int, message_id: int) -> None:
        self._state.screen.setdefault(chat_id, set()).add(message_id)

    def _delete(self, params: dict[str, Any]) -> None:
        """Delete the ids that exist and skip the rest, as Telegram does; 1 to 100 ids a call."""
        chat_id = int(params["chat_id"])
        ids = params.get("message_ids") or [params.get("message_id")]
        if not 1 <= len(ids) <= 100 or None in ids:
            raise _Refused(400, "Bad Request: message identifiers are not specified or too many")
        self._state.screen.get(chat_id, set()).difference_update(int(mid) for mid in ids)

    def _push(self, payload: dict[str, Any]) -> None:
        self._state.updates.append({"update_id": self._state.next_update_id, **payload})
        self._state.next_update_id += 1
        self._cond.notify_all()

    def _next_message_id(self, chat_id: int) -> int:
        """Message ids count up per chat, shared by the user and the bot, as in Telegram."""
        number = self._state.next_message_id.get(chat_id, 0) + 1
        self._state.next_message_id[chat_id] = number
        return number


class _Refused(Exception):
    """A request Telegram would refuse (4xx), with its code and description."""

    def __init__(self, code: int, description: str) -> None:
        super().__init__(description)
        self.code = code
        self.description = description


def _failure(rule: FaultRule) -> tuple[int, dict[str, Any]] | None:
    """The fault's answer: None drops the connection without a word."""
    if rule.fault == "drop":
        return None
    if rule.fault == "429":
        return 429, error(429, f"Too Many Requests: retry after {rule.retry_after}", rule.retry_after)
    code, description = _ERRORS[rule.fault]
    return code, error(code, description)


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that hung up (the bot stopping mid long-poll) is normal here, not worth a traceback."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


def _handler_for(api: FakeBotApi) -> type[BaseHTTPRequestHandler]:
    class _Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, as httpx expects
        # headers and body go out in separate writes; with Nagle's algorithm each answer waits ~40 ms
        disable_nagle_algorithm = True

        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            prefix, _, method = self.path.partition("/bot")[2].rpartition("/")
            refused = api.refusal(prefix)
            if refused is not None:
                self._answer(*refused)
                return
            answer = api.handle(method, decode_form(body, self.headers.get("Content-Type", "")))
            if answer is None:
                self.close_connection = True  # hang up without a word, like a broken proxy
                return
            self._answer(*answer)

        do_GET = do_POST

        def _answer(self, status: int, payload: dict[str, Any]) -> None:
            data = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: Any) -> None:
            """Silent: request lines would carry the token in the path."""

    return _Handler
