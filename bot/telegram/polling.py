"""Polling of the project's own: an update is confirmed to Telegram only once it has been handled.

python-telegram-bot's Updater confirms every update it fetches straight away (the next `getUpdates` offset
does that), so a crash loses whatever was queued, and one update the library cannot parse fails the whole
batch, again and again. Here:

- `getUpdates` answers are read as raw JSON and each update is parsed on its own; one that cannot be
  parsed is skipped (confirmed) with one log line naming its kind, never its content;
- each update goes to its chat's lane (`ChatLanes`): chats side by side, one chat in order;
- the next `getUpdates` asks from the oldest update still in hand, so Telegram keeps everything not yet
  answered. A stop or a crash loses nothing; a crash may answer some updates twice;
- errors back off; a token Telegram keeps refusing (401/404) ends the loop with `TokenRefused`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import time
import warnings
from collections.abc import Awaitable
from typing import Any, TypeVar

from telegram import Update
from telegram.constants import MessageType
from telegram.error import Conflict, EndPointNotFound, InvalidToken, TelegramError
from telegram.ext import Application
from telegram.warnings import PTBUserWarning

from bot.logs import log_event
from bot.telegram.lanes import ChatLanes
from bot.telegram.window import UpdateWindow

__all__ = ["TokenRefused", "poll", "run_polling"]

T = TypeVar("T")
_log = logging.getLogger(__name__)

POLL_TIMEOUT = 30  # seconds Telegram holds an idle getUpdates open
_READ_TIMEOUT = 20.0  # on top of the long poll's own wait
_BATCH = 100  # Telegram's most updates per getUpdates
# While updates are in hand: poll again this soon after a change, so handled updates are confirmed
# promptly (fewer repeats after a crash), and no more often, so polling never spins.
_BUSY_INTERVAL = 0.1
# ... and at least this often, for new updates behind one that takes long.
_BUSY_POLL = 1.0
# A stop waits this long for replies on their way; the rest are cancelled and come back after a restart.
STOP_GRACE = 4.0
_CONFIRM_TIMEOUT = 2.0
HANDLER_CEILING = 300.0  # seconds
_BACKOFF = (0.25, 0.5, 1.0, 2.0, 4.0, 8.0)
# 401/404 in a row before the token counts as refused: one from a proxy restarting is not a revocation.
_REFUSALS = 3

# The raw-JSON call is the point here: Bot.get_updates would parse (and log) the whole batch.
warnings.filterwarnings("ignore", message=r"Please use 'Bot\.getUpdates'", category=PTBUserWarning)


class TokenRefused(Exception):
    """Telegram answered getUpdates with 401 or 404 repeatedly: the token was revoked or is wrong."""


def run_polling(application: Application) -> None:
    """Poll until SIGINT or SIGTERM; raises `TokenRefused`, or what start-up raises (InvalidToken...)."""
    asyncio.run(_main(application))


async def _main(application: Application) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    try:
        async with application:  # initialize (getMe: a refused token or no network fails here), shutdown
            if application.post_init:
                await application.post_init(application)
            # updates that arrived while the bot was down are kept: never drop_pending_updates
            await application.bot.delete_webhook(drop_pending_updates=False)
            await application.start()
            try:
                await poll(application, stop)
            finally:
                await application.stop()
                if application.post_stop:
                    await application.post_stop(application)
    finally:
        if application.post_shutdown:
            await application.post_shutdown(application)


async def poll(application: Application, stop: asyncio.Event, *, timeout: int = POLL_TIMEOUT) -> None:
    """Fetch, hand out and confirm updates until `stop` is set; raises `TokenRefused`."""
    window = UpdateWindow()
    in_hand: set[asyncio.Task[None]] = set()
    fetch = _Fetcher(application)
    try:
        while not stop.is_set():
            version = window.version
            batch = await _unless_stopped(fetch(window.offset, 0 if window.busy else timeout), stop)
            if batch is None:
                continue  # stopped, or an error already waited out its back-off
            fresh = _hand_out(application, batch, window, in_hand)
            if window.busy:
                await _unless_stopped(_pace(window, version, full=len(batch) >= _BATCH, fresh=fresh), stop)
            elif not fresh:
                # an idle long poll came back empty, or with nothing usable: never spin on a server
                # that answers at once
                await _unless_stopped(asyncio.sleep(_BUSY_INTERVAL), stop)
    finally:
        await _wind_down(in_hand, window, fetch)


async def _pace(window: UpdateWindow, since: int, *, full: bool, fresh: int) -> None:
    """While updates are in hand, wait before the next getUpdates, which would return at once."""
    with contextlib.suppress(TimeoutError):
        # a batch that is done at once (messages dropped over the limit) makes room for the next at once
        await asyncio.wait_for(window.drained(), _BUSY_INTERVAL)
    if fresh or not window.busy:
        return  # more may be waiting behind this batch
    # the same batch would come back: wait for one to finish (or, with room in the batch, a while)
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(window.changed_since(since), None if full else _BUSY_POLL)


def _hand_out(
    application: Application, batch: list[Any], window: UpdateWindow, in_hand: set[asyncio.Task[None]]
) -> int:
    """Start each update not seen before in its chat's lane; returns how many were new."""
    fresh = 0
    for payload in batch:
        update_id = payload.get("update_id") if isinstance(payload, dict) else None
        if not isinstance(update_id, int) or not window.take(update_id):
            continue
        fresh += 1
        update = _parse(payload, application)
        if update is None:
            window.finish(update_id)  # skipped: confirming it is what stops it coming back forever
            continue
        task = asyncio.create_task(_handle(application, update, window), name=f"update-{update_id}")
        in_hand.add(task)
        task.add_done_callback(in_hand.discard)
    return fresh


def _parse(payload: dict[str, Any], application: Application) -> Update | None:
    """The Update, or None (logged by kind, never content) when the library cannot build one."""
    try:
        return Update.de_json(payload, application.bot)
    except Exception as exc:  # any shape the library rejects (an older server's poll, a new field)
        log_event("skipped", ms=0.0, update=_kind(payload), error=type(exc).__name__)
        return None


def _kind(payload: dict[str, Any]) -> str:
    """The update's type and, for a message, its content type: names Telegram defines, nothing else."""
    kind = next((key for key in payload if key in Update.ALL_TYPES), "unknown")
    body = payload.get(kind)
    if isinstance(body, dict):
        content = next((key for key in body if key in _CONTENT_TYPES), None)
        if content:
            return f"{kind}.{content}"
    return kind


_CONTENT_TYPES = frozenset(str(t) for t in MessageType)


async def _handle(application: Application, update: Update, window: UpdateWindow) -> None:
    """Process one update in its lane; only a finished update is confirmed, a cancelled one comes back."""
    lanes = application.update_processor
    assert isinstance(lanes, ChatLanes)
    try:
        await lanes.process_update(update, _bounded(application, update))
    except Exception as exc:  # handler errors go to the error handler; this is the pipeline itself
        log_event("error", ms=0.0, error=type(exc).__name__, where="polling")
    window.finish(update.update_id)


async def _bounded(application: Application, update: Update) -> None:
    """An update that is still being handled after the ceiling is given up (TimeoutError).

    Only a bug gets there (sends give up within seconds, 429 waits within minutes), but without it one
    stuck update would hold the offset, and so every update behind it, forever.
    """
    async with asyncio.timeout(HANDLER_CEILING):
        await application.process_update(update)


class _Fetcher:
    """getUpdates as raw JSON, with back-off after errors and a count of refusals in a row."""

    def __init__(self, application: Application) -> None:
        self._bot = application.bot
        self._failures = 0
        self._refusals = 0

    async def __call__(self, offset: int, timeout: int, limit: int = _BATCH) -> list[Any] | None:
        """The updates from `offset` on, or None after an error (already waited out)."""
        try:
            result = await self._bot.do_api_request(
                "getUpdates",
                api_kwargs={
                    "offset": offset,
                    "timeout": timeout,
                    "limit": limit,
                    "allowed_updates": Update.ALL_TYPES,
                },
                read_timeout=_READ_TIMEOUT + timeout,
            )
        except (InvalidToken, EndPointNotFound) as exc:
            self._refusals += 1
            if self._refusals >= _REFUSALS:
                raise TokenRefused(type(exc).__name__) from None
            await self._back_off(exc)
            return None
        except TelegramError as exc:  # network, 5xx, 409, 429 beyond the rate limiter's retries
            self._refusals = 0
            await self._back_off(exc)
            return None
        self._failures = self._refusals = 0
        return result if isinstance(result, list) else []

    async def _back_off(self, exc: TelegramError) -> None:
        delay = _BACKOFF[min(self._failures, len(_BACKOFF) - 1)]
        self._failures += 1
        if isinstance(exc, Conflict):
            _log.warning("another process is polling with this token: stop it, or run one instance only")
        _log.warning("poll_retry error=%s delay_s=%.2f", type(exc).__name__, delay)
        await asyncio.sleep(delay)

    async def confirm(self, offset: int) -> None:
        """Tell Telegram everything below `offset` is done; best effort, briefly (the bot is stopping)."""
        kwargs = {"offset": offset, "timeout": 0, "limit": 1}
        confirm = self._bot.do_api_request("getUpdates", api_kwargs=kwargs)
        with contextlib.suppress(TelegramError, TimeoutError):
            await asyncio.wait_for(confirm, _CONFIRM_TIMEOUT)


async def _wind_down(in_hand: set[asyncio.Task[None]], window: UpdateWindow, fetch: _Fetcher) -> None:
    """Give replies on their way a moment, cancel the rest (they come back), confirm what was done."""
    began = time.perf_counter()
    pending: set[asyncio.Task[None]] = set()
    if in_hand:
        _, pending = await asyncio.wait(set(in_hand), timeout=STOP_GRACE)
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
    if window.offset:
        await fetch.confirm(window.offset)
    log_event("stop", ms=(time.perf_counter() - began) * 1000, unfinished=len(pending))


async def _unless_stopped(work: Awaitable[T], stop: asyncio.Event) -> T | None:
    """`work`'s result, or None (with `work` cancelled) as soon as `stop` is set."""
    task = asyncio.ensure_future(work)
    stopper = asyncio.ensure_future(stop.wait())
    try:
        await asyncio.wait({task, stopper}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        stopper.cancel()
    if not task.done():
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        return None
    return task.result()

