"""Round 9 of issue 11: a need stated before the question, and an article named by what it is about."""

from __future__ import annotations

import pytest
from answer_texts import answer_texts

from knowledge import KnowledgeBase
from knowledge.framing import split_frame


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("im presenting tomorrow and need the name of milano's daughter", " the name of milano's daughter"),
        ("for my essay i need a quote from burke about power", " a quote from burke about power"),
    ],
)
def test_a_need_stated_before_the_question_frames_it(question: str, asked: str) -> None:
    assert split_frame(question)[1] == asked


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("im presenting tomorrow and need the name of milano's daughter", "elizabella"),
        ("for my essay i need a quote from burke about power", "power structures"),
    ],
)
def test_a_need_stated_before_the_question_still_gets_its_answer(
    knowledge_base: KnowledgeBase, question: str, expected: str
) -> None:
    texts = answer_texts(knowledge_base, question)
    assert len(texts) == 1 and expected in texts[0]


def test_what_someone_needs_in_the_articles_is_no_frame() -> None:
    assert split_frame("what did burke say survivors need")[0] == ""


@pytest.mark.parametrize(
    ("question", "year"),
    [
        ("who wrote the article looking back at the first year", "2018"),
        ("date of the article where burke and milano look back on a year", "2018"),
        ("who wrote the one about 19 million tweets", "2018"),
        ("who wrote the 5 year one", "2022"),
        ("when was the one where they marked the anniversary published", "2022"),
    ],
)
def test_an_article_named_by_what_it_is_about_is_picked(
    knowledge_base: KnowledgeBase, question: str, year: str
) -> None:
    about = knowledge_base.about_sources(question)
    assert about is not None and [d.date[-4:] for d in about.documents] == [year]


def test_the_one_year_anniversary_is_no_article_named(knowledge_base: KnowledgeBase) -> None:
    assert knowledge_base.about_sources("what did milano do on the one year anniversary") is None


@pytest.mark.parametrize(
    "question",
    [
        "my friend thinks metoo was only about hollywood celebrities, is that true",
        "ok my mom said burke started it, is that right",
    ],
)
def test_a_claim_followed_only_by_its_tag_is_no_frame(question: str) -> None:
    assert split_frame(question) == ("", question)


def test_who_thinks_a_claim_opens_it(knowledge_base: KnowledgeBase) -> None:
    query = knowledge_base._searcher.parse("my friend thinks burke founded metoo, is that true")
    assert query.terms[0].optional and not query.terms[1].optional


def test_where_the_reader_read_a_claim_is_no_part_of_it(knowledge_base: KnowledgeBase) -> None:
    question = "so i read somewhere that milano apologized to burke, did that happen"
    texts = answer_texts(knowledge_base, question)
    assert len(texts) == 1 and "tweeted an apology" in texts[0]


@pytest.mark.parametrize(
    ("question", "line"),
    [
        ("is there a link to the full time essay", "full essay"),
        ("where is the rest of tarana's essay", "full essay"),
        ("where's the full essay", "full essay"),
        ("any way to read the full essay", "full essay"),
        ("is there a way to find a local centre", "local center"),
        ("how can i search for a local center", "local center"),
        ("is there somewhere to watch the makers interviews", "interviews"),
    ],
)
def test_the_link_line_asked_for_around_the_link_or_the_rest(
    knowledge_base: KnowledgeBase, question: str, line: str
) -> None:
    about = knowledge_base.about_sources(question)
    assert about is not None and about.field == "link" and all(line in link for link in about.links)


@pytest.mark.parametrize(
    "question", ["link between metoo and hollywood", "is there a way to reach tarana burke"]
)
def test_a_name_or_the_topic_alone_picks_no_link_line(knowledge_base: KnowledgeBase, question: str) -> None:
    assert knowledge_base.about_sources(question) is None


@pytest.mark.parametrize(
    "question",
    [
        "what time of day did milano send the tweet",
        "at what hour did the tweet go out",
        "was it morning or night",
    ],
)
def test_a_time_of_day_no_passage_gives_is_declined(knowledge_base: KnowledgeBase, question: str) -> None:
    assert answer_texts(knowledge_base, question) == []


def test_the_next_morning_asks_for_no_time_of_day(knowledge_base: KnowledgeBase) -> None:
    texts = answer_texts(knowledge_base, "what did milano wake up to the next morning")
    assert len(texts) == 1 and "woken up to thousands" in texts[0]


@pytest.mark.parametrize(
    ("question", "first", "second"),
    [
        (
            "milanos line about collective pain + her biggest hope for her girl",
            "collective pain",
            "biggest hope",
        ),
        ("milano's line about collective pain and burke's line about shame", "collective pain", "shame"),
    ],
)
def test_two_lines_asked_for_get_both_passages(
    knowledge_base: KnowledgeBase, question: str, first: str, second: str
) -> None:
    texts = answer_texts(knowledge_base, question)
    assert len(texts) == 2 and first in texts[0] and second in texts[1]


def test_a_line_about_something_asks_for_a_quotation(knowledge_base: KnowledgeBase) -> None:
    query = knowledge_base._searcher.parse("burke's line about shame")
    assert query.kinds and not any(t.counted and not t.candidates for t in query.terms)


def test_a_word_the_articles_use_is_no_typo_of_a_header_word(knowledge_base: KnowledgeBase) -> None:
    assert knowledge_base.about_sources("did burke feel lost in the story") is None
    texts = answer_texts(knowledge_base, "did burke feel lost in the story")
    assert len(texts) == 1 and "lost in this narrative" in texts[0]


@pytest.mark.parametrize(
    ("question", "field"),
    [
        ("local center", "link"),
        ("tarana's full essay", "link"),
        ("where to read the full essay", "link"),
        ("are there videos of the tarana interview", "link"),
        ("getty images", "photo"),
        ("tarana on the red carpet photo", "photo"),
        ("article where milano and burke reflect on the first year", "title"),
        ("whos the journalist behind the one year later article on milano and burke", "author"),
    ],
)
def test_the_page_asked_about_in_few_words(knowledge_base: KnowledgeBase, question: str, field: str) -> None:
    about = knowledge_base.about_sources(question)
    assert about is not None and about.field == field


@pytest.mark.parametrize(
    "question",
    [
        "what did tarana tell makers",
        "who interviewed burke",
        "where was the me too protest in the photo",
        "how does burke describe metoo's place in the bigger picture",
    ],
)
def test_a_question_about_what_is_said_or_shown_is_no_page_question(
    knowledge_base: KnowledgeBase, question: str
) -> None:
    about = knowledge_base.about_sources(question)
    assert about is None or about.field not in {"link", "photo"}


@pytest.mark.parametrize(
    "question",
    ["did burke sue milano over the hashtag", "did anyone sue milano", "did burke take milano to court"],
)
def test_legal_action_no_passage_tells_of_is_declined(knowledge_base: KnowledgeBase, question: str) -> None:
    assert answer_texts(knowledge_base, question) == []


def test_the_court_of_law_is_still_answered(knowledge_base: KnowledgeBase) -> None:
    texts = answer_texts(knowledge_base, "what is not decided in the court of law")
    assert len(texts) == 1 and "court of law" in texts[0]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("did things go back to normal after a few years", "revert to what is statistically normal"),
        ("what did the outcomes of accusations go back to", "revert to what is statistically normal"),
        ("what lesson from the past five years", "taught us anything"),
        ("rainn number", "1-800-656-hope"),
    ],
)
def test_paraphrases_of_round9(knowledge_base: KnowledgeBase, question: str, expected: str) -> None:
    texts = answer_texts(knowledge_base, question)
    assert len(texts) == 1 and expected in texts[0]
