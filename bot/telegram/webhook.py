"""The webhook server: Telegram's posts in, updates to the Application; hostile posts out, cheaply.

python-telegram-bot's own webhook server reads a whole body into memory before it checks anything (up to
tornado's 100 MB default), answers malformed JSON with 500, and logs a payload it cannot parse at
CRITICAL. This one, the custom-server pattern the library documents, checks the headers first: the secret
(403), the content type (415) and the declared size (413) are refused before one byte of the body is read;
a body that grows past the limit while streaming is cut off; malformed JSON gets 400. An update is answered
200 only once it was handled, so an update in hand when the process stops or crashes is sent again by
Telegram instead of being lost (as the polling loop confirms only what was handled). On a stop, posts in
hand get a few seconds to finish, as replies do in polling; new posts and those still unfinished after
that are answered 503, which Telegram also sends again. Nothing it logs carries a body, a header value
or an address: event kinds only.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import json
import logging
import re
import signal
from collections.abc import Callable, Coroutine
from functools import partial
from http import HTTPStatus
from typing import Any

import tornado.web
from telegram import Update
from telegram.ext import Application, ExtBot
from tornado.httpserver import HTTPServer
from tornado.netutil import bind_sockets

from bot.telegram.lanes import ChatLanes

__all__ = ["MAX_BODY_BYTES", "SECRET_HEADER", "STOP_GRACE_SECONDS", "WebhookServer", "serve_webhook"]

# Telegram's updates are a few kilobytes (a 4,096-character message with its entities and the message it
# replies to stays far below 100 KB); 1 MB leaves room for any update and none for an attack on memory.
MAX_BODY_BYTES = 1_000_000
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
# A post whose body has not arrived after this long holds a connection for nothing.
_BODY_TIMEOUT_SECONDS = 30.0
# On SIGTERM, updates in hand get this long to finish; one that does not was never answered 200, so Telegram
# sends it again to the next process. Well inside the 10 s a supervisor waits before SIGKILL.
STOP_GRACE_SECONDS = 4.0
# After the grace: for cancelled updates to answer 503, and for the connections to close.
_CLOSE_SECONDS = 1.0
_STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)
_log = logging.getLogger(__name__)

Accept = Callable[[Update], Coroutine[Any, Any, None]]


def _refusal(reason: str) -> None:
    _log.info("webhook_refused reason=%s", reason)


class _InHand:
    """The updates being handled now; a stop takes no new ones, waits for these, then cancels the late."""

    def __init__(self) -> None:
        self.taking = True
        self._tasks: set[asyncio.Task[None]] = set()

    async def run(self, work: Coroutine[Any, Any, None]) -> bool:
        """Handle one update; False when a stop cancelled it (then it must not be answered 200)."""
        task = asyncio.ensure_future(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        try:
            # shielded, so a CancelledError here with the task cancelled can only be the stop's doing
            await asyncio.shield(task)
        except asyncio.CancelledError:
            if not task.cancelled():
                raise
            return False
        return True

    async def finish(self, grace: float) -> None:
        """Take no new update; give those in hand `grace` seconds, cancel the rest and let them answer."""
        self.taking = False
        if not self._tasks:
            return
        _, late = await asyncio.wait(set(self._tasks), timeout=grace)
        for task in late:
            task.cancel()
        if late:
            await asyncio.wait(late, timeout=_CLOSE_SECONDS)


@tornado.web.stream_request_body
class _UpdateHandler(tornado.web.RequestHandler):
    """One POST from Telegram: checked by its headers, read in chunks up to the limit, then handed on."""

    SUPPORTED_METHODS = ("POST",)  # type: ignore[assignment]

    def initialize(self, accept: Accept, bot: Any, secret: str | None, in_hand: _InHand) -> None:
        self._accept = accept
        self._in_hand = in_hand
        self._bot = bot
        self._secret = secret
        self._body = bytearray()

    def prepare(self) -> None:
        """Runs on the headers alone, before the body is read: refusing here never reads it."""
        given = self.request.headers.get(SECRET_HEADER, "")
        if not self._in_hand.taking:  # stopping: the next process takes it
            self._refuse(HTTPStatus.SERVICE_UNAVAILABLE, "stopping")
        elif self._secret is not None and not hmac.compare_digest(given.encode(), self._secret.encode()):
            self._refuse(HTTPStatus.FORBIDDEN, "secret")
        elif self.request.headers.get("Content-Type", "").split(";")[0].strip() != "application/json":
            self._refuse(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, "content_type")
        elif _declared_length(self.request.headers.get("Content-Length")) > MAX_BODY_BYTES:
            self._refuse(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "too_large")

    def data_received(self, chunk: bytes) -> None:
        """A body sent in chunks, without its length: stop at the limit instead of growing."""
        if self._finished:
            return
        if len(self._body) + len(chunk) > MAX_BODY_BYTES:
            self._body.clear()
            self._refuse(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "too_large")
            return
        self._body += chunk

    async def post(self) -> None:
        """Parse, hand the update on, answer 200; malformed JSON is 400, an update a stop cut short 503."""
        if self._finished:  # refused while the body streamed in
            return
        try:
            data = json.loads(bytes(self._body))
        except ValueError:  # JSONDecodeError and UnicodeDecodeError alike
            data = None
        self._body.clear()
        if not isinstance(data, dict):
            self._refuse(HTTPStatus.BAD_REQUEST, "malformed_json")
            return
        update = _parse_update(data, self._bot)
        if update is not None:
            if isinstance(self._bot, ExtBot):
                self._bot.insert_callback_data(update)
            if not await self._in_hand.run(self._accept(update)):
                self._refuse(HTTPStatus.SERVICE_UNAVAILABLE, "stopping")
                return
        # an update the library cannot read is confirmed too: a 4xx would make Telegram send it forever
        self.set_status(HTTPStatus.OK)
        self.finish()

    def _refuse(self, status: HTTPStatus, reason: str) -> None:
        _refusal(reason)
        self.set_status(status)
        self.finish()

    def log_exception(self, typ: Any, value: Any, tb: Any) -> None:
        """The default logs the request (address, path, headers): the kind is enough."""
        _log.warning("webhook_error error=%s", typ.__name__ if typ else "-")

    def write_error(self, status_code: int, **kwargs: Any) -> None:
        """No page, no traceback: the status says it."""
        self.finish()


def _declared_length(value: str | None) -> int:
    # a malformed length is tornado's to refuse (400) when it reads the body; here only size counts
    return int(value) if value is not None and value.strip().isdigit() else 0


def _parse_update(data: dict[str, Any], bot: Any) -> Update | None:
    try:
        return Update.de_json(data, bot)
    except Exception as exc:  # any shape the library cannot read: never the payload in the log
        _log.warning("webhook_update_skipped error=%s", type(exc).__name__)
        return None


class _App(tornado.web.Application):
    def log_request(self, handler: tornado.web.RequestHandler) -> None:
        """No access log: a request line can carry anything the sender put in it."""


class WebhookServer:
    """A tornado HTTP server with one route, the webhook path, and a 1 MB body limit for every route."""

    def __init__(self, path: str, accept: Accept, bot: Any, secret: str | None) -> None:
        route = rf"/{re.escape(path.strip('/'))}/?"
        self._in_hand = _InHand()
        options = {"accept": accept, "bot": bot, "secret": secret, "in_hand": self._in_hand}
        app = _App([(route, _UpdateHandler, options)])
        self._http = HTTPServer(app, max_body_size=MAX_BODY_BYTES, body_timeout=_BODY_TIMEOUT_SECONDS)

    def start(self, listen: str, port: int) -> int:
        """Listen; returns the port (useful when `port` is 0)."""
        sockets = bind_sockets(port, address=listen)
        self._http.add_sockets(sockets)
        return int(sockets[0].getsockname()[1])

    async def stop(self, grace: float = 0.0) -> None:
        """Stop listening; give the updates in hand `grace` seconds (the rest are answered 503); close."""
        self._http.stop()
        await self._in_hand.finish(grace)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._http.close_all_connections(), timeout=_CLOSE_SECONDS)


async def _handle(application: Application, update: Update) -> None:
    """Handle one update in its chat's lane (see `ChatLanes`), then let the 200 go out."""
    lanes = application.update_processor
    if isinstance(lanes, ChatLanes):
        await lanes.process_update(update, application.process_update(update))
    else:
        await application.process_update(update)


async def serve_webhook(
    application: Application,
    *,
    listen: str,
    port: int,
    path: str,
    webhook_url: str,
    secret: str | None,
    stop: asyncio.Event | None = None,
) -> None:
    """Run the Application behind this server until SIGINT/SIGTERM (or `stop`), like `run_webhook` does.

    Start-up errors (a rejected token, an unreachable Bot API) propagate, as from `run_webhook`.
    """
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in _STOP_SIGNALS:
        loop.add_signal_handler(sig, stop.set)
    try:
        await _serve(application, stop, listen, port, path, webhook_url, secret)
    finally:
        for sig in _STOP_SIGNALS:
            loop.remove_signal_handler(sig)


async def _serve(
    application: Application,
    stop: asyncio.Event,
    listen: str,
    port: int,
    path: str,
    webhook_url: str,
    secret: str | None,
) -> None:
    async with application:  # initialize ... shutdown
        if application.post_init:
            await application.post_init(application)
        # Telegram counts an update as delivered once it gets the 200: answer only after the update was
        # handled, in its chat's lane, so a crash or a stop mid-way makes Telegram send it again
        server = WebhookServer(path, partial(_handle, application), application.bot, secret)
        server.start(listen, port)
        try:
            await application.bot.set_webhook(
                url=webhook_url,
                secret_token=secret,
                allowed_updates=Update.ALL_TYPES,
                drop_pending_updates=False,
            )
            await application.start()
            await stop.wait()
        finally:
            # updates in hand get a few seconds; the rest are never answered 200, so they come back
            await server.stop(STOP_GRACE_SECONDS)
            if application.running:
                await application.stop()
            if application.post_stop:
                await application.post_stop(application)
    if application.post_shutdown:
        await application.post_shutdown(application)
