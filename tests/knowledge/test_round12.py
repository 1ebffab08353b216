"""Round 12 of issue 11: words spelled by ear, "two" for to, and questions with no subject."""

from __future__ import annotations

import pytest

from knowledge import KnowledgeBase


def _texts(kb: KnowledgeBase, question: str) -> list[str]:
    return [m.passage.text for m in kb.answer(question).matches]


@pytest.mark.parametrize(
    ("heard", "spelled"),
    [
        ("who is alisa melano", "who is alyssa milano"),
        ("what did burkis essay say about the hashtag", "what did burke's essay say about the hashtag"),
        ("what was milanos videu about", "what was milanos video about"),
        ("how many people responded two the tweet", "how many people responded to the tweet"),
        ("wat did the tweet ask wimmen to do", "what did the tweet ask women to do"),
        ("did milano no about burke when she tweeted", "did milano know about burke when she tweeted"),
        ("wear did burke publish her essay", "where did burke publish her essay"),
        # (Round 13: what she said in the speech is declined, as no passage quotes it; what followed is told.)
        ("what did milano do after the 2104 speech", "what did milano do after the 2014 speech"),
        ("when did the hashtag go vi ral", "when did the hashtag go viral"),
        ("how many people responded in twenty four hours", "how many people responded in 24 hours"),
    ],
)
def test_a_question_spelled_by_ear_gets_the_answer_spelled_right_gets(
    knowledge_base: KnowledgeBase, heard: str, spelled: str
) -> None:
    expected = _texts(knowledge_base, spelled)
    assert expected
    assert _texts(knowledge_base, heard) == expected


@pytest.mark.parametrize(
    "question",
    [
        "how many years did weinstein get in prison",  # "prison" is English: not read as "person"
        "can you call the police for me",  # nor "police" as "policy"
        "who wrote it",
        "what year",
        "who said that",
    ],
)
def test_english_words_and_questions_with_no_subject_stay_declined(
    knowledge_base: KnowledgeBase, question: str
) -> None:
    assert _texts(knowledge_base, question) == []


def test_what_number_alone_gets_the_hotline_not_a_count_of_tweets(knowledge_base: KnowledgeBase) -> None:
    texts = _texts(knowledge_base, "what number")
    assert len(texts) == 1 and "656-HOPE" in texts[0]


def test_a_byline_heard_as_two_words_is_still_the_author(knowledge_base: KnowledgeBase) -> None:
    about = knowledge_base.about_sources("who wrote the article paulina cash arrow")
    assert about is not None and about.field == "author"


def test_a_photo_spelled_by_ear_is_still_a_question_about_the_page(knowledge_base: KnowledgeBase) -> None:
    about = knowledge_base.about_sources("is there a foto of milano")
    assert about is not None and about.field == "photo"
