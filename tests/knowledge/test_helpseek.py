"""A request for help in the reader's own words gets the hotline passage (knowledge/helpseek.py)."""

from __future__ import annotations

import pytest
from answer_texts import answer_texts

from knowledge import KnowledgeBase
from knowledge.helpseek import HelpRequest

_HOTLINE_TEXT = (
    "If you or someone you know has experienced sexual assault, you can call the National Sexual Assault "
    "Hotline at 1-800-656-HOPE (4673), which routes the caller to their nearest sexual assault service "
    "provider. You can also search for your local center here"
)


@pytest.mark.parametrize(
    "question",
    [
        "who can i call if something happened",
        "what organisation can help survivors",
        "where can i get support near me",
        "who do survivors contact for help",
        "how do i find a service provider in my area",
        "is there a rape crisis centre close to where i live",
        "who can my sister call",
    ],
)
def test_a_request_for_help_in_other_words_gets_the_hotline(
    knowledge_base: KnowledgeBase, question: str
) -> None:
    texts = answer_texts(knowledge_base, question)
    assert len(texts) == 1 and "national sexual assault hotline" in texts[0]


@pytest.mark.parametrize(
    "question",
    [
        "who do i call to fix my sink",
        "where can i get tech support for my laptop",
        "who can help me with my homework",
        "how many people call the hotline",
        "is it free to call the hotline",
        "who runs the hotline",
        "can i ring someone",
    ],
)
def test_help_with_something_else_or_a_fact_about_the_hotline_is_declined(
    knowledge_base: KnowledgeBase, question: str
) -> None:
    assert answer_texts(knowledge_base, question) == []


def test_a_help_word_about_someone_in_the_articles_is_no_request_for_help() -> None:
    asks = HelpRequest(_HOTLINE_TEXT).asks
    assert not asks("who helped burke get credit")
    assert not asks("what did milano say about support")
    assert asks("who can i call")
    assert not asks("can i call")
