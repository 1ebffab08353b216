"""Quick exit: both sides tracked and deleted in batches, a neutral notice only when needed, expiry, caps."""

from __future__ import annotations

import asyncio
import json
import logging
import warnings
from dataclasses import dataclass, field
from typing import Any

import pytest
from telegram import Bot
from telegram.error import NetworkError, RetryAfter, TelegramError
from telegram.request import BaseRequest

from bot.telegram.quickexit import (
    DELETE_BATCH,
    MAX_AGE_SECONDS,
    NOTICE_TEXT,
    MessageLog,
    Taken,
    auto_delete,
    auto_delete_loop,
    quick_exit,
)
from knowledge.hotline import HOTLINE_NUMBER

HOUR = 3600.0
CHAT = 424242
TOPIC_WORDS = ("sexual", "assault", "metoo", "me too", "hotline", "rape", "abuse", "survivor", "hope", "help")


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, hours: float) -> None:
        self.now += hours * HOUR


@dataclass
class FakeMessage:
    message_id: int


@dataclass
class FakeBot:
    """Records what the code asks Telegram to do; `delete_errors` are raised by successive delete calls."""

    deletes: list[tuple[int, list[int]]] = field(default_factory=list)
    sends: list[tuple[int, str, dict[str, Any]]] = field(default_factory=list)
    delete_errors: list[BaseException | None] = field(default_factory=list)
    send_error: TelegramError | None = None
    next_id: int = 90_000
    delete_called: asyncio.Event = field(default_factory=asyncio.Event)

    async def delete_messages(self, *, chat_id: int, message_ids: list[int]) -> bool:
        self.deletes.append((chat_id, list(message_ids)))
        self.delete_called.set()
        error = self.delete_errors.pop(0) if self.delete_errors else None
        if error is not None:
            raise error
        return True

    async def send_message(self, *, chat_id: int, text: str, **kwargs: Any) -> FakeMessage:
        if self.send_error is not None:
            raise self.send_error
        self.sends.append((chat_id, text, kwargs))
        self.next_id += 1
        return FakeMessage(self.next_id)

    def deleted_ids(self) -> list[int]:
        return [mid for _, ids in self.deletes for mid in ids]


def _flood(seconds: int) -> RetryAfter:
    # ptb 22.2+ warns inside RetryAfter's own constructor about the coming timedelta type
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return RetryAfter(seconds)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def log(clock: FakeClock) -> MessageLog:
    return MessageLog(max_chats=100, max_ids_per_chat=1000, clock=clock)


def _conversation(log: MessageLog, chat_id: int = CHAT, pairs: int = 3) -> list[int]:
    """A person asks and the bot answers, `pairs` times; returns every id in order."""
    ids = []
    for i in range(pairs):
        log.add(chat_id, 10 + 2 * i, from_bot=False)
        log.add(chat_id, 11 + 2 * i, from_bot=True)
        ids += [10 + 2 * i, 11 + 2 * i]
    return ids


def test_ids_from_both_sides_are_tracked_per_chat(log: MessageLog) -> None:
    _conversation(log, CHAT, pairs=2)
    log.add(7, 500, from_bot=True)
    assert len(log) == 5
    assert log.take(CHAT) == Taken((10, 11, 12, 13), 0)
    assert CHAT not in log and 7 in log
    assert log.stats().chats == 1 and len(log) == 1


async def test_quick_exit_deletes_both_sides_and_the_forget_message(log: MessageLog) -> None:
    bot = FakeBot()
    ids = _conversation(log)
    result = await quick_exit(bot, CHAT, log, extra_ids=[20])
    assert sorted(bot.deleted_ids()) == [*ids, 20]
    assert {chat for chat, _ in bot.deletes} == {CHAT}
    assert result.deleted == 7 and result.failed == 0


async def test_nothing_is_sent_when_everything_was_deleted(log: MessageLog) -> None:
    bot = FakeBot()
    _conversation(log)
    result = await quick_exit(bot, CHAT, log, extra_ids=[20])
    assert bot.sends == []
    assert result.notice_sent is False
    assert CHAT not in log and len(log) == 0


async def test_deletion_goes_in_batches_of_at_most_100(log: MessageLog) -> None:
    bot = FakeBot()
    for mid in range(1, 251):
        log.add(CHAT, mid, from_bot=mid % 2 == 0)
    result = await quick_exit(bot, CHAT, log)
    assert [len(ids) for _, ids in bot.deletes] == [100, 100, 50]
    assert all(len(ids) <= DELETE_BATCH for _, ids in bot.deletes)
    assert sorted(bot.deleted_ids()) == list(range(1, 251))
    assert result.deleted == 250 and bot.sends == []


async def test_the_newest_messages_are_deleted_first(log: MessageLog) -> None:
    bot = FakeBot()
    for mid in range(1, 151):
        log.add(CHAT, mid, from_bot=True)
    await quick_exit(bot, CHAT, log, extra_ids=[151])
    assert bot.deletes[0][1][0] == 151
    assert 150 in bot.deletes[0][1] and 1 in bot.deletes[-1][1]


async def test_an_id_recorded_and_passed_again_is_deleted_once(log: MessageLog) -> None:
    bot = FakeBot()
    log.add(CHAT, 30, from_bot=False)
    await quick_exit(bot, CHAT, log, extra_ids=[30, 31])
    assert sorted(bot.deleted_ids()) == [30, 31]


async def test_a_second_quick_exit_has_nothing_left_to_do(log: MessageLog) -> None:
    bot = FakeBot()
    _conversation(log)
    await quick_exit(bot, CHAT, log)
    calls = len(bot.deletes)
    result = await quick_exit(bot, CHAT, log)
    assert len(bot.deletes) == calls and bot.sends == []
    assert (result.deleted, result.failed, result.notice_sent) == (0, 0, False)


def _assert_neutral_notice(bot: FakeBot) -> None:
    assert len(bot.sends) == 1
    chat_id, text, kwargs = bot.sends[0]
    assert chat_id == CHAT and text == NOTICE_TEXT
    assert HOTLINE_NUMBER in text
    without_number = text.replace(HOTLINE_NUMBER, "").lower()
    assert not [word for word in TOPIC_WORDS if word in without_number]
    assert "delete this chat" in text
    assert kwargs.get("disable_notification") is True


async def test_a_neutral_notice_is_sent_when_some_messages_are_too_old(
    log: MessageLog, clock: FakeClock
) -> None:
    bot = FakeBot()
    log.add(CHAT, 1, from_bot=False)
    log.add(CHAT, 2, from_bot=True)
    clock.advance(40)
    log.add(CHAT, 3, from_bot=False)
    clock.advance(8)  # ids 1 and 2 are now 48 hours old, id 3 only 8
    result = await quick_exit(bot, CHAT, log)
    assert bot.deleted_ids() == [3]
    assert (result.deleted, result.failed, result.notice_sent) == (1, 2, True)
    _assert_neutral_notice(bot)


async def test_a_neutral_notice_is_sent_when_a_batch_fails(log: MessageLog) -> None:
    bot = FakeBot(delete_errors=[None, TelegramError("message can't be deleted")])
    for mid in range(1, 151):
        log.add(CHAT, mid, from_bot=True)
    result = await quick_exit(bot, CHAT, log)
    assert [len(ids) for _, ids in bot.deletes] == [100, 50]
    assert (result.deleted, result.failed, result.notice_sent) == (100, 50, True)
    _assert_neutral_notice(bot)


async def test_a_network_error_is_a_failed_batch_not_a_crash(log: MessageLog) -> None:
    bot = FakeBot(delete_errors=[NetworkError("down")])
    _conversation(log)
    result = await quick_exit(bot, CHAT, log)
    assert (result.deleted, result.failed, result.notice_sent) == (0, 6, True)


@pytest.mark.parametrize("timedelta_opt_in", ["false", "true"])
async def test_a_short_flood_wait_is_retried_once(
    log: MessageLog, monkeypatch: pytest.MonkeyPatch, timedelta_opt_in: str
) -> None:
    monkeypatch.setenv("PTB_TIMEDELTA", timedelta_opt_in)  # retry_after as seconds, or as a timedelta
    bot = FakeBot(delete_errors=[_flood(0)])
    ids = _conversation(log)
    result = await quick_exit(bot, CHAT, log)
    assert len(bot.deletes) == 2 and bot.deletes[0] == bot.deletes[1]
    assert sorted(bot.deletes[1][1]) == ids
    assert (result.deleted, result.notice_sent) == (6, False)


async def test_a_long_flood_wait_counts_as_failed_without_waiting(log: MessageLog) -> None:
    bot = FakeBot(delete_errors=[_flood(3600)])
    _conversation(log)
    result = await asyncio.wait_for(quick_exit(bot, CHAT, log), timeout=2)
    assert len(bot.deletes) == 1
    assert (result.deleted, result.failed, result.notice_sent) == (0, 6, True)


async def test_a_repeated_flood_wait_gives_up_after_one_retry(log: MessageLog) -> None:
    bot = FakeBot(delete_errors=[_flood(0), _flood(0)])
    _conversation(log)
    result = await quick_exit(bot, CHAT, log)
    assert len(bot.deletes) == 2 and result.failed == 6 and result.notice_sent


async def test_the_notice_is_deleted_by_the_next_quick_exit(log: MessageLog) -> None:
    bot = FakeBot(delete_errors=[TelegramError("failed")])
    _conversation(log)
    await quick_exit(bot, CHAT, log)
    notice_id = bot.next_id
    assert CHAT in log and len(log) == 1
    result = await quick_exit(bot, CHAT, log)
    assert bot.deletes[-1] == (CHAT, [notice_id])
    assert (result.deleted, result.failed, result.notice_sent) == (1, 0, False)
    assert len(bot.sends) == 1


async def test_a_notice_that_cannot_be_sent_is_reported_not_raised(log: MessageLog) -> None:
    bot = FakeBot(delete_errors=[TelegramError("failed")], send_error=TelegramError("blocked"))
    _conversation(log)
    result = await quick_exit(bot, CHAT, log)
    assert result.notice_sent is False and result.failed == 6
    assert len(log) == 0


def test_ids_expire_at_the_48_hour_limit_with_a_safety_margin(log: MessageLog, clock: FakeClock) -> None:
    assert 47 * HOUR <= MAX_AGE_SECONDS < 48 * HOUR
    log.add(CHAT, 1, from_bot=True)
    clock.now += MAX_AGE_SECONDS - 1
    log.add(CHAT, 2, from_bot=False)
    assert len(log) == 2
    clock.now += 1
    assert log.take(CHAT) == Taken((2,), 1)


def test_expired_ids_are_dropped_from_memory_as_the_chat_goes_on(log: MessageLog, clock: FakeClock) -> None:
    _conversation(log)
    clock.advance(30)
    log.add(CHAT, 50, from_bot=False)
    clock.advance(17.5)
    log.add(CHAT, 99, from_bot=True)
    assert len(log) == 2
    assert log.stats().expired_ids == 6
    assert log.take(CHAT) == Taken((50, 99), 6)


def test_a_quiet_chat_is_forgotten_entirely_after_the_window(log: MessageLog, clock: FakeClock) -> None:
    _conversation(log, CHAT)
    clock.advance(47.5)
    log.add(7, 1, from_bot=True)
    assert CHAT not in log
    assert log.stats().chats == 1 and len(log) == 1
    assert log.take(CHAT) == Taken((), 0)


def test_the_message_date_counts_for_age_but_never_the_future(log: MessageLog, clock: FakeClock) -> None:
    log.add(CHAT, 1, from_bot=False, sent_at=clock.now - 47 * HOUR)
    log.add(CHAT, 2, from_bot=False, sent_at=clock.now + 10 * HOUR)
    clock.advance(0.6)
    assert log.take(CHAT) == Taken((2,), 1)


def test_the_chat_cap_evicts_the_least_recently_active_chat(clock: FakeClock) -> None:
    log = MessageLog(max_chats=2, max_ids_per_chat=10, clock=clock)
    log.add(1, 10, from_bot=False)
    log.add(2, 20, from_bot=False)
    log.add(1, 11, from_bot=True)  # chat 1 is now the most recently active
    log.add(3, 30, from_bot=False)
    assert 2 not in log and 1 in log and 3 in log
    stats = log.stats()
    assert (stats.chats, stats.ids, stats.evicted_chats, stats.dropped_ids) == (2, 3, 1, 1)


async def test_the_per_chat_cap_drops_the_oldest_ids_and_says_so(clock: FakeClock) -> None:
    log = MessageLog(max_chats=10, max_ids_per_chat=3, clock=clock)
    for mid in range(1, 6):
        log.add(CHAT, mid, from_bot=mid % 2 == 0)
    assert len(log) == 3 and log.stats().dropped_ids == 2
    bot = FakeBot()
    result = await quick_exit(bot, CHAT, log)
    assert sorted(bot.deleted_ids()) == [3, 4, 5]
    assert (result.deleted, result.failed, result.notice_sent) == (3, 2, True)


def test_caps_below_one_are_refused() -> None:
    with pytest.raises(ValueError):
        MessageLog(max_chats=0)
    with pytest.raises(ValueError):
        MessageLog(max_ids_per_chat=0)


async def test_auto_delete_removes_only_bot_messages_older_than_the_setting(
    log: MessageLog, clock: FakeClock
) -> None:
    bot = FakeBot()
    log.add(CHAT, 1, from_bot=False)
    log.add(CHAT, 2, from_bot=True)
    log.add(7, 3, from_bot=True)
    clock.advance(2)
    log.add(CHAT, 4, from_bot=True)
    log.add(CHAT, 5, from_bot=False)
    assert await auto_delete(bot, log, older_than_hours=1) == 2
    assert sorted(bot.deletes) == [(7, [3]), (CHAT, [2])]
    assert log.take(CHAT) == Taken((1, 4, 5), 0)
    assert 7 in log and len(log) == 0


async def test_auto_delete_batches_and_does_not_repeat(log: MessageLog, clock: FakeClock) -> None:
    bot = FakeBot()
    for mid in range(1, 151):
        log.add(CHAT, mid, from_bot=True)
    clock.advance(3)
    assert await auto_delete(bot, log, older_than_hours=2.5) == 150
    assert [len(ids) for _, ids in bot.deletes] == [100, 50]
    assert await auto_delete(bot, log, older_than_hours=2.5) == 0
    assert len(bot.deletes) == 2


async def test_auto_delete_counts_only_what_telegram_accepted(log: MessageLog, clock: FakeClock) -> None:
    bot = FakeBot(delete_errors=[TelegramError("failed")])
    log.add(CHAT, 1, from_bot=True)
    log.add(8, 2, from_bot=True)
    clock.advance(2)
    assert await auto_delete(bot, log, older_than_hours=1) == 1


@pytest.mark.parametrize("hours", [0, -1, 47.5, 48, 72])
async def test_auto_delete_refuses_settings_outside_the_deletable_window(
    log: MessageLog, hours: float
) -> None:
    with pytest.raises(ValueError):
        await auto_delete(FakeBot(), log, older_than_hours=hours)


async def test_auto_delete_loop_survives_an_error_and_stops_on_cancel(
    log: MessageLog, clock: FakeClock
) -> None:
    bot = FakeBot(delete_errors=[RuntimeError("unexpected")])
    log.add(CHAT, 1, from_bot=True)
    clock.advance(2)
    task = asyncio.create_task(auto_delete_loop(bot, log, older_than_hours=1, interval_seconds=0.001))
    await asyncio.wait_for(bot.delete_called.wait(), timeout=2)
    bot.delete_called.clear()
    log.add(CHAT, 2, from_bot=True)
    clock.advance(2)
    await asyncio.wait_for(bot.delete_called.wait(), timeout=2)
    assert not task.done()
    assert bot.deletes == [(CHAT, [1]), (CHAT, [2])]
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert task.cancelled()


async def test_logs_carry_counts_and_kinds_but_no_ids_or_text(
    log: MessageLog, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="bot.telegram.quickexit")
    bot = FakeBot(delete_errors=[TelegramError("Message to delete not found: 987654")])
    log.add(CHAT, 987654, from_bot=False)
    await quick_exit(bot, CHAT, log, extra_ids=[987655])
    text = caplog.text
    assert "quick_exit" in text and "TelegramError" in text
    assert str(CHAT) not in text and "987654" not in text and "98765" not in text
    assert NOTICE_TEXT.splitlines()[0] not in text


class _OfflineRequest(BaseRequest):
    """Answers the Bot API offline, recording each method and its parameters."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, dict[str, Any]]] = []

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    @property
    def read_timeout(self) -> float:
        return 1.0

    async def do_request(
        self, url: str, method: str, request_data: Any = None, **_: Any
    ) -> tuple[int, bytes]:
        name = url.rsplit("/", 1)[-1]
        self.calls.append((name, dict(request_data.parameters) if request_data else {}))
        if name == "deleteMessages":
            refusal = {"ok": False, "description": "Bad Request: message can't be deleted"}
            return 400, json.dumps(refusal).encode()
        chat = {"id": CHAT, "type": "private"}
        message = {"message_id": 77, "date": 1_700_000_000, "chat": chat, "text": "x"}
        return 200, json.dumps({"ok": True, "result": message}).encode()


async def test_a_real_bot_object_calls_delete_messages_and_records_the_notice(log: MessageLog) -> None:
    request = _OfflineRequest()
    bot = Bot("123456:offline", request=request, get_updates_request=_OfflineRequest())
    _conversation(log, pairs=1)
    result = await quick_exit(bot, CHAT, log, extra_ids=[12])
    assert request.calls[0] == ("deleteMessages", {"chat_id": CHAT, "message_ids": [12, 11, 10]})
    assert request.calls[1][0] == "sendMessage" and request.calls[1][1]["text"] == NOTICE_TEXT
    assert (result.deleted, result.failed, result.notice_sent) == (0, 3, True)
    assert log.take(CHAT) == Taken((77,), 0)
