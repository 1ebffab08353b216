"""A follow-up that only points back ("and the first one?") leans on a message the matcher never sees."""

from __future__ import annotations

import pytest

from knowledge.followups import leans_on_context


@pytest.mark.parametrize(
    "question",
    ["and the first one?", "what about the second article", "ok and the other one", "and then?",
     "so what about that", "and the 2nd piece"],
)
def test_a_follow_up_that_only_points_back_leans_on_context(question: str) -> None:
    assert leans_on_context(question)


@pytest.mark.parametrize(
    "question",
    ["and burke?", "what about her daughter", "and what year was her speech", "and what's next for her",
     "the first article", "what was the first tweet"],
)
def test_a_follow_up_naming_something_or_a_plain_question_stands_alone(question: str) -> None:
    assert not leans_on_context(question)
