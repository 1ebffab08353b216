"""Round 20b of issue 11: being behind is lagging, not founding; "from the start" says when, and starts
nothing; how people were meant to answer is what the tweet asked them to write."""

from __future__ import annotations

import pytest

from knowledge import KnowledgeBase
from knowledge.lexicon import rewrite_phrases


@pytest.mark.parametrize(
    ("question", "rewritten"),
    [
        ("why did they fall behind at first", "why did they head start at first"),
        ("was the campaign behind since 2017", "was the campaign head start since 2017"),
        ("who is behind the hashtag", "who is behind the hashtag"),
        ("was it doomed from the very beginning", "was it doomed "),
    ],
)
def test_behind_without_an_object_and_from_the_start_are_read(question: str, rewritten: str) -> None:
    assert rewrite_phrases(question) == rewritten


def test_a_movement_behind_from_the_outset_gets_the_head_start(rules_only: KnowledgeBase) -> None:
    found = rules_only.answer("why was metoo so far behind from the outset").matches
    assert found and "head start" in found[0].passage.text


def test_who_is_behind_metoo_is_still_its_founder(rules_only: KnowledgeBase) -> None:
    found = rules_only.answer("who is behind metoo").matches
    assert found and "Burke" in found[0].passage.text


def test_how_people_were_meant_to_answer_is_what_the_tweet_asked(rules_only: KnowledgeBase) -> None:
    assert rewrite_phrases("how were women meant to respond to the post") == (
        "how were women write as a reply to the post"
    )
    found = rules_only.answer("how were women meant to respond to the post").matches
    assert found and "as a reply to this tweet" in found[0].passage.text


@pytest.mark.parametrize(
    ("question", "rewritten"),
    [
        ("what does she wish for her girl", "what does she wish for her daughter"),
        ("what is milano's girl called", "what is milano's daughter called"),
        ("who did burke help, girls of color", "who did burke help, girls of color"),
    ],
)
def test_a_girl_someone_has_is_her_daughter(question: str, rewritten: str) -> None:
    assert rewrite_phrases(question) == rewritten


def test_what_milano_wishes_for_her_girl_is_her_hope_for_her_daughter(rules_only: KnowledgeBase) -> None:
    found = rules_only.answer("what does milano wish for her girl").matches
    assert found and "My biggest hope for you" in found[0].passage.text


@pytest.mark.parametrize(
    ("question", "rewritten"),
    [
        ("did alyssa repost her old post", "did alyssa repost her original post"),
        ("how old is her tweet", "how old is her tweet"),
        ("how quickly did she reach out", "how immediately did she reach out"),
        ("how fast is the hashtag growing", "how fast is the hashtag growing"),
    ],
)
def test_an_old_tweet_is_the_original_and_how_fast_asks_if_at_once(question: str, rewritten: str) -> None:
    assert rewrite_phrases(question) == rewritten


@pytest.mark.parametrize(
    ("question", "text"),
    [
        ("how soon did she say sorry", "immediately tweeted an apology"),
        ("how quickly did she apologize to the founder", "immediately tweeted an apology"),
        ("did alyssa retweet her old post", "retweeted her original post"),
    ],
)
def test_speed_and_an_old_post_find_their_passages(
    rules_only: KnowledgeBase, question: str, text: str
) -> None:
    found = rules_only.answer(question).matches
    assert found and text in found[0].passage.text


@pytest.mark.parametrize(
    ("question", "rewritten"),
    [
        ("the harvey story, how was it connected", "the harvey story, how was it related"),
        ("is that connected to the tweet", "is that related to the tweet"),
        ("is it connected to the nearest center", "is it connected to the nearest center"),
        ("are callers connected to a local provider", "are callers connected to a local provider"),
    ],
)
def test_a_thing_connected_is_related_and_a_caller_connected_is_routed(question: str, rewritten: str) -> None:
    assert rewrite_phrases(question) == rewritten


def test_the_hotline_still_connects_callers(rules_only: KnowledgeBase) -> None:
    found = rules_only.answer("is the hotline connected to a local center").matches
    assert found and "routes the caller" in found[0].passage.text
