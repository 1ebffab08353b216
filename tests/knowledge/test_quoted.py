"""A phrase quoted in a question names the one passage printing it."""

from __future__ import annotations

from knowledge import KnowledgeBase
from knowledge.quoted import QuotedPhrases

_TEXTS = [
    "Burke aims to keep amplifying those voices.", "Its fate is not decided in court.", "me too", "me too",
]


def test_a_quoted_phrase_printed_in_one_passage_names_it() -> None:
    quoted = QuotedPhrases(_TEXTS)
    assert quoted.named("what does 'those voices' mean in the pew paragraph") == 0
    assert quoted.named("whose fate is \u2018its fate\u2019 in burke's essay") == 1


def test_a_phrase_in_several_passages_or_none_or_too_short_names_nothing() -> None:
    quoted = QuotedPhrases(_TEXTS)
    assert quoted.named("how do you say 'me too' in french") is None
    assert quoted.named("what means the word 'sophisticated'?") is None
    assert quoted.named("who is the 'you' she talks to") is None
    assert quoted.named("what is burke's fate, it's milano's too") is None


def test_the_quoted_passage_answers_where_the_rules_chose_another(knowledge_base: KnowledgeBase) -> None:
    found = knowledge_base.answer("what does 'those millions of people' refer to").matches
    assert [m.passage.text for m in found if "Those millions of people who responded" in m.passage.text]
