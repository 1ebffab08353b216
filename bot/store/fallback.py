"""Redis when it answers, this process's memory when it does not: a person in crisis still gets a reply.

An outage is logged once when it starts and once when it ends, with the error's type only. While Redis is
down every call goes to memory, and Redis is tried again at most every `retry_seconds`, so a dead server
does not add a timeout to every reply. Quick exit always reads both sides, so it still deletes what this
process saw during the outage; when Redis is back, what memory gathered is handed over to it.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from typing import TypeVar

from redis.exceptions import RedisError

from bot.store.base import ChatIds, RateCheck
from bot.store.memory import MemoryStore
from bot.store.redisstore import RedisStore

__all__ = ["FallbackStore"]

_log = logging.getLogger(__name__)
_T = TypeVar("_T")
# What "Redis cannot be reached" looks like: refused or dropped connections, timeouts, a server still
# loading its data or refusing writes. Anything else is a bug and is raised.
_UNREACHABLE = (RedisError, OSError, asyncio.TimeoutError)


class FallbackStore:
    """A `RedisStore` in front, a `MemoryStore` behind it for outages; callers see one store."""

    def __init__(
        self,
        primary: RedisStore,
        fallback: MemoryStore | None = None,
        *,
        retry_seconds: float = 2.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._primary = primary
        self._memory = fallback or MemoryStore()
        self._retry_seconds = retry_seconds
        self._clock = clock
        self._down_since: float | None = None
        self._next_try = 0.0
        self._handing_over = False
        self.outages = 0

    @property
    def degraded(self) -> bool:
        """True while Redis is considered unreachable and memory serves."""
        return self._down_since is not None

    async def add(
        self, chat_id: int, message_id: int, *, from_bot: bool, sent_at: float | None = None
    ) -> None:
        """Record one message id, in Redis or, during an outage, in memory."""
        await self._either(lambda s: s.add(chat_id, message_id, from_bot=from_bot, sent_at=sent_at))

    async def ids(self, chat_id: int) -> ChatIds:
        """Both sides: Redis (when it answers) and whatever memory gathered during an outage."""
        local = await self._memory.ids(chat_id)
        shared = await self._primary_or(lambda s: s.ids(chat_id), ChatIds(()))
        return ChatIds(tuple(sorted({*shared.ids, *local.ids})), shared.stale + local.stale)

    async def forget(self, chat_id: int, low: int, high: int) -> int:
        """Forget confirmed deletions on both sides; what Redis could not forget is deleted again later."""
        local = await self._memory.forget(chat_id, low, high)
        return local + await self._primary_or(lambda s: s.forget(chat_id, low, high), 0)

    async def forget_stale(self, chat_id: int) -> None:
        """Clear the stale count on both sides."""
        await self._memory.forget_stale(chat_id)
        await self._primary_or(lambda s: s.forget_stale(chat_id), None)

    async def due(self, older_than_seconds: float) -> dict[int, list[int]]:
        """Due ids from both sides, each removed where it was found."""
        found = await self._memory.due(older_than_seconds)
        shared = await self._primary_or(lambda s: s.due(older_than_seconds), {})
        for chat_id, ids in shared.items():
            found[chat_id] = sorted({*found.get(chat_id, ()), *ids})
        return found

    async def check_rate(self, user_id: int, *, limit: int, window: float) -> RateCheck:
        """Shared windows when Redis answers; this process's own during an outage."""
        return await self._either(lambda s: s.check_rate(user_id, limit=limit, window=window))

    async def mark_answered(self, update_id: int) -> None:
        """Remember an answered update where it can be seen."""
        await self._either(lambda s: s.mark_answered(update_id))

    async def is_answered(self, update_id: int) -> bool:
        """Answered here during an outage, or by any replica."""
        if await self._memory.is_answered(update_id):
            return True
        return await self._primary_or(lambda s: s.is_answered(update_id), False)

    async def mark_concern(self, chat_id: int, *, seconds: float) -> None:
        """Open a window where it can be seen: Redis, or memory during an outage."""
        await self._either(lambda s: s.mark_concern(chat_id, seconds=seconds))

    async def in_concern(self, chat_id: int) -> bool:
        """Opened here during an outage, or by any replica."""
        if await self._memory.in_concern(chat_id):
            return True
        return await self._primary_or(lambda s: s.in_concern(chat_id), False)

    async def forget_concern(self, chat_id: int) -> None:
        """Close the window on both sides; Redis's expires by itself if it cannot be reached now."""
        await self._memory.forget_concern(chat_id)
        await self._primary_or(lambda s: s.forget_concern(chat_id), None)

    async def ping(self) -> bool:
        """True when Redis answers now (tried even during an outage)."""
        try:
            ok = await self._primary.ping()
        except _UNREACHABLE as exc:
            self._went_down(exc)
            return False
        await self._came_back()
        return ok

    def describe(self) -> str:
        """One line for operators."""
        if self.degraded:
            return "redis, unreachable: using this process's memory until it answers again"
        return self._primary.describe()

    async def aclose(self) -> None:
        """Close the Redis connections."""
        await self._primary.aclose()

    async def _either(self, call: Callable[[RedisStore | MemoryStore], Awaitable[_T]]) -> _T:
        """Redis when it answers, else memory."""
        if self._skip_primary():
            return await call(self._memory)
        try:
            result = await call(self._primary)
        except _UNREACHABLE as exc:
            self._went_down(exc)
            return await call(self._memory)
        await self._came_back()
        return result

    async def _primary_or(self, call: Callable[[RedisStore], Awaitable[_T]], default: _T) -> _T:
        """Redis's answer, or `default` during an outage (memory was already consulted)."""
        if self._skip_primary():
            return default
        try:
            result = await call(self._primary)
        except _UNREACHABLE as exc:
            self._went_down(exc)
            return default
        await self._came_back()
        return result

    def _skip_primary(self) -> bool:
        if self._down_since is None:
            return False
        now = self._clock()
        if now < self._next_try:
            return True
        self._next_try = now + self._retry_seconds  # one caller tries; the others keep using memory
        return False

    def _went_down(self, exc: BaseException) -> None:
        if self._down_since is not None:
            return  # one line per outage, not one per message
        self._down_since = self._clock()
        self._next_try = self._down_since + self._retry_seconds
        self.outages += 1
        _log.warning("state_store_unreachable error=%s fallback=memory", type(exc).__name__)

    async def _came_back(self) -> None:
        if self._down_since is None or self._handing_over:
            return
        self._handing_over = True
        try:
            moved = await self._hand_over()
        except _UNREACHABLE:
            self._next_try = self._clock() + self._retry_seconds
            return  # still the same outage
        finally:
            self._handing_over = False
        seconds = self._clock() - self._down_since
        self._down_since = None
        _log.warning("state_store_recovered after_s=%.1f handed_over=%d", seconds, moved)

    async def _hand_over(self) -> int:
        """Copy the ids memory gathered into Redis, then drop them from memory; return how many."""
        for update_id in self._memory.answered_ids():
            await self._primary.mark_answered(update_id)
        for chat_id, seconds_left in self._memory.concerns().items():
            await self._primary.mark_concern(chat_id, seconds=seconds_left)
            await self._memory.forget_concern(chat_id)
        moved = 0
        for chat_id, held in self._memory.export().items():
            for signed, sent_at in held.entries:
                await self._primary.add(chat_id, abs(signed), from_bot=signed < 0, sent_at=sent_at)
                # only what was copied: a reply sent meanwhile was recorded in memory and stays there
                await self._memory.forget(chat_id, abs(signed), abs(signed))
            await self._primary.add_stale(chat_id, held.stale)
            await self._memory.forget_stale(chat_id)
            moved += len(held.entries)
        return moved
