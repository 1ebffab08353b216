"""Correct one typo in a word: a letter missing, doubled or extra, two letters swapped, or a neighbouring key.

Short and common words are where a fuzzy score fails: "startd" is one letter from "started" but two from
the stem "start", and "realy" is a word the articles never use. So corrections are made against whole
words (the articles' own, the lexicon's and the frame words), and only for the edits people actually
make on a keyboard, which keeps "charged" from becoming "changed" (r and n are not neighbours).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from knowledge.text import stem

__all__ = ["Speller"]

_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_VOWELS = frozenset("aeiouy")
# Shorter words are corrected only when a letter is missing ("twet") or two neighbours swapped ("dya",
# "teh"); a changed letter in a four-letter word is as likely another word, and a three-letter word is
# corrected only by a swap, whose result is a word ("day"), never by a missing letter.
_MIN_LENGTH = 4
_MIN_LENGTH_SWAPPED = 3
_MIN_LENGTH_CHANGED = 5
# At most this many words' corrections are kept, the least recent dropped.
_WORDS_KEPT = 4096


def _neighbours() -> dict[str, frozenset[str]]:
    """Keys next to each other on a QWERTY keyboard, in the same row or the rows above and below."""
    near: dict[str, set[str]] = {}
    for r, row in enumerate(_ROWS):
        for c, key in enumerate(row):
            keys = near.setdefault(key, set())
            for other_row in _ROWS[max(r - 1, 0) : r + 2]:
                keys.update(other_row[max(c - 1, 0) : c + 2])
            keys.discard(key)
    return {key: frozenset(keys) for key, keys in near.items()}


_NEAR = _neighbours()


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


class Speller:
    """Corrects a word to the one dictionary word it is a single typo away from, if there is one."""

    def __init__(self, dictionary: Iterable[str]) -> None:
        self.words = frozenset(w for w in dictionary if len(w) >= _MIN_LENGTH_SWAPPED and w.isalpha())
        # each word looked up once: the header reader and the parser spell the same words of a message
        self._corrected = lru_cache(maxsize=_WORDS_KEPT)(self._corrected_now)
        # A deletion index: every word under each of its one-letter deletions, so a lookup is a few
        # dictionary probes however large the vocabulary is.
        self._by_deletion: dict[str, set[str]] = {}
        for word in self.words:
            for variant in _deletions(word):
                self._by_deletion.setdefault(variant, set()).add(word)

        # Words typed without their vowels ("twts", "fndr", "hshtg"): every word under its consonants.
        self._by_consonants: dict[str, set[str]] = {}
        for word in self.words:
            if len(word) >= _MIN_LENGTH:
                self._by_consonants.setdefault(_consonants(word), set()).add(word)

    def correct(self, word: str) -> str | None:
        """The dictionary word `word` is one keyboard typo away from, or None (none, or several equally)."""
        if len(word) < _MIN_LENGTH_SWAPPED or word in self.words or not word.isalpha():
            return None
        return self._corrected(word)

    def _corrected_now(self, word: str) -> str | None:
        return self._one_typo(word) or self._unvowelled(word)

    def _unvowelled(self, word: str) -> str | None:
        """The one word (by stem) with `word` as its consonants, when `word` has no vowel after its first."""
        # Three consonants fit too many words the articles never use ("ttl": title or total, "stt": state or
        # stat); with them, declined questions were answered (benchmarks/wording.py, "vowels").
        if len(word) < _MIN_LENGTH or _consonants(word) != word:
            return None
        found = self._by_consonants.get(word, set())
        return min(found, key=len) if len({stem(w) for w in found}) == 1 else None

    def _one_typo(self, word: str) -> str | None:
        if len(word) < _MIN_LENGTH_CHANGED:
            swapped = {w for w in _swaps(word) if w in self.words and _plausible(word, w)}
            if len(swapped) == 1:
                return swapped.pop()
            if len(word) < _MIN_LENGTH:
                return None
        found = set(self._by_deletion.get(word, ()))  # a letter missing: "startd" -> "started"
        if len(word) == _MIN_LENGTH:
            # A four-letter word with an inner key pressed beside the right one ("yewr"): the first and
            # last letters stand, so few words fit.
            found.update(w for w in _inner_neighbours(word) if w in self.words)
        if len(word) >= _MIN_LENGTH_CHANGED:
            for variant in _deletions(word):
                if variant in self.words:  # a letter extra or doubled: "createdd" -> "created"
                    found.add(variant)
                found.update(w for w in self._by_deletion.get(variant, ()) if _swapped_or_near(word, w))
        found = {w for w in found if w != word and _plausible(word, w)}
        if len({stem(w) for w in found}) == 1:
            return min(found, key=len)
        # Several words fit: a missing or extra letter is likelier than a changed one, and so are two
        # letters swapped ("bruke" is Burke, not "broke"); beyond that, guess no.
        added = [w for w in found if len(w) != len(word)]
        if len(added) == 1:
            return added[0]
        swapped = [w for w in found if not added and sorted(w) == sorted(word)]
        return swapped[0] if len(swapped) == 1 else None


def _consonants(word: str) -> str:
    """`word`'s first letter and its consonants after it: "tweets" -> "twts" ("y" counts as a consonant)."""
    return word[0] + "".join(c for c in word[1:] if c not in "aeiou")


def _inner_neighbours(word: str) -> set[str]:
    """`word` with one inner letter replaced by a key next to it."""
    return {word[:i] + key + word[i + 1 :] for i in range(1, len(word) - 1) for key in _NEAR.get(word[i], ())}


def _swaps(word: str) -> set[str]:
    """`word` with two neighbouring letters swapped, each way it can be."""
    return {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)}


def _swapped_or_near(typed: str, word: str) -> bool:
    """Same length, differing by two swapped neighbours or by one key pressed next to the right one."""
    if len(typed) != len(word):
        return False
    diffs = [i for i, (a, b) in enumerate(zip(typed, word, strict=True)) if a != b]
    if len(diffs) == 2:
        i, j = diffs
        return j == i + 1 and typed[i] == word[j] and typed[j] == word[i]
    if len(diffs) == 1:
        a, b = typed[diffs[0]], word[diffs[0]]
        # A neighbouring key, or one vowel for another ("apologise", "tweat").
        return b in _NEAR.get(a, ()) or (a in _VOWELS and b in _VOWELS)
    return False


def _plausible(typed: str, word: str) -> bool:
    """People rarely get a word's first letter wrong, nor its last unless they dropped or added it."""
    if typed[0] != word[0] and typed[:2] != word[1::-1]:
        return False
    # A dropped last letter is a typo ("hotlin"); an added one makes another word ("pasta" is not "past").
    # The last two letters swapped are a typo too ("virla", "vidoe").
    swapped_end = len(typed) == len(word) and typed[-2:] == word[-1:-3:-1] and typed[:-2] == word[:-2]
    # A last key pressed beside the right one is a typo too, in a word long enough to be read ("startf").
    near_end = (
        len(typed) == len(word) >= _MIN_LENGTH_CHANGED
        and typed[:-1] == word[:-1]
        and word[-1] in _NEAR.get(typed[-1], ())
    )
    return typed[-1] == word[-1] or len(typed) < len(word) or swapped_end or near_end
