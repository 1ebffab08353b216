"""Requests for the gist of an article or a topic (round 21 of issue 11): the kind of answer is read from
the request's words, the passages that stand for an article from the article's own terms. The wordings here
are not the tuned sets' own."""

from __future__ import annotations

import pytest

from knowledge import KnowledgeBase
from knowledge.overview import overview_asked, standing_for, topic_of


@pytest.mark.parametrize(
    ("message", "rest"),
    [
        ("tl;dr of the older piece", "of the older piece"),
        ("can you sum it up for me", "can you for me"),
        ("main takeaways from the interview", "from the interview"),
        ("explain the hashtag as if i'm five", "explain the hashtag"),
        ("two facts about luvvie ajayi", "about luvvie ajayi"),
    ],
)
def test_a_request_for_the_gist_leaves_its_topic(message: str, rest: str) -> None:
    assert overview_asked(message) == rest


@pytest.mark.parametrize("message", ["who started metoo", "what did the summit conclude", "is it true"])
def test_an_ordinary_question_asks_for_no_summary(message: str) -> None:
    assert overview_asked(message) is None


def test_the_topic_is_left_without_asking_and_the_nouns_of_a_part() -> None:
    assert topic_of("could you give me the apology part") == "apology"


def test_each_article_is_stood_for_by_its_lead_and_never_by_the_help_line(
    knowledge_base: KnowledgeBase,
) -> None:
    hotline = next(p.id for p in knowledge_base.passages if "656-HOPE" in p.text)
    standing = standing_for(knowledge_base.passages, frozenset({hotline}))
    for document in knowledge_base.documents:
        first = next(p.id for p in knowledge_base.passages if p.document == document)
        assert standing[document.title][0] == first
        assert hotline not in standing[document.title]


def test_the_gist_of_an_article_named_by_its_date_is_its_headline_and_lead(rules_only: KnowledgeBase) -> None:
    overview = rules_only.overview("recap of the 2022 piece in two sentences")
    assert overview is not None
    assert [d.date for d in overview.documents] == ["October 2022"]
    assert "marked the five-year anniversary" in overview.answer.matches[0].passage.text


def test_a_request_naming_no_article_sums_up_both(rules_only: KnowledgeBase) -> None:
    overview = rules_only.overview("just give me a quick summary")
    assert overview is not None and len(overview.documents) == 2


def test_the_gist_of_a_topic_is_the_passages_answering_it(rules_only: KnowledgeBase) -> None:
    overview = rules_only.overview("key points of the essay burke wrote for time")
    assert overview is not None and not overview.documents
    assert "essay for Time" in overview.answer.matches[0].passage.text


def test_a_topic_spread_over_two_passages_gets_both(rules_only: KnowledgeBase) -> None:
    overview = rules_only.overview("sum up the backlash bit of the essay")
    assert overview is not None
    found = " ".join(m.passage.text for m in overview.answer.matches)
    assert "backlash mounted" in found and "essay for Time" in found


@pytest.mark.parametrize(
    "message", ["summarize the plot of hamlet", "summarise today's headlines", "key takeaways of the trial"]
)
def test_the_gist_of_something_the_articles_never_tell_is_no_overview(
    rules_only: KnowledgeBase, message: str
) -> None:
    assert rules_only.overview(message) is None
