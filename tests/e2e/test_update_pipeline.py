"""The update pipeline as a process: nothing lost across a kill or a stop, nobody starved by a flood,
an update the library cannot parse skipped without a trace, a revoked token ending the process."""

from __future__ import annotations

import html
import time
from collections import Counter
from collections.abc import Callable

import pytest
from bot_api_json import old_poll_message
from bot_process import TOKEN, BotProcess
from e2e_load import MESSAGES
from fake_bot_api import FakeBotApi, FaultRule

from bot import texts
from bot.responder import Responder
from bot.telegram.render import render

pytestmark = pytest.mark.timeout(120)

Api = Callable[..., FakeBotApi]
Launch = Callable[..., BotProcess]
Record = Callable[[str, object], None]
QUESTION = "who started the me too movement"
# Long enough after the last expected reply for a duplicate to show up.
SETTLE_SECONDS = 2.0
# What a poll from an older server carries that must never reach the log.
POLL_NAME, POLL_USERNAME, POLL_QUESTION = "Quillonia", "quillon_sender", "Zanzibar marmalade question"


def _replies(api: FakeBotApi) -> Counter[int]:
    return Counter(sent.chat_id for sent in api.outgoing())


def _tally(api: FakeBotApi, fed: Counter[int]) -> tuple[int, int]:
    """Messages with no reply, and replies beyond one per message."""
    got = _replies(api)
    lost = sum(max(0, n - got[chat]) for chat, n in fed.items())
    doubled = sum(max(0, got[chat] - n) for chat, n in fed.items())
    return lost, doubled


def _all_answered(api: FakeBotApi, fed: Counter[int]) -> Callable[[], bool]:
    return lambda: all(_replies(api)[chat] >= n for chat, n in fed.items())


def test_a_kill_during_a_backlog_loses_no_message(
    make_api: Api, launch: Launch, record_property: Record
) -> None:
    server = make_api()
    fed: Counter[int] = Counter()
    for round_number in range(5):
        for user in range(60):
            server.send_message(20_000 + user, MESSAGES[(user + round_number) % len(MESSAGES)])
            fed[20_000 + user] += 1
    first = launch(server)
    assert server.wait_until(lambda: server.messages_sent() >= 90, 60)
    first.kill()
    answered_before = server.messages_sent()
    launch(server)
    # every update confirmed: each was handled, so every reply (and every repeat) has been sent
    assert server.wait_until(lambda: server.pending_updates() == 0, 90), _tally(server, fed)
    lost, doubled = _tally(server, fed)
    record_property(
        "load", f"SIGKILL after {answered_before} of 300 replies, then a restart: lost {lost}, "
        f"answered twice {doubled}"
    )
    assert lost == 0


def test_sigterm_with_fifty_slow_replies_pending_stops_within_ten_seconds_and_loses_none(
    make_api: Api, launch: Launch, record_property: Record
) -> None:
    # the first 50 sends hang for longer than the test lasts: replies stuck on a slow connection
    server = make_api([FaultRule("sendMessage", "slow", calls=frozenset(range(1, 51)), delay=60.0)])
    fed = Counter({30_000 + user: 1 for user in range(50)})
    bot = launch(server)
    for chat in fed:
        server.send_message(chat, QUESTION)
    server.wait_until(lambda: server.calls("sendMessage") >= 50, 10)
    code, seconds = bot.terminate(timeout=30)
    record_property("load", f"SIGTERM with 50 slow replies pending: exit {code} after {seconds:.1f} s")
    assert (code, seconds < 10) == (0, True), bot.log()[-2000:]
    launch(server)
    assert server.wait_until(_all_answered(server, fed), 30), _tally(server, fed)
    assert _tally(server, fed)[0] == 0


def test_one_person_flooding_does_not_hold_up_another(
    make_api: Api, launch: Launch, record_property: Record
) -> None:
    server = make_api()
    launch(server)  # the default limit: 20 messages a minute
    flooder, other = 40_000, 40_001
    for _ in range(2000):
        server.send_message(flooder, QUESTION)
    asked = server.send_message(other, QUESTION)
    assert server.wait_until(lambda: _replies(server)[other] >= 1, 60), "the other person got no reply"
    [reply] = [sent for sent in server.outgoing() if sent.chat_id == other]
    waited = reply.at - (server.fed_at(other, asked) or reply.at)
    time.sleep(SETTLE_SECONDS)
    flood_replies = [html.unescape(sent.text) for sent in server.outgoing() if sent.chat_id == flooder]
    notice = texts.rate_limited_text(60)[:30]
    notices = sum(notice in text for text in flood_replies)
    record_property(
        "load", f"flood of 2,000: the other person's reply after {waited:.2f} s; flooder got "
        f"{len(flood_replies)} replies, {notices} notice(s)"
    )
    assert waited < 10
    assert notices == 1
    assert len(flood_replies) <= 21


def test_each_chat_is_answered_in_the_order_it_wrote_while_chats_go_side_by_side(
    make_api: Api, launch: Launch, responder: Responder
) -> None:
    server = make_api([FaultRule("sendMessage", "slow", calls=frozenset({2, 5}), delay=0.5)])
    launch(server)
    chats = (80_000, 80_001, 80_002)
    expected: dict[int, list[str]] = {chat: [] for chat in chats}
    # each chat's concern window (bot/concern.py): after a support reply, "not covered" is a follow-up
    after_support = dict.fromkeys(chats, False)
    for turn in range(len(MESSAGES)):
        for offset, chat in enumerate(chats):
            text = MESSAGES[(turn + 3 * offset) % len(MESSAGES)]
            server.send_message(chat, text)
            reply = responder.reply(text, chat="private", after_support=after_support[chat])
            after_support[chat] = after_support[chat] or reply.supports
            expected[chat].append(render(reply)[0])
    fed = Counter({chat: len(MESSAGES) for chat in chats})
    assert server.wait_until(_all_answered(server, fed), 60), _tally(server, fed)
    for chat in chats:
        assert [sent.text for sent in server.outgoing() if sent.chat_id == chat] == expected[chat]


def test_an_update_the_library_cannot_parse_is_skipped_without_a_trace(make_api: Api, launch: Launch) -> None:
    server = make_api()
    bot = launch(server, LOG_LEVEL="DEBUG")
    chat = 50_000
    poll = old_poll_message(
        chat, server.next_message_id(chat),
        first_name=POLL_NAME, username=POLL_USERNAME, question=POLL_QUESTION,
    )
    server.push_update({"message": poll})
    server.send_message(chat, QUESTION)
    assert server.wait_until(lambda: _replies(server)[chat] >= 1, 20), bot.log()[-3000:]
    polls_before = server.calls("getUpdates")
    time.sleep(2.0)
    polls = server.calls("getUpdates") - polls_before
    assert server.pending_updates() == 0
    # an idle long poll is held for a second by this server: spinning made ~89 calls a second
    assert polls <= 6
    bot.terminate()
    log = bot.log()
    assert log.count("event=skipped") == 1, log[-3000:]
    for needle in (POLL_NAME, POLL_USERNAME, POLL_QUESTION, "Zanzibar", "Tester", QUESTION):
        assert needle not in log


@pytest.mark.parametrize("status", [401, 404])
def test_a_token_revoked_while_running_ends_the_process_with_one_clear_line(
    make_api: Api, launch: Launch, record_property: Record, status: int
) -> None:
    server = make_api()
    bot = launch(server)
    server.send_message(60_000, QUESTION)
    assert server.wait_until(lambda: _replies(server)[60_000] >= 1, 20)
    server.revoke_token(status)
    began = time.monotonic()
    code = bot.process.wait(timeout=70)
    seconds = time.monotonic() - began
    record_property("load", f"getUpdates answering {status}: exit {code} after {seconds:.1f} s")
    assert code != 0 and seconds < 60
    log = bot.log()
    last = log.strip().splitlines()[-1]
    assert "TELEGRAM_BOT_TOKEN" in last, log[-2000:]
    assert TOKEN not in log and TOKEN.split(":")[1] not in log
