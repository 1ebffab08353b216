"""The quick-exit id log: both sides per chat, ranges forgotten only when asked, expiry, memory caps."""

from __future__ import annotations

import pytest
from fake_clock import HOUR, FakeClock

from bot.store.message_ids import MAX_AGE_SECONDS, ChatIds, MessageLog

CHAT = 424242


@pytest.fixture
def log(clock: FakeClock) -> MessageLog:
    return MessageLog(max_chats=100, max_ids_per_chat=1000, clock=clock)


async def _conversation(log: MessageLog, chat_id: int = CHAT, pairs: int = 3) -> list[int]:
    """A person asks and the bot answers, `pairs` times; returns every id in order."""
    ids = []
    for i in range(pairs):
        await log.add(chat_id, 10 + 2 * i, from_bot=False)
        await log.add(chat_id, 11 + 2 * i, from_bot=True)
        ids += [10 + 2 * i, 11 + 2 * i]
    return ids


async def test_ids_from_both_sides_are_read_per_chat_in_order_and_kept(log: MessageLog) -> None:
    await _conversation(log, CHAT, pairs=2)
    await log.add(7, 500, from_bot=True)
    assert len(log) == 5
    found = await log.ids(CHAT)
    assert found == ChatIds((10, 11, 12, 13), 0)
    assert (found.first, found.last) == (10, 13)
    assert await log.ids(CHAT) == found and len(log) == 5


async def test_an_unknown_chat_has_nothing(log: MessageLog) -> None:
    found = await log.ids(99)
    assert found == ChatIds((), 0) and found.first is None and found.last is None


async def test_forgetting_a_range_keeps_the_ids_outside_it(log: MessageLog) -> None:
    await _conversation(log)  # 10..15
    assert await log.forget(CHAT, 12, 20) == 4
    assert await log.ids(CHAT) == ChatIds((10, 11), 0)
    assert len(log) == 2


async def test_a_chat_with_nothing_left_is_forgotten_entirely(log: MessageLog) -> None:
    await _conversation(log)
    await log.forget(CHAT, 1, 100)
    assert CHAT not in log and len(log) == 0 and log.stats().chats == 0
    assert await log.forget(CHAT, 1, 100) == 0


async def test_ids_expire_at_the_48_hour_limit_with_a_margin(log: MessageLog, clock: FakeClock) -> None:
    assert 47 * HOUR <= MAX_AGE_SECONDS < 48 * HOUR
    await log.add(CHAT, 1, from_bot=True)
    clock.now += MAX_AGE_SECONDS - 1
    await log.add(CHAT, 2, from_bot=False)
    assert len(log) == 2
    clock.now += 1
    assert await log.ids(CHAT) == ChatIds((2,), 1)


async def test_stale_ids_are_counted_until_reported(log: MessageLog, clock: FakeClock) -> None:
    await _conversation(log)
    clock.advance(hours=30)
    await log.add(CHAT, 50, from_bot=False)
    clock.advance(hours=17.5)
    await log.add(CHAT, 99, from_bot=True)
    assert len(log) == 2
    assert log.stats().expired_ids == 6
    assert await log.ids(CHAT) == ChatIds((50, 99), 6)
    await log.forget_stale(CHAT)
    assert await log.ids(CHAT) == ChatIds((50, 99), 0)


async def test_reporting_stale_ids_of_an_otherwise_empty_chat_forgets_it(
    log: MessageLog, clock: FakeClock
) -> None:
    await log.add(CHAT, 1, from_bot=True)
    clock.advance(hours=47.6)
    assert await log.ids(CHAT) == ChatIds((), 1)
    await log.forget_stale(CHAT)
    assert CHAT not in log and len(log) == 0


async def test_a_quiet_chat_is_forgotten_entirely_after_the_window(log: MessageLog, clock: FakeClock) -> None:
    await _conversation(log, CHAT)
    clock.advance(hours=47.5)
    await log.add(7, 1, from_bot=True)
    assert CHAT not in log
    assert log.stats().chats == 1 and len(log) == 1
    assert await log.ids(CHAT) == ChatIds((), 0)


async def test_the_message_date_counts_for_age_but_never_the_future(
    log: MessageLog, clock: FakeClock
) -> None:
    await log.add(CHAT, 1, from_bot=False, sent_at=clock.now - 47 * HOUR)
    await log.add(CHAT, 2, from_bot=False, sent_at=clock.now + 10 * HOUR)
    clock.advance(hours=0.6)
    assert await log.ids(CHAT) == ChatIds((2,), 1)


async def test_the_chat_cap_evicts_the_least_recently_active_chat(clock: FakeClock) -> None:
    log = MessageLog(max_chats=2, max_ids_per_chat=10, clock=clock)
    await log.add(1, 10, from_bot=False)
    await log.add(2, 20, from_bot=False)
    await log.add(1, 11, from_bot=True)  # chat 1 is now the most recently active
    await log.add(3, 30, from_bot=False)
    assert 2 not in log and 1 in log and 3 in log
    stats = log.stats()
    assert (stats.chats, stats.ids, stats.evicted_chats, stats.dropped_ids) == (2, 3, 1, 1)


async def test_the_per_chat_cap_drops_the_oldest_ids_and_counts_them(clock: FakeClock) -> None:
    log = MessageLog(max_chats=10, max_ids_per_chat=3, clock=clock)
    for mid in range(1, 6):
        await log.add(CHAT, mid, from_bot=mid % 2 == 0)
    assert len(log) == 3 and log.stats().dropped_ids == 2
    assert await log.ids(CHAT) == ChatIds((3, 4, 5), 2)


def test_caps_below_one_are_refused() -> None:
    with pytest.raises(ValueError):
        MessageLog(max_chats=0)
    with pytest.raises(ValueError):
        MessageLog(max_ids_per_chat=0)


async def test_due_removes_only_the_bots_ids_older_than_asked(log: MessageLog, clock: FakeClock) -> None:
    await log.add(CHAT, 1, from_bot=False)
    await log.add(CHAT, 2, from_bot=True)
    await log.add(7, 3, from_bot=True)
    clock.advance(hours=2)
    await log.add(CHAT, 4, from_bot=True)
    assert await log.due(HOUR) == {CHAT: [2], 7: [3]}
    assert await log.ids(CHAT) == ChatIds((1, 4), 0)
    assert await log.due(HOUR) == {}
