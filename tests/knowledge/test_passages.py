"""Passages make sense alone and carry their article."""

from __future__ import annotations

from knowledge import DEFAULT_SEEDS_DIR, Document
from knowledge.loader import read_documents
from knowledge.passages import MAX_PASSAGE_CHARS, MIN_PASSAGE_CHARS, make_passages

LONG = "This paragraph is long enough to stand on its own as a passage of the article, clearly."


def _doc(*paragraphs: str, title: str = "T") -> Document:
    return Document(title, "2020", "A Writer", None, "t.txt", paragraphs)


def test_every_seed_passage_carries_its_articles_title_byline_and_date() -> None:
    documents = read_documents(DEFAULT_SEEDS_DIR)
    passages = make_passages(documents)
    assert {p.document for p in passages} == set(documents)
    for passage in passages:
        assert passage.title == passage.document.title
        assert passage.date == passage.document.date
        assert passage.byline == passage.document.byline
        assert passage.text in " ".join(passage.document.paragraphs)


def test_passages_are_numbered_in_reading_order_across_documents() -> None:
    passages = make_passages([_doc(LONG, LONG + " Two."), _doc(LONG + " Three.", title="U")])
    assert [p.id for p in passages] == [0, 1, 2]
    assert [p.title for p in passages] == ["T", "T", "U"]


def test_a_short_paragraph_joins_the_one_before_it() -> None:
    short = "Five years later, she retweeted it."
    assert len(short) < MIN_PASSAGE_CHARS
    (passage,) = make_passages([_doc(LONG, short)])
    assert passage.text == f"{LONG} {short}"


def test_a_short_first_paragraph_joins_the_one_after_it() -> None:
    (passage,) = make_passages([_doc("A dek line.", LONG)])
    assert passage.text == f"A dek line. {LONG}"


def test_a_long_paragraph_is_cut_at_sentence_boundaries() -> None:
    sentences = [f"Sentence number {i} says something about the movement and its history." for i in range(30)]
    passages = make_passages([_doc(" ".join(sentences))])
    assert len(passages) > 1
    assert all(len(p.text) <= MAX_PASSAGE_CHARS for p in passages)
    assert all(p.text.endswith(".") for p in passages)
    assert " ".join(p.text for p in passages) == " ".join(sentences)


def test_the_seeds_make_passages_of_reasonable_length() -> None:
    passages = make_passages(read_documents(DEFAULT_SEEDS_DIR))
    assert len(passages) >= 15
    assert all(MIN_PASSAGE_CHARS <= len(p.text) <= MAX_PASSAGE_CHARS for p in passages)
