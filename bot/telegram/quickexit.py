"""Quick exit: remember message ids per private chat (never text) and delete both sides on request.

Telegram lets a bot delete its own and the person's messages in a private chat only while they are under
48 hours old (Bot API `deleteMessages`, at most 100 ids per call). Nothing here reads or keeps text, and the
log lines carry event kinds and counts only: no chat ids, no message ids, no error messages.
"""

from __future__ import annotations

import asyncio
import datetime as dtm
import logging
import time
import warnings
from array import array
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from telegram.error import RetryAfter, TelegramError

from knowledge.hotline import HOTLINE_NUMBER

__all__ = [
    "DELETE_BATCH",
    "MAX_AGE_SECONDS",
    "NOTICE_TEXT",
    "ExitResult",
    "LogStats",
    "MessageLog",
    "Taken",
    "auto_delete",
    "auto_delete_loop",
    "quick_exit",
]

_log = logging.getLogger(__name__)

# Telegram's limit is 48 hours from when the message was sent. Half an hour less covers clock skew between
# us and Telegram, an id recorded a little after its message was sent, and the seconds a long run of
# batches takes; an id past this is reported as not deletable instead of failing a whole batch.
MAX_AGE_SECONDS = 47.5 * 3600
# Bot API deleteMessages takes 1 to 100 ids per call.
DELETE_BATCH = 100
# A flood-control wait longer than this is not worth holding a quick exit for: report those as failed.
_MAX_RETRY_WAIT = 5.0

# Neutral on purpose: a watched phone may show it, so it names neither the topic nor the bot's purpose.
NOTICE_TEXT = (
    "Some messages here could not be removed. To clear them, delete this chat from your chat list.\n"
    f"{HOTLINE_NUMBER}"
)


@dataclass(frozen=True, slots=True)
class Taken:
    """What `MessageLog.take` removed: ids still deletable, and how many were too old or dropped."""

    fresh_ids: tuple[int, ...]
    stale_count: int


@dataclass(frozen=True, slots=True)
class ExitResult:
    """Counts only: ids Telegram accepted for deletion, ids that could not be deleted, notice sent or not."""

    deleted: int
    failed: int
    notice_sent: bool


@dataclass(frozen=True, slots=True)
class LogStats:
    """Counts for tests and operators: what is held now and what was lost to age or the memory caps."""

    chats: int
    ids: int
    expired_ids: int
    dropped_ids: int
    evicted_chats: int


@dataclass(slots=True)
class _Chat:
    # Parallel arrays, oldest first: 16 bytes an id where a tuple in a deque costs about 130, so a log
    # full at the default caps stays near 40 MB. The bot's own ids are stored negated (ids are positive).
    sent: array[float] = field(default_factory=lambda: array("d"))
    ids: array[int] = field(default_factory=lambda: array("q"))
    # ids that aged out or were dropped by the cap: still on screen, so quick exit must say so
    stale: int = 0
    last_active: float = 0.0

    def drop_first(self, count: int) -> None:
        del self.sent[:count]
        del self.ids[:count]
        self.stale += count

    def count_older(self, cutoff: float) -> int:
        """How many entries at the front were sent at or before `cutoff`."""
        count = 0
        while count < len(self.sent) and self.sent[count] <= cutoff:
            count += 1
        return count


class MessageLog:
    """Message ids per chat, in memory only, for at most `MAX_AGE_SECONDS`, within fixed memory caps."""

    def __init__(
        self,
        *,
        max_chats: int = 10_000,
        max_ids_per_chat: int = 200,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if max_chats < 1 or max_ids_per_chat < 1:
            raise ValueError("max_chats and max_ids_per_chat must be at least 1")
        self._max_chats = max_chats
        self._max_ids = max_ids_per_chat
        self._clock = clock
        # least recently active chat first, so eviction and expiry both pop from the front
        self._chats: OrderedDict[int, _Chat] = OrderedDict()
        self._ids = 0
        self._expired = 0
        self._dropped = 0
        self._evicted = 0

    def add(self, chat_id: int, message_id: int, *, from_bot: bool, sent_at: float | None = None) -> None:
        """Record one message id; `sent_at` (the message's date, epoch seconds) defaults to now."""
        now = self._clock()
        self._prune_chats(now)
        chat = self._chats.get(chat_id)
        if chat is None:
            if len(self._chats) >= self._max_chats:
                self._evict_oldest_chat()
            chat = self._chats[chat_id] = _Chat()
        self._chats.move_to_end(chat_id)
        chat.last_active = now
        self._expire(chat, now)
        chat.sent.append(min(sent_at if sent_at is not None else now, now))
        chat.ids.append(-message_id if from_bot else message_id)
        self._ids += 1
        if len(chat.ids) > self._max_ids:
            chat.drop_first(1)
            self._ids -= 1
            self._dropped += 1

    def take(self, chat_id: int) -> Taken:
        """Remove everything known about a chat; return the ids still deletable and the count that are not."""
        now = self._clock()
        self._prune_chats(now)
        chat = self._chats.pop(chat_id, None)
        if chat is None:
            return Taken((), 0)
        self._ids -= len(chat.ids)
        entries = zip(chat.sent, chat.ids, strict=True)
        fresh = tuple(abs(mid) for sent, mid in entries if now - sent < MAX_AGE_SECONDS)
        return Taken(fresh, chat.stale + len(chat.ids) - len(fresh))

    def due(self, older_than_seconds: float) -> dict[int, list[int]]:
        """Remove and return, per chat, the bot's message ids at least `older_than_seconds` old."""
        now = self._clock()
        self._prune_chats(now)
        found: dict[int, list[int]] = {}
        for chat_id, chat in self._chats.items():
            self._expire(chat, now)
            ids = self._take_bot_ids(chat, now - older_than_seconds)
            if ids:
                found[chat_id] = ids
        return found

    def stats(self) -> LogStats:
        """Counts only, never ids."""
        return LogStats(len(self._chats), self._ids, self._expired, self._dropped, self._evicted)

    def __len__(self) -> int:
        """How many message ids are held now, over all chats."""
        return self._ids

    def __contains__(self, chat_id: object) -> bool:
        return chat_id in self._chats

    def _take_bot_ids(self, chat: _Chat, cutoff: float) -> list[int]:
        # entries are oldest first, so only the front up to the cutoff is examined
        count = chat.count_older(cutoff)
        ids = [-mid for mid in chat.ids[:count] if mid < 0]
        if ids:
            keep = [i for i in range(count) if chat.ids[i] > 0]
            chat.sent[:count] = array("d", (chat.sent[i] for i in keep))
            chat.ids[:count] = array("q", (chat.ids[i] for i in keep))
            self._ids -= len(ids)
        return ids

    def _expire(self, chat: _Chat, now: float) -> None:
        count = chat.count_older(now - MAX_AGE_SECONDS)
        if count:
            chat.drop_first(count)
            self._ids -= count
            self._expired += count

    def _prune_chats(self, now: float) -> None:
        # a chat quiet for the whole window holds no deletable id: forget it, chat id included
        while self._chats:
            chat_id, chat = next(iter(self._chats.items()))
            if now - chat.last_active < MAX_AGE_SECONDS:
                return
            del self._chats[chat_id]
            self._ids -= len(chat.ids)
            self._expired += len(chat.ids)

    def _evict_oldest_chat(self) -> None:
        _, chat = self._chats.popitem(last=False)
        self._ids -= len(chat.ids)
        self._dropped += len(chat.ids)
        self._evicted += 1


def _retry_seconds(exc: RetryAfter) -> float:
    # ptb 22 warns that retry_after will become a timedelta; accept either without the warning
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        wait: Any = exc.retry_after
    return wait.total_seconds() if isinstance(wait, dtm.timedelta) else float(wait)


async def _delete_batch(bot: Any, chat_id: int, batch: Sequence[int]) -> bool:
    """Ask Telegram to delete one batch; one retry after a short flood wait; False if it failed."""
    for attempt in range(2):
        try:
            return bool(await bot.delete_messages(chat_id=chat_id, message_ids=list(batch)))
        except RetryAfter as exc:
            wait = _retry_seconds(exc)
            _log.warning("delete_batch_flood_wait")
            if attempt or wait > _MAX_RETRY_WAIT:
                return False
            await asyncio.sleep(wait)
        except TelegramError as exc:
            _log.warning("delete_batch_failed error=%s", type(exc).__name__)
            return False
    return False


async def _delete_all(bot: Any, chat_id: int, ids: Sequence[int]) -> tuple[int, int]:
    """Delete `ids` in batches; return (accepted, failed) counts."""
    deleted = failed = 0
    for start in range(0, len(ids), DELETE_BATCH):
        batch = ids[start : start + DELETE_BATCH]
        if await _delete_batch(bot, chat_id, batch):
            deleted += len(batch)
        else:
            failed += len(batch)
    return deleted, failed


async def _send_notice(bot: Any, chat_id: int, log: MessageLog) -> bool:
    try:
        # silent: a notification sound or banner draws the eye of whoever holds the phone
        sent = await bot.send_message(chat_id=chat_id, text=NOTICE_TEXT, disable_notification=True)
    except TelegramError as exc:
        _log.warning("quick_exit_notice_failed error=%s", type(exc).__name__)
        return False
    log.add(chat_id, sent.message_id, from_bot=True)
    return True


async def quick_exit(bot: Any, chat_id: int, log: MessageLog, *, extra_ids: Iterable[int] = ()) -> ExitResult:
    """Delete every recorded message of the chat, both sides, newest first; stay silent if all went.

    Args:
        bot: a `telegram.Bot` (or anything with the same async `delete_messages` and `send_message`).
        chat_id: the private chat to clear.
        log: where the chat's message ids were recorded; the chat's entries are removed from it.
        extra_ids: ids not recorded yet, such as the /forget message or the message holding the button.

    Returns:
        Counts only. When anything could not be deleted, one neutral notice was sent (`notice_sent`) and
        recorded in `log`, so the next quick exit deletes it too.
    """
    taken = log.take(chat_id)
    # newest first: what is on screen now disappears first
    ids = sorted(set(taken.fresh_ids).union(extra_ids), reverse=True)
    deleted, failed = await _delete_all(bot, chat_id, ids)
    failed += taken.stale_count
    notice_sent = await _send_notice(bot, chat_id, log) if failed else False
    _log.info("quick_exit deleted=%d failed=%d notice=%s", deleted, failed, notice_sent)
    return ExitResult(deleted=deleted, failed=failed, notice_sent=notice_sent)


def _check_hours(older_than_hours: float) -> float:
    seconds = older_than_hours * 3600
    if not 0 < seconds < MAX_AGE_SECONDS:
        raise ValueError(f"auto-delete hours must be above 0 and below {MAX_AGE_SECONDS / 3600:g}")
    return seconds


async def auto_delete(bot: Any, log: MessageLog, *, older_than_hours: float) -> int:
    """Delete the bot's own messages at least `older_than_hours` old, in every chat; return how many went."""
    total = 0
    for chat_id, ids in log.due(_check_hours(older_than_hours)).items():
        deleted, _ = await _delete_all(bot, chat_id, ids)
        total += deleted
    if total:
        _log.info("auto_delete deleted=%d", total)
    return total


async def auto_delete_loop(
    bot: Any, log: MessageLog, *, older_than_hours: float, interval_seconds: float = 60.0
) -> None:
    """Run `auto_delete` every `interval_seconds` until cancelled; an error is logged by type and survived."""
    _check_hours(older_than_hours)  # a bad setting fails here, at start, not silently in every round
    while True:
        try:
            await auto_delete(bot, log, older_than_hours=older_than_hours)
        except Exception as exc:
            _log.error("auto_delete_failed error=%s", type(exc).__name__)
        await asyncio.sleep(interval_seconds)
