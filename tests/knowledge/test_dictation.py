"""Round 16 of issue 11: dictation's wake words, names heard as syllables, and "me to"."""

from __future__ import annotations

import pytest

from knowledge import KnowledgeBase
from knowledge.dictation import me_too, partner_slips
from knowledge.frames import unframe


@pytest.mark.parametrize(
    ("said", "asked"),
    [
        ("hey siri what did tarana burke say", "what did tarana burke say"),
        ("Alexa, who is tarana burke", "who is tarana burke"),
        ("ok google when did metoo go viral", "when did metoo go viral"),
        ("google says milano started it", "google says milano started it"),  # no wake word without "ok"
    ],
)
def test_a_wake_word_comes_off(said: str, asked: str) -> None:
    assert unframe(said).text == asked


@pytest.mark.parametrize(
    ("question", "held"),
    [
        ("tah rah nah burke", "Tarana Burke"),
        ("what story broke right before the hashtag harvey wine steen", "Weinstein"),
    ],
)
def test_a_name_heard_as_syllables_is_read_as_the_name(
    knowledge_base: KnowledgeBase, question: str, held: str
) -> None:
    found = knowledge_base.answer(question).matches
    assert found and held in found[0].passage.text


def test_ordinary_words_are_not_heard_as_a_name(knowledge_base: KnowledgeBase) -> None:
    # "wine" and "row" are English: no run of them is read as a name, so nothing is answered.
    assert not knowledge_base.answer("which wine goes with a row of oysters").matches


def test_me_to_is_the_movement_only_where_a_name_fits() -> None:
    assert me_too(["the", "me", "to", "movement"]) == ["the", "me", "too", "movement"]
    assert me_too(["ask", "me", "to", "reply"]) == ["ask", "me", "to", "reply"]


def test_a_word_beside_half_a_full_name_that_sounds_like_the_other_half_is_it() -> None:
    partners = {"tarana": ("burke",), "burke": ("tarana",)}
    assert partner_slips(["tarana", "brake", "essay"], partners) == ["tarana", "burke", "essay"]
    # One sound apart from the same first letter: "tarot" (TRT) for Tarana (TRN).
    assert partner_slips(["tarot", "burke"], partners) == ["tarana", "burke"]
    # A word that does not sound like the other half stays: "tarana wrote", "dear burke".
    assert partner_slips(["tarana", "wrote"], partners) == ["tarana", "wrote"]
    assert partner_slips(["dear", "burke"], partners) == ["dear", "burke"]
    assert partner_slips(["burke", "true"], partners) == ["burke", "true"]


def test_a_misheard_surname_finds_the_persons_passage(knowledge_base: KnowledgeBase) -> None:
    found = knowledge_base.answer("what did tarana brake write for time").matches
    assert found and "Tarana wrote" in found[0].passage.text


def test_a_misspelt_name_beside_a_word_is_not_joined_with_it(knowledge_base: KnowledgeBase) -> None:
    # "alyss say" joined sounds like Alyssa, which would drop "say"; "alyss" alone is read as Alyssa.
    found = knowledge_base.answer("did alyss say sorry to tarana").matches
    assert found and "apolog" in found[0].passage.text
