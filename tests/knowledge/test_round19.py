"""Round 19 of issue 11: keyword fragments and the messages of set 19 that lost a part."""

from __future__ import annotations

import pytest

from knowledge import KnowledgeBase
from knowledge.kinds import asked_kinds


@pytest.mark.parametrize(
    ("question", "day"),
    [("metoo viral date 2017", True), ("tweet date", True), ("who did she date in 2017", False)],
)
def test_a_date_asked_at_the_end_of_a_fragment_may_name_its_year(question: str, day: bool) -> None:
    assert ("day" in asked_kinds(question)) is day


def test_ideas_the_articles_print_are_quoted_and_a_request_for_ideas_declined(
    rules_only: KnowledgeBase,
) -> None:
    (found,) = rules_only.answer("antidote decades entrenched ideas").matches
    assert "entrenched ideas" in found.passage.text
    assert not rules_only.answer("5 year anniversary ideas").matches


def test_the_tweets_of_the_year_after_are_the_19_million(rules_only: KnowledgeBase) -> None:
    (found,) = rules_only.answer("total tweets after a year").matches
    assert "19 million tweets" in found.passage.text
    (video,) = rules_only.answer("one year anniversary video milano").matches
    assert "one-year anniversary" in video.passage.text
