"""Who a passage goes on quoting when it names the speaker only as "she"."""

from __future__ import annotations

from knowledge.model import Document, Passage
from knowledge.speakers import speaker_notes

DOC = Document("T", "2024", None, None, "t.txt", ())
OTHER = Document("U", "2024", None, None, "u.txt", ())


def _passages(*texts: str, document: Document = DOC) -> list[Passage]:
    return [Passage(n, text, document) for n, text in enumerate(texts)]


def test_a_passage_going_on_with_she_continued_has_the_speaker_named_before() -> None:
    passages = _passages(
        'Jane Doe founded the group. In an essay, Jane wrote, "It began at home."',
        '"Then it grew," she continued.',
        '"And it goes on," she wrote.',
    )
    assert speaker_notes(passages) == ("", "Jane Doe", "Jane Doe")


def test_a_paragraph_that_only_opens_a_quote_goes_on_with_the_speaker_too() -> None:
    passages = _passages('Jane Doe says, "We start here."', '"We will not stop."')
    assert speaker_notes(passages) == ("", "Jane Doe")


def test_a_passage_naming_its_own_speaker_keeps_it_and_plain_text_has_none() -> None:
    passages = _passages('Jane Doe says, "We start here."', '"Yes," says Ann Lee.', "The group met in May.")
    assert speaker_notes(passages) == ("", "", "")


def test_a_speaker_does_not_carry_into_the_next_article() -> None:
    passages = [*_passages('Jane Doe says, "We start here."'), Passage(1, '"On," she said.', OTHER)]
    assert speaker_notes(passages) == ("", "")
