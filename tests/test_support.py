"""Support replies: belief first, the most urgent line first, choices not instructions, a kind group reply."""

from __future__ import annotations

import pytest

from bot import texts
from bot.core import Button
from bot.safety import Concern
from bot.support import support_reply, wrong_guess_reply
from knowledge.hotline import HOTLINE_LINE, HOTLINE_NUMBER, HOTLINE_PURPOSE

URGENT = (Concern.DANGER, Concern.SELF_HARM, Concern.DISCLOSURE, Concern.DISTRESS)
VALIDATION = ("I believe you", "It's not your fault", "You're not alone", "I'm so sorry")
PRIVATE_CHOICES = {"help": "Talk to someone now", "learn": "Learn about the movement", "stop": "Stop here",
                   "wrong": "Not what I meant", "exit": "Quick exit"}


@pytest.mark.parametrize("concern", URGENT)
def test_every_support_reply_carries_the_hotline_with_what_it_does(concern: Concern) -> None:
    reply = support_reply(concern)
    assert reply.kind == "support"
    assert reply.hotline == f"{HOTLINE_LINE}, which {HOTLINE_PURPOSE}."
    assert HOTLINE_NUMBER in reply.text


def test_a_disclosure_is_met_with_all_four_words_of_belief_first() -> None:
    body = support_reply(Concern.DISCLOSURE).body
    belief = "I believe you. It's not your fault. You're not alone. I'm so sorry this happened."
    assert body.startswith(belief)


@pytest.mark.parametrize("concern", URGENT)
def test_every_support_reply_validates(concern: Concern) -> None:
    body = support_reply(concern).body
    assert any(phrase in body for phrase in VALIDATION)


@pytest.mark.parametrize("concern", URGENT)
def test_every_private_reply_says_what_the_bot_is_and_cannot_do(concern: Concern) -> None:
    body = support_reply(concern).body
    for words in ("bot", "not a person", "counsellor", "emergency service", "can't call anyone"):
        assert words in body


@pytest.mark.parametrize("concern", URGENT)
def test_every_private_reply_offers_the_three_choices_without_instructions(concern: Concern) -> None:
    body = support_reply(concern).body
    assert "You can talk to someone now, learn about the movement, or stop here." in body
    assert "up to you" in body
    for instruction in ("You must", "You need to", "You should"):
        assert instruction not in body


def test_immediate_danger_puts_911_before_everything_else() -> None:
    text = support_reply(Concern.DANGER).text
    assert text.startswith("If you are in immediate danger, you can call 911 (US).")
    assert text.index("911") < text.index(HOTLINE_NUMBER)


def test_danger_offers_the_quick_exit_straight_after_911() -> None:
    parts = support_reply(Concern.DANGER).body.split("\n\n")
    assert "911" in parts[0]
    assert "Quick exit" in parts[1]


def test_thoughts_of_suicide_put_988_first_then_911_then_the_hotline() -> None:
    text = support_reply(Concern.SELF_HARM).text
    assert "call or text 988, the 988 Suicide & Crisis Lifeline (US, 24/7)" in text
    assert text.index("988") < text.index("911") < text.index(HOTLINE_NUMBER)


@pytest.mark.parametrize("concern", [Concern.DISCLOSURE, Concern.DISTRESS])
def test_a_disclosure_or_distress_leads_with_belief_not_with_emergency_lines(concern: Concern) -> None:
    body = support_reply(concern).body
    assert "911" not in body
    assert "988" not in body


@pytest.mark.parametrize("concern", URGENT)
@pytest.mark.parametrize("chat", ["private", "group"])
def test_no_support_reply_asks_anything_or_exclaims(concern: Concern, chat: str) -> None:
    text = support_reply(concern, chat=chat).text
    assert "?" not in text
    assert "!" not in text
    assert "why" not in text.lower()


@pytest.mark.parametrize("concern", URGENT)
def test_private_replies_offer_every_choice_as_a_button(concern: Concern) -> None:
    buttons = support_reply(concern).buttons
    assert {b.data: b.label for b in buttons} == PRIVATE_CHOICES


def test_operator_resources_follow_the_hotline_mention_in_order() -> None:
    lines = ("Springfield Rape Crisis Centre: 555-0100", "Canada: 1-866-863-0511")
    reply = support_reply(Concern.DISCLOSURE, resources=lines)
    body = reply.body
    assert body.index("National Sexual Assault Hotline") < body.index(lines[0]) < body.index(lines[1])
    assert reply.hotline == f"{HOTLINE_LINE}, which {HOTLINE_PURPOSE}."


@pytest.mark.parametrize("concern", URGENT)
def test_a_group_reply_points_to_a_private_chat_and_invites_nothing(concern: Concern) -> None:
    reply = support_reply(concern, chat="group")
    assert "private chat" in reply.body
    assert "I believe you" not in reply.body
    for invitation in ("tell me", "share", "talk to me", "what happened"):
        assert invitation not in reply.body.lower()
    assert {b.data for b in reply.buttons} == {"learn", "wrong"}
    assert HOTLINE_NUMBER in reply.text


def test_a_group_reply_is_shorter_than_the_private_one() -> None:
    for concern in URGENT:
        assert len(support_reply(concern, chat="group").body) < len(support_reply(concern).body)


@pytest.mark.parametrize(("concern", "line"), [(Concern.DANGER, "911"), (Concern.SELF_HARM, "988")])
def test_a_group_reply_still_gives_the_urgent_line_first(concern: Concern, line: str) -> None:
    body = support_reply(concern, chat="group").body
    assert line in body.split("\n\n")[0]


def test_none_gets_the_gentlest_reply_rather_than_an_error() -> None:
    assert support_reply(Concern.NONE) == support_reply(Concern.DISTRESS)


def test_the_wrong_guess_reply_apologises_and_goes_back_to_questions() -> None:
    reply = wrong_guess_reply()
    assert reply.kind == "info"
    assert reply.body.startswith("Sorry, I misread")
    expected = tuple(Button(q, f"q:{i}") for i, q in enumerate(texts.SUGGESTED_QUESTIONS))
    assert reply.buttons == (*expected, Button("Get help now", "help"))
    assert HOTLINE_NUMBER in reply.text


def test_the_responder_answers_a_disclosure_with_support_and_wrong_with_questions(responder) -> None:
    assert responder.reply("i was raped").kind == "support"
    assert responder.reply("i was raped", chat="group").buttons == support_reply(
        Concern.DISCLOSURE, chat="group"
    ).buttons
    assert responder.press("wrong") == wrong_guess_reply()


@pytest.mark.parametrize("chat", ["private", "group"])
def test_a_danger_reply_also_gives_988_after_911_since_danger_and_suicide_can_be_confused(chat: str) -> None:
    body = support_reply(Concern.DANGER, chat=chat).body
    assert "911" in body and "988" in body
    assert body.index("911") < body.index("988")
    assert body.count("988 Suicide & Crisis Lifeline") == 1


CRISES = (Concern.DANGER, Concern.SELF_HARM)


@pytest.mark.parametrize("chat", ["private", "group"])
@pytest.mark.parametrize(("concern", "crises"), [
    (Concern.DANGER, ()), (Concern.SELF_HARM, ()), (Concern.DISCLOSURE, (Concern.DANGER,)),
    (Concern.DISCLOSURE, (Concern.SELF_HARM,)), (Concern.DISTRESS, (Concern.SELF_HARM,)),
])
def test_every_crisis_reply_carries_both_emergency_lines_own_first(chat: str, concern: Concern,
                                                                     crises: tuple[Concern, ...]) -> None:
    # A danger message the classifier reads as self-harm must still get 911 (SAFETY.md escalates in order).
    body = support_reply(concern, chat=chat, crises=crises).body
    assert body.count("911") == 1 and body.count("988 Suicide & Crisis Lifeline") == 1
    first = (concern if concern in CRISES else crises[0])
    own, other = ("911", "988") if first is Concern.DANGER else ("988", "911")
    assert body.index(own) < body.index(other) < len(body.split("\n\n")[0])
