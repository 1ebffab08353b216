"""What every store must do, run against memory and against a real Redis alike."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from fake_clock import FakeClock

from bot.store import MAX_AGE_SECONDS, ChatIds, RateCheck, StateStore

Make = Callable[..., StateStore]


async def test_a_chat_nobody_wrote_in_is_empty(make_store: Make) -> None:
    assert await make_store().ids(5) == ChatIds(())


async def test_ids_come_back_ascending_per_chat(make_store: Make, clock: FakeClock) -> None:
    store = make_store()
    await store.add(5, 11, from_bot=True)
    await store.add(5, 10, from_bot=False, sent_at=clock.now - 2)  # an update that arrived late
    await store.add(6, 1, from_bot=False)
    known = await store.ids(5)
    assert known.ids == (10, 11)
    assert (known.first, known.last, known.stale) == (10, 11, 0)
    assert (await store.ids(6)).ids == (1,)


async def test_recording_the_same_message_twice_keeps_it_once(make_store: Make) -> None:
    store = make_store()
    for _ in range(3):
        await store.add(5, 10, from_bot=True)
    assert (await store.ids(5)).ids == (10,)


async def test_reading_removes_nothing(make_store: Make) -> None:
    store = make_store()
    await store.add(5, 10, from_bot=False)
    await store.ids(5)
    assert (await store.ids(5)).ids == (10,)


async def test_forget_drops_only_the_confirmed_range(make_store: Make) -> None:
    store = make_store()
    for message_id in (10, 11, 12, 20):
        await store.add(5, message_id, from_bot=message_id == 11)
    assert await store.forget(5, 11, 12) == 2
    assert (await store.ids(5)).ids == (10, 20)
    assert await store.forget(5, 1, 100) == 2
    assert await store.ids(5) == ChatIds(())
    assert await store.forget(99, 1, 100) == 0


async def test_ids_past_the_cap_are_counted_stale_oldest_first(make_store: Make) -> None:
    store = make_store(max_ids_per_chat=3)
    for message_id in range(1, 6):
        await store.add(5, message_id, from_bot=False)
    assert await store.ids(5) == ChatIds((3, 4, 5), 2)


async def test_ids_too_old_to_delete_are_stale_not_offered(make_store: Make, clock: FakeClock) -> None:
    store = make_store()
    await store.add(5, 1, from_bot=False)
    clock.advance(MAX_AGE_SECONDS - 60)
    await store.add(5, 2, from_bot=True)
    clock.advance(120)
    assert await store.ids(5) == ChatIds((2,), 1)


async def test_a_send_time_in_the_future_is_taken_as_now(make_store: Make, clock: FakeClock) -> None:
    store = make_store()
    await store.add(5, 1, from_bot=False, sent_at=clock.now + 3600)
    clock.advance(MAX_AGE_SECONDS - 1)
    assert (await store.ids(5)).ids == (1,)
    clock.advance(2)
    assert (await store.ids(5)).stale == 1


async def test_forgetting_the_stale_clears_their_count_and_keeps_the_rest(
    make_store: Make, clock: FakeClock
) -> None:
    store = make_store(max_ids_per_chat=2)
    for message_id in (1, 2, 3):
        await store.add(5, message_id, from_bot=False)
    await store.forget_stale(5)
    assert await store.ids(5) == ChatIds((2, 3), 0)
    clock.advance(MAX_AGE_SECONDS + 1)
    await store.forget_stale(5)
    assert await store.ids(5) == ChatIds(())


async def test_due_hands_each_old_bot_message_out_once(make_store: Make, clock: FakeClock) -> None:
    store = make_store()
    await store.add(5, 1, from_bot=True)
    await store.add(5, 2, from_bot=False)
    clock.advance(3600)
    await store.add(5, 3, from_bot=True)
    assert await store.due(1800) == {5: [1]}
    assert await store.due(1800) == {}
    assert (await store.ids(5)).ids == (2, 3)


async def test_the_rate_limit_allows_up_to_the_limit_then_says_how_long(
    make_store: Make, clock: FakeClock
) -> None:
    store = make_store()
    for _ in range(3):
        assert (await store.check_rate(7, limit=3, window=60)).allowed
        clock.advance(1)
    refused = await store.check_rate(7, limit=3, window=60)
    assert refused == RateCheck(allowed=False, wait_seconds=57, notify=True)
    clock.advance(57)
    assert (await store.check_rate(7, limit=3, window=60)).allowed


async def test_a_flood_gets_one_notice_per_window(make_store: Make, clock: FakeClock) -> None:
    store = make_store()
    await store.check_rate(7, limit=1, window=60)
    checks = [await store.check_rate(7, limit=1, window=60) for _ in range(50)]
    assert [c.notify for c in checks].count(True) == 1 and checks[0].notify
    assert [c.dropped for c in checks] == list(range(50))  # counted for the log, never answered
    assert not any(c.allowed for c in checks)
    assert (await store.check_rate(8, limit=1, window=60)).allowed  # another person is not affected


async def test_a_limit_of_zero_means_no_limit(make_store: Make) -> None:
    store = make_store()
    assert all([(await store.check_rate(7, limit=0, window=60)).allowed for _ in range(100)])


async def test_answered_updates_are_remembered(make_store: Make) -> None:
    store = make_store()
    assert not await store.is_answered(41)
    await store.mark_answered(41)
    assert await store.is_answered(41)
    assert not await store.is_answered(42)


async def test_every_store_pings_and_describes_itself_without_secrets(make_store: Make) -> None:
    store = make_store()
    assert await store.ping()
    assert "redis://" not in store.describe()


async def test_the_next_window_brings_the_next_notice(make_store: Make, clock: FakeClock) -> None:
    store = make_store()
    window = 0.3  # Redis expires its notice key in real time, so this window passes for real
    await store.check_rate(7, limit=1, window=window)
    assert (await store.check_rate(7, limit=1, window=window)).notify
    clock.advance(window + 0.05)
    await asyncio.sleep(window + 0.05)
    assert (await store.check_rate(7, limit=1, window=window)).allowed
    assert (await store.check_rate(7, limit=1, window=window)).notify
