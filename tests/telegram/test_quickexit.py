"""Quick exit: the whole span of a chat deleted, both sides, newest first; fail closed; the notice; sweeps."""

from __future__ import annotations

import asyncio
import json
import logging
import time
import warnings
from dataclasses import dataclass, field
from typing import Any

import pytest
from fake_clock import FakeClock
from telegram import Bot
from telegram.error import BadRequest, NetworkError, RetryAfter, TelegramError
from telegram.request import BaseRequest

from bot.store.message_ids import ChatIds
from bot.telegram.quickexit import (
    DELETE_BATCH,
    MAX_SPAN,
    NOTICE_TEXT,
    SPAN_MARGIN,
    MessageLog,
    RetryPolicy,
    auto_delete,
    auto_delete_loop,
    quick_exit,
)
from knowledge.hotline import HOTLINE_NUMBER

CHAT = 424242
TOPIC_WORDS = ("sexual", "assault", "metoo", "me too", "hotline", "rape", "abuse", "survivor", "hope", "help")
FAST = RetryPolicy(budget_seconds=1.0, first_delay=0.001, max_delay=0.01)


@dataclass
class FakeMessage:
    message_id: int


@dataclass
class FakeBot:
    """A private chat as Telegram keeps it: ids on screen; deleteMessages removes what exists, skips the rest.

    `delete_errors` are raised by successive delete calls before anything is deleted.
    """

    screen: set[int] = field(default_factory=set)
    deletes: list[tuple[int, list[int]]] = field(default_factory=list)
    sends: list[tuple[int, str, dict[str, Any]]] = field(default_factory=list)
    delete_errors: list[BaseException | None] = field(default_factory=list)
    send_error: TelegramError | None = None
    next_id: int = 0
    delete_called: asyncio.Event = field(default_factory=asyncio.Event)

    async def delete_messages(self, *, chat_id: int, message_ids: list[int]) -> bool:
        self.deletes.append((chat_id, list(message_ids)))
        self.delete_called.set()
        error = self.delete_errors.pop(0) if self.delete_errors else None
        if error is not None:
            raise error
        assert 1 <= len(message_ids) <= DELETE_BATCH
        self.screen.difference_update(message_ids)
        return True

    async def send_message(self, *, chat_id: int, text: str, **kwargs: Any) -> FakeMessage:
        if self.send_error is not None:
            raise self.send_error
        self.sends.append((chat_id, text, kwargs))
        # ids count up per chat, shared by both sides, as in Telegram
        self.next_id = max([self.next_id, *self.screen, *self.deleted_ids()]) + 1
        self.screen.add(self.next_id)
        return FakeMessage(self.next_id)

    def deleted_ids(self) -> list[int]:
        return [mid for _, ids in self.deletes for mid in ids]


def _flood(seconds: int) -> RetryAfter:
    # ptb 22.2+ warns inside RetryAfter's own constructor about the coming timedelta type
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return RetryAfter(seconds)


@pytest.fixture
def log(clock: FakeClock) -> MessageLog:
    return MessageLog(max_chats=100, max_ids_per_chat=1000, clock=clock)


async def _conversation(log: MessageLog, bot: FakeBot, pairs: int = 3, first: int = 10) -> list[int]:
    """A person asks and the bot answers, `pairs` times, all on screen; returns every id in order."""
    ids = []
    for i in range(pairs):
        asked, answered = first + 2 * i, first + 2 * i + 1
        await log.add(CHAT, asked, from_bot=False)
        await log.add(CHAT, answered, from_bot=True)
        ids += [asked, answered]
    bot.screen.update(ids)
    return ids


async def _exit(bot: FakeBot, log: MessageLog, **kwargs: Any) -> Any:
    kwargs.setdefault("retry", FAST)
    return await quick_exit(bot, CHAT, log, **kwargs)


async def test_quick_exit_deletes_both_sides_and_the_forget_message(log: MessageLog) -> None:
    bot = FakeBot()
    await _conversation(log, bot)
    bot.screen.add(20)
    result = await _exit(bot, log, extra_ids=[20])
    assert bot.screen == set()
    assert {chat for chat, _ in bot.deletes} == {CHAT}
    assert (result.deleted, result.failed, result.notice_sent) == (7, 0, False)


async def test_nothing_is_sent_and_nothing_kept_when_everything_was_deleted(log: MessageLog) -> None:
    bot = FakeBot()
    await _conversation(log, bot)
    await _exit(bot, log, extra_ids=[20])
    assert bot.sends == []
    assert CHAT not in log and len(log) == 0


async def test_a_message_the_bot_never_learnt_of_between_known_ones_is_deleted(log: MessageLog) -> None:
    bot = FakeBot()
    await _conversation(log, bot, pairs=2)  # 10..13
    bot.screen.add(14)  # a reply Telegram delivered, but whose answer was lost
    await log.add(CHAT, 15, from_bot=True)  # the retry that was answered
    bot.screen.add(15)
    await _exit(bot, log, extra_ids=[16])
    assert bot.screen == set()


async def test_a_message_just_past_the_last_known_one_is_deleted(log: MessageLog) -> None:
    bot = FakeBot()
    await _conversation(log, bot)  # 10..15, and the pressed button sits on 15
    bot.screen.update(range(16, 16 + SPAN_MARGIN))  # replies whose answers were all lost
    result = await _exit(bot, log, extra_ids=[15])
    assert bot.screen == set()
    assert result.span == 15 + SPAN_MARGIN - 10 + 1


async def test_deletion_goes_in_batches_of_at_most_100_newest_first(log: MessageLog) -> None:
    bot = FakeBot()
    for mid in range(1, 251):
        await log.add(CHAT, mid, from_bot=mid % 2 == 0)
    bot.screen.update(range(1, 251))
    result = await _exit(bot, log)
    assert all(len(ids) <= DELETE_BATCH for _, ids in bot.deletes)
    assert bot.deletes[0][1][0] == 250 + SPAN_MARGIN and bot.deletes[-1][1][-1] == 1
    assert bot.screen == set() and result.deleted == 250 and bot.sends == []


async def test_the_span_is_bounded_and_what_lies_below_is_reported(log: MessageLog) -> None:
    bot = FakeBot()
    await log.add(CHAT, 1, from_bot=False)
    await log.add(CHAT, 5000, from_bot=False)
    bot.screen.update({1, 5000})
    result = await _exit(bot, log)
    assert len(bot.deletes) == MAX_SPAN // DELETE_BATCH
    assert result.span == MAX_SPAN and 1 not in bot.deleted_ids()
    assert (result.deleted, result.failed, result.notice_sent) == (1, 1, True)
    _assert_neutral_notice(bot)
    assert await log.ids(CHAT) == ChatIds((bot.next_id,), 0)  # only the notice is left to delete


async def test_an_old_message_under_a_pressed_button_is_deleted_on_its_own(log: MessageLog) -> None:
    bot = FakeBot()
    await _conversation(log, bot, first=3000)
    bot.screen.add(40)
    await _exit(bot, log, extra_ids=[40])
    assert bot.deletes[-1] == (CHAT, [40])
    assert bot.screen == set() and len(bot.deletes) == 2


@pytest.mark.parametrize(
    "error", [NetworkError("Bad Gateway"), NetworkError("httpx.RemoteProtocolError: disconnected")]
)
async def test_a_transient_failure_of_the_first_call_is_retried_and_everything_goes(
    log: MessageLog, error: Exception
) -> None:
    bot = FakeBot(delete_errors=[error, error])
    await _conversation(log, bot, pairs=30)
    result = await _exit(bot, log, extra_ids=[])
    assert bot.screen == set()
    assert (result.deleted, result.failed, result.notice_sent, result.retries) == (60, 0, False, 2)


async def test_a_flood_wait_is_waited_out(log: MessageLog) -> None:
    bot = FakeBot(delete_errors=[_flood(0), _flood(0)])
    await _conversation(log, bot)
    result = await _exit(bot, log)
    assert bot.screen == set() and not result.notice_sent


async def test_what_could_not_be_deleted_in_time_is_kept_for_the_next_quick_exit(log: MessageLog) -> None:
    bot = FakeBot(delete_errors=[NetworkError("Bad Gateway")] * 10_000)
    await _conversation(log, bot)
    bot.screen.add(16)
    policy = RetryPolicy(budget_seconds=0.2, first_delay=0.01, max_delay=0.02)
    began = time.monotonic()
    first = await _exit(bot, log, extra_ids=[16], retry=policy)
    assert time.monotonic() - began < 1.0
    assert (first.deleted, first.failed, first.notice_sent) == (0, 7, True)
    _assert_neutral_notice(bot)
    bot.delete_errors.clear()  # Telegram is back
    bot.screen.add(17)  # the next /forget
    second = await _exit(bot, log, extra_ids=[17])
    assert bot.screen == set()
    assert (second.failed, second.notice_sent) == (0, False)
    assert CHAT not in log


async def test_a_long_flood_wait_counts_as_failed_without_waiting(log: MessageLog) -> None:
    bot = FakeBot(delete_errors=[_flood(3600)])
    await _conversation(log, bot)
    result = await asyncio.wait_for(_exit(bot, log, retry=RetryPolicy()), timeout=2)
    assert len(bot.deletes) == 1
    assert (result.deleted, result.failed, result.notice_sent) == (0, 6, True)
    assert len(log) == 7  # the six, and the notice


async def test_a_refusal_is_not_retried_and_gets_the_notice(log: MessageLog) -> None:
    bot = FakeBot(delete_errors=[BadRequest("Message can't be deleted")])
    await _conversation(log, bot)
    result = await _exit(bot, log)
    assert len(bot.deletes) == 1
    assert (result.deleted, result.failed, result.notice_sent) == (0, 6, True)


async def test_a_batch_telegram_finds_empty_counts_as_deleted(log: MessageLog) -> None:
    bot = FakeBot(delete_errors=[BadRequest("Bad Request: message to delete not found")])
    await _conversation(log, bot)
    result = await _exit(bot, log)
    assert (result.failed, result.notice_sent) == (0, False)
    assert CHAT not in log


async def test_one_failed_batch_keeps_only_its_own_ids(log: MessageLog) -> None:
    bot = FakeBot(delete_errors=[None, BadRequest("Message can't be deleted")])
    for mid in range(1, 151):
        await log.add(CHAT, mid, from_bot=True)
    bot.screen.update(range(1, 151))
    result = await _exit(bot, log)
    newest, oldest = bot.deletes[0][1], bot.deletes[1][1]
    assert (result.deleted, result.failed, result.notice_sent) == (80, 70, True)
    assert set((await log.ids(CHAT)).ids) == set(oldest) & set(range(1, 151)) | {bot.next_id}
    assert not set(newest) & bot.screen


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
    await log.add(CHAT, 1, from_bot=False)
    await log.add(CHAT, 2, from_bot=True)
    clock.advance(hours=40)
    await log.add(CHAT, 3, from_bot=False)
    clock.advance(hours=8)  # ids 1 and 2 are now 48 hours old, id 3 only 8
    result = await _exit(bot, log)
    assert min(bot.deleted_ids()) == 3
    assert (result.deleted, result.failed, result.notice_sent) == (1, 2, True)
    _assert_neutral_notice(bot)


async def test_the_notice_is_deleted_by_the_next_quick_exit(log: MessageLog) -> None:
    bot = FakeBot(delete_errors=[TelegramError("failed")])
    await _conversation(log, bot)
    await _exit(bot, log)
    notice_id = bot.next_id
    assert notice_id in bot.screen
    result = await _exit(bot, log)
    assert bot.screen == set()
    assert (result.failed, result.notice_sent) == (0, False)
    assert len(bot.sends) == 1


async def test_a_second_quick_exit_has_nothing_left_to_do(log: MessageLog) -> None:
    bot = FakeBot()
    await _conversation(log, bot)
    await _exit(bot, log)
    calls = len(bot.deletes)
    result = await _exit(bot, log)
    assert len(bot.deletes) == calls and bot.sends == []
    assert (result.deleted, result.failed, result.notice_sent) == (0, 0, False)


async def test_a_notice_that_cannot_be_sent_is_reported_not_raised(log: MessageLog) -> None:
    bot = FakeBot(delete_errors=[TelegramError("failed")], send_error=TelegramError("blocked"))
    await _conversation(log, bot)
    result = await _exit(bot, log)
    assert result.notice_sent is False and result.failed == 6


async def test_the_per_chat_cap_is_reported_as_not_deleted(clock: FakeClock) -> None:
    log = MessageLog(max_chats=10, max_ids_per_chat=3, clock=clock)
    for mid in range(1, 6):
        await log.add(CHAT, mid, from_bot=mid % 2 == 0)
    bot = FakeBot(screen=set(range(1, 6)))
    result = await _exit(bot, log)
    assert bot.screen == {1, 2, bot.next_id}
    assert (result.deleted, result.failed, result.notice_sent) == (3, 2, True)


async def test_auto_delete_removes_only_bot_messages_older_than_the_setting(
    log: MessageLog, clock: FakeClock
) -> None:
    bot = FakeBot()
    await log.add(CHAT, 1, from_bot=False)
    await log.add(CHAT, 2, from_bot=True)
    await log.add(7, 3, from_bot=True)
    clock.advance(hours=2)
    await log.add(CHAT, 4, from_bot=True)
    await log.add(CHAT, 5, from_bot=False)
    assert await auto_delete(bot, log, older_than_hours=1, retry=FAST) == 2
    assert sorted(bot.deletes) == [(7, [3]), (CHAT, [2])]
    assert await log.ids(CHAT) == ChatIds((1, 4, 5), 0)
    assert 7 in log and len(log) == 3


async def test_auto_delete_batches_and_does_not_repeat(log: MessageLog, clock: FakeClock) -> None:
    bot = FakeBot()
    for mid in range(1, 151):
        await log.add(CHAT, mid, from_bot=True)
    clock.advance(hours=3)
    assert await auto_delete(bot, log, older_than_hours=2.5, retry=FAST) == 150
    assert [len(ids) for _, ids in bot.deletes] == [100, 50]
    assert await auto_delete(bot, log, older_than_hours=2.5, retry=FAST) == 0
    assert len(bot.deletes) == 2


async def test_auto_delete_retries_a_transient_failure_and_counts_what_telegram_accepted(
    log: MessageLog, clock: FakeClock
) -> None:
    bot = FakeBot(delete_errors=[NetworkError("Bad Gateway"), TelegramError("failed")])
    await log.add(CHAT, 1, from_bot=True)
    await log.add(8, 2, from_bot=True)
    clock.advance(hours=2)
    assert await auto_delete(bot, log, older_than_hours=1, retry=FAST) == 1
    assert len(bot.deletes) == 3


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
    await log.add(CHAT, 1, from_bot=True)
    clock.advance(hours=2)
    task = asyncio.create_task(auto_delete_loop(bot, log, older_than_hours=1, interval_seconds=0.001))
    await asyncio.wait_for(bot.delete_called.wait(), timeout=2)
    bot.delete_called.clear()
    await log.add(CHAT, 2, from_bot=True)
    clock.advance(hours=2)
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
    caplog.set_level(logging.DEBUG, logger="bot.telegram")
    bot = FakeBot(delete_errors=[NetworkError("Message 987654 is gone"), TelegramError("not found: 987654")])
    await log.add(CHAT, 987654, from_bot=False)
    await _exit(bot, log, extra_ids=[987655])
    text = caplog.text
    assert "quick_exit" in text and "NetworkError" in text and "TelegramError" in text
    assert str(CHAT) not in text and "98765" not in text
    assert NOTICE_TEXT.splitlines()[0] not in text


class _OfflineRequest(BaseRequest):
    """Answers the Bot API offline, recording each method and its parameters."""

    def __init__(self, *answers: tuple[int, dict[str, Any]]) -> None:
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.answers = list(answers)

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
        if name == "deleteMessages" and self.answers:
            code, body = self.answers.pop(0)
            return code, json.dumps(body).encode()
        if name == "deleteMessages":
            return 200, b'{"ok": true, "result": true}'
        chat = {"id": CHAT, "type": "private"}
        message = {"message_id": 77, "date": 1_700_000_000, "chat": chat, "text": "x"}
        return 200, json.dumps({"ok": True, "result": message}).encode()


async def test_a_real_bot_object_retries_telegrams_502_and_429(log: MessageLog) -> None:
    request = _OfflineRequest(
        (502, {"ok": False, "error_code": 502, "description": "Bad Gateway"}),
        (500, {"ok": False, "error_code": 500, "description": "Internal Server Error"}),
        (429, {"ok": False, "error_code": 429, "description": "Flood", "parameters": {"retry_after": 0}}),
    )
    bot = Bot("123456:offline", request=request, get_updates_request=_OfflineRequest())
    await log.add(CHAT, 10, from_bot=False)
    await log.add(CHAT, 11, from_bot=True)
    result = await _exit(FakeBotAdapter(bot), log, extra_ids=[12])
    names = [name for name, _ in request.calls]
    assert names == ["deleteMessages"] * 4
    assert request.calls[0][1] == {"chat_id": CHAT, "message_ids": list(range(12 + SPAN_MARGIN, 9, -1))}
    assert (result.deleted, result.failed, result.notice_sent) == (3, 0, False)


async def test_a_real_bot_object_sends_and_records_the_notice_after_a_refusal(log: MessageLog) -> None:
    refusal = {"ok": False, "error_code": 400, "description": "Bad Request: message can't be deleted"}
    request = _OfflineRequest((400, refusal))
    bot = Bot("123456:offline", request=request, get_updates_request=_OfflineRequest())
    await log.add(CHAT, 10, from_bot=False)
    result = await _exit(FakeBotAdapter(bot), log)
    assert [name for name, _ in request.calls] == ["deleteMessages", "sendMessage"]
    assert request.calls[1][1]["text"] == NOTICE_TEXT
    assert (result.deleted, result.failed, result.notice_sent) == (0, 1, True)
    assert await log.ids(CHAT) == ChatIds((10, 77), 0)


class FakeBotAdapter:
    """A real `telegram.Bot` used without `async with`: only the two methods quick exit calls."""

    def __init__(self, bot: Bot) -> None:
        self._bot = bot

    async def delete_messages(self, **kwargs: Any) -> Any:
        return await self._bot.delete_messages(**kwargs)

    async def send_message(self, **kwargs: Any) -> Any:
        return await self._bot.send_message(**kwargs)
