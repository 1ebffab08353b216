"""Round 14 of issue 11: whole classes of paraphrase read as the articles' words."""

from __future__ import annotations

import pytest

from knowledge import KnowledgeBase
from knowledge.closings import drop_closing


def _texts(kb: KnowledgeBase, question: str) -> list[str]:
    return [m.passage.text for m in kb.answer(question).matches]


@pytest.mark.parametrize(
    ("question", "held"),
    [
        # A verb of starting with "off", before any object.
        ("it was the bill cosby scandal that set off the tweet wasnt it", "weinstein story first broke"),
        # Handling something is reacting to it; being written out, pushed aside, overshadowed is being erased.
        ("how did burke handle being sidelined", "me being lost in this narrative"),
        ("was burke worried about being written out of the story", "me being lost in this narrative"),
        # A noun of amount asks for the number; "every single day" is a day.
        ("daily volume of metoo posts", "55,000"),
        ("is it true there are like 55k metoo tweets every single day", "55,000"),
        # "a small piece of" is a part of.
        ("didn't burke say metoo is only a small piece of something bigger", "tiny part of a large movement"),
        # Spreading in other words.
        ("how did the tweet get the hashtag into the mainstream", "popular consciousness"),
    ],
)
def test_a_class_of_paraphrase_finds_the_passage_in_the_articles_words(
    knowledge_base: KnowledgeBase, question: str, held: str
) -> None:
    texts = _texts(knowledge_base, question)
    assert len(texts) == 1 and held in texts[0].lower()


def test_a_twitter_handle_is_no_way_of_handling_something(knowledge_base: KnowledgeBase) -> None:
    assert not _texts(knowledge_base, "what is tarana burkes twitter handle")


@pytest.mark.parametrize(
    ("folded", "asked"),
    [
        ("when did the hashtag go viral need the date for a slide", "when did the hashtag go viral"),
        ("who founded metoo need this for homework", "who founded metoo"),
        ("how many tweets were there i need a number for my report", "how many tweets were there"),
    ],
)
def test_what_the_writer_needs_the_answer_for_is_a_closing(folded: str, asked: str) -> None:
    assert drop_closing(folded).strip() == asked


def test_a_question_closed_by_what_it_is_needed_for_is_answered(knowledge_base: KnowledgeBase) -> None:
    question = "hey!! when exactly did the metoo hashtag go viral, need the date for a slide"
    texts = _texts(knowledge_base, question)
    assert len(texts) == 1 and "oct. 15" in texts[0].lower()
