"""The inverted index: vocabulary, weights, names, typo lookup and bounded postings."""

from __future__ import annotations

import pytest

from knowledge import DEFAULT_SEEDS_DIR
from knowledge.index import (
    COPULA,
    HAS_CITY,
    HAS_DATE,
    HAS_DAY,
    HAS_LENGTH,
    HAS_NUMBER,
    HAS_ORGANISATION,
    HAS_PLATFORM,
    HAS_REASON,
    HAS_YEAR,
    POSTINGS_PER_TERM,
    Index,
)
from knowledge.loader import read_documents
from knowledge.passages import make_passages


@pytest.fixture(scope="module")
def index() -> Index:
    return Index([p.text for p in make_passages(read_documents(DEFAULT_SEEDS_DIR))])


def test_a_rare_term_weighs_more_than_a_common_one(index: Index) -> None:
    assert (
        index.idf[index.vocab["elizabella"]]
        > index.idf[index.vocab["burk"]]
        > index.idf[index.vocab["metoo"]]
    )
    assert index.unknown_idf > max(index.idf)


def test_names_are_the_words_written_capitalised_mid_sentence(index: Index) -> None:
    names = {index.terms[tid] for tid in index.names}
    assert {"milano", "alyssa", "burk", "tarana", "weinstein", "elizabella", "luvvi"} <= names
    assert not {"tweet", "movement", "daughter", "anniversary"} & names


def test_first_and_last_names_seen_together_are_aliases(index: Index) -> None:
    tarana, burke = index.vocab["tarana"], index.vocab["burk"]
    assert burke in index.aliases[tarana] and tarana in index.aliases[burke]


def test_a_misspelt_name_finds_the_name(index: Index) -> None:
    assert index.vocab["weinstein"] in index.similar_terms("weinstien", allow_common=False)
    assert index.vocab["alyssa"] in index.similar_terms("alysa", allow_common=False)


def test_a_short_word_is_not_taken_for_a_different_common_word(index: Index) -> None:
    assert "past" in index.vocab
    assert index.similar_terms("pasta", allow_common=False) == {}
    assert index.similar_terms("bob", allow_common=True) == {}


def test_passages_with_dates_and_numbers_are_flagged(index: Index) -> None:
    texts = {pid: text for pid, text in enumerate(_texts())}
    with_number = next(pid for pid, text in texts.items() if "55,000" in text)
    with_date = next(pid for pid, text in texts.items() if "in 2014" in text)
    assert index.flags[with_number] & HAS_NUMBER
    assert index.flags[with_date] & HAS_DATE


def test_a_date_alone_does_not_make_a_number() -> None:
    assert Index(["It happened on Oct. 15 in 2017."]).flags[0] == HAS_DATE | HAS_DAY | HAS_YEAR


def test_a_day_and_a_year_are_told_apart() -> None:
    day, year = (Index([text]).flags[0] for text in ("It went viral on Oct. 15.", "It began in 2006."))
    assert day & HAS_DAY and not day & HAS_YEAR
    assert year & HAS_YEAR and not year & HAS_DAY


def test_a_relative_time_is_a_date_and_still_a_number() -> None:
    flags = Index(["Burke started it more than 12 years ago."]).flags[0]
    assert flags & HAS_DATE and flags & HAS_NUMBER


def test_a_year_does_not_count_anything(index: Index) -> None:
    assert index.vocab["2017"] not in index.number_terms
    assert {index.vocab["19"], index.vocab["million"], index.vocab["55000"]} <= index.number_terms


def test_a_copula_is_marked_but_is_not_a_term() -> None:
    index = Index(["MeToo is a tiny part of a movement.", "MeToo went viral."])
    assert list(index.sequence(0)).count(COPULA) == 1
    assert COPULA not in index.sequence(1)
    assert "is" not in index.vocab and len(index.idf) == len(index.vocab)


def test_term_counts_and_reading_order_are_kept_per_passage(index: Index) -> None:
    pid = next(i for i, text in enumerate(_texts()) if text.startswith('"MeToo is a tiny part'))
    assert index.tf(pid, index.vocab["eras"]) == 2
    assert index.tf(pid, index.vocab["elizabella"]) == 0
    assert [index.terms[t] if t != COPULA else "=" for t in index.sequence(pid)[:5]] == [
        "metoo",
        "=",
        "tiny",
        "part",
        "larg",
    ]


def test_postings_per_term_are_bounded_and_best_first() -> None:
    texts = ["a tweet"] * (POSTINGS_PER_TERM + 50) + ["tweet tweet tweet"]
    index = Index(texts)
    postings = list(index.top_postings(index.vocab["tweet"]))
    assert len(postings) == POSTINGS_PER_TERM
    assert postings[0][0] == len(texts) - 1
    impacts = [impact for _, impact in postings]
    assert impacts == sorted(impacts, reverse=True)


def test_an_empty_index_answers_nothing() -> None:
    index = Index([])
    assert index.size == 0 and index.terms == []
    assert index.similar_terms("burke", allow_common=True) == {}


def _texts() -> list[str]:
    return [p.text for p in make_passages(read_documents(DEFAULT_SEEDS_DIR))]


def test_a_number_in_words_is_a_number_but_one_is_not() -> None:
    assert Index(["Five years later, she retweeted it."]).flags[0] & HAS_NUMBER
    assert not Index(["One night she looked at her."]).flags[0] & HAS_NUMBER


def test_a_person_named_once_is_known_by_the_role_set_before_their_name() -> None:
    index = Index(["Milano spoke to her daughter Elizabella that night.", "Her daughter was asleep."])
    assert index.roles[index.vocab["elizabella"]] == {index.vocab["daughter"]}


def test_the_sentences_that_give_a_date_keep_their_words() -> None:
    index = Index(["Ann wrote a book. She spoke in 2014 about it. And everyone listened.", "No date here."])
    dated = index.dated(0)
    assert len(dated) == 1 and index.vocab["speak"] in dated[0] and index.vocab["book"] not in dated[0]
    # A sentence opening with "And" goes on with the one before it.
    assert index.vocab["listen"] in dated[0]
    assert index.dated(1) == []


def test_named_bodies_platforms_cities_lengths_and_reasons_are_flagged() -> None:
    index = Index([
        "According to Pew Research Center, people tweeted on Twitter.",
        "She grew up in New York, and the video runs 4 minutes because it had to.",
        "The New York Times reported it in this country.",
    ])
    assert index.flags[0] & HAS_ORGANISATION and index.flags[0] & HAS_PLATFORM
    assert index.flags[1] & HAS_CITY and index.flags[1] & HAS_LENGTH and index.flags[1] & HAS_REASON
    assert not index.flags[2] & (HAS_CITY | HAS_ORGANISATION | HAS_LENGTH)
