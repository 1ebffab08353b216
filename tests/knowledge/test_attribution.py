"""Round 16 of issue 11: "who said <claim>" answered by the passage giving the claim."""

from __future__ import annotations

from knowledge import KnowledgeBase
from knowledge.attribution import claim_asked, gives_words


def test_the_claim_is_read_out_of_a_who_said_question() -> None:
    assert claim_asked("who wrote that the backlash mounted") == "the backlash mounted"
    assert claim_asked("whose essay said patriarchy had a head start") == "patriarchy had a head start"
    assert claim_asked("who started the movement") is None


def test_only_a_passage_giving_someones_words_says_whose_they_are() -> None:
    assert gives_words('"It is ours," she wrote.')
    assert not gives_words("The hashtag was used 19 million times.")


def test_who_said_a_claim_gets_the_passage_quoting_it(knowledge_base: KnowledgeBase) -> None:
    found = knowledge_base.answer("who wrote that patriarchy had a huge head start").matches
    assert found and "head start" in found[0].passage.text


def test_two_questions_are_not_read_as_one_claim(knowledge_base: KnowledgeBase) -> None:
    question = "who wrote the time essay and what anniversary was it for"
    assert claim_asked(question) is not None
    # Answered as one claim, the essay's passage alone would answer half of it.
    assert len(knowledge_base.answer(question).matches) != 1
