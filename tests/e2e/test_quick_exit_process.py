"""Quick exit as a process against a fake Telegram that fails before or after processing a request."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from bot_process import BotProcess
from fake_bot_api import FakeBotApi, FaultRule

pytestmark = pytest.mark.timeout(120)

Api = Callable[..., FakeBotApi]
Launch = Callable[..., BotProcess]
CHAT = 4242
QUESTION = "who started the me too movement"
# Per-person limits would answer some of the 30 questions with "please wait": not what these tests are about.
NO_LIMIT = {"USER_RATE_LIMIT": "0"}


def _converse(api: FakeBotApi, questions: int) -> None:
    """The person asks, one question at a time, and waits for each reply."""
    for number in range(1, questions + 1):
        api.send_message(CHAT, QUESTION)
        assert api.wait_until(lambda n=number: _replies(api) >= n, 30), f"no reply to question {number}"


def _replies(api: FakeBotApi) -> int:
    return sum(sent.chat_id == CHAT for sent in api.outgoing())


@pytest.mark.parametrize("fault", ["502", "drop", "429"])
def test_a_failure_of_the_first_delete_call_still_erases_the_whole_conversation(
    make_api: Api, launch: Launch, fault: str
) -> None:
    server = make_api([FaultRule("deleteMessages", fault, calls=frozenset({1}))])  # type: ignore[arg-type]
    launch(server, **NO_LIMIT)
    _converse(server, questions=30)
    server.send_message(CHAT, "/forget")
    assert server.wait_until(lambda: not server.on_screen(CHAT), 20), f"left: {len(server.on_screen(CHAT))}"
    assert server.calls("deleteMessages") >= 2
    assert _replies(server) == 30  # erased in silence: no notice


def test_a_reply_whose_send_answer_was_lost_is_erased_by_forget(make_api: Api, launch: Launch) -> None:
    # Telegram shows the first reply, but the bot never hears its id; its retry shows a second copy.
    server = make_api([FaultRule("sendMessage", "drop", calls=frozenset({2}), when="after")])
    launch(server, **NO_LIMIT)
    _converse(server, questions=3)
    assert server.wait_until(lambda: _replies(server) == 4, 10)
    server.send_message(CHAT, "/forget")
    assert server.wait_until(lambda: not server.on_screen(CHAT), 20), sorted(server.on_screen(CHAT))


def test_a_later_forget_erases_what_an_outage_left(make_api: Api, launch: Launch) -> None:
    # Every delete fails for the whole retry budget of the first /forget; the neutral notice says so.
    outage = frozenset(range(1, 400))
    server = make_api([FaultRule("deleteMessages", "502", calls=outage)])
    launch(server, **NO_LIMIT)
    _converse(server, questions=3)
    server.send_message(CHAT, "/forget")
    assert server.wait_until(lambda: _replies(server) == 4, 30), "no notice after the outage"
    assert "could not be removed" in server.outgoing()[-1].text
    server.rules.clear()  # Telegram is back
    server.send_message(CHAT, "/forget")
    assert server.wait_until(lambda: not server.on_screen(CHAT), 20), sorted(server.on_screen(CHAT))
