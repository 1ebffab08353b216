"""Where the Telegram adapter keeps its state between updates: memory (default) or Redis (`STATE_URL`).

`open_store(settings)` is the only place that knows which; everything above talks to `StateStore`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.store.base import (
    ANSWERED_SECONDS,
    MAX_AGE_SECONDS,
    MAX_IDS_PER_CHAT,
    ChatIds,
    RateCheck,
    StateStore,
)
from bot.store.memory import MemoryStore

if TYPE_CHECKING:
    from bot.settings import Settings

__all__ = [
    "ANSWERED_SECONDS",
    "MAX_AGE_SECONDS",
    "MAX_IDS_PER_CHAT",
    "ChatIds",
    "MemoryStore",
    "RateCheck",
    "StateStore",
    "open_store",
    "redis_store",
]

# Redis on the same network answers in a millisecond; a second means it is not answering. One quick retry
# rides over a connection that a Redis restart left stale in the pool.
_TIMEOUT_SECONDS = 1.0
_RETRIES = 1


def open_store(settings: Settings) -> StateStore:
    """The store the settings ask for: Redis with a memory fallback when STATE_URL is set, else memory."""
    if settings.state_url is None or settings.state_secret is None:
        return MemoryStore()
    return redis_store(
        settings.state_url.get_secret_value(), settings.state_secret.get_secret_value().encode()
    )


def redis_store(url: str, secret: bytes, *, prefix: str = "metoo:") -> StateStore:
    """A Redis store at `url` (no connection is made yet), falling back to memory while it is down."""
    # imported here so that the default, memory-only bot never loads the Redis client
    from redis.asyncio import Redis
    from redis.asyncio.retry import Retry
    from redis.backoff import NoBackoff

    from bot.store.fallback import FallbackStore
    from bot.store.keys import KeyMaker
    from bot.store.redisstore import RedisStore

    client = Redis.from_url(
        url,
        socket_connect_timeout=_TIMEOUT_SECONDS,
        socket_timeout=_TIMEOUT_SECONDS,
        retry=Retry(NoBackoff(), _RETRIES),
    )
    return FallbackStore(RedisStore(client, KeyMaker(secret, prefix=prefix)))
