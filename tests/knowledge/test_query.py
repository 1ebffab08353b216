"""Parsing questions: typos, paraphrases, generic words and the kind of answer asked for."""

from __future__ import annotations

import pytest

from knowledge import DEFAULT_SEEDS_DIR
from knowledge.index import Index
from knowledge.loader import read_documents
from knowledge.passages import make_passages
from knowledge.query import QueryParser, QueryTerm


@pytest.fixture(scope="module")
def parser() -> QueryParser:
    return QueryParser(Index([p.text for p in make_passages(read_documents(DEFAULT_SEEDS_DIR))]))


def _means(parser: QueryParser, term: QueryTerm, word: str) -> bool:
    return parser.index.vocab[word] in term.candidates


def test_a_paraphrase_reaches_the_articles_word(parser: QueryParser) -> None:
    (founded,) = [t for t in parser.parse("who founded it").terms if not t.expansion]
    assert _means(parser, founded, "founder") and _means(parser, founded, "creator")
    (kid,) = parser.parse("milanos kid").terms[1:]
    assert _means(parser, kid, "daughter")


def test_a_misspelt_paraphrase_still_reaches_the_articles_word(parser: QueryParser) -> None:
    founded = parser.parse("foundd").terms[0]
    assert _means(parser, founded, "founder")


def _words(parser: QueryParser, question: str) -> list[QueryTerm]:
    """The terms that come from the question's own words, not from its intent."""
    return [t for t in parser.parse(question).terms if not t.expansion]


def test_a_misspelt_name_is_still_a_name(parser: QueryParser) -> None:
    (name,) = _words(parser, "weinstien")
    assert name.name and _means(parser, name, "weinstein")


def test_a_name_reached_only_through_a_paraphrase_is_not_a_name(parser: QueryParser) -> None:
    (phone,) = parser.parse("phone").terms
    assert _means(parser, phone, "hotlin") and not phone.name


def test_one_name_also_finds_the_other_half_of_the_full_name(parser: QueryParser) -> None:
    (burke,) = _words(parser, "burke")
    assert burke.candidates[parser.index.vocab["burk"]] > burke.candidates[parser.index.vocab["tarana"]] > 0


def test_generic_words_alone_are_no_content(parser: QueryParser) -> None:
    assert not parser.parse("what time is it").has_content
    assert not parser.parse("hello thanks ok").has_content


def test_a_word_the_articles_never_use_counts_with_the_top_weight(parser: QueryParser) -> None:
    (brazil,) = parser.parse("brazil").terms
    assert brazil.counted and not brazil.candidates
    assert brazil.weight == parser.index.unknown_idf


def test_a_slipped_question_word_still_sets_the_intent(parser: QueryParser) -> None:
    query = parser.parse("how mny tweets")
    assert query.wants_number
    assert parser.index.vocab["tweet"] in query.counted


def test_when_and_how_many_are_recognised(parser: QueryParser) -> None:
    assert parser.parse("when did it go viral").wants_date
    assert not parser.parse("what went viral").wants_date
    assert parser.parse("number of tweets per day").wants_number


def test_who_asks_for_a_role_unless_the_who_is_an_object(parser: QueryParser) -> None:
    roles = [t for t in parser.parse("who is tarana burke").terms if t.expansion]
    assert roles and _means(parser, roles[0], "founder")
    assert not [t for t in parser.parse("who was the movement for").terms if t.expansion]


def test_why_asks_for_a_reason_that_counts_as_content(parser: QueryParser) -> None:
    (reason,) = [t for t in parser.parse("why did milano tweet").terms if t.expansion]
    assert reason.counted and _means(parser, reason, "spur")


def test_it_means_the_movement_when_nobody_is_named(parser: QueryParser) -> None:
    assert any(t.expansion and _means(parser, t, "metoo") for t in parser.parse("when did it go viral").terms)
    assert not any(t.expansion for t in parser.parse("when did milano post it").terms)


def test_a_name_alone_asks_who_that_is(parser: QueryParser) -> None:
    for question in ("and milano?", "what about burke", "tarana burke"):
        roles = [t for t in parser.parse(question).terms if t.expansion]
        assert roles and _means(parser, roles[0], "actress"), question
    assert not [t for t in parser.parse("what did alyssa tell elizabella").terms if t.expansion]


def test_the_readers_own_words_are_told_apart_from_paraphrases(parser: QueryParser) -> None:
    twitter, start = _words(parser, "when did twitter start")
    assert _means(parser, twitter, "tweet") and not twitter.literal
    assert start.literal == {parser.index.vocab["start"]}
    (burke,) = _words(parser, "burk")
    assert {parser.index.vocab["burk"], parser.index.vocab["tarana"]} <= burke.literal


def test_counting_people_counts_what_they_did_in_the_readers_own_words(parser: QueryParser) -> None:
    vocab = parser.index.vocab
    tweeted = parser.parse("how many people tweeted metoo")
    assert tweeted.counting and vocab["tweet"] in tweeted.counted
    twitter = parser.parse("how many people use twitter")
    assert twitter.counting and vocab["tweet"] not in twitter.counted and vocab["us"] not in twitter.counted


def test_a_count_of_something_the_articles_never_name_can_be_met_by_nothing(parser: QueryParser) -> None:
    query = parser.parse("how many followers does milano have")
    assert query.counting and not query.counted


def test_why_demands_a_reason(parser: QueryParser) -> None:
    (reason,) = [t for t in parser.parse("why did milano tweet").terms if t.expansion]
    assert reason.demanded and reason.optional


def test_what_is_asks_for_a_definition(parser: QueryParser) -> None:
    assert parser.parse("wat is metoo").wants_definition
    assert not parser.parse("when did metoo go viral").wants_definition
