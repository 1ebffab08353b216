"""Round 7 of issue 11: exact words, relatives, the hotline and the articles asked about in other words."""

from __future__ import annotations

import pytest
from answer_texts import answer_texts

from knowledge import KnowledgeBase


@pytest.fixture
def kb(knowledge_base: KnowledgeBase) -> KnowledgeBase:
    return knowledge_base


@pytest.mark.parametrize(
    "question",
    ["what exactly did the apology tweet say", "what did milano's apology say word for word"],
)
def test_exact_words_the_articles_only_report_are_declined(kb: KnowledgeBase, question: str) -> None:
    # The apology is reported ("tweeted an apology"), never quoted.
    assert answer_texts(kb, question) == []


@pytest.mark.parametrize(
    "question",
    ["what exactly did milano's tweet say", "give me the exact wording of the original hashtag post"],
)
def test_exact_words_the_articles_quote_are_answered(kb: KnowledgeBase, question: str) -> None:
    texts = answer_texts(kb, question)
    assert len(texts) == 1 and "sexually harassed or assaulted" in texts[0]


@pytest.mark.parametrize(
    "question",
    ["who is elizabella's dad", "who is elizabellas dad", "who is burke's mother", "who is milanos brother"],
)
def test_a_relative_the_articles_never_name_is_declined(kb: KnowledgeBase, question: str) -> None:
    # "mother" is no misspelt "others", and "dad" after a name asks about him, not who is asking.
    assert answer_texts(kb, question) == []


def test_the_askers_own_relative_still_frames_the_question(kb: KnowledgeBase) -> None:
    texts = answer_texts(kb, "my mom asked me who started metoo")
    assert len(texts) == 1 and "tarana burke" in texts[0]


@pytest.mark.parametrize(
    "question", ["who are the founders of twitter", "who owns twitter", "ceo of instagram"]
)
def test_who_founded_or_owns_a_platform_is_off_topic(kb: KnowledgeBase, question: str) -> None:
    assert answer_texts(kb, question) == []


@pytest.mark.parametrize(
    "question",
    [
        "which phone line does the article give",
        "what does the hotline do when you ring it",
        "what is the helpline in the article",
        "is there a crisis line",
    ],
)
def test_the_hotline_asked_about_in_other_words_gets_its_passage(kb: KnowledgeBase, question: str) -> None:
    texts = answer_texts(kb, question)
    assert len(texts) == 1 and "national sexual assault hotline" in texts[0]


def test_ringing_someone_is_no_question_about_the_articles(kb: KnowledgeBase) -> None:
    assert answer_texts(kb, "can i ring someone") == []


@pytest.mark.parametrize(
    ("question", "field", "year"),
    [
        ("whats the headline of the 2018 one", "title", "2018"),
        ("when was the 2022 one published", "date", "2022"),
        ("when was the milano and burke reflection piece published", "date", "2018"),
    ],
)
def test_an_article_named_by_its_year_or_by_what_its_headline_says_is_picked(
    kb: KnowledgeBase, question: str, field: str, year: str
) -> None:
    about = kb.about_sources(question)
    assert about is not None and about.field == field
    assert [year in d.date for d in about.documents] == [True]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("sry typing fast whats the hotline # in the article", "national sexual assault hotline"),
        # the memory rebuilt with set 24 answers it with the passage saying Burke "had started the
        # movement" (it was the founder's passage, naming "Tarana Burke", before): either names her
        ("sorry for the typos, who startd metoo", "burke"),
    ],
)
def test_an_excuse_for_the_writing_asks_nothing(kb: KnowledgeBase, question: str, expected: str) -> None:
    texts = answer_texts(kb, question)
    assert len(texts) == 1 and expected in texts[0]


def test_typos_asked_about_are_no_excuse(kb: KnowledgeBase) -> None:
    assert answer_texts(kb, "how many typos were in the tweet") == []


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("milano is a singer isnt she", "actress alyssa milano"),
        ("didnt burke write for the new york times?", "essay for time"),
    ],
)
def test_a_false_premise_gets_the_passage_showing_the_truth(
    kb: KnowledgeBase, question: str, expected: str
) -> None:
    texts = answer_texts(kb, question)
    assert len(texts) == 1 and expected in texts[0]


def test_a_role_asked_about_outside_a_claim_is_not_checked_against_other_roles(kb: KnowledgeBase) -> None:
    assert answer_texts(kb, "who is the singer") == []


def test_the_article_named_as_what_gives_the_answer_need_not_be_repeated(kb: KnowledgeBase) -> None:
    # "list" frames what the article gives (no typo of "Los"), and "the five year article" says where.
    texts = answer_texts(kb, "which phone line does the five year article list")
    assert len(texts) == 1 and "national sexual assault hotline" in texts[0]


def test_a_photographer_asked_who_in_the_article_gets_their_credits(kb: KnowledgeBase) -> None:
    about = kb.about_sources("who is chelsea guglielmino in the article")
    assert about is not None and about.field == "photo"


def test_a_content_note_asked_with_its_place_and_an_article_names_that_article(kb: KnowledgeBase) -> None:
    about = kb.about_sources("does the second article come with any kind of trigger warning at the top")
    assert about is not None and about.field == "note"
    assert [d.date for d in about.documents] == ["October 2022"]


def test_how_a_number_was_reached_is_declined_where_only_the_number_is_given(kb: KnowledgeBase) -> None:
    assert answer_texts(kb, "how does pew research center count the tweets") == []
    texts = answer_texts(kb, "how many tweets did pew count")
    assert len(texts) == 1 and "pew research center" in texts[0]


def test_a_wrong_year_of_publication_is_checked_against_the_header(kb: KnowledgeBase) -> None:
    about = kb.about_sources("the one year later story came out in 2019 didnt it")
    assert about is not None and about.field == "date"


def test_every_year_says_how_often_not_what_about(kb: KnowledgeBase) -> None:
    texts = answer_texts(kb, "what day every year is the metoo anniversary")
    assert len(texts) == 1 and "oct. 15" in texts[0]


def test_a_claim_about_whom_the_movement_was_for_gets_the_group_it_was_for(kb: KnowledgeBase) -> None:
    texts = answer_texts(kb, "was the original movement for college women?")
    assert len(texts) == 1 and "for young girls of color" in texts[0]
