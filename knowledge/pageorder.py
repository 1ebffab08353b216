"""Where things stand on an article's page: its first or last photo, the photo after another, how it ends.

"which photo comes first in the five year article", "what's the last photo", "which photo comes right after
the protest picture", "what does the five-year article end with": the page holds the answer in its order,
which no passage's words carry. The photos are kept in the order the page prints them, and the link lines
after the last paragraph, so the first, the last and the neighbour of a named photo, and the page's last
line, can be read off the page as it is. What stands between two passages is not kept: not answered.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from knowledge.model import Document
from knowledge.text import STOPWORDS, stem, words

__all__ = ["ORDER_WORDS", "PLACE_WORDS", "asks_ending", "caption_overlaps", "photo_in_order"]

_FIRST = frozenset({"first", "1st", "opening", "top"})
_LAST = frozenset({"last", "final", "bottom"})
_AFTER = frozenset({"after", "next", "following"})
_BEFORE = frozenset({"before", "preceding", "previous"})
_SEVERAL = frozenset({"two", "three", "both", "2", "3"})
# Words that ask for a place on the page; the header reader does not read them as picking an article.
ORDER_WORDS = _FIRST | _LAST | _AFTER | _BEFORE | {"comes", "come", "end", "ends", "ending", "right", "just"}
# "what does the article end with", "the last sentence of the 2018 article": the page's last line.
_ENDING_NOUNS = frozenset({"sentence", "line", "lines", "paragraph", "words", "thing"})
# Every word that says where on the page, none of which picks an article.
PLACE_WORDS = ORDER_WORDS | _ENDING_NOUNS


def photo_in_order(typed: Sequence[str], document: Document) -> tuple[str, str] | None:
    """The photo of `document` the question places ("the first", "the last", "right after the protest
    picture"); None when it asks for no place, or names no photo next to which to look."""
    asked = set(typed)
    photos = document.photos
    if not photos or asked & _SEVERAL:
        return None  # "the last two photos" asks for more than one place
    if asked & _AFTER or asked & _BEFORE:
        step = 1 if asked & _AFTER else -1
        named = _named_photo(typed, photos)
        if named is None or not 0 <= named + step < len(photos):
            return None
        return photos[named + step]
    if asked & _FIRST:
        return photos[0]
    if asked & _LAST:
        return photos[-1]
    return None


def asks_ending(typed: Sequence[str]) -> bool:
    """Whether the question asks how an article ends: "what does it end with", "its last sentence"."""
    asked = list(typed)
    if {"end", "ends", "ending"} & set(asked):
        return True
    return any(a in _LAST and b in _ENDING_NOUNS for a, b in itertools.pairwise(asked))


def caption_overlaps(typed: Sequence[str], photos: Sequence[tuple[str, str]]) -> list[int]:
    """For each of `photos`, how many of the question's words (stemmed, stopwords aside) its caption holds."""
    asked = {stem(w) for w in typed if w not in STOPWORDS}
    return [len(asked & {stem(w) for w in words(caption)}) for caption, _ in photos]


def _named_photo(typed: Sequence[str], photos: Sequence[tuple[str, str]]) -> int | None:
    """The one photo whose caption shares the most of the question's words; None on a tie or none."""
    shared = caption_overlaps(typed, photos)
    best = max(shared)
    return shared.index(best) if best and shared.count(best) == 1 else None
