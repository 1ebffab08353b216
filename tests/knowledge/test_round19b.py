"""Round 19b of issue 11: the question inside a long message read with the sentence naming its subject."""

from __future__ import annotations

from knowledge import KnowledgeBase
from knowledge.asking import told_before

_NEPHEW = (
    "my nephew heard about the first anniversary and asked how many people responded. milano talks about "
    "people replying in her video i think. what does she say? sorry he's curious"
)


def test_the_sentence_before_an_asking_part_is_told_before_it() -> None:
    text = "my sister asked me. milano made a video. what does she say? thanks"
    assert told_before(text, "what does she say?") == "milano made a video."
    assert told_before("what does she say? thanks", "what does she say?") is None


def test_a_pronoun_in_the_question_takes_its_subject_from_the_sentence_before(
    rules_only: KnowledgeBase,
) -> None:
    (found,) = rules_only.answer(_NEPHEW).matches
    assert "a lot of people replied" in found.passage.text


def test_a_story_about_someone_else_asking_the_same_way_is_declined(rules_only: KnowledgeBase) -> None:
    story = ("so my uncle is a mechanic and he keeps telling me about his old truck and the engine he "
             "rebuilt. he says it runs great now. what does he say about the oil? sorry, long story")
    assert not rules_only.answer(story).matches
