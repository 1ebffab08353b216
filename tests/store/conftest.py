"""Store fixtures: a clock the tests move, and each store on both sides of the seam."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable

import pytest
from redis.asyncio import Redis

from bot.store import MemoryStore, StateStore
from bot.store.keys import KeyMaker
from bot.store.redisstore import RedisStore

SECRET = b"test-secret-" + b"s" * 32


class Clock:
    """Epoch seconds that move only when a test says so."""

    def __init__(self, now: float = 1_800_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
async def redis_client(redis_url: str) -> AsyncIterator[Redis]:
    """A client on an empty database (the test Redis is the tests' own)."""
    client = Redis.from_url(redis_url)
    await client.flushdb()
    yield client
    await client.aclose()


@pytest.fixture
def make_redis_store(redis_client: Redis, clock: Clock) -> Callable[..., RedisStore]:
    def make(**kwargs: object) -> RedisStore:
        return RedisStore(redis_client, KeyMaker(SECRET), clock=clock, **kwargs)  # type: ignore[arg-type]

    return make


@pytest.fixture(params=["memory", "redis"])
def make_store(request: pytest.FixtureRequest, clock: Clock) -> Callable[..., StateStore]:
    """The same behaviour is required of both stores: each contract test runs against each."""
    if request.param == "memory":
        return lambda **kwargs: MemoryStore(clock=clock, **kwargs)
    return request.getfixturevalue("make_redis_store")
