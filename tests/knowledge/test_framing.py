"""What frames a question: a chatty opening, a claim to check, a choice, the source it names."""

from __future__ import annotations

import pytest

from knowledge.framing import alternatives, checks_claim, source_words, split_frame


@pytest.mark.parametrize(
    ("message", "asked"),
    [
        ("i'm a journalism student, weinstein story", "weinstein story"),
        ("hello there, i hope you can help me: who is bevy smith", "who is bevy smith"),
        ("ok random one but pew research center", "pew research center"),
        ("so my mom and i were talking and we wondered tarana burke", "tarana burke"),
        ("who started it, and when", "who started it, and when"),  # opens with its question
        ("burke, milano", "burke, milano"),  # no opening about the writer
    ],
)
def test_an_opening_about_the_writer_is_split_from_what_is_asked(message: str, asked: str) -> None:
    assert split_frame(message)[1].strip() == asked


def test_an_opening_that_reports_a_claim_is_not_a_frame() -> None:
    message = "my teacher said milano came up with metoo, is that true"
    assert split_frame(message) == ("", message)


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        ("so it was like 20 million tweets right", True),
        ("is it true there were 20 million", True),
        ("were there really 19 million tweets", True),
        ("what is 17 times 23", False),
        ("how many tweets were there", False),
    ],
)
def test_a_claim_to_check_is_recognised(question: str, claim: bool) -> None:
    assert checks_claim(question) is claim


def test_the_words_either_side_of_or_are_a_choice() -> None:
    words = ["is", "alyssa", "milano", "an", "actress", "or", "a", "singer"]
    assert [(words[a], words[b]) for a, b in alternatives(words)] == [("actress", "singer")]
    assert alternatives(["who", "started", "it"]) == []


def test_the_source_a_question_names_is_read() -> None:
    assert source_words("what misogyny had according to the time essay") == {"according", "time", "essay"}
    assert source_words("what did milano say in the video") == frozenset()
