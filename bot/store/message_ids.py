"""The quick-exit bookkeeping: message ids per private chat (never text), in memory, within fixed caps.

One small class with an async API (add, read a chat's ids, forget a confirmed range): the memory side of
the state store (`bot.store.MemoryStore` holds one); `bot.store.RedisStore` offers the same calls.
"""

from __future__ import annotations

import time
from array import array
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field

from bot.store.base import MAX_AGE_SECONDS, ChatIds

__all__ = ["MAX_AGE_SECONDS", "ChatIds", "Held", "LogStats", "MessageLog"]


@dataclass(frozen=True, slots=True)
class Held:
    """Everything held for one chat: (signed id, sent at) pairs, the bot's ids negated; the stale count."""

    entries: tuple[tuple[int, float], ...]
    stale: int

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

    def keep(self, wanted: Callable[[int], bool]) -> int:
        """Keep only the entries whose signed id is `wanted`; return how many went."""
        kept = [i for i, mid in enumerate(self.ids) if wanted(mid)]
        gone = len(self.ids) - len(kept)
        if gone:
            self.sent = array("d", (self.sent[i] for i in kept))
            self.ids = array("q", (self.ids[i] for i in kept))
        return gone


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

    async def add(
        self, chat_id: int, message_id: int, *, from_bot: bool, sent_at: float | None = None
    ) -> None:
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

    async def ids(self, chat_id: int) -> ChatIds:
        """The chat's deletable ids (ascending) and the count of known ids that are not; changes nothing."""
        now = self._clock()
        chat = self._chats.get(chat_id)
        if chat is None:
            return ChatIds((), 0)
        entries = zip(chat.sent, chat.ids, strict=True)
        fresh = sorted({abs(mid) for sent, mid in entries if now - sent < MAX_AGE_SECONDS})
        old = sum(1 for sent in chat.sent if now - sent >= MAX_AGE_SECONDS)
        return ChatIds(tuple(fresh), chat.stale + old)

    async def forget(self, chat_id: int, low: int, high: int) -> int:
        """Forget the chat's ids from `low` to `high` (Telegram confirmed them deleted); return how many."""
        chat = self._chats.get(chat_id)
        if chat is None:
            return 0
        gone = chat.keep(lambda mid: not low <= abs(mid) <= high)
        self._ids -= gone
        self._drop_if_empty(chat_id, chat)
        return gone

    async def forget_stale(self, chat_id: int) -> None:
        """Forget the count of ids past deleting, once the person has been told about them."""
        chat = self._chats.get(chat_id)
        if chat is None:
            return
        self._expire(chat, self._clock())
        chat.stale = 0
        self._drop_if_empty(chat_id, chat)

    async def due(self, older_than_seconds: float) -> dict[int, list[int]]:
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

    def export(self) -> dict[int, Held]:
        """Per chat, everything held: what a shared store takes over after an outage. Changes nothing."""
        return {
            chat_id: Held(tuple(zip(chat.ids, chat.sent, strict=True)), chat.stale)
            for chat_id, chat in self._chats.items()
        }

    def stats(self) -> LogStats:
        """Counts only, never ids."""
        return LogStats(len(self._chats), self._ids, self._expired, self._dropped, self._evicted)

    def __len__(self) -> int:
        """How many message ids are held now, over all chats."""
        return self._ids

    def __contains__(self, chat_id: object) -> bool:
        return chat_id in self._chats

    def _drop_if_empty(self, chat_id: int, chat: _Chat) -> None:
        # nothing left to delete or to report: the chat id itself is forgotten too
        if not chat.ids and not chat.stale:
            del self._chats[chat_id]

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
