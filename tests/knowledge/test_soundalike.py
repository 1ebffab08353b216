"""A word spelled by ear read as the dictionary word it sounds like; English words and ties left alone."""

from __future__ import annotations

import pytest

from knowledge.soundalike import SoundAlike, english_words, is_english

WORDS = "milano million burke break broke alyssa tweets year video person photo hotline color"


@pytest.fixture(scope="module")
def sounds() -> SoundAlike:
    return SoundAlike(WORDS.split())


@pytest.mark.parametrize(
    ("heard", "meant"),
    [
        ("melano", "milano"),  # the same sounds; "million" shares them but is further in letters
        ("alisa", "alyssa"),  # a rare name's spelling is not English enough to be meant as written
        ("burkis", "burke"),  # a possessive's "s" set aside
        ("milenos", "milano"),
        ("hotln", "hotline"),
        ("yiar", "year"),  # a short key, but only one letter changed
        ("videu", "video"),
    ],
)
def test_a_word_spelled_by_ear_is_read_as_the_word_it_sounds_like(
    sounds: SoundAlike, heard: str, meant: str
) -> None:
    assert sounds.match(heard) == meant


@pytest.mark.parametrize(
    "word",
    [
        "prison",  # English: meant as written, though it sounds like "person"
        "police",
        "cooler",
        "milano",  # already a dictionary word
        "brk",  # no vowel: a key of its own
        "foto",  # a key of two sounds two letters away: too loose for a large dictionary
        "mel",  # too short to tell apart
        "pr3son",  # not a word
    ],
)
def test_english_words_known_words_and_loose_guesses_are_left_alone(sounds: SoundAlike, word: str) -> None:
    assert sounds.match(word) is None


def test_two_words_equally_near_in_letters_are_no_answer() -> None:
    assert SoundAlike(["milano", "melana"]).match("melano") is None


def test_a_small_dictionary_may_match_on_two_sounds() -> None:
    assert SoundAlike(["photo", "title"], min_key=2).match("foto") == "photo"


def test_the_english_word_list_is_read_from_its_package() -> None:
    english = frozenset(english_words())
    assert len(english) > 30_000
    assert {"prison", "police", "cooler"} <= english
    assert "melano" not in english and "alisa" not in english  # slips and rare names are not English enough


def test_english_words_are_told_by_their_hashes() -> None:
    assert is_english("prison") and is_english("cooler")
    assert not is_english("melano") and not is_english("milano") and not is_english("")
