"""Round 19 of issue 11: keyword fragments and the messages of set 19 that lost a part."""

from __future__ import annotations

import pytest

from knowledge import KnowledgeBase
from knowledge.framing import source_words
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


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("what does oct 15 mark according to the 2018 makers piece",
         {"according", "2018", "makers", "piece"}),
        ("who interviewed burke for the 2018 piece", {"2018", "piece"}),
        ("what did burke write for time", set()),
        ("burke makers interview 2018", {"makers", "interview", "2018"}),
        ("burke makers interview", set()),
    ],
)
def test_an_article_named_by_two_words_is_where_the_answer_is_said(question: str, named: set[str]) -> None:
    assert source_words(question) == named


def test_a_date_asked_of_an_article_named_by_its_year_finds_its_lede(rules_only: KnowledgeBase) -> None:
    (found,) = rules_only.answer("what does oct 15 mark according to the 2018 makers piece?").matches
    assert found.passage.text.startswith("Oct. 15 marks the moment")
