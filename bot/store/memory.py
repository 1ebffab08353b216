"""The default store: everything in this process's memory, within fixed caps; nothing touches disk.

A restart forgets it all, and each process has its own; `bot.store.redisstore` is the shared one. It is
also what the Redis store falls back to while Redis cannot be reached.
"""

from __future__ import annotations

import math
import time
from array import array
from collections import OrderedDict, deque
from collections.abc import Callable
from dataclasses import dataclass, field

from bot.store.base import ANSWERED_SECONDS, MAX_AGE_SECONDS, MAX_IDS_PER_CHAT, ChatIds, RateCheck

__all__ = ["MemoryStore"]


@dataclass(slots=True)
class _Chat:
    # Parallel arrays, oldest first: 16 bytes an id where a tuple in a deque costs about 130, so a store
    # full at the default caps stays near 40 MB. The bot's own ids are stored negated (ids are positive).
    sent: array[float] = field(default_factory=lambda: array("d"))
    ids: array[int] = field(default_factory=lambda: array("q"))
    stale: int = 0
    last_active: float = 0.0

    def drop_first(self, count: int) -> None:
        del self.sent[:count]
        del self.ids[:count]
        self.stale += count

    def drop_older(self, cutoff: float) -> int:
        """Drop the entries sent at or before `cutoff` into the stale count; return how many."""
        keep = [i for i, sent in enumerate(self.sent) if sent > cutoff]
        dropped = len(self.sent) - len(keep)
        if dropped:
            self.keep_only(keep)
            self.stale += dropped
        return dropped

    def keep_only(self, indexes: list[int]) -> None:
        self.sent = array("d", (self.sent[i] for i in indexes))
        self.ids = array("q", (self.ids[i] for i in indexes))


@dataclass(frozen=True, slots=True)
class _Held:
    entries: tuple[tuple[int, float], ...]
    stale: int


@dataclass(slots=True)
class _Window:
    stamps: deque[float] = field(default_factory=deque)
    noticed_at: float | None = None
    dropped: int = 0


class MemoryStore:
    """Quick-exit ids, rate-limit windows and answered updates in this process; caps bound the memory."""

    def __init__(
        self,
        *,
        max_chats: int = 10_000,
        max_ids_per_chat: int = MAX_IDS_PER_CHAT,
        max_users: int = 10_000,
        max_answered: int = 50_000,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if min(max_chats, max_ids_per_chat, max_users, max_answered) < 1:
            raise ValueError("every cap must be at least 1")
        self._max_chats = max_chats
        self._max_ids = max_ids_per_chat
        self._max_users = max_users
        self._max_answered = max_answered
        self._clock = clock
        # least recently active first, so eviction and expiry both pop from the front
        self._chats: OrderedDict[int, _Chat] = OrderedDict()
        self._windows: OrderedDict[int, _Window] = OrderedDict()
        self._answered: OrderedDict[int, float] = OrderedDict()

    # quick exit -------------------------------------------------------------------------------------------

    async def add(
        self, chat_id: int, message_id: int, *, from_bot: bool, sent_at: float | None = None
    ) -> None:
        """Record one message id of a private chat; `sent_at` (epoch seconds) defaults to now."""
        now = self._clock()
        self._prune_chats(now)
        chat = self._chats.get(chat_id)
        if chat is None:
            if len(self._chats) >= self._max_chats:
                self._chats.popitem(last=False)  # the chat quiet the longest
            chat = self._chats[chat_id] = _Chat()
        self._chats.move_to_end(chat_id)
        chat.last_active = now
        chat.drop_older(now - MAX_AGE_SECONDS)
        signed = -message_id if from_bot else message_id
        if signed in chat.ids:
            return  # the same message recorded twice (a retried handler) is one message
        when = min(sent_at if sent_at is not None else now, now)
        # ids only grow within a chat, so id order is send order, even when an update arrives late
        index = len(chat.ids)
        while index and abs(chat.ids[index - 1]) > message_id:
            index -= 1
        chat.sent.insert(index, when)
        chat.ids.insert(index, signed)
        if len(chat.ids) > self._max_ids:
            chat.drop_first(len(chat.ids) - self._max_ids)

    async def ids(self, chat_id: int) -> ChatIds:
        """The chat's deletable ids (ascending) and the count of known ids that are not; changes nothing."""
        chat = self._chats.get(chat_id)
        if chat is None:
            return ChatIds(())
        cutoff = self._clock() - MAX_AGE_SECONDS
        entries = zip(chat.sent, chat.ids, strict=True)
        fresh = sorted({abs(signed) for sent, signed in entries if sent > cutoff})
        return ChatIds(tuple(fresh), chat.stale + len(chat.ids) - len(fresh))

    async def forget(self, chat_id: int, low: int, high: int) -> int:
        """Forget the chat's ids from `low` to `high` (Telegram confirmed them deleted); return how many."""
        chat = self._chats.get(chat_id)
        if chat is None:
            return 0
        before = len(chat.ids)
        chat.keep_only([i for i, signed in enumerate(chat.ids) if not low <= abs(signed) <= high])
        self._drop_if_empty(chat_id, chat)
        return before - len(chat.ids)

    async def forget_stale(self, chat_id: int) -> None:
        """Forget the count of ids past deleting (and those ids), once the person has been told."""
        chat = self._chats.get(chat_id)
        if chat is None:
            return
        chat.drop_older(self._clock() - MAX_AGE_SECONDS)
        chat.stale = 0
        self._drop_if_empty(chat_id, chat)

    async def due(self, older_than_seconds: float) -> dict[int, list[int]]:
        """Remove and return, per chat, the bot's message ids at least `older_than_seconds` old."""
        now = self._clock()
        self._prune_chats(now)
        found: dict[int, list[int]] = {}
        for chat_id, chat in self._chats.items():
            cutoff = now - older_than_seconds
            due = [i for i, signed in enumerate(chat.ids) if signed < 0 and chat.sent[i] <= cutoff]
            if due:
                found[chat_id] = [-chat.ids[i] for i in due]
                taken = set(due)
                chat.keep_only([i for i in range(len(chat.ids)) if i not in taken])
        return found

    def _drop_if_empty(self, chat_id: int, chat: _Chat) -> None:
        # nothing left to delete or to report: the chat id itself is forgotten too
        if not chat.ids and not chat.stale:
            del self._chats[chat_id]

    def _prune_chats(self, now: float) -> None:
        # a chat quiet for the whole window holds no deletable id: forget it, chat id included
        while self._chats:
            chat_id, chat = next(iter(self._chats.items()))
            if now - chat.last_active < MAX_AGE_SECONDS:
                return
            del self._chats[chat_id]

    # rate limit -------------------------------------------------------------------------------------------

    async def check_rate(self, user_id: int, *, limit: int, window: float) -> RateCheck:
        """Count one message of a person against `limit` per `window` seconds (`limit <= 0`: no limit)."""
        if limit <= 0:
            return RateCheck(allowed=True)
        now = self._clock()
        state = self._windows.pop(user_id, None) or _Window()
        self._windows[user_id] = state  # most recently active last, so the cap evicts the quietest
        if len(self._windows) > self._max_users:
            self._windows.popitem(last=False)
        while state.stamps and state.stamps[0] <= now - window:
            state.stamps.popleft()
        if len(state.stamps) < limit:
            state.stamps.append(now)
            return RateCheck(allowed=True)
        # refused messages are not counted, so a flood does not push the wait further out
        wait = max(1, math.ceil(state.stamps[0] + window - now))
        if state.noticed_at is None or now - state.noticed_at >= window:
            state.noticed_at, state.dropped = now, 0
            return RateCheck(allowed=False, wait_seconds=wait, notify=True)
        state.dropped += 1
        return RateCheck(allowed=False, wait_seconds=wait, dropped=state.dropped)

    # answered updates -------------------------------------------------------------------------------------

    async def mark_answered(self, update_id: int) -> None:
        """Remember that an update got its reply, for a day or until the cap pushes it out."""
        now = self._clock()
        self._answered[update_id] = now
        self._answered.move_to_end(update_id)
        while self._answered:
            oldest, at = next(iter(self._answered.items()))
            if len(self._answered) <= self._max_answered and now - at < ANSWERED_SECONDS:
                break
            del self._answered[oldest]

    async def is_answered(self, update_id: int) -> bool:
        """True when the update already got its reply from this process."""
        at = self._answered.get(update_id)
        return at is not None and self._clock() - at < ANSWERED_SECONDS

    # the rest of the interface ----------------------------------------------------------------------------

    async def ping(self) -> bool:
        """Memory is always there."""
        return True

    def describe(self) -> str:
        """One line for operators."""
        return "memory (this process only; a restart forgets it)"

    async def aclose(self) -> None:
        """Nothing to release."""

    def counts(self) -> dict[str, int]:
        """Sizes only, never ids: for tests, benchmarks and the fallback's hand-over."""
        return {
            "chats": len(self._chats),
            "ids": sum(len(chat.ids) for chat in self._chats.values()),
            "users": len(self._windows),
            "answered": len(self._answered),
        }

    def export(self) -> dict[int, _Held]:
        """Per chat, every id held (signed: the bot's negated) with its send time, and the stale count:
        what a shared store takes over after an outage. Read-only."""
        return {
            chat_id: _Held(tuple(zip(chat.ids, chat.sent, strict=True)), chat.stale)
            for chat_id, chat in self._chats.items()
        }

    def answered_ids(self) -> list[int]:
        """The answered update ids held here, oldest first."""
        return list(self._answered)
