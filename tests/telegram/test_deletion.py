"""deleteMessages with retries: transient failures are retried within one deadline, refusals are not."""

from __future__ import annotations

import asyncio
import time
import warnings
from typing import Any

import pytest
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut

from bot.telegram.deletion import BatchDeleter, RetryPolicy

FAST = RetryPolicy(budget_seconds=2.0, first_delay=0.001, max_delay=0.01)


def flood(seconds: float) -> RetryAfter:
    # ptb 22.2+ warns inside RetryAfter's own constructor about the coming timedelta type
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return RetryAfter(seconds)  # type: ignore[arg-type]


class Telegram:
    """Answers delete_messages with the given errors in turn, then True; records each call's time."""

    def __init__(self, *errors: BaseException, hang: bool = False) -> None:
        self.errors = list(errors)
        self.calls: list[float] = []
        self.hang = hang

    async def delete_messages(self, *, chat_id: int, message_ids: list[int]) -> Any:
        self.calls.append(time.monotonic())
        if self.hang:
            await asyncio.sleep(3600)
        if self.errors:
            raise self.errors.pop(0)
        return True


@pytest.mark.parametrize(
    "error",
    [
        NetworkError("Bad Gateway"),
        NetworkError("Internal Server Error"),
        NetworkError("httpx.RemoteProtocolError"),
        TimedOut(),
    ],
)
async def test_a_transient_failure_is_retried_until_telegram_confirms(error: Exception) -> None:
    telegram = Telegram(error, error)
    deleter = BatchDeleter(telegram, 5, FAST)
    assert await deleter.delete([1, 2]) is True
    assert len(telegram.calls) == 3 and deleter.retries == 2


async def test_back_off_doubles_between_tries() -> None:
    telegram = Telegram(*(NetworkError("Bad Gateway") for _ in range(3)))
    policy = RetryPolicy(budget_seconds=5, first_delay=0.05, max_delay=1)
    assert await BatchDeleter(telegram, 5, policy).delete([1]) is True
    gaps = [b - a for a, b in zip(telegram.calls, telegram.calls[1:], strict=False)]
    assert gaps[0] >= 0.05 and gaps[1] >= 0.1 and gaps[2] >= 0.2


async def test_a_flood_wait_is_waited_out_then_retried() -> None:
    telegram = Telegram(flood(0.2))
    assert await BatchDeleter(telegram, 5, FAST).delete([1]) is True
    assert telegram.calls[1] - telegram.calls[0] >= 0.2


async def test_a_flood_wait_past_the_deadline_fails_at_once() -> None:
    telegram = Telegram(flood(3600))
    began = time.monotonic()
    assert await BatchDeleter(telegram, 5, FAST).delete([1]) is False
    assert time.monotonic() - began < 0.5 and len(telegram.calls) == 1


async def test_failures_that_go_on_are_given_up_at_the_deadline() -> None:
    telegram = Telegram(*(NetworkError("Bad Gateway") for _ in range(10_000)))
    policy = RetryPolicy(budget_seconds=0.3, first_delay=0.01, max_delay=0.02)
    began = time.monotonic()
    assert await BatchDeleter(telegram, 5, policy).delete([1]) is False
    assert 0.25 < time.monotonic() - began < 0.6
    assert len(telegram.calls) > 5


async def test_a_call_that_hangs_is_cut_at_the_deadline() -> None:
    policy = RetryPolicy(budget_seconds=0.3)
    began = time.monotonic()
    assert await BatchDeleter(Telegram(hang=True), 5, policy).delete([1]) is False
    assert time.monotonic() - began < 0.6


async def test_one_deadline_covers_every_batch() -> None:
    telegram = Telegram(*(NetworkError("Bad Gateway") for _ in range(10_000)))
    deleter = BatchDeleter(telegram, 5, RetryPolicy(budget_seconds=0.2, first_delay=0.01, max_delay=0.01))
    began = time.monotonic()
    assert await deleter.delete([1]) is False
    assert await deleter.delete([2]) is False
    assert await deleter.delete([3]) is False
    assert time.monotonic() - began < 0.4  # three batches, one budget of 0.2 s


@pytest.mark.parametrize("error", [BadRequest("Message can't be deleted"), Forbidden("bot was blocked")])
async def test_a_refusal_is_not_retried(error: Exception) -> None:
    telegram = Telegram(error)
    assert await BatchDeleter(telegram, 5, FAST).delete([1]) is False
    assert len(telegram.calls) == 1


async def test_nothing_left_to_delete_counts_as_deleted() -> None:
    telegram = Telegram(BadRequest("Message to delete not found"))
    assert await BatchDeleter(telegram, 5, FAST).delete([1]) is True


async def test_the_default_budget_is_about_fifteen_seconds() -> None:
    assert 10 <= RetryPolicy().budget_seconds <= 20
