"""What someone said in a work that is someone else's is declined (knowledge/works.py)."""

from __future__ import annotations

import pytest
from answer_texts import answer_texts

from knowledge import KnowledgeBase


@pytest.mark.parametrize(
    "question",
    [
        "what did milano say in burke's time essay",
        "what did milano write in the time essay",
        "what did burke say in milano's video",
    ],
)
def test_words_asked_for_in_someone_elses_work_are_declined(
    knowledge_base: KnowledgeBase, question: str
) -> None:
    assert answer_texts(knowledge_base, question) == []


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what did burke write in her time essay", "essay for time"),
        ("what did tarana write in the time essay", "essay for time"),
        ("what did milano say in her video", "video"),
        ("what did milano tweet after the video of burke's speech went viral", "apology"),
    ],
)
def test_words_asked_for_in_the_speakers_own_work_are_answered(
    knowledge_base: KnowledgeBase, question: str, expected: str
) -> None:
    texts = answer_texts(knowledge_base, question)
    assert len(texts) == 1 and expected in texts[0]


@pytest.mark.parametrize(
    "question", ["what did milano's daughter say", "what did milanos daughter say about the video"]
)
def test_words_of_a_relative_no_passage_quotes_are_declined(
    knowledge_base: KnowledgeBase, question: str
) -> None:
    assert answer_texts(knowledge_base, question) == []


def test_words_said_to_a_relative_are_answered(knowledge_base: KnowledgeBase) -> None:
    texts = answer_texts(knowledge_base, "what did milano say to her daughter")
    assert len(texts) == 1 and "daughter" in texts[0]
