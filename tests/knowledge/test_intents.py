"""Reading a question's shape: what is counted, what is asked about, what kind of answer is wanted."""

from __future__ import annotations

import pytest

from knowledge.intents import (
    QUESTION_WORD_SLIPS,
    counted_words,
    follow_up_subject,
    wants_definition,
    wants_person,
    wants_reason,
)


@pytest.mark.parametrize(
    ("question", "counted"),
    [
        ("how many tweets a day", ("tweets",)),
        ("how many metoo tweets were there", ("tweets",)),
        ("how many tweets since milanos tweet", ("tweets",)),
        ("how many years ago did burke start", ("years",)),
        ("number of responses in 24 hours", ("responses",)),
        ("how many women are assaulted", ("women",)),
    ],
)
def test_a_how_many_question_counts_the_head_of_its_noun_phrase(question: str, counted: tuple) -> None:
    assert counted_words(question) == counted


def test_counting_people_or_times_also_counts_what_they_did() -> None:
    assert counted_words("how many people tweeted metoo") == ("people", "tweeted", "metoo")
    assert counted_words("how many times has metoo been tweeted") == ("times", "metoo", "tweeted")


def test_how_much_followed_by_a_verb_counts_no_noun() -> None:
    assert counted_words("how much did milano earn") == ()
    assert counted_words("what did milano tweet") == ()


def test_a_follow_up_names_only_its_subject() -> None:
    assert follow_up_subject("and milano") == ["milano"]
    assert follow_up_subject("what about burke") == ["burke"]
    assert follow_up_subject("what did alyssa tell elizabella") == ["did", "alyssa", "elizabella"]


def test_what_is_asks_for_a_definition() -> None:
    assert wants_definition("what is metoo")
    assert wants_definition("whats rape culture")
    assert wants_definition("what does antidote mean")
    assert not wants_definition("when is the anniversary")


def test_who_asks_for_a_person_unless_the_who_is_an_object() -> None:
    assert wants_person("who started it")
    assert not wants_person("who was it for")


def test_why_and_what_made_ask_for_a_reason() -> None:
    assert wants_reason("why did milano tweet")
    assert wants_reason("what made milano tweet")
    assert not wants_reason("what did milano tweet")


def test_question_words_typed_with_a_slip_are_recognised() -> None:
    assert QUESTION_WORD_SLIPS["mny"] == "many"
    assert QUESTION_WORD_SLIPS["waht"] == "what"
    assert "many" not in QUESTION_WORD_SLIPS
