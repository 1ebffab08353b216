"""Round 19b of issue 11: the question inside a long message read with the sentence naming its subject."""

from __future__ import annotations

from knowledge import KnowledgeBase
from knowledge.asking import is_fragment, points_back, told_before
from knowledge.frames import compared

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


def test_a_photo_is_found_by_its_place_on_the_page(knowledge_base: KnowledgeBase) -> None:
    first = knowledge_base.about_sources("which picture is first in the anniversary article")
    assert first is not None and first.photos == (first.documents[0].photos[0],)
    last = knowledge_base.about_sources("the final photo in the five year piece?")
    assert last is not None and last.photos == (last.documents[0].photos[-1],)
    after = knowledge_base.about_sources("what photo is next after the protest one")
    assert after is not None and "red carpet" in after.photos[0][0]


def test_how_an_article_ends_is_its_last_link_line(knowledge_base: KnowledgeBase) -> None:
    ending = knowledge_base.about_sources("how does the 2018 article end")
    assert ending is not None and ending.field == "link"
    assert ending.links == (ending.documents[0].links[-1],)


def test_two_photos_or_a_note_beside_a_place_are_not_read_as_one_place(
    knowledge_base: KnowledgeBase,
) -> None:
    several = knowledge_base.about_sources("who is in the last two photos of the five year article")
    assert several is None or len(several.photos) != 1
    note = knowledge_base.about_sources("is there a content warning before the first photo")
    assert note is None or note.field != "photo"


def test_an_order_question_weighs_the_two_things_it_names() -> None:
    assert compared("which came first, the speech or the hashtag") == "the speech or the hashtag"
    assert compared("which came first in the 5 year article") is None
    assert compared("what was the first tweet") is None


def test_which_came_first_is_answered_by_the_passage_dating_both(rules_only: KnowledgeBase) -> None:
    asked = "which came first: the me too speech of burke or the hashtag tweet of milano"
    (found,) = rules_only.answer(asked).matches
    assert "speech Burke made in 2014" in found.passage.text
    assert not rules_only.answer("which came first, the printing press or the compass").matches


def test_an_off_topic_question_pointing_into_its_story_stays_off_topic(rules_only: KnowledgeBase) -> None:
    story = ("i keep waking up at night and can't get back to sleep. my friend swears by chamomile tea. "
             "does that actually work? thanks in advance")
    assert not rules_only.answer(story).matches


def test_a_part_naming_no_one_with_a_pointing_word_or_few_words_points_back() -> None:
    assert points_back("what does she say?") and points_back("what outlet?")
    assert not points_back("who was the original founder of the movement?")


def test_only_a_few_words_make_a_fragment() -> None:
    assert is_fragment("what outlet?") and not is_fragment("what does she say?")
