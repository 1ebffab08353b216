"""A closing that asks nothing ("... again i forgot", "... pls help") is dropped before matching."""

from __future__ import annotations

import pytest

from knowledge import KnowledgeBase
from knowledge.closings import drop_closing


@pytest.mark.parametrize(
    ("folded", "asked"),
    [
        ("who founded metoo again i forgot", "who founded metoo"),
        ("what year was the tweet i cant remember", "what year was the tweet"),
        ("who started it i forgot who", "who started it"),
        ("who started it pls help", "who started it"),
        ("who started it help me please", "who started it"),
        ("whats the name of milanos kid i think", "whats the name of milanos kid"),
        ("burke started it in 2006 or something", "burke started it in 2006"),
    ],
)
def test_a_closing_about_the_writer_is_dropped(folded: str, asked: str) -> None:
    assert drop_closing(folded) == asked


@pytest.mark.parametrize(
    "folded",
    [
        "did people forget about tarana burke",
        "was burke worried about being forgotten",
        "what did burke say she forgot",
        "pls help",
    ],
)
def test_forgetting_asked_about_and_a_bare_plea_stay(folded: str) -> None:
    assert drop_closing(folded) == folded


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("who founded metoo again i forgot", "founder of the original"),
        ("how many tweets a day, i cant remember", "55,000"),
        ("what is milano's daughter called pls help", "elizabella"),
    ],
)
def test_a_question_closed_by_what_the_writer_forgot_is_answered(
    knowledge_base: KnowledgeBase, question: str, expected: str
) -> None:
    texts = [m.passage.text.lower() for m in knowledge_base.answer(question).matches]
    assert len(texts) == 1 and expected in texts[0]


def test_a_header_question_closed_by_what_the_writer_forgot_is_read(knowledge_base: KnowledgeBase) -> None:
    about = knowledge_base.about_sources("date of the first article i forgot")
    assert about is not None and about.field == "date"


def test_an_off_topic_question_closed_by_i_forgot_stays_declined(knowledge_base: KnowledgeBase) -> None:
    assert not knowledge_base.answer("what is the capital of france i forgot").matches


@pytest.mark.parametrize(
    "question",
    [
        "can you help me with something, when did the hashtag blow up",
        "i need help with my homework: when did the hashtag blow up",
    ],
)
def test_help_asked_with_the_question_in_an_opening_is_no_part_of_it(
    knowledge_base: KnowledgeBase, question: str
) -> None:
    # Left in, "help" pulls in the passage where Milano asks how she could amplify Burke's work.
    texts = [m.passage.text for m in knowledge_base.answer(question).matches]
    assert len(texts) == 1 and "Oct. 15" in texts[0]


def test_a_request_for_help_still_gets_the_hotline(knowledge_base: KnowledgeBase) -> None:
    texts = [m.passage.text for m in knowledge_base.answer("hi, i need help, who can i call").matches]
    assert len(texts) == 1 and "1-800-656-HOPE" in texts[0]


@pytest.mark.parametrize(
    "question",
    [
        "date of the first article if that makes sense",
        "date of the first article thanks a lot",
    ],
)
def test_a_header_question_closed_by_thanks_or_who_it_is_for_is_read(
    knowledge_base: KnowledgeBase, question: str
) -> None:
    about = knowledge_base.about_sources(question)
    assert about is not None and about.field == "date"


def test_who_a_header_question_is_for_is_kept_where_it_may_be_asked_about() -> None:
    assert drop_closing("how do i write a trigger warning for my essay", purpose=False).endswith("my essay")
