"""Redis going away and coming back: replies never wait on it, one log line each way, nothing lost."""

from __future__ import annotations

import logging

import pytest
from redis.asyncio import Redis
from redis_server import RedisServer

from bot.store import redis_store
from bot.store.fallback import FallbackStore
from bot.store.memory import MemoryStore

SECRET = b"f" * 32
CHAT = 7_391_846_205


def _store(server: RedisServer, **kwargs: float) -> FallbackStore:
    store = redis_store(server.url, SECRET)
    assert isinstance(store, FallbackStore)
    store._retry_seconds = kwargs.get("retry_seconds", 0.0)  # try Redis again on every call
    return store


async def _save(server: RedisServer) -> None:
    client = Redis.from_url(server.url)
    await client.save()
    await client.aclose()


def _lines(caplog: pytest.LogCaptureFixture, word: str) -> list[str]:
    return [r.getMessage() for r in caplog.records if word in r.getMessage()]


async def test_without_redis_every_call_still_works(own_redis: RedisServer) -> None:
    store = _store(own_redis)  # never started: nothing listens on its port
    await store.add(CHAT, 1, from_bot=False)
    assert (await store.ids(CHAT)).ids == (1,)
    assert (await store.check_rate(CHAT, limit=1, window=60)).allowed
    assert not (await store.check_rate(CHAT, limit=1, window=60)).allowed
    await store.mark_answered(3)
    assert await store.is_answered(3)
    assert store.degraded
    assert not await store.ping()
    await store.aclose()


async def test_an_outage_is_logged_once_and_its_end_once(
    own_redis: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    own_redis.start()
    store = _store(own_redis)
    await store.add(CHAT, 1, from_bot=False)
    own_redis.stop()
    for message_id in range(2, 12):
        await store.add(CHAT, message_id, from_bot=True)
        await store.check_rate(CHAT, limit=100, window=60)
    assert len(_lines(caplog, "state_store_unreachable")) == 1
    own_redis.start()
    await store.add(CHAT, 12, from_bot=False)
    await store.check_rate(CHAT, limit=100, window=60)
    assert len(_lines(caplog, "state_store_recovered")) == 1
    assert len(_lines(caplog, "state_store_unreachable")) == 1
    assert not store.degraded
    text = caplog.text
    assert str(own_redis.port) not in text and "redis://" not in text
    await store.aclose()


async def test_quick_exit_sees_both_sides_during_and_after_an_outage(own_redis: RedisServer) -> None:
    own_redis.start()
    store = _store(own_redis)
    await store.add(CHAT, 1, from_bot=False)  # in Redis
    await _save(own_redis)  # a Redis with persistence keeps its data across the restart below
    own_redis.stop()
    await store.add(CHAT, 2, from_bot=True)  # in memory
    assert (await store.ids(CHAT)).ids == (2,)  # Redis's part is out of reach, memory's is not
    own_redis.start()
    assert (await store.ids(CHAT)).ids == (1, 2)
    # handed over: a replica (or a restart) reading Redis alone now sees the outage's ids too
    alone = redis_store(own_redis.url, SECRET)
    assert (await alone.ids(CHAT)).ids == (1, 2)
    await store.forget(CHAT, 1, 2)
    assert (await alone.ids(CHAT)).ids == ()
    await store.aclose()
    await alone.aclose()


async def test_during_an_outage_redis_is_tried_again_only_now_and_then(own_redis: RedisServer) -> None:
    store = _store(own_redis, retry_seconds=3600.0)
    tries = 0
    real = store._primary.add

    async def counting(*args: object, **kwargs: object) -> None:
        nonlocal tries
        tries += 1
        await real(*args, **kwargs)  # type: ignore[arg-type]

    store._primary.add = counting  # type: ignore[method-assign]
    for message_id in range(1, 51):
        await store.add(CHAT, message_id, from_bot=False)
    assert tries == 1
    assert len((await store.ids(CHAT)).ids) == 50
    await store.aclose()


def test_a_memory_store_is_used_behind_redis_by_default(own_redis: RedisServer) -> None:
    store = _store(own_redis)
    assert isinstance(store._memory, MemoryStore)
