"""The shared store: Redis, through redis-py's asyncio client, with keys that identify no one.

Every key is an HMAC of a chat, user or update id (`bot.store.keys`) and every key expires: a chat's ids
47.5 hours after its last message, a rate-limit window after the window, an answered update after a day,
a concern window when it ends. Values are message ids, times and counts. Each change is one Lua script (or
one command), so replicas never interleave half-done updates. Errors reach the caller unchanged:
`bot.store.fallback` decides what an outage means.
"""

from __future__ import annotations

import itertools
import math
import secrets
import time
from collections import OrderedDict
from collections.abc import Callable

from redis.asyncio import Redis

from bot.store.base import ANSWERED_SECONDS, MAX_AGE_SECONDS, MAX_IDS_PER_CHAT, ChatIds, RateCheck
from bot.store.keys import KeyMaker

__all__ = ["RedisStore"]

# A chat is one sorted set: the score is the message id (ids only grow within a chat, so the lowest is the
# oldest and the cap drops it), the member is "<signed id>:<sent at>" (the bot's own ids negated).

# KEYS: the chat's set, its stale count. ARGV: id, member, cap, ttl ms. Ids past the cap are counted stale.
_ADD = """
local id, cap = tonumber(ARGV[1]), tonumber(ARGV[3])
if #redis.call('ZRANGEBYSCORE', KEYS[1], id, id) == 0 then
  redis.call('ZADD', KEYS[1], id, ARGV[2])
end
local size = redis.call('ZCARD', KEYS[1])
if size > cap then
  redis.call('INCRBY', KEYS[2], redis.call('ZREMRANGEBYRANK', KEYS[1], 0, size - cap - 1))
end
redis.call('PEXPIRE', KEYS[1], ARGV[4])
if redis.call('EXISTS', KEYS[2]) == 1 then redis.call('PEXPIRE', KEYS[2], ARGV[4]) end
return size
"""

# KEYS: the chat's set, its stale count. ARGV: cutoff. Drops the ids too old to delete and the count that
# stood for them and for ids past the cap, once the person has been told.
_FORGET_STALE = """
local cutoff = tonumber(ARGV[1])
for _, member in ipairs(redis.call('ZRANGE', KEYS[1], 0, -1)) do
  if tonumber(string.match(member, ':(.+)$')) <= cutoff then redis.call('ZREM', KEYS[1], member) end
end
redis.call('DEL', KEYS[2])
return redis.call('ZCARD', KEYS[1])
"""

# KEYS: the chat's set. ARGV: cutoff. Removes and returns the bot's ids sent by the cutoff, atomically,
# so of two replicas sweeping the same chat only one deletes each message.
_DUE = """
local due = {}
for _, member in ipairs(redis.call('ZRANGE', KEYS[1], 0, -1)) do
  local signed, sent = string.match(member, '^(-?%d+):(.+)$')
  if tonumber(signed) < 0 and tonumber(sent) <= tonumber(ARGV[1]) then
    redis.call('ZREM', KEYS[1], member)
    due[#due + 1] = -tonumber(signed)
  end
end
return due
"""

# KEYS: the person's message times, their notice key. ARGV: now, window s, limit, a unique member.
# Returns {allowed 0/1, wait ms, dropped}: dropped 0 means this refusal is the window's one notice; the
# notice key then counts the refusals after it. Refused messages do not count against the limit.
_RATE = """
local now, window, limit = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local ttl = math.ceil(window * 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) < limit then
  redis.call('ZADD', KEYS[1], now, ARGV[4])
  redis.call('PEXPIRE', KEYS[1], ttl)
  return {1, 0, 0}
end
local oldest = tonumber(redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')[2])
local wait = math.ceil((oldest + window - now) * 1000)
if redis.call('SET', KEYS[2], '0', 'NX', 'PX', ttl) then return {0, wait, 0} end
return {0, wait, redis.call('INCR', KEYS[2])}
"""


class RedisStore:
    """Quick-exit ids, rate-limit windows, answered updates and concern windows in Redis, shared by every
    replica."""

    def __init__(
        self,
        client: Redis,
        keys: KeyMaker,
        *,
        max_ids_per_chat: int = MAX_IDS_PER_CHAT,
        max_local_chats: int = 10_000,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._client = client
        self._keys = keys
        self._max_ids = max_ids_per_chat
        self._clock = clock
        # The chat ids this process has seen lately, in memory only: Redis holds no chat id, so the
        # auto-delete sweep can only visit chats some process knows (see `due`).
        self._local: OrderedDict[int, float] = OrderedDict()
        self._max_local = max_local_chats
        self._unique = itertools.count()
        self._tag = secrets.token_hex(4)
        self._add = client.register_script(_ADD)
        self._forget_stale = client.register_script(_FORGET_STALE)
        self._due = client.register_script(_DUE)
        self._rate = client.register_script(_RATE)

    async def add(
        self, chat_id: int, message_id: int, *, from_bot: bool, sent_at: float | None = None
    ) -> None:
        """Record one message id of a private chat; `sent_at` (epoch seconds) defaults to now."""
        now = self._clock()
        when = min(sent_at if sent_at is not None else now, now)
        signed = -message_id if from_bot else message_id
        await self._add(
            keys=[self._keys.chat(chat_id), self._keys.stale(chat_id)],
            args=[message_id, f"{signed}:{when!r}", self._max_ids, _ms(MAX_AGE_SECONDS)],
        )
        self._seen(chat_id, now)

    async def ids(self, chat_id: int) -> ChatIds:
        """The chat's deletable ids (ascending) and the count of known ids that are not; changes nothing."""
        cutoff = self._clock() - MAX_AGE_SECONDS
        async with self._client.pipeline(transaction=True) as pipe:
            pipe.zrange(self._keys.chat(chat_id), 0, -1)
            pipe.get(self._keys.stale(chat_id))
            members, stale = await pipe.execute()
        entries = [_parse(member) for member in members]
        fresh = tuple(abs(signed) for signed, sent_at in entries if sent_at > cutoff)  # ascending by score
        return ChatIds(fresh, int(stale or 0) + len(entries) - len(fresh))

    async def forget(self, chat_id: int, low: int, high: int) -> int:
        """Forget the chat's ids from `low` to `high` (Telegram confirmed them deleted); return how many."""
        return int(await self._client.zremrangebyscore(self._keys.chat(chat_id), low, high))

    async def forget_stale(self, chat_id: int) -> None:
        """Forget the count of ids past deleting (and those ids), once the person has been told."""
        await self._forget_stale(
            keys=[self._keys.chat(chat_id), self._keys.stale(chat_id)],
            args=[repr(self._clock() - MAX_AGE_SECONDS)],
        )

    async def add_stale(self, chat_id: int, count: int) -> None:
        """Add to a chat's stale count (messages another store had to let go of)."""
        if count > 0:
            key = self._keys.stale(chat_id)
            async with self._client.pipeline(transaction=True) as pipe:
                pipe.incrby(key, count)
                pipe.pexpire(key, _ms(MAX_AGE_SECONDS))
                await pipe.execute()

    async def due(self, older_than_seconds: float) -> dict[int, list[int]]:
        """Remove and return the bot's ids at least this old, in the chats this process has seen."""
        now = self._clock()
        while self._local and now - next(iter(self._local.values())) >= MAX_AGE_SECONDS:
            self._local.popitem(last=False)
        found: dict[int, list[int]] = {}
        for chat_id in list(self._local):
            due = await self._due(keys=[self._keys.chat(chat_id)], args=[repr(now - older_than_seconds)])
            if due:
                found[chat_id] = sorted(int(message_id) for message_id in due)
        return found

    async def check_rate(self, user_id: int, *, limit: int, window: float) -> RateCheck:
        """Count one message of a person against `limit` per `window` seconds, over every replica."""
        if limit <= 0:
            return RateCheck(allowed=True)
        now = self._clock()
        # the member only has to be unique across replicas; a time, a random tag and a counter say
        # nothing about the person
        member = f"{now:.6f}-{self._tag}{next(self._unique)}"
        allowed, wait_ms, dropped = await self._rate(
            keys=[self._keys.rate(user_id), self._keys.notice(user_id)],
            args=[repr(now), repr(float(window)), limit, member],
        )
        if allowed:
            return RateCheck(allowed=True)
        wait = max(1, math.ceil(int(wait_ms) / 1000))
        return RateCheck(allowed=False, wait_seconds=wait, notify=not dropped, dropped=int(dropped))

    async def mark_answered(self, update_id: int) -> None:
        """Remember, for a day, that an update got its reply."""
        await self._client.set(self._keys.answered(update_id), b"1", px=_ms(ANSWERED_SECONDS))

    async def is_answered(self, update_id: int) -> bool:
        """True when any replica answered the update."""
        return bool(await self._client.exists(self._keys.answered(update_id)))

    async def mark_concern(self, chat_id: int, *, seconds: float) -> None:
        """Open or extend the chat's window for every replica; the key expires when the window ends."""
        until = self._clock() + seconds
        await self._client.set(self._keys.concern(chat_id), repr(until).encode(), px=max(1, _ms(seconds)))

    async def in_concern(self, chat_id: int) -> bool:
        """True while the chat's window is open (the end is checked too, not only the key's expiry)."""
        until = await self._client.get(self._keys.concern(chat_id))
        return until is not None and float(until) > self._clock()

    async def forget_concern(self, chat_id: int) -> None:
        """Delete the chat's window."""
        await self._client.delete(self._keys.concern(chat_id))

    async def ping(self) -> bool:
        """True when Redis answers; connection errors propagate to the caller."""
        return bool(await self._client.ping())

    def describe(self) -> str:
        """One line for operators: never the URL (it may carry a password), never a key."""
        return "redis (shared by every replica)"

    async def aclose(self) -> None:
        """Close the connection pool."""
        await self._client.aclose()

    def _seen(self, chat_id: int, now: float) -> None:
        self._local[chat_id] = now
        self._local.move_to_end(chat_id)
        if len(self._local) > self._max_local:
            self._local.popitem(last=False)


def _parse(member: bytes) -> tuple[int, float]:
    signed, _, sent_at = member.decode().partition(":")
    return int(signed), float(sent_at)


def _ms(seconds: float) -> int:
    return int(seconds * 1000)
