"""A question with no subject ("what number", "who wrote it") asks about nothing it names."""

from __future__ import annotations

import pytest

from knowledge.subjectless import lacks_subject


@pytest.mark.parametrize("question", ["what number", "whats the number please", "who wrote it", "what year",
                                      "who said that", "the date?"])
def test_a_kind_of_fact_about_nothing_named_lacks_a_subject(question: str) -> None:
    assert lacks_subject(question)


@pytest.mark.parametrize(
    "question",
    ["what number do i call", "what year did burke start", "who wrote the essay", "who started it", "?"],
)
def test_a_question_naming_anything_has_a_subject(question: str) -> None:
    assert not lacks_subject(question)
