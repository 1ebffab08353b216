"""Read a word written as it sounds ("melano", "foto", "burkis") as the article word it sounds like.

People who dictate, type on a phone or write English as a second language spell by ear: the word is often
more than one keyboard slip from the right one ("foto" for photo), so the speller (knowledge/spelling.py)
leaves it, and an unknown word weighs the most. A Metaphone key (jellyfish) groups words that sound alike;
a word the articles' vocabulary does not hold is read as the one word with its key, or, when several share
it, the one nearest in letters. It runs only for such words, after the speller, so known words cost nothing,
and never for an English word ("cooler" is meant as written, though "color" sounds alike).
"""

from __future__ import annotations

import gzip
import re
from array import array
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from importlib.resources import files

from jellyfish import metaphone
from rapidfuzz.distance import Levenshtein

__all__ = ["SoundAlike", "english_words", "is_english"]

# Short words have short keys that many words share ("mars" and "mrs"); four letters and a key of three
# sounds keep the guesses to words long enough to be told apart.
_MIN_LENGTH = 4
_MIN_KEY = 3
# A sound-alike is still spelled mostly alike: at most this share of its letters changed ("milenos" for
# Milano's: 2 of 6 once the "s" is set aside), so a long word is not read as any word sharing its key.
_MAX_EDIT_SHARE = 0.4
# At most this many words' matches are kept, the least recent dropped.
_WORDS_KEPT = 4096
# A word English uses 100 times or more in the list is meant as written: "prison" is not "person", nor
# "police" "policy". Rarer entries are mostly slips and spellings by ear, which are what this reads.
# An entry of the list (a JSON object of word -> count: "prison": 88701) of four letters or more, counted
# 100 times or more (three digits).
_ENTRY = re.compile(rb'"([a-z]{4,})": \d{3,}')


def english_words() -> Iterator[str]:
    """English words of four letters or more (pyspellchecker's English frequency list), read from its file.

    The list is read as the packaged file it is: pyspellchecker's own object holds all 160,000 entries, 17 MB
    that would stay with the bot."""
    raw = gzip.decompress((files("spellchecker") / "resources" / "en.json.gz").read_bytes())
    return (m.decode() for m in _ENTRY.findall(raw))


@cache
def _english_hashes() -> array[int]:
    """The English words' hashes, sorted, read once a process (0.05 s): 0.35 MB where a set of the 44,000
    words would hold 6 MB. Python's string hash is fixed within a process, which is all this needs."""
    return array("q", sorted(hash(w) for w in english_words()))


def is_english(word: str) -> bool:
    """Whether `word` is an English word of four letters or more (a 64-bit hash collision aside)."""
    hashes, key = _english_hashes(), hash(word)
    at = bisect_left(hashes, key)
    return at < len(hashes) and hashes[at] == key


class SoundAlike:
    """Maps a word to the dictionary word that sounds like it, if one stands out."""

    def __init__(self, dictionary: Iterable[str], *, min_key: int = _MIN_KEY) -> None:
        """`min_key`: the fewest sounds a key may have; two do for a small dictionary ("foto" for photo)."""
        self._min_key = min_key
        # each word matched once: the header reader and the parser match the same words of a message
        self._matched = lru_cache(maxsize=_WORDS_KEPT)(self._nearest)
        self._by_key: dict[str, set[str]] = {}
        for word in dictionary:
            if len(word) >= _MIN_LENGTH and word.isalpha():
                self._by_key.setdefault(metaphone(word), set()).add(word)
        _english_hashes()  # read now, at start-up, so no question waits for it

    def match(self, word: str, *, edit_share: float = _MAX_EDIT_SHARE) -> str | None:
        """The dictionary word `word` sounds like, or None (none, or two equally near in letters); at most
        `edit_share` of its letters changed."""
        if len(word) < _MIN_LENGTH or not word.isalpha() or is_english(word):
            return None
        return self._matched(word, edit_share)

    def _nearest(self, word: str, edit_share: float) -> str | None:
        nearest: dict[str, int] = {}
        for form in _forms(word):
            for w in self._by_key.get(metaphone(form), ()):
                if self._close(form, w, edit_share):
                    nearest[w] = min(nearest.get(w, 99), Levenshtein.distance(form, w))
        ranked = sorted((d, w) for w, d in nearest.items())
        if not ranked or ranked[0][1] == word or (len(ranked) > 1 and ranked[1][0] == ranked[0][0]):
            return None
        return ranked[0][1]

    def _close(self, typed: str, word: str, edit_share: float) -> bool:
        """Spelled mostly alike; a short key ("yiar": YR) fits many words, so it needs all but one letter."""
        distance = Levenshtein.distance(typed, word)
        if len(metaphone(word)) < self._min_key:
            return distance <= 1
        return distance <= edit_share * max(len(typed), len(word))


def _forms(word: str) -> list[str]:
    """`word`, and without the "s" a plural or possessive adds ("burkis", "milenos": Burke's, Milano's)."""
    forms = [word]
    if word.endswith("s") and len(word) > _MIN_LENGTH:
        forms.append(word[:-1])
        if word[-2] in "aeiou" and len(word) > _MIN_LENGTH + 1:
            forms.append(word[:-2])
    return forms
