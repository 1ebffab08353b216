"""The hotline details are quoted from the second article, so they cannot drift from it."""

from __future__ import annotations

import re

from knowledge import DEFAULT_SEEDS_DIR, load_knowledge
from knowledge.hotline import HOTLINE_LINE, HOTLINE_NAME, HOTLINE_NUMBER, HOTLINE_PURPOSE, HOTLINE_TEL


def _second_article() -> str:
    seeds = sorted(p for p in DEFAULT_SEEDS_DIR.iterdir() if p.suffix in (".txt", ".md"))
    return seeds[1].read_text(encoding="utf-8")


def test_every_hotline_string_appears_verbatim_in_the_second_article() -> None:
    article = _second_article()
    for quoted in (HOTLINE_NAME, HOTLINE_NUMBER, HOTLINE_PURPOSE):
        assert quoted in article, quoted
    assert f"{HOTLINE_NAME} at {HOTLINE_NUMBER}, which {HOTLINE_PURPOSE}" in article


def test_the_hotline_line_is_made_only_of_the_quoted_parts() -> None:
    name, number = HOTLINE_LINE.split(": ")
    assert (name, number) == (HOTLINE_NAME, HOTLINE_NUMBER)


def test_the_dialled_number_is_the_printed_number() -> None:
    letters = {"H": "4", "O": "6", "P": "7", "E": "3"}
    printed = "".join(letters.get(ch, ch) for ch in HOTLINE_NUMBER.split(" (")[0])
    assert "+" + re.sub(r"\D", "", printed) == HOTLINE_TEL
    assert HOTLINE_NUMBER.endswith("(4673)")


def test_the_hotline_sentence_survives_cleaning_as_a_passage() -> None:
    kb = load_knowledge(DEFAULT_SEEDS_DIR)
    assert any(HOTLINE_NAME in p.text and HOTLINE_NUMBER in p.text for p in kb.passages)
