"""Store fixtures: each store on both sides of the seam, on the shared fake clock (tests/conftest.py)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable

import pytest
from fake_clock import FakeClock
from redis.asyncio import Redis

from bot.store import MemoryStore, StateStore
from bot.store.keys import KeyMaker
from bot.store.redisstore import RedisStore

SECRET = b"test-secret-" + b"s" * 32


@pytest.fixture
async def redis_client(redis_url: str) -> AsyncIterator[Redis]:
    """A client on an empty database (the test Redis is the tests' own)."""
    client = Redis.from_url(redis_url)
    await client.flushdb()
    yield client
    await client.aclose()


@pytest.fixture
def make_redis_store(redis_client: Redis, clock: FakeClock) -> Callable[..., RedisStore]:
    def make(**kwargs: object) -> RedisStore:
        return RedisStore(redis_client, KeyMaker(SECRET), clock=clock, **kwargs)  # type: ignore[arg-type]

    return make


@pytest.fixture(params=["memory", "redis"])
def make_store(request: pytest.FixtureRequest, clock: FakeClock) -> Callable[..., StateStore]:
    """The same behaviour is required of both stores: each contract test runs against each."""
    if request.param == "memory":
        return lambda **kwargs: MemoryStore(clock=clock, **kwargs)
    return request.getfixturevalue("make_redis_store")
