"""Words dictation wrote for a sound-alike ("two" for to, "no" for know) are read as meant; others stay."""

from __future__ import annotations

import pytest

from knowledge.homophones import respell


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("what did the tweet ask people two do", "what did the tweet ask people to do"),
        ("how many people responded two the tweet", "how many people responded to the tweet"),
        ("who did alyssa say sorry 2", "who did alyssa say sorry to"),  # the reader's digit form too
        ("who was the movement four", "who was the movement for"),
        ("why did milano decide two send the tweet", "why did milano decide to send the tweet"),
        ("did milano no about burke", "did milano know about burke"),
        ("wear did burke publish her essay", "where did burke publish her essay"),
        ("witch magazine was it", "which magazine was it"),
    ],
)
def test_a_number_word_before_a_function_word_or_at_the_end_is_a_preposition(typed: str, meant: str) -> None:
    assert respell(typed.split()) == meant.split()


@pytest.mark.parametrize(
    "typed",
    [
        "what happened in the first two years",
        "two of them replied",
        "she wanted 2 daughters",  # after a verb that takes "to", a plural is still counted
        "were there two or three articles",
        "two",  # a one-word answer to a question, not a preposition
        "did she say no to milano",  # "no" after a verb is no
        "what did she wear",  # "wear" only opens a question as "where"
    ],
)
def test_a_number_word_that_counts_stays(typed: str) -> None:
    assert respell(typed.split()) == typed.split()
