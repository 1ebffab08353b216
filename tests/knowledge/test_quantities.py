"""Two figures a question compares are each answered by the passage that gives it."""

from __future__ import annotations

import pytest

from knowledge import KnowledgeBase
from knowledge.quantities import Quantities

_FIGURES = Quantities(["more than 19 million tweets", "12 million responses in 24 hours", "55,000 a day"])


@pytest.mark.parametrize(
    ("question", "passages"),
    [
        ("which is bigger, the 19 million or the 12 million", (0, 1)),
        ("12m vs 19m", (1, 0)),
        ("is 55,000 a day more than 19 million", (2, 0)),
    ],
)
def test_two_figures_compared_are_each_given_by_their_passage(question: str, passages: tuple) -> None:
    assert _FIGURES.compared(question) == passages


@pytest.mark.parametrize(
    "question",
    [
        "how many tweets, 19 million?",
        "19 million and 19 million",
        "was it 20 million or 19 million",
        "call 1-800-656-4673 or 988",
        "oct 15 2017 or 2018",
    ],
)
def test_one_figure_a_figure_no_passage_gives_or_digits_that_are_no_figure_compare_nothing(
    question: str,
) -> None:
    assert _FIGURES.compared(question) is None


def test_a_comparison_of_two_figures_quotes_both_passages(knowledge_base: KnowledgeBase) -> None:
    texts = [
        m.passage.text
        for m in knowledge_base.answer("which is bigger, the 19 million or the 12 million").matches
    ]
    assert len(texts) == 2
    assert "19 million" in texts[0] and "12 million" in texts[1]
