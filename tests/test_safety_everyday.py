"""Round 5 framing: an animal doing what a person would do, or a relative's mock threat over a small mishap,
is everyday talk; a person in the same scene, or a threat without a mishap, is still a concern."""

from __future__ import annotations

import pytest

from bot.safety import Concern, appraise, normalise, read_patterns
from bot.safety_patterns.framing import learned_calm_allowed, learned_crisis_allowed

# Written for this test, not taken from any evaluation set.
EVERYDAY = [
    "the neighbours cat keeps following me around the garden, shes stalking me lol",
    "got chased by a swan at the pond today",
    "my puppy attacked my slippers and wont leave me alone",
    "my brother is going to kill me when he sees i scratched his switch",
]
STILL_CONCERNS = [
    ("a guy has been following me since the station and my dog is with me", Concern.DANGER),
    ("my dad will kill me when he finds out i told", None),
    ("he is following me home, my dog keeps barking", Concern.DANGER),
]


@pytest.mark.parametrize("text", EVERYDAY)
def test_animals_and_mock_threats_are_not_concerns(text: str) -> None:
    norm = normalise(text)
    assert read_patterns(text)[0] is Concern.NONE
    assert not learned_calm_allowed(norm) and not learned_crisis_allowed(norm)
    assert appraise(text).concern is Concern.NONE


@pytest.mark.parametrize(("text", "expected"), STILL_CONCERNS)
def test_a_person_or_a_threat_without_a_mishap_is_still_a_concern(text: str,
                                                                  expected: Concern | None) -> None:
    seen = appraise(text).concern
    assert seen is not Concern.NONE
    if expected is not None:
        assert seen is expected


def test_a_recognised_disclosure_needs_danger_to_lead_outright() -> None:
    # Danger's slack is for danger told as news; a past assault the patterns read stays a disclosure.
    import bot.safety as safety
    from bot.safety_model import Margins

    scores = {"danger": 1.6, "self_harm": -1.0, "disclosure": 2.6, "distress": -2.6}
    margins = Margins(scores, scores, scores)
    assert safety.combine(Concern.DISCLOSURE, margins).concern is Concern.DISCLOSURE
    assert Concern.DANGER in safety.combine(Concern.DISCLOSURE, margins).crises  # 911 still in the reply
    assert safety.combine(Concern.NONE, margins).concern is Concern.DANGER


def test_a_recognised_disclosure_is_raised_to_self_harm_only_on_a_clear_lead() -> None:
    import bot.safety as safety
    from bot.safety_model import Margins

    narrow = {"danger": -1.0, "self_harm": 3.2, "disclosure": 2.7, "distress": 1.0}
    seen = safety.combine(Concern.DISCLOSURE, Margins(narrow, narrow, narrow))
    assert seen.concern is Concern.DISCLOSURE and Concern.SELF_HARM in seen.crises  # 988 still given
    clear = {**narrow, "self_harm": 4.0}
    assert safety.combine(Concern.DISCLOSURE, Margins(clear, clear, clear)).concern is Concern.SELF_HARM
