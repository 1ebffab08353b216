"""Round 11 of issue 11: a claim tagged with its two choices ("true or false", "yes or no")."""

from __future__ import annotations

import pytest

from knowledge import KnowledgeBase
from knowledge.lexicon import rewrite_phrases


def _texts(kb: KnowledgeBase, question: str) -> list[str]:
    return [m.passage.text.lower() for m in kb.answer(question).matches]


@pytest.mark.parametrize(
    ("folded", "rewritten"),
    [
        ("milano ignored burke true or false", "milano ignored burke right"),
        ("yes or no burke started it", "burke started it right"),
        ("is metoo for men too yes or no", "is metoo for men too right"),
    ],
)
def test_the_two_choices_of_an_answer_tag_the_claim(folded: str, rewritten: str) -> None:
    assert rewrite_phrases(folded) == rewritten


def test_a_choice_that_is_the_question_stays() -> None:
    assert rewrite_phrases("is milano an actress or a singer") == "is milano an actress or a singer"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("milano ignored burke true or false", "without recognizing"),
        ("true or false: milano ignored burke", "without recognizing"),
        ("burke started metoo, yes or no?", "burke had started the movement"),
        ("is metoo for men too, yes or no", "women and men"),
    ],
)
def test_a_claim_tagged_true_or_false_gets_the_passage_that_holds_the_fact(
    knowledge_base: KnowledgeBase, question: str, expected: str
) -> None:
    texts = _texts(knowledge_base, question)
    assert len(texts) == 1 and expected in texts[0]
