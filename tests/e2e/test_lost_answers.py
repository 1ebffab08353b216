"""A send delivered but its answer lost is retried: some replies come twice, none is lost.

Each try of a reply reaches the chat at most once, and a reply is tried `len(RETRY_DELAYS) + 1` times at
most; when every try fails on the way no apology follows (it would bring tries of its own), so that is
the exact bound on copies of one reply.
"""

from __future__ import annotations

import html
import time
from collections import Counter
from collections.abc import Callable

import pytest
from bot_process import BotProcess
from fake_bot_api import FakeBotApi, FaultRule

from bot import texts
from bot.telegram.delivery import RETRY_DELAYS

CHATS = 200
FIRST_CHAT = 20_000
QUESTION = "who started the me too movement"
# The longest retry chain (every delay) plus slack: a late copy shows up by then.
SETTLE_SECONDS = sum(RETRY_DELAYS) + 1.5
TRIES = len(RETRY_DELAYS) + 1


def _apologies(server: FakeBotApi) -> int:
    apology = texts.error_text()[:40]
    return sum(apology in html.unescape(sent.text) for sent in server.outgoing())


def _lost_after_processing() -> list[FaultRule]:
    """One sendMessage in ten is delivered but its answer never comes back (a proxy failing on the way)."""
    return [
        FaultRule("sendMessage", "drop", rate=0.04, when="after"),
        FaultRule("sendMessage", "502", rate=0.03, when="after"),
        FaultRule("sendMessage", "500", rate=0.03, when="after"),
    ]


@pytest.mark.timeout(120)
def test_every_chat_gets_a_reply_when_one_answer_in_ten_is_lost_after_delivery(
    make_api: Callable[..., FakeBotApi],
    launch: Callable[..., BotProcess],
    record_property: Callable[..., None],
) -> None:
    server = make_api(_lost_after_processing())
    launch(server, USER_RATE_LIMIT="0")
    chats = range(FIRST_CHAT, FIRST_CHAT + CHATS)
    for chat in chats:
        server.send_message(chat, QUESTION)
    server.wait_until(lambda: set(Counter(s.chat_id for s in server.outgoing())) >= set(chats), 90)
    time.sleep(SETTLE_SECONDS)
    replies = Counter(sent.chat_id for sent in server.outgoing())
    silent = [chat for chat in chats if replies[chat] == 0]
    doubled = sum(replies[chat] >= 2 for chat in chats)
    lost = sum(server.faults_injected().values())
    record_property(
        "load",
        f"{CHATS} chats, sendMessage answers lost after delivery: {lost} of "
        f"{server.calls('sendMessage')} calls; "
        f"chats without a reply {len(silent)}, chats with two or more replies {doubled} "
        f"({doubled / CHATS:.1%}), most replies in one chat {max(replies.values())}",
    )
    assert silent == []
    # one message per try, and no apology on top of a reply whose every try lost its answer
    assert max(replies.values()) <= TRIES
    assert _apologies(server) == 0


@pytest.mark.timeout(60)
def test_a_reply_whose_every_answer_is_lost_arrives_once_per_try_and_no_apology_follows(
    make_api: Callable[..., FakeBotApi], launch: Callable[..., BotProcess]
) -> None:
    every_try = frozenset(range(1, TRIES + 1))
    server = make_api([FaultRule("sendMessage", "502", calls=every_try, when="after")])
    bot = launch(server)
    server.send_message(FIRST_CHAT, QUESTION)
    assert server.wait_until(lambda: len(server.outgoing()) >= TRIES, 30)
    time.sleep(2.0)  # an apology would follow the last try at once
    assert len(server.outgoing()) == TRIES
    assert _apologies(server) == 0
    assert "error=Undelivered" in bot.log()
