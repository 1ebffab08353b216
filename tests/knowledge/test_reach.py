"""A way of reaching the hotline the articles never give (a text, another country) gets no hotline passage."""

from __future__ import annotations

import pytest

from knowledge import KnowledgeBase
from knowledge.reach import untold_reach


@pytest.mark.parametrize(
    "question",
    [
        "can i text the national sexual assault hotline",
        "what is the sexual assault hotline number in the uk",
        "how do i call a 1-800 number from outside the us",
        "can i email the hotline",
        "is there an online chat",
    ],
)
def test_another_way_or_another_country_is_not_answered_with_the_hotline_passage(
    knowledge_base: KnowledgeBase, question: str
) -> None:
    assert untold_reach(question)
    assert not knowledge_base.answer(question).matches


@pytest.mark.parametrize(
    "question",
    ["what is the hotline number", "what happens when you call the hotline", "who can i call", "hotline"],
)
def test_calling_the_hotline_is_still_answered_with_its_passage(
    knowledge_base: KnowledgeBase, question: str
) -> None:
    assert not untold_reach(question)
    texts = [m.passage.text for m in knowledge_base.answer(question).matches]
    assert texts and "1-800-656-HOPE" in texts[0]
