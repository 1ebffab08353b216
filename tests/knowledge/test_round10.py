"""Round 10 of issue 11: kinds of fact no passage holds (an award, an acronym's letters) and counts of a
group named with a plural without an "s"."""

from __future__ import annotations

import pytest
from answer_texts import answer_texts

from knowledge import KnowledgeBase, intents
from knowledge.intents import counted_words
from knowledge.kinds import asked_kinds


@pytest.mark.parametrize(
    ("folded", "kind"),
    [
        ("what awards has tarana burke won", "award"),
        ("was burke nominated for anything", "award"),
        ("did milano win an emmy", "award"),
        ("what does rainn stand for", "expansion"),
        ("what is the acronym for the hotline", "expansion"),
    ],
)
def test_an_award_or_an_acronym_is_a_kind_asked_for(folded: str, kind: str) -> None:
    assert kind in asked_kinds(folded)


@pytest.mark.parametrize(
    "folded", ["what does the movement stand for", "what does burke stand for", "what year did it start"]
)
def test_what_a_movement_or_a_person_stands_for_is_no_acronym_nor_an_award(folded: str) -> None:
    assert not asked_kinds(folded) & {"award", "expansion"}


@pytest.mark.parametrize(
    "question",
    [
        "who was time magazine person of the year in 2017",
        "what awards has tarana burke won",
        "what prize did milano get for the tweet",
    ],
)
def test_an_award_no_passage_tells_of_is_declined(knowledge_base: KnowledgeBase, question: str) -> None:
    assert answer_texts(knowledge_base, question) == []


def test_what_the_movement_stands_for_is_still_answered(knowledge_base: KnowledgeBase) -> None:
    assert answer_texts(knowledge_base, "what does the movement stand for")


@pytest.mark.parametrize(
    ("folded", "counted"),
    [
        ("how many men used the hashtag", ("men",)),
        ("how many women tweeted metoo", ("women",)),
        ("how many metoo tweets were there", ("tweets",)),
    ],
)
def test_a_plural_without_an_s_is_what_is_counted(folded: str, counted: tuple[str, ...]) -> None:
    assert counted_words(folded) == counted


@pytest.mark.parametrize("question", ["how many men used the hashtag", "how many women tweeted metoo"])
def test_a_count_of_a_group_no_passage_counts_is_declined(
    knowledge_base: KnowledgeBase, question: str
) -> None:
    assert answer_texts(knowledge_base, question) == []


def test_a_count_the_articles_give_is_still_answered(knowledge_base: KnowledgeBase) -> None:
    texts = answer_texts(knowledge_base, "how many people tweeted metoo")
    assert texts and "million" in texts[0]


@pytest.mark.parametrize(
    "question",
    [
        "what was the name of the girl whose story inspired burke to start me too",
        "what was the first name of the girl who inspired burke",
    ],
)
def test_the_name_of_someone_no_passage_names_is_declined(
    knowledge_base: KnowledgeBase, question: str
) -> None:
    assert answer_texts(knowledge_base, question) == []


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what is the name of the tv personality who supported burke", "bevy smith"),
        ("name of the author who helped burke", "luvvie ajayi"),
        ("whats the name of milanos daughter", "elizabella"),
    ],
)
def test_the_name_of_someone_a_passage_names_is_answered(
    knowledge_base: KnowledgeBase, question: str, expected: str
) -> None:
    texts = answer_texts(knowledge_base, question)
    assert texts and expected in texts[0]


@pytest.mark.parametrize(
    "question",
    ["what is the phone number for the police", "whats the number for my bank", "phone number of the dmv"],
)
def test_another_services_number_is_declined(knowledge_base: KnowledgeBase, question: str) -> None:
    assert answer_texts(knowledge_base, question) == []


@pytest.mark.parametrize(
    "question",
    [
        "what is the phone number for the hotline",
        "phone number for rainn",
        "whats the number for the local center",
        "what is the hotline number",
    ],
)
def test_the_hotlines_own_number_is_still_answered(knowledge_base: KnowledgeBase, question: str) -> None:
    texts = answer_texts(knowledge_base, question)
    assert texts and "1-800-656-hope" in texts[0]


def test_someones_exact_tweet_no_passage_quotes_is_declined(knowledge_base: KnowledgeBase) -> None:
    assert answer_texts(knowledge_base, "what exactly did burke tweet") == []


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what exactly did milano tweet", "sexually harassed or assaulted"),
        ("burke's exact words about the hashtag", "millions of people"),
    ],
)
def test_someones_exact_words_a_passage_quotes_are_answered(
    knowledge_base: KnowledgeBase, question: str, expected: str
) -> None:
    texts = answer_texts(knowledge_base, question)
    assert texts and expected in texts[0]


def test_policies_asked_by_name_are_declined(knowledge_base: KnowledgeBase) -> None:
    assert answer_texts(knowledge_base, "which policies changed because of metoo") == []


@pytest.mark.parametrize(
    "question",
    ["what is a public health degree", "whats the difference between a court of law and a court of equity"],
)
def test_a_definition_of_a_phrase_the_articles_never_use_is_declined(
    knowledge_base: KnowledgeBase, question: str
) -> None:
    assert answer_texts(knowledge_base, question) == []


@pytest.mark.parametrize(
    ("question", "expected"), [("what is patriarchy", "patriarchy"), ("whats rape culture", "rape culture")]
)
def test_a_definition_of_a_phrase_the_articles_use_is_answered(
    knowledge_base: KnowledgeBase, question: str, expected: str
) -> None:
    texts = answer_texts(knowledge_base, question)
    assert texts and expected in texts[0]


@pytest.mark.parametrize(
    ("folded", "speaker"),
    [
        ("did harvey weinstein respond to milanos tweet", ("harvey", "weinstein")),
        ("did burke ever reply", ("burke",)),
    ],
)
def test_whether_someone_responded_asks_for_their_words(folded: str, speaker: tuple[str, ...]) -> None:
    assert intents.speaker(folded) == speaker


def test_a_response_no_passage_gives_is_declined(knowledge_base: KnowledgeBase) -> None:
    assert answer_texts(knowledge_base, "did harvey weinstein respond to milano's tweet") == []


def test_a_part_of_a_stated_number_no_passage_gives_is_declined(knowledge_base: KnowledgeBase) -> None:
    assert answer_texts(knowledge_base, "how many of the 19 million tweets were from outside the us") == []


@pytest.mark.parametrize(
    "question", ["irs phone number", "whats the dmv number", "what does makers stand for"]
)
def test_another_services_number_or_letters_named_first_are_declined(
    knowledge_base: KnowledgeBase, question: str
) -> None:
    assert answer_texts(knowledge_base, question) == []


@pytest.mark.parametrize(
    "question", ["rainn number", "what is the hotlne number", "is 1-800-656-hope the right number?"]
)
def test_the_hotline_with_a_slip_is_answered(knowledge_base: KnowledgeBase, question: str) -> None:
    texts = answer_texts(knowledge_base, question)
    assert texts and "1-800-656-hope" in texts[0]


@pytest.mark.parametrize(
    "question", ["what happened to harvey weinstein after the tweet", "what happened to weinstein later"]
)
def test_the_fate_of_someone_the_articles_only_name_is_declined(
    knowledge_base: KnowledgeBase, question: str
) -> None:
    assert answer_texts(knowledge_base, question) == []


def test_what_happened_to_the_outcomes_is_still_answered(knowledge_base: KnowledgeBase) -> None:
    texts = answer_texts(knowledge_base, "what happened to the outcomes of accusations later on")
    assert texts and "revert to what is statistically normal" in texts[0]


@pytest.mark.parametrize(
    "question",
    ["what do you get someone for a one year anniversary", "anniversary gift ideas for my wife"],
)
def test_a_gift_for_an_anniversary_is_declined(knowledge_base: KnowledgeBase, question: str) -> None:
    assert answer_texts(knowledge_base, question) == []


def test_what_happened_to_the_movement_is_still_answered(knowledge_base: KnowledgeBase) -> None:
    texts = answer_texts(knowledge_base, "what happened to metoo as the years went by")
    assert texts and "as the years passed" in texts[0]
