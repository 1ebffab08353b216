"""Round 16 of issue 11: chat shorthand read as the words it stands for."""

from __future__ import annotations

from knowledge import KnowledgeBase
from knowledge.text import STOPWORDS, words


def test_chat_shorthand_is_spelled_out_and_its_asides_ask_nothing() -> None:
    assert words("gimme the nxt txt") == ["give", "the", "next", "text"]
    assert {"smh", "tbh", "ngl", "lmao"} <= STOPWORDS


def test_a_request_in_chat_shorthand_gets_its_passage(knowledge_base: KnowledgeBase) -> None:
    found = knowledge_base.answer("plz gimme the exact words of milanos tweet txt").matches
    assert found and "me too" in found[0].passage.text


def test_a_sum_in_symbols_is_declined(knowledge_base: KnowledgeBase) -> None:
    assert not knowledge_base.answer("1+1").matches
    assert not knowledge_base.answer("what is 5*5").matches


def test_the_hotline_open_24_7_is_no_sum(knowledge_base: KnowledgeBase) -> None:
    assert knowledge_base.answer("what is the hotline number 1-800").matches
