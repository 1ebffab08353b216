"""The Redis store on a real Redis: shared by replicas, every key expiring, nothing that names anyone."""

from __future__ import annotations

import struct
from collections.abc import Callable
from pathlib import Path

from fake_clock import FakeClock
from redis.asyncio import Redis

from bot.store import ANSWERED_SECONDS, MAX_AGE_SECONDS
from bot.store.redisstore import RedisStore

Make = Callable[..., RedisStore]
# Ids that cannot turn up in a dump by chance (a time or a count never has these digits).
CHAT = 7_391_846_205
OTHER_CHAT = 6_284_917_350
UPDATE = 5_938_271_604


async def _conversation(store: RedisStore, clock: FakeClock) -> None:
    """What a short private conversation leaves behind: ids of both sides, a rate window, an update."""
    for chat in (CHAT, OTHER_CHAT):
        for message_id in range(1, 7):
            await store.add(chat, message_id, from_bot=message_id % 2 == 0, sent_at=clock.now)
            await store.check_rate(chat, limit=3, window=60)
        await store.mark_answered(UPDATE)
        clock.advance(1)


def _forms(number: int) -> list[bytes]:
    """How an id could sit in a dump: as digits, or as a little- or big-endian binary integer."""
    return [str(number).encode(), struct.pack("<q", number), struct.pack(">q", number)]


async def test_two_replicas_see_one_chat(make_redis_store: Make) -> None:
    first, second = make_redis_store(), make_redis_store()
    await first.add(CHAT, 1, from_bot=False)
    await second.add(CHAT, 2, from_bot=True)
    assert (await second.ids(CHAT)).ids == (1, 2)
    await second.forget(CHAT, 1, 2)
    assert (await first.ids(CHAT)).ids == ()


async def test_the_rate_limit_counts_across_replicas(make_redis_store: Make) -> None:
    first, second = make_redis_store(), make_redis_store()
    assert (await first.check_rate(9, limit=2, window=60)).allowed
    assert (await second.check_rate(9, limit=2, window=60)).allowed
    refused = [await replica.check_rate(9, limit=2, window=60) for replica in (first, second, first)]
    assert not any(check.allowed for check in refused)
    assert [check.notify for check in refused] == [True, False, False]


async def test_an_update_answered_by_one_replica_is_answered_for_the_other(make_redis_store: Make) -> None:
    first, second = make_redis_store(), make_redis_store()
    await first.mark_answered(UPDATE)
    assert await second.is_answered(UPDATE)


async def test_two_replicas_sweeping_one_chat_delete_each_message_once(
    make_redis_store: Make, clock: FakeClock
) -> None:
    first, second = make_redis_store(), make_redis_store()
    for message_id in (1, 2, 3):
        await first.add(CHAT, message_id, from_bot=True)
    await second.add(CHAT, 4, from_bot=True)  # the second replica has seen the chat too
    clock.advance(7200)
    taken = [await first.due(3600), await second.due(3600)]
    assert sorted(taken[0].get(CHAT, []) + taken[1].get(CHAT, [])) == [1, 2, 3, 4]


async def test_every_key_expires_within_its_limit(
    make_redis_store: Make, redis_client: Redis, clock: FakeClock
) -> None:
    store = make_redis_store(max_ids_per_chat=3)  # the cap fills the lost count too
    await _conversation(store, clock)
    keys = [key async for key in redis_client.scan_iter()]
    # per chat: ids and stale count; per person: window and notice; one update
    assert len(keys) == 2 * 2 + 2 * 2 + 1
    limits = {b"q": MAX_AGE_SECONDS, b"s": MAX_AGE_SECONDS, b"r": 60, b"n": 60, b"a": ANSWERED_SECONDS}
    for key in keys:
        ttl_ms = await redis_client.pttl(key)
        assert 0 < ttl_ms <= limits[key.split(b":")[1]] * 1000, key


async def test_nothing_in_redis_names_a_chat_or_a_person(
    make_redis_store: Make, redis_client: Redis, clock: FakeClock
) -> None:
    await _conversation(make_redis_store(), clock)
    seen = bytearray()
    async for key in redis_client.scan_iter():
        seen += key + await redis_client.dump(key)
    await redis_client.save()
    folder = (await redis_client.config_get("dir"))["dir"]
    name = (await redis_client.config_get("dbfilename"))["dbfilename"]
    seen += (Path(folder) / name).read_bytes()
    for number in (CHAT, OTHER_CHAT, UPDATE):
        for form in _forms(number):
            assert form not in seen, number


async def test_another_secret_sees_nothing(
    make_redis_store: Make, redis_client: Redis, clock: FakeClock
) -> None:
    from bot.store.keys import KeyMaker

    await _conversation(make_redis_store(), clock)
    stranger = RedisStore(redis_client, KeyMaker(b"x" * 32), clock=clock)
    assert (await stranger.ids(CHAT)).ids == ()
    assert not await stranger.is_answered(UPDATE)
