"""One keyboard typo corrected to a whole word, and real words left alone."""

from __future__ import annotations

import pytest

from knowledge.spelling import Speller

WORDS = (
    "started start created tweets tweet really reality changed weinstein apologize essay daughter policy past"
)


@pytest.fixture(scope="module")
def speller() -> Speller:
    return Speller(WORDS.split())


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("startd", "started"),  # a letter missing
        ("createdd", "created"),  # a letter doubled
        ("twets", "tweets"),
        ("twet", "tweet"),  # four letters: only a missing letter is corrected
        ("realy", "really"),
        ("weinstien", "weinstein"),  # two letters swapped
        ("apologise", "apologize"),  # a neighbouring key
        ("dauhgter", "daughter"),
    ],
)
def test_one_typo_is_corrected_to_the_whole_word(speller: Speller, typed: str, meant: str) -> None:
    assert speller.correct(typed) == meant


@pytest.mark.parametrize(
    "word",
    [
        "charged",  # r and n are not neighbours: another word, not a typo of "changed"
        "police",  # a different last letter is another word, not "policy"
        "pasta",  # an added last letter makes another word, not "past"
        "tweets",  # already a word
        "wet",  # too short to guess
    ],
)
def test_other_words_are_left_alone(speller: Speller, word: str) -> None:
    assert speller.correct(word) is None


def test_the_last_two_letters_swapped_are_a_typo() -> None:
    speller = Speller(["viral", "video", "past"])
    assert (speller.correct("virla"), speller.correct("vidoe")) == ("viral", "video")
    assert speller.correct("pasta") is None


def test_two_neighbouring_letters_swapped_in_a_short_word_are_a_typo() -> None:
    speller = Speller(["day", "the", "year", "many", "dye"])
    assert [speller.correct(w) for w in ("dya", "hte", "yaer", "mnay")] == ["day", "the", "year", "many"]
    # A three-letter word is corrected only by a swap, and only to one word.
    assert speller.correct("dy") is None
    assert Speller(["eat", "ate"]).correct("aet") is None  # two words fit: no guess


def test_a_last_key_beside_the_right_one_is_a_typo_in_a_longer_word() -> None:
    speller = Speller(["started", "tweet", "send", "sweet"])
    assert speller.correct("startef") == "started"
    # Four letters are too few to tell "senf" from another word by its last key.
    assert speller.correct("senf") is None


def test_an_inner_key_beside_the_right_one_is_a_typo_in_a_four_letter_word() -> None:
    speller = Speller(["year", "send", "many"])
    assert [speller.correct(w) for w in ("yewr", "sebd", "mamy")] == ["year", "send", "many"]


def test_two_swapped_letters_beat_a_changed_vowel() -> None:
    assert Speller(["burke", "broke"]).correct("bruke") == "burke"


def test_a_word_typed_without_its_vowels_is_the_one_word_with_those_consonants() -> None:
    speller = Speller(["tweets", "founder", "hashtag", "broke", "burke", "daughter"])
    assert [speller.correct(w) for w in ("twts", "fndr", "hshtg", "dghtr")] == [
        "tweets", "founder", "hashtag", "daughter"
    ]
    # "brk" could be "broke" or "burke": no guess.
    assert speller.correct("brk") is None


def test_a_word_with_its_vowels_is_not_read_as_unvowelled() -> None:
    # "twits" has a vowel after its first letter: only a one-typo correction may apply, and none does.
    assert Speller(["tweets"]).correct("twits") is None


def test_three_consonants_are_too_few_to_guess_a_word_from() -> None:
    # "ttl" may be "title" as well as "total", and "stt" "state" as well as "stat": the vowels say which.
    assert Speller(["total", "stat"]).correct("ttl") is None
    assert Speller(["total", "stat"]).correct("stt") is None
