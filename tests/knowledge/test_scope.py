"""A question about a time or a scope the articles never cover is declined, even when it shares a day or a
word with a passage; a claim to check keeps its year."""

from __future__ import annotations

import pytest

from knowledge import KnowledgeBase
from knowledge.scope import Scope

_SCOPE = Scope(["Back in 2017, after the story broke", "the 2014 speech"])


@pytest.mark.parametrize(
    "question",
    [
        "what happened on oct 15 1582",
        "who was person of the year in 2023",
        "the most famous speech in history",
        "what was the biggest hashtag ever",
        "best red carpet looks of all time",
    ],
)
def test_another_year_or_a_ranking_over_all_time_is_beyond_the_articles(question: str) -> None:
    assert _SCOPE.beyond(question)


@pytest.mark.parametrize(
    "question",
    [
        "what did milano tweet in 2017",
        "what did burke say in her 2014 speech",
        "milano tweeted in 2016, right?",
        "so burke's speech video was from 2016?",
        "did milano ever say sorry",
        "how many tweets, 1,000 or more",
        "call 1-800-656-4673",
    ],
)
def test_the_articles_own_years_claims_and_other_numbers_are_within_them(question: str) -> None:
    assert not _SCOPE.beyond(question)


def test_a_year_the_headers_give_is_the_articles_own() -> None:
    assert not Scope(["Back in 2017", "October 2022"]).beyond("what did milano do in 2022")


@pytest.mark.parametrize(
    "question",
    [
        "what did burke do in 2006",
        "when did burke start metoo, was it 2010",
        "who was the first person ever to say it",
    ],
)
def test_a_year_the_story_may_imply_or_a_first_ever_is_left_to_the_passages(question: str) -> None:
    assert not _SCOPE.beyond(question)


@pytest.mark.parametrize("question", ["what happened on oct 15 1582", "the most famous speech in history"])
def test_a_question_sharing_only_a_day_or_a_word_with_a_passage_is_declined(
    knowledge_base: KnowledgeBase, question: str
) -> None:
    assert not knowledge_base.answer(question).matches
