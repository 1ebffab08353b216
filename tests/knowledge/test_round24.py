"""Round 24: claims with a wrong detail get the passage holding the right one; questions sharing only a
number or a date with a passage, or asking a photo agency for its own services, are declined."""

from __future__ import annotations

import pytest

from knowledge import KnowledgeBase


def _quoted(kb: KnowledgeBase, question: str) -> list[str]:
    found = kb.answer(question)
    return [m.passage.text for m in found.matches] + ([found.rival.passage.text] if found.rival else [])


@pytest.mark.parametrize(
    ("question", "holding"),
    [
        # a statement asked only by its question mark: the year is the detail to correct
        ("burke founded it in 2010?", "about more than 12 years ago"),
        ("milano tweeted on oct 16 2017 yes?", "Oct. 15"),
        # a relative stated in such a statement is checked against the one the articles name
        ("milano made the anniversary video for her son?", "her daughter Elizabella"),
        # a size the articles never use is the reader's to check, as a stated digit is
        ("so 19 billion metoo tweets in the first year?", "more than 19 million tweets"),
        # in any claim, a number of years is the detail ("tenth": the five-year anniversary)
        ("did they mark the tenth anniversary", "marked the five-year anniversary"),
        ("was it the 10 year anniversary they marked", "marked the five-year anniversary"),
    ],
)
def test_a_claim_with_a_wrong_detail_gets_the_passage_with_the_right_one(
    rules_only: KnowledgeBase, question: str, holding: str
) -> None:
    assert any(holding in text for text in _quoted(rules_only, question))


@pytest.mark.parametrize(
    "question",
    [
        # the same words without the question mark state nothing to check, and a question word asks
        "burke founded it in 2010",
        "what happened in 2010?",
        # a relative no claim states stays uncovered
        "does milano have a son",
        "how many billion tweets are sent a day",
    ],
)
def test_look_alikes_of_a_claim_stay_declined(rules_only: KnowledgeBase, question: str) -> None:
    assert _quoted(rules_only, question) == []


def test_a_count_a_claim_states_keeps_its_weight(rules_only: KnowledgeBase) -> None:
    # a count of things is what the claim is about: the passage giving the articles' own count answers
    assert any("19 million" in t for t in _quoted(rules_only, "were there like 20 million tweets"))


@pytest.mark.parametrize(
    ("question", "field"),
    [("2018 article came out oct 15 2017?", "date"), ("milano's tweet came out oct 16 2017?", None)],
)
def test_an_article_said_to_come_out_on_a_day_asks_its_date(
    knowledge_base: KnowledgeBase, question: str, field: str | None
) -> None:
    about = knowledge_base.about_sources(question)
    assert (about.field if about else None) == field


@pytest.mark.parametrize(
    ("question", "caption"),
    [
        # the photo named by its caption's words, whose credit shows who took it
        ("podium pic was by sarah morris right?", "Tarana Burke speaking at a podium"),
        ("red carpet photo credit was chelsea guglielmino?", "Tarana Burke on the red carpet"),
        # look-alikes: the name's own photo, when the claim is right or no caption is named
        ("was the protest photo by sarah morris", "A Me Too protest"),
        ("what did sarah morris shoot", "A Me Too protest"),
        # "who shot" with a caption's own words asks who took that photo
        ("who shot burke on the red carpet", "Tarana Burke on the red carpet"),
    ],
)
def test_a_photo_credit_claimed_for_the_wrong_person_gets_the_named_photo(
    knowledge_base: KnowledgeBase, question: str, caption: str
) -> None:
    about = knowledge_base.about_sources(question)
    assert about is not None and about.field == "photo"
    assert [c for c, _ in about.photos] == [caption]


def test_who_shot_someone_is_no_photo_question(knowledge_base: KnowledgeBase) -> None:
    assert knowledge_base.about_sources("who shot burke") is None


@pytest.mark.parametrize(
    "question",
    [
        "is it going to rain on october 15",
        "laptop under 500 dollars which one",
        "getty images stock photo license price",
        "how do i download a picture from getty images",
    ],
)
def test_a_question_sharing_only_a_number_or_an_agency_is_declined(
    rules_only: KnowledgeBase, question: str
) -> None:
    assert rules_only.about_sources(question) is None
    assert _quoted(rules_only, question) == []


@pytest.mark.parametrize(
    ("question", "holding"),
    [
        # a number or a day alone asks about that number or day itself
        ("what happened on october 15", "Oct. 15"),
        ("4673", "1-800-656-HOPE (4673)"),
    ],
)
def test_a_number_or_a_day_alone_is_still_answered(
    rules_only: KnowledgeBase, question: str, holding: str
) -> None:
    assert any(holding in t for t in _quoted(rules_only, question))


def test_the_agencys_photos_are_still_listed(knowledge_base: KnowledgeBase) -> None:
    about = knowledge_base.about_sources("which photos did getty images supply")
    assert about is not None and about.field == "photo" and len(about.photos) == 5


def test_og_reads_as_original(rules_only: KnowledgeBase) -> None:
    assert any("founder of the original" in t for t in _quoted(rules_only, "who founded the og me too"))
