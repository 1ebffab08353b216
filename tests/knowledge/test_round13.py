"""Round 13 of issue 11: "how come" asks why, and what someone calls a thing is what she says it is."""

from __future__ import annotations

import pytest

from knowledge import KnowledgeBase


def _texts(kb: KnowledgeBase, question: str) -> list[str]:
    return [m.passage.text for m in kb.answer(question).matches]


def test_how_come_asks_why_and_gets_the_passage_giving_the_reason(knowledge_base: KnowledgeBase) -> None:
    texts = _texts(knowledge_base, "how come milano sent the tweet in the first place")
    assert len(texts) == 1 and "spurred her" in texts[0]


@pytest.mark.parametrize(
    "question",
    [
        "what did tarana call sexual violence in her time essay",
        "where did burke publish her essay and what does she call sexual violence",
    ],
)
def test_what_she_calls_a_thing_is_the_passage_saying_what_it_is_where_she_said_it_aside(
    knowledge_base: KnowledgeBase, question: str
) -> None:
    texts = _texts(knowledge_base, question)
    assert any("sexual violence is a pervasive public-health crisis" in t for t in texts)
    assert not any("spectator sport" in t for t in texts)


@pytest.mark.parametrize(
    "question",
    ["what did milano ask people to reply with", "what were people supposed to reply with"],
)
def test_what_people_were_to_reply_with_is_what_the_tweet_asked_them_to_write(
    knowledge_base: KnowledgeBase, question: str
) -> None:
    texts = _texts(knowledge_base, question)
    assert len(texts) == 1 and "as a reply to this tweet" in texts[0]


@pytest.mark.parametrize(
    "question", ["who founded metoo and who was it for", "who started the original me too and who was it for"]
)
def test_a_second_question_asking_only_for_a_kind_of_fact_is_about_what_the_first_asked(
    knowledge_base: KnowledgeBase, question: str
) -> None:
    texts = _texts(knowledge_base, question)
    assert len(texts) == 2
    assert "founder of the original" in texts[0] or "creator tarana burke" in texts[0].lower()
    assert "for young girls of color" in texts[1]


def test_a_header_question_naming_two_articles_by_place_is_about_both(knowledge_base: KnowledgeBase) -> None:
    about = knowledge_base.about_sources("what's the first article's title and what's the second's")
    assert about is not None and about.field == "title"
    assert [d.date for d in about.documents] == ["Oct. 15, 2018", "October 2022"]
    one = knowledge_base.about_sources("what is the second article's title")
    assert one is not None and [d.date for d in one.documents] == ["October 2022"]


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("why was milano scared", "i got scared for you"),
        ("why was milano frightened", "i got scared for you"),
        ("why did milano apologize to burke", "tweeted an apology"),
    ],
)
def test_a_why_question_gets_a_passage_about_what_happened_not_a_reason_for_something_else(
    knowledge_base: KnowledgeBase, question: str, said: str
) -> None:
    texts = _texts(knowledge_base, question)
    assert len(texts) == 1 and said in texts[0].lower()


def test_a_why_question_still_prefers_the_passage_giving_the_reason(knowledge_base: KnowledgeBase) -> None:
    texts = _texts(knowledge_base, "why did alyssa tweet")
    assert len(texts) == 1 and "spurred her" in texts[0]


@pytest.mark.parametrize(
    "question",
    [
        "what did burke say in the 2014 speech",
        "what did milano say in her apology tweet",
        "what did milano tweet in her apology to burke",
    ],
)
def test_the_words_of_an_occasion_no_passage_quotes_are_declined(
    knowledge_base: KnowledgeBase, question: str
) -> None:
    assert not _texts(knowledge_base, question)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("what did milano write in her tweet", "as a reply to this tweet"),
        ("what did milano say in the video", "in a video to her daughter"),
        ("what did burke say in the makers interview", "burke tells makers"),
    ],
)
def test_the_words_of_an_occasion_a_passage_quotes_are_that_quote(
    knowledge_base: KnowledgeBase, question: str, said: str
) -> None:
    texts = _texts(knowledge_base, question)
    assert texts and said in texts[0].lower()


@pytest.mark.parametrize(
    "question",
    ["when did people say the movement was failing", "when did ppl start saying the movement was failing"],
)
def test_a_time_told_by_what_was_happening_answers_when(knowledge_base: KnowledgeBase, question: str) -> None:
    # "As the years passed ... when the triumphs became tragedies, suddenly the movement was failing."
    texts = _texts(knowledge_base, question)
    assert len(texts) == 1 and "triumphs became tragedies" in texts[0]
