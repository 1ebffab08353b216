"""Sending with retries: network errors and 5xx are retried, a bad request is not."""

from __future__ import annotations

import pytest
from telegram.error import BadRequest, Forbidden, NetworkError, TimedOut

from bot.telegram.delivery import Undelivered, deliver


class FlakySend:
    """Fails with the given errors in turn, then succeeds; records every attempt."""

    def __init__(self, *errors: Exception) -> None:
        self.errors = list(errors)
        self.attempts = 0

    async def __call__(self) -> str:
        self.attempts += 1
        if self.errors:
            raise self.errors.pop(0)
        return "sent"


async def test_a_send_after_server_errors_is_retried_until_it_goes_through() -> None:
    send = FlakySend(NetworkError("Bad Gateway"), TimedOut())
    assert await deliver(send, delays=(0, 0, 0)) == "sent"
    assert send.attempts == 3


async def test_a_send_that_keeps_failing_gives_up_after_the_last_delay() -> None:
    send = FlakySend(*(NetworkError("Internal Server Error") for _ in range(10)))
    with pytest.raises(Undelivered) as raised:
        await deliver(send, delays=(0, 0))
    assert send.attempts == 3
    # still a NetworkError for callers that catch those; the last failure is kept as the cause
    assert isinstance(raised.value, NetworkError) and isinstance(raised.value.__cause__, NetworkError)


@pytest.mark.parametrize("error", [BadRequest("Message is too long"), Forbidden("bot was blocked")])
async def test_errors_a_retry_cannot_fix_are_raised_at_once(error: Exception) -> None:
    send = FlakySend(error)
    with pytest.raises(type(error)):
        await deliver(send, delays=(0, 0, 0))
    assert send.attempts == 1


async def test_a_send_that_works_is_made_once() -> None:
    send = FlakySend()
    assert await deliver(send) == "sent"
    assert send.attempts == 1
