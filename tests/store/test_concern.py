"""Concern windows in the store: a chat id and when its window ends, in memory, Redis and an outage."""

from __future__ import annotations

from collections.abc import Callable

from fake_clock import FakeClock
from leaves import leaves
from redis.asyncio import Redis
from redis_server import RedisServer

from bot.concern import CONCERN_WINDOW_SECONDS
from bot.store import MemoryStore, StateStore, redis_store
from bot.store.fallback import FallbackStore
from bot.store.keys import KeyMaker
from bot.store.redisstore import RedisStore

Make = Callable[..., StateStore]
WINDOW = CONCERN_WINDOW_SECONDS
# An id that cannot turn up in a dump by chance (a time never has these digits).
CHAT = 7_391_846_205
OTHER_CHAT = 6_284_917_350


async def test_a_chat_without_a_support_reply_has_no_window(make_store: Make) -> None:
    assert not await make_store().in_concern(CHAT)


async def test_a_window_is_open_until_its_time_is_up(make_store: Make, clock: FakeClock) -> None:
    store = make_store()
    await store.mark_concern(CHAT, seconds=WINDOW)
    clock.advance(WINDOW - 1)
    assert await store.in_concern(CHAT)
    clock.advance(1)
    assert not await store.in_concern(CHAT)


async def test_each_support_reply_extends_the_window(make_store: Make, clock: FakeClock) -> None:
    store = make_store()
    await store.mark_concern(CHAT, seconds=WINDOW)
    clock.advance(WINDOW - 60)
    await store.mark_concern(CHAT, seconds=WINDOW)
    clock.advance(WINDOW - 60)
    assert await store.in_concern(CHAT)


async def test_windows_are_per_chat_and_forgetting_one_leaves_the_other(make_store: Make) -> None:
    store = make_store()
    await store.mark_concern(CHAT, seconds=WINDOW)
    await store.mark_concern(OTHER_CHAT, seconds=WINDOW)
    await store.forget_concern(CHAT)
    assert not await store.in_concern(CHAT)
    assert await store.in_concern(OTHER_CHAT)
    await store.forget_concern(12345)  # nothing to forget is no error


async def test_memory_forgets_ended_windows_and_keeps_within_its_cap(clock: FakeClock) -> None:
    store = MemoryStore(clock=clock, max_chats=2)
    await store.mark_concern(1, seconds=WINDOW)
    clock.advance(WINDOW)
    await store.mark_concern(2, seconds=WINDOW)
    assert store.concerns() == {2: WINDOW}  # chat 1's ended window is gone, not only closed
    await store.mark_concern(3, seconds=WINDOW)
    await store.mark_concern(4, seconds=WINDOW)
    assert set(store.concerns()) == {3, 4}  # the least recently marked went
    assert len(store._concerns) == 2


async def test_the_memory_store_holds_only_numbers(clock: FakeClock) -> None:
    store = MemoryStore(clock=clock)
    await store.add(CHAT, 10, from_bot=False)
    await store.add(CHAT, 11, from_bot=True)
    await store.mark_concern(CHAT, seconds=WINDOW)
    await store.check_rate(CHAT, limit=5, window=60)
    await store.mark_answered(3)
    held = leaves(store)
    assert CHAT in held and clock.now + WINDOW in held  # the walk reaches the window
    assert {type(leaf) for leaf in held} <= {int, float, bool, type(None)}, held


async def test_redis_keeps_the_window_under_a_keyed_hash_expiring_when_it_ends(
    make_redis_store: Callable[..., RedisStore], redis_client: Redis, clock: FakeClock
) -> None:
    await make_redis_store().mark_concern(CHAT, seconds=WINDOW)
    keys = [key async for key in redis_client.scan_iter()]
    assert len(keys) == 1
    assert str(CHAT).encode() not in keys[0]
    assert 0 < await redis_client.pttl(keys[0]) <= WINDOW * 1000
    # the value is the time the window ends: a number, no text
    assert float(await redis_client.get(keys[0])) == clock.now + WINDOW
    stranger = RedisStore(redis_client, KeyMaker(b"x" * 32), clock=clock)
    assert not await stranger.in_concern(CHAT)


async def test_a_window_opened_by_one_replica_is_open_for_the_other(
    make_redis_store: Callable[..., RedisStore],
) -> None:
    first, second = make_redis_store(), make_redis_store()
    await first.mark_concern(CHAT, seconds=WINDOW)
    assert await second.in_concern(CHAT)
    await second.forget_concern(CHAT)
    assert not await first.in_concern(CHAT)


def _fallback(server: RedisServer) -> FallbackStore:
    store = redis_store(server.url, b"f" * 32)
    assert isinstance(store, FallbackStore)
    store._retry_seconds = 0.0  # try Redis again on every call
    return store


async def test_during_an_outage_memory_holds_the_window_and_hands_it_over(own_redis: RedisServer) -> None:
    store = _fallback(own_redis)  # not started: Redis is down
    await store.mark_concern(CHAT, seconds=WINDOW)
    assert await store.in_concern(CHAT)
    own_redis.start()
    await store.mark_answered(1)  # any call that reaches Redis ends the outage and hands over
    assert not store.degraded
    assert store._memory.concerns() == {}
    alone = redis_store(own_redis.url, b"f" * 32)
    assert await alone.in_concern(CHAT)
    await store.forget_concern(CHAT)
    assert not await alone.in_concern(CHAT)
    await store.aclose()
    await alone.aclose()


async def test_quick_exit_during_an_outage_closes_the_window_held_in_memory(own_redis: RedisServer) -> None:
    store = _fallback(own_redis)
    await store.mark_concern(CHAT, seconds=WINDOW)
    await store.forget_concern(CHAT)
    assert not await store.in_concern(CHAT)
    await store.aclose()
