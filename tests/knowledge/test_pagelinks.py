"""Which link line of the page a question asks for (knowledge/pagelinks.py)."""

from __future__ import annotations

import pytest

from knowledge import KnowledgeBase
from knowledge.pagelinks import asks_for_link, link_lines
from knowledge.text import words


def _typed(question: str) -> list[str]:
    return words(question, hashtags=False)


@pytest.mark.parametrize(
    ("question", "line"),
    [
        ("where can i read the whole essay", "full essay"),
        ("local center", "local center"),
        ("makers interviews", "interviews"),
    ],
)
def test_a_question_for_a_link_gets_its_line(knowledge_base: KnowledgeBase, question: str, line: str) -> None:
    docs = knowledge_base.documents
    assert asks_for_link(_typed(question), docs)
    assert [line in chosen for chosen in link_lines(_typed(question), docs)] == [True]


@pytest.mark.parametrize("question", ["tarana burke", "what did tarana tell makers", "essay"])
def test_names_or_a_question_are_no_line_named(knowledge_base: KnowledgeBase, question: str) -> None:
    assert not asks_for_link(_typed(question), knowledge_base.documents)


def test_a_link_to_someone_alone_picks_no_line(knowledge_base: KnowledgeBase) -> None:
    assert link_lines(_typed("is there a link to tarana burke"), knowledge_base.documents) == ()
