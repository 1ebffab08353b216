"""A word heard or autocorrected as two ("hash tag", "cash arrow") joined again; function words never."""

from __future__ import annotations

import pytest

from knowledge.joins import join_split
from knowledge.soundalike import SoundAlike

KNOWN = {"hashtag", "viral", "hotline", "cachero", "paulina", "metoo"}


@pytest.fixture(scope="module")
def sounds() -> SoundAlike:
    return SoundAlike(KNOWN)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("who started the hash tag", "who started the hashtag"),  # the two spell the word
        ("did it go vi ral", "did it go viral"),
        ("who is paulina cash arrow", "who is paulina cachero"),  # the two sound like it
    ],
)
def test_a_word_split_in_two_is_joined(sounds: SoundAlike, typed: str, meant: str) -> None:
    assert join_split(typed.split(), KNOWN, sounds, after={"paulina"}) == meant.split()


def test_a_sound_is_joined_only_after_a_first_name(sounds: SoundAlike) -> None:
    alone = ["who", "is", "cash", "arrow"]
    assert join_split(alone, KNOWN, sounds, after={"paulina"}) == alone
    named = ["who", "is", "paulina", "cash", "arrow"]
    assert join_split(named, KNOWN) == named  # no sounds given: spelling only


@pytest.mark.parametrize(
    "typed",
    [
        "what does me too mean",  # function words stay apart
        "call the hotline arrow",  # "hotline" is a word of its own, so no sound-alike join
        "hot dog",
    ],
)
def test_words_that_are_words_apart_stay_apart(sounds: SoundAlike, typed: str) -> None:
    assert join_split(typed.split(), KNOWN, sounds, after={"paulina", "call"}) == typed.split()
