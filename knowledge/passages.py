"""Cut documents into passages that each make sense alone, each keeping its document."""

from __future__ import annotations

from collections.abc import Iterable

from knowledge.cleaning import split_sentences
from knowledge.model import Document, Passage

__all__ = ["MAX_PASSAGE_CHARS", "MIN_PASSAGE_CHARS", "make_passages"]

# A paragraph shorter than this ("Five years later, she retweeted it.") leans on its neighbour,
# so it joins the paragraph before it.
MIN_PASSAGE_CHARS = 80
# Longer paragraphs are cut at sentence boundaries: a reply quotes one passage, and the bot
# trims quotes to about this length.
MAX_PASSAGE_CHARS = 700


def make_passages(documents: Iterable[Document]) -> tuple[Passage, ...]:
    """All passages of `documents`, numbered from 0 in reading order."""
    passages: list[Passage] = []
    for document in documents:
        for text in _chunks(_merge_short(document.paragraphs)):
            passages.append(Passage(len(passages), text, document))
    return tuple(passages)


def _merge_short(paragraphs: Iterable[str]) -> list[str]:
    merged: list[str] = []
    pending = ""
    for paragraph in paragraphs:
        if pending:
            paragraph, pending = f"{pending} {paragraph}", ""
        if len(paragraph) >= MIN_PASSAGE_CHARS:
            merged.append(paragraph)
        elif merged:
            merged[-1] = f"{merged[-1]} {paragraph}"
        else:
            # A short first paragraph has nothing before it, so it waits for the next one.
            pending = paragraph
    if pending:
        merged.append(pending)
    return merged


def _chunks(paragraphs: Iterable[str]) -> list[str]:
    out: list[str] = []
    for paragraph in paragraphs:
        if len(paragraph) <= MAX_PASSAGE_CHARS:
            out.append(paragraph)
            continue
        current = ""
        for sentence in split_sentences(paragraph):
            if current and len(current) + 1 + len(sentence) > MAX_PASSAGE_CHARS:
                out.append(current)
                current = sentence
            else:
                current = f"{current} {sentence}".strip()
        if current:
            out.append(current)
    return out
