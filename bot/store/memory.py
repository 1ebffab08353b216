"""The default store: everything in this process's memory, within fixed caps; nothing touches disk.

A restart forgets it all, and each process has its own; `bot.store.redisstore` is the shared one. It is
also what the Redis store falls back to while Redis cannot be reached.
"""

from __future__ import annotations

import math
import time
from collections import OrderedDict, deque
from collections.abc import Callable
from dataclasses import dataclass, field

from bot.store.base import ANSWERED_SECONDS, MAX_IDS_PER_CHAT, ChatIds, RateCheck
from bot.store.message_ids import Held, LogStats, MessageLog

__all__ = ["MemoryStore"]


@dataclass(slots=True)
class _Window:
    stamps: deque[float] = field(default_factory=deque)
    noticed_at: float | None = None
    dropped: int = 0


class MemoryStore:
    """Quick-exit ids, rate-limit windows, answered updates and concern windows in this process; caps bound
    the memory."""

    def __init__(
        self,
        *,
        max_chats: int = 10_000,
        max_ids_per_chat: int = MAX_IDS_PER_CHAT,
        max_users: int = 10_000,
        max_answered: int = 50_000,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if min(max_users, max_answered) < 1:
            raise ValueError("every cap must be at least 1")
        self._log = MessageLog(max_chats=max_chats, max_ids_per_chat=max_ids_per_chat, clock=clock)
        self._max_users = max_users
        self._max_answered = max_answered
        self._clock = clock
        # least recently active first, so the caps evict the quietest
        self._windows: OrderedDict[int, _Window] = OrderedDict()
        self._answered: OrderedDict[int, float] = OrderedDict()
        # chat id -> when its concern window ends; least recently marked first
        self._concerns: OrderedDict[int, float] = OrderedDict()
        self._max_concerns = max_chats

    # quick exit: the message log's own calls ------------------------------------------------------------

    async def add(
        self, chat_id: int, message_id: int, *, from_bot: bool, sent_at: float | None = None
    ) -> None:
        """Record one message id of a private chat; `sent_at` (epoch seconds) defaults to now."""
        await self._log.add(chat_id, message_id, from_bot=from_bot, sent_at=sent_at)

    async def ids(self, chat_id: int) -> ChatIds:
        """The chat's deletable ids (ascending) and the count of known ids that are not; changes nothing."""
        return await self._log.ids(chat_id)

    async def forget(self, chat_id: int, low: int, high: int) -> int:
        """Forget the chat's ids from `low` to `high` (Telegram confirmed them deleted); return how many."""
        return await self._log.forget(chat_id, low, high)

    async def forget_stale(self, chat_id: int) -> None:
        """Forget the count of ids past deleting (and those ids), once the person has been told."""
        await self._log.forget_stale(chat_id)

    async def due(self, older_than_seconds: float) -> dict[int, list[int]]:
        """Remove and return, per chat, the bot's message ids at least `older_than_seconds` old."""
        return await self._log.due(older_than_seconds)

    def stats(self) -> LogStats:
        """Counts only, never ids."""
        return self._log.stats()

    def __len__(self) -> int:
        """How many message ids are held now, over all chats."""
        return len(self._log)

    def __contains__(self, chat_id: object) -> bool:
        return chat_id in self._log

    # rate limit -------------------------------------------------------------------------------------------

    async def check_rate(self, user_id: int, *, limit: int, window: float) -> RateCheck:
        """Count one message of a person against `limit` per `window` seconds (`limit <= 0`: no limit)."""
        if limit <= 0:
            return RateCheck(allowed=True)
        now = self._clock()
        state = self._windows.pop(user_id, None) or _Window()
        self._windows[user_id] = state
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

    # concern windows ---------------------------------------------------------------------------------------

    async def mark_concern(self, chat_id: int, *, seconds: float) -> None:
        """Open or extend the chat's window; ended and surplus windows go first, so none outlives its end."""
        now = self._clock()
        self._concerns.pop(chat_id, None)
        while self._concerns:
            oldest, until = next(iter(self._concerns.items()))
            if len(self._concerns) < self._max_concerns and until > now:
                break
            del self._concerns[oldest]
        self._concerns[chat_id] = now + seconds

    async def in_concern(self, chat_id: int) -> bool:
        """True while the chat's window is open; an ended one is forgotten here."""
        until = self._concerns.get(chat_id)
        if until is not None and until <= self._clock():
            del self._concerns[chat_id]
            until = None
        return until is not None

    async def forget_concern(self, chat_id: int) -> None:
        """Forget the chat's window."""
        self._concerns.pop(chat_id, None)

    def concerns(self) -> dict[int, float]:
        """Per chat, the seconds its open window has left: what a shared store takes over after an outage."""
        now = self._clock()
        return {chat_id: until - now for chat_id, until in self._concerns.items() if until > now}

    # the rest of the interface ----------------------------------------------------------------------------

    async def ping(self) -> bool:
        """Memory is always there."""
        return True

    def describe(self) -> str:
        """One line for operators."""
        return "memory (this process only; a restart forgets it)"

    async def aclose(self) -> None:
        """Nothing to release."""

    def export(self) -> dict[int, Held]:
        """Per chat, every id held with its send time, and the stale count: what a shared store takes over
        after an outage. Changes nothing."""
        return self._log.export()

    def people(self) -> int:
        """How many people's rate-limit windows are held (a count, never ids)."""
        return len(self._windows)

    def answered_ids(self) -> list[int]:
        """The answered update ids held here, oldest first."""
        return list(self._answered)
