"""What every store must do, run against memory and against a real Redis alike."""

from __future__ import annotations

from collections.abc import Callable

from bot.store import MAX_AGE_SECONDS, ChatIds, RateCheck, StateStore

from .conftest import Clock

Make = Callable[..., StateStore]


async def test_a_chat_nobody_wrote_in_is_empty(make_store: Make) -> None:
    assert await make_store().known(5) == ChatIds(())


async def test_remembered_ids_come_back_oldest_first_with_whose_they_are(
    make_store: Make, clock: Clock
) -> None:
    store = make_store()
    await store.remember(5, 10, from_bot=False, sent_at=clock.now - 2)
    await store.remember(5, 11, from_bot=True)
    await store.remember(6, 1, from_bot=False)
    known = await store.known(5)
    assert known.ids == (10, 11)
    assert [m.from_bot for m in known.messages] == [False, True]
    assert known.lost == 0
    assert (await store.known(6)).ids == (1,)


async def test_recording_the_same_message_twice_keeps_it_once(make_store: Make) -> None:
    store = make_store()
    for _ in range(3):
        await store.remember(5, 10, from_bot=True)
    assert (await store.known(5)).ids == (10,)


async def test_a_send_time_in_the_future_is_taken_as_now(make_store: Make, clock: Clock) -> None:
    store = make_store()
    await store.remember(5, 10, from_bot=False, sent_at=clock.now + 3600)
    assert (await store.known(5)).messages[0].sent_at == clock.now


async def test_known_removes_nothing(make_store: Make) -> None:
    store = make_store()
    await store.remember(5, 10, from_bot=False)
    await store.known(5)
    assert (await store.known(5)).ids == (10,)


async def test_forget_drops_only_the_confirmed_ids(make_store: Make) -> None:
    store = make_store()
    for message_id in (10, 11, 12):
        await store.remember(5, message_id, from_bot=message_id == 11)
    await store.forget(5, [11, 12])
    assert (await store.known(5)).ids == (10,)
    await store.forget(5, [10, 99])
    assert await store.known(5) == ChatIds(())


async def test_ids_past_the_cap_are_counted_as_lost(make_store: Make) -> None:
    store = make_store(max_ids_per_chat=3)
    for message_id in range(1, 6):
        await store.remember(5, message_id, from_bot=False)
    known = await store.known(5)
    assert known.ids == (3, 4, 5)
    assert known.lost == 2


async def test_ids_too_old_to_delete_are_lost_not_offered(make_store: Make, clock: Clock) -> None:
    store = make_store()
    await store.remember(5, 1, from_bot=False)
    clock.advance(MAX_AGE_SECONDS - 60)
    await store.remember(5, 2, from_bot=True)
    clock.advance(120)
    known = await store.known(5)
    assert known.ids == (2,)
    assert known.lost == 1


async def test_reporting_the_lost_clears_their_count(make_store: Make) -> None:
    store = make_store(max_ids_per_chat=1)
    await store.remember(5, 1, from_bot=False)
    await store.remember(5, 2, from_bot=True)
    await store.forget(5, [2], lost_reported=True)
    assert await store.known(5) == ChatIds(())


async def test_take_due_hands_each_old_bot_message_out_once(make_store: Make, clock: Clock) -> None:
    store = make_store()
    await store.remember(5, 1, from_bot=True)
    await store.remember(5, 2, from_bot=False)
    clock.advance(3600)
    await store.remember(5, 3, from_bot=True)
    assert await store.take_due(1800) == {5: [1]}
    assert await store.take_due(1800) == {}
    assert (await store.known(5)).ids == (2, 3)


async def test_the_rate_limit_allows_up_to_the_limit_then_says_how_long(
    make_store: Make, clock: Clock
) -> None:
    store = make_store()
    for _ in range(3):
        assert (await store.check_rate(7, limit=3, window=60)).allowed
        clock.advance(1)
    refused = await store.check_rate(7, limit=3, window=60)
    assert refused == RateCheck(allowed=False, wait_seconds=57, notify=True)
    clock.advance(57)
    assert (await store.check_rate(7, limit=3, window=60)).allowed


async def test_a_flood_gets_one_notice_per_window(make_store: Make, clock: Clock) -> None:
    store = make_store()
    await store.check_rate(7, limit=1, window=60)
    checks = [await store.check_rate(7, limit=1, window=60) for _ in range(50)]
    assert [c.notify for c in checks].count(True) == 1
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
