"""Round 19 of issue 11: a place, an anniversary or a campaign the articles never name keeps a decline."""

from __future__ import annotations

import pytest

from knowledge import KnowledgeBase
from knowledge.elsewhere import Elsewhere
from knowledge.memory import FILL

_TEXTS = [
    "On the one-year anniversary, Milano posted a video.",
    "The 5-Year Anniversary in New York and India.",
]


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("me too movement in china", True),
        ("how do you say metoo in spanish", True),
        ("did metoo change any laws in the uk", True),
        ("time's up vs me too difference", True),
        ("metoo 10 year anniversary events", True),
        ("what happened on the tenth anniversary", True),
        # Look-alikes: the places and anniversaries the articles print, and words that are no place.
        ("what did milano do on the fifth anniversary", False),
        ("one year anniversary video milano", False),
        ("metoo in india", False),
        ("what does metoo mean in plain english", False),
        ("anniversary of the hashtag", False),
        ("what time is it up there", False),
    ],
)
def test_a_place_anniversary_or_campaign_the_articles_never_name_is_told(question: str, named: bool) -> None:
    assert Elsewhere(_TEXTS).named(question) is named


def test_an_anniversary_can_be_left_to_a_claim_to_correct() -> None:
    assert not Elsewhere(_TEXTS).named("it was the tenth anniversary right", anniversary=False)


def test_a_campaign_the_articles_never_name_is_declined_by_the_rules(rules_only: KnowledgeBase) -> None:
    assert not rules_only.answer("time's up vs me too difference").matches


def test_the_memory_may_not_answer_a_question_about_another_country(knowledge_base: KnowledgeBase) -> None:
    backlash = next(p.id for p in knowledge_base.passages if "backlash mounted" in p.text)
    assert knowledge_base.admits("what did burke say about the backlash", (backlash,), FILL)
    assert not knowledge_base.admits("me too movement in china", (backlash,), FILL)

