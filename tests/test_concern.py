"""The concern window in the core: what `after_support` changes in the Responder, the follow-up support reply,
and the terminal's own window (`bot.concern.ConcernWindow`)."""

from __future__ import annotations

import pytest
from fake_clock import FakeClock

from bot.concern import CONCERN_WINDOW_SECONDS, ConcernWindow
from bot.core import Reply
from bot.responder import Responder
from bot.safety import Concern
from bot.support import CHOICE_BUTTONS, follow_up_reply, support_reply
from knowledge import KnowledgeBase
from knowledge.hotline import HOTLINE_NUMBER, HOTLINE_PURPOSE

FOLLOW_UP = "are you still there"
STILL_HERE = "I'm still here, and I'm listening."


def test_in_the_window_what_would_be_not_covered_gets_the_follow_up(responder: Responder) -> None:
    alone = responder.reply(FOLLOW_UP)
    assert alone.kind == "no_match"
    followed = responder.reply(FOLLOW_UP, after_support=True)
    assert followed.kind == "support" and followed.body.startswith(STILL_HERE)
    assert followed.matches == alone.matches  # `ask --json` and testers still see why nothing answered


def test_in_the_window_an_answer_and_a_recognised_concern_stand(responder: Responder) -> None:
    question = "who started the me too movement"
    assert responder.reply(question, after_support=True) == responder.reply(question)
    assert responder.reply("i want to die", after_support=True) == responder.reply("i want to die")


def test_in_the_window_commands_are_unchanged(responder: Responder) -> None:
    for text in ("/help", "/privacy"):
        assert responder.reply(text, after_support=True) == responder.reply(text)


def test_in_the_window_a_message_with_no_word_gets_the_follow_up(responder: Responder) -> None:
    # "😢" or "..." after a crisis reply is not a question to redirect: the notice would drop 911 and 988.
    assert STILL_HERE in responder.reply("...", after_support=True).body
    assert STILL_HERE not in responder.reply("...").body


def test_a_group_never_gets_the_follow_up(responder: Responder) -> None:
    reply = responder.reply(FOLLOW_UP, chat="group", after_support=True)
    assert reply.kind == "no_match" and STILL_HERE not in reply.body


def test_the_follow_up_carries_911_988_and_the_hotline_most_urgent_first() -> None:
    reply = follow_up_reply()
    body = reply.body
    assert body.index(STILL_HERE) < body.index("911") < body.index("988") < body.index("Hotline is below")
    assert HOTLINE_NUMBER in reply.hotline and HOTLINE_PURPOSE in reply.hotline
    assert "I'm a bot" in body and "can't call anyone" in body
    assert "?" not in body and "!" not in body  # no questions asked, nothing exclaimed
    assert reply.buttons == CHOICE_BUTTONS  # talk, learn, stop, "Not what I meant", quick exit


def test_the_follow_up_is_shorter_than_a_first_reply_with_the_same_two_lines() -> None:
    first = min(len(support_reply(concern).body) for concern in (Concern.DANGER, Concern.SELF_HARM))
    assert len(follow_up_reply().body) < first


def test_the_follow_up_lists_the_operators_resources(knowledge_base: KnowledgeBase) -> None:
    local = Responder(knowledge_base, resources=("Springfield Rape Crisis Centre: 555-0100",))
    assert "555-0100" in local.reply(FOLLOW_UP, after_support=True).body


def test_support_and_help_first_replies_open_a_window_others_do_not(responder: Responder) -> None:
    assert follow_up_reply().supports
    assert responder.answer("what time is it", personal=True).supports  # help first
    assert not responder.answer("what time is it", personal=False).supports
    assert not responder.reply("who started the me too movement").supports
    assert not responder.reply("who started the me too movement", chat="group").help_first


def test_the_terminal_window_opens_on_support_ends_with_its_time_and_clears() -> None:
    clock = FakeClock()
    window = ConcernWindow(clock=clock)
    assert not window.open
    window.note(Reply(kind="answer", body="an answer"))
    assert not window.open
    window.note(follow_up_reply())
    clock.advance(CONCERN_WINDOW_SECONDS - 1)
    assert window.open
    window.note(Reply(kind="no_match", body="help first", help_first=True))  # extends
    clock.advance(CONCERN_WINDOW_SECONDS - 1)
    assert window.open
    clock.advance(1)
    assert not window.open
    window.note(follow_up_reply())
    window.clear()
    assert not window.open


@pytest.mark.parametrize("seconds", [60.0, CONCERN_WINDOW_SECONDS])
def test_the_terminal_window_takes_its_length(seconds: float) -> None:
    clock = FakeClock()
    window = ConcernWindow(seconds=seconds, clock=clock)
    window.note(follow_up_reply())
    clock.advance(seconds)
    assert not window.open
