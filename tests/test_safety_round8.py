"""Round 8: a classifier-only crisis alarm just over its threshold, on a message that names no person, makes
the message "may be personal" (help first, both crisis lines) rather than a crisis reply. Every message here
was written for this test, not taken from an evaluation set.
"""

from __future__ import annotations

import pytest
from safety_margins import margins

import bot.safety as safety
from bot import texts
from bot.responder import Responder
from bot.safety import Assessment, Concern, _combine, normalise
from bot.safety_model import Margins
from bot.safety_patterns import names_a_person


@pytest.mark.parametrize("text", [
    "hes in the hallway again", "cant sleep, u up?", "someone keeps trying the door", "my hands wont stop",
    "they took the charger", "no one would notice",
])
def test_a_pronoun_for_the_writer_the_reader_or_another_person_names_a_person(text: str) -> None:
    assert names_a_person(normalise(text))


@pytest.mark.parametrize("text", [
    "how to sharpen a kitchen knife", "best glue for a cracked mug", "nvm", "rope or chain for a tyre swing",
])
def test_an_everyday_task_with_nobody_in_it_names_no_person(text: str) -> None:
    assert not names_a_person(normalise(text))


@pytest.mark.parametrize("crisis", [Concern.SELF_HARM, Concern.DANGER])
def test_a_bare_crisis_alarm_without_a_person_gets_help_first_not_a_crisis_reply(crisis: Concern) -> None:
    seen = _combine(Concern.NONE, margins({crisis.value: 0.4}), anchored=False)
    assert seen == Assessment(Concern.NONE, frozenset({crisis}), personal=True)


def test_a_held_back_alarm_beside_a_calm_one_keeps_its_line_in_the_calm_reply() -> None:
    seen = _combine(Concern.NONE, margins({"self_harm": 0.4, "distress": 0.6}), anchored=False)
    assert seen == Assessment(Concern.DISTRESS, frozenset({Concern.SELF_HARM}), personal=True)


@pytest.mark.parametrize("crisis", [Concern.SELF_HARM, Concern.DANGER])
def test_the_same_alarm_with_a_person_in_the_message_stays_a_crisis(crisis: Concern) -> None:
    assert _combine(Concern.NONE, margins({crisis.value: 0.4}), anchored=True).concern is crisis


@pytest.mark.parametrize("crisis", [Concern.SELF_HARM, Concern.DANGER])
def test_a_clear_crisis_alarm_without_a_person_stays_a_crisis(crisis: Concern) -> None:
    # "pills saved up, enough now": a crisis told with no pronoun still reaches the crisis reply.
    assert _combine(Concern.NONE, margins({crisis.value: 2.5}), anchored=False).concern is crisis


@pytest.mark.parametrize("pattern", [Concern.SELF_HARM, Concern.DANGER, Concern.DISCLOSURE])
def test_a_pattern_hit_without_a_person_is_decided_as_before(pattern: Concern) -> None:
    # The pattern stands, and the classifier may still raise it or add its lines: no person changes nothing.
    near = margins({"self_harm": 0.4, "danger": 0.4})
    seen = _combine(pattern, near, anchored=False)
    assert seen == _combine(pattern, near, anchored=True)
    assert seen.concern is pattern or seen.concern in (Concern.DANGER, Concern.SELF_HARM)


def test_a_calm_alarm_without_a_person_keeps_its_reply() -> None:
    # Only crisis alarms ask for more: disclosures told with no subject ("groped on the bus") stay recognised.
    assert _combine(Concern.NONE, margins({"disclosure": 0.4}), anchored=False).concern is Concern.DISCLOSURE


class _JustOverSelfHarm:
    """A stand-in model: every message a little over the self-harm threshold and nothing else."""

    def margins(self, text: str) -> Margins:
        return margins({"self_harm": 0.4})


def test_the_bot_answers_a_bare_alarm_without_a_person_with_help_first_and_both_lines(
        responder: Responder, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(safety, "load_model", _JustOverSelfHarm)
    reply = responder.reply("best glue for a cracked mug")
    assert reply.quote is None
    assert "911" in reply.text and "988" in reply.text
    assert reply.body.startswith(texts.personal_no_match_text()[:40])


def test_the_bot_answers_the_same_alarm_with_a_person_in_it_as_self_harm(
        responder: Responder, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(safety, "load_model", _JustOverSelfHarm)
    assert safety.appraise("i glued it back and i cant anymore").concern is Concern.SELF_HARM
    assert "988" in responder.reply("i glued it back and i cant anymore").text
