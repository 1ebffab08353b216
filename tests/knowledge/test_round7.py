"""Round 7 of issue 11: exact words, relatives, the hotline and the articles asked about in other words."""

from __future__ import annotations

import pytest

from knowledge import KnowledgeBase


@pytest.fixture
def kb(knowledge_base: KnowledgeBase) -> KnowledgeBase:
    return knowledge_base


def _texts(kb: KnowledgeBase, question: str) -> list[str]:
    return [m.passage.text.lower() for m in kb.answer(question).matches]


@pytest.mark.parametrize(
    "question",
    ["what exactly did the apology tweet say", "what did milano's apology say word for word"],
)
def test_exact_words_the_articles_only_report_are_declined(kb: KnowledgeBase, question: str) -> None:
    # The apology is reported ("tweeted an apology"), never quoted.
    assert _texts(kb, question) == []


@pytest.mark.parametrize(
    "question",
    ["what exactly did milano's tweet say", "give me the exact wording of the original hashtag post"],
)
def test_exact_words_the_articles_quote_are_answered(kb: KnowledgeBase, question: str) -> None:
    texts = _texts(kb, question)
    assert len(texts) == 1 and "sexually harassed or assaulted" in texts[0]
