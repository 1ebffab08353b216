"""Load: 200 users send 2,000 messages to the bot process while the server misbehaves."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from bot_process import BotProcess
from e2e_load import run_load
from fake_bot_api import FakeBotApi, FaultRule

USERS = 200
PER_USER = 10


def _random_faults() -> list[FaultRule]:
    """About one call in twelve misbehaves, at random (a fixed seed, so a failure can be replayed)."""
    return [
        FaultRule("sendMessage", "429", rate=0.005, retry_after=1),
        FaultRule("sendMessage", "500", rate=0.01),
        FaultRule("sendMessage", "502", rate=0.01),
        FaultRule("sendMessage", "drop", rate=0.01),
        FaultRule("sendMessage", "slow", rate=0.02, delay=0.2),
        FaultRule("getUpdates", "409", calls=frozenset({4})),
        FaultRule("getUpdates", "502", rate=0.02),
        FaultRule("getUpdates", "drop", rate=0.02),
        FaultRule("getUpdates", "slow", rate=0.05, delay=0.3),
    ]


@pytest.mark.timeout(300)
def test_two_hundred_users_and_two_thousand_messages_lose_and_double_nothing(
    make_api: Callable[..., FakeBotApi],
    launch: Callable[..., BotProcess],
    record_property: Callable[..., None],
) -> None:
    server = make_api(_random_faults())
    bot = launch(server)
    report = run_load(server, users=USERS, per_user=PER_USER, timeout=240)
    record_property("load", report.summary())
    assert report.messages == USERS * PER_USER
    assert (report.lost, report.duplicated) == (0, 0), report.summary()
    assert bot.running
    code, seconds = bot.terminate()
    assert (code, seconds < 5) == (0, True), bot.log()[-2000:]
