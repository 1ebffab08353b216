"""Read a word written as it sounds ("melano", "foto", "speach", "cooler") as the article word it sounds like.

People who dictate, type on a phone or write English as a second language spell by ear: the word is often
more than one keyboard slip from the right one ("foto" for photo), so the speller (knowledge/spelling.py)
leaves it, and an unknown word weighs the most. A Metaphone key (jellyfish) groups words that sound alike;
a word the articles' vocabulary does not hold is read as the one word with its key, or, when several share
it, the one nearest in letters. It runs only for such words, after the speller, so known words cost nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from jellyfish import metaphone
from rapidfuzz.distance import Levenshtein
from spellchecker import SpellChecker

__all__ = ["SoundAlike"]

# Short words have short keys that many words share ("mars" and "mrs"); four letters and a key of three
# sounds keep the guesses to words long enough to be told apart.
_MIN_LENGTH = 4
_MIN_KEY = 3
# A sound-alike is still spelled mostly alike: at most this share of its letters changed ("cooler" for
# color: 2 of 6). Keeps "pressure" from reading as "president" when both would share a key.
_MAX_EDIT_SHARE = 0.4
# A word English uses this often is meant as written: "prison" is not "person", nor "police" "policy".
# Rarer entries of the frequency list are mostly slips and spellings by ear, which are what this reads.
_ENGLISH_COUNT = 100


@cache
def _english() -> frozenset[str]:
    """English words (pyspellchecker's frequency list), loaded once per process, when first needed."""
    counts = SpellChecker(language="en").word_frequency.dictionary
    return frozenset(w for w, n in counts.items() if n >= _ENGLISH_COUNT)


class SoundAlike:
    """Maps a word to the dictionary word that sounds like it, if one stands out."""

    def __init__(self, dictionary: Iterable[str], *, min_key: int = _MIN_KEY) -> None:
        """`min_key`: the fewest sounds a key may have; two do for a small dictionary ("foto" for photo)."""
        self._by_key: dict[str, set[str]] = {}
        for word in dictionary:
            if len(word) >= _MIN_LENGTH and word.isalpha():
                key = metaphone(word)
                if len(key) >= min_key:
                    self._by_key.setdefault(key, set()).add(word)

    def match(self, word: str) -> str | None:
        """The dictionary word `word` sounds like, or None (none, or two equally near in letters)."""
        if len(word) < _MIN_LENGTH or not word.isalpha() or word in _english():
            return None
        found = self._by_key.get(metaphone(word))
        if not found or word in found:
            return None
        ranked = sorted((Levenshtein.distance(word, w), w) for w in found)
        best, nearest = ranked[0]
        if best > _MAX_EDIT_SHARE * max(len(word), len(nearest)):
            return None
        if len(ranked) > 1 and ranked[1][0] == best:
            return None
        return nearest
