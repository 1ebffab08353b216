"""`python -m bot run` as a whole process against a fake Bot API server on 127.0.0.1, with faults."""

from __future__ import annotations

import html
import time
from collections import Counter
from collections.abc import Callable

import pytest
from bot_process import TOKEN, BotProcess
from fake_bot_api import BOT_USERNAME, FakeBotApi, FaultRule

from bot import texts
from bot.responder import COMMANDS
from knowledge.hotline import HOTLINE_NUMBER

pytestmark = pytest.mark.timeout(120)

Api = Callable[..., FakeBotApi]
Launch = Callable[..., BotProcess]
QUESTION = "who started the me too movement"
# Longer than a 429's retry_after (1 s) plus the rate limiter's slack: late duplicates show up by then.
SETTLE_SECONDS = 2.0


def _counts(api: FakeBotApi) -> Counter[int]:
    return Counter(sent.chat_id for sent in api.outgoing())


def _await_replies(
    api: FakeBotApi, expected: Counter[int], timeout: float = 60.0, *, settle: float = SETTLE_SECONDS
) -> Counter[int]:
    """Wait until every chat has its replies, then `settle` seconds longer so duplicates would show."""
    api.wait_until(lambda: all(_counts(api)[chat] >= n for chat, n in expected.items()), timeout)
    time.sleep(settle)
    return _counts(api)


def _apologies(api: FakeBotApi) -> int:
    apology = texts.error_text()[:40]
    return sum(apology in html.unescape(sent.text) for sent in api.outgoing())


def _faults() -> list[FaultRule]:
    """Every kind of fault, on calls spread out so that each one is met while messages flow."""
    on = frozenset
    return [
        FaultRule("getUpdates", "409", calls=on({3})),
        FaultRule("getUpdates", "drop", calls=on({5})),
        FaultRule("getUpdates", "502", calls=on({7})),
        FaultRule("getUpdates", "500", calls=on({9})),
        FaultRule("getUpdates", "slow", calls=on({11, 12}), delay=0.5),
        FaultRule("sendMessage", "429", calls=on({3, 20}), retry_after=1),
        FaultRule("sendMessage", "500", calls=on({7})),
        FaultRule("sendMessage", "502", calls=on({11})),
        FaultRule("sendMessage", "drop", calls=on({15})),
        FaultRule("sendMessage", "slow", calls=on({5, 9, 25}), delay=0.5),
    ]


def _converse(api: FakeBotApi, users: int, rounds: int) -> Counter[int]:
    """Each user writes `rounds` messages, a round at a time; returns how many each chat sent."""
    for _ in range(rounds):
        for user in range(1, users + 1):
            api.send_message(1000 + user, QUESTION)
        time.sleep(0.3)
    return Counter({1000 + user: rounds for user in range(1, users + 1)})


def test_commands_are_registered_and_messages_sent_while_down_are_answered(
    make_api: Api, launch: Launch
) -> None:
    server = make_api()
    sent = _converse(server, users=3, rounds=1)
    launch(server)
    assert _await_replies(server, sent) == sent
    assert server.commands == list(COMMANDS)
    [delete_webhook] = server.outgoing("deleteWebhook")
    assert delete_webhook.params.get("drop_pending_updates") in (None, "False", "false")


def test_every_message_gets_exactly_one_reply_while_the_server_misbehaves(
    make_api: Api, launch: Launch
) -> None:
    server = make_api(_faults())
    bot = launch(server)
    sent = _converse(server, users=20, rounds=3)
    got = _await_replies(server, sent)
    lost = {chat: n - got[chat] for chat, n in sent.items() if got[chat] < n}
    doubled = {chat: got[chat] - n for chat, n in sent.items() if got[chat] > n}
    assert (lost, doubled) == ({}, {})
    assert set(server.faults_injected()) == {"409", "drop", "502", "500", "slow", "429"}
    assert all(HOTLINE_NUMBER in html.unescape(s.text) for s in server.outgoing())
    assert bot.running


def test_a_send_that_failed_with_a_server_error_is_retried_with_the_answer(
    make_api: Api, launch: Launch
) -> None:
    server = make_api([FaultRule("sendMessage", "502", calls=frozenset({1}))])
    launch(server)
    got = _await_replies(server, _converse(server, users=1, rounds=1))
    assert sum(got.values()) == 1
    assert _apologies(server) == 0


def test_a_button_press_is_acknowledged_and_answered(make_api: Api, launch: Launch) -> None:
    server = make_api()
    launch(server)
    server.send_message(7, QUESTION)
    assert server.wait_until(lambda: len(server.outgoing()) == 1, 30)
    first = server.outgoing()[0]
    assert "Get help now" in first.buttons
    assert first.message_id is not None
    server.press(7, first.message_id, "help")
    assert server.wait_until(lambda: len(server.outgoing()) == 2, 30)
    assert len(server.outgoing("answerCallbackQuery")) == 1
    assert "nearest sexual assault service provider" in html.unescape(server.outgoing()[1].text)


def test_in_a_group_only_messages_that_mention_the_bot_are_answered(make_api: Api, launch: Launch) -> None:
    server = make_api()
    launch(server)
    server.send_message(-500, QUESTION)
    mention = server.send_message(-500, f"@{BOT_USERNAME} {QUESTION}")
    # confirmed means handled: had the first message been answered, that reply would be here by now
    assert server.wait_until(lambda: len(server.outgoing()) >= 1 and server.pending_updates() == 0, 30)
    [reply] = server.outgoing()
    assert reply.reply_to == mention
    assert "Tarana Burke" in html.unescape(reply.text)


def test_sigterm_stops_the_bot_within_seconds_and_confirms_what_it_read(
    make_api: Api, launch: Launch
) -> None:
    server = make_api()
    bot = launch(server)
    sent = _converse(server, users=5, rounds=1)
    _await_replies(server, sent, settle=0)
    code, seconds = bot.terminate(timeout=10)
    # run_polling turns SIGTERM into a clean stop, so the exit code is 0 (-15 would mean killed by it)
    assert code == 0, bot.log()
    assert seconds < 5
    assert server.pending_updates() == 0


def test_a_restarted_bot_does_not_answer_old_messages_again(make_api: Api, launch: Launch) -> None:
    server = make_api()
    first = launch(server)
    sent = _converse(server, users=4, rounds=1)
    _await_replies(server, sent, settle=0)  # duplicates from either process show in the final count
    first.terminate()
    launch(server)
    more = _converse(server, users=4, rounds=1)
    assert _await_replies(server, more + sent) == more + sent


def test_the_log_holds_no_message_text_and_no_token(make_api: Api, launch: Launch) -> None:
    server = make_api([FaultRule("sendMessage", "500", calls=frozenset({2}))])
    bot = launch(server)
    secret = "my neighbour hurt me last night"
    server.send_message(9, secret)
    server.send_message(9, QUESTION)
    server.wait_until(lambda: len(server.outgoing()) >= 2, 30)
    bot.terminate()
    log = bot.log()
    assert "event=" in log
    for needle in (secret, QUESTION, TOKEN, TOKEN.split(":")[1]):
        assert needle not in log
