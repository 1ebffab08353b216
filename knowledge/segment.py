"""Words run together: "whofoundedmetoo" read as "who founded metoo", before anything parses it.

A phone's search box, a hashtag or a hurried thumb drops the spaces ("milanodaughtername",
"whatdidmilanotweet2017"). Such a token is no word of English or of the articles, so the matcher weighs it
as the heaviest unknown term and declines. `split_run_together` splits each long token that is no known word
into the likeliest run of known words (the most frequent, by a unigram cost, as word-segmentation tools do),
and returns everything else as it came. The words and their counts are pyspellchecker's English frequency
list, which the bot already ships, plus the articles' own words (names, "metoo"), read only when a message
has such a token: most never do, so most processes never hold them (0.7 MB, no object per word).
"""

from __future__ import annotations

import gzip
import hashlib
import math
import re
from array import array
from bisect import bisect_left
from collections.abc import Collection, Iterable
from functools import cache, lru_cache
from importlib.resources import files
from typing import NamedTuple

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from knowledge.model import Document
from knowledge.soundalike import is_english

__all__ = ["article_words", "split_run_together"]

# Shorter tokens are mostly words, slips or names ("metooo", "tarana"); the spelling reader handles those.
_MIN_TOKEN = 8
# A piece of a split is a word English uses this often in the list (pyspellchecker counts every word 50
# times or more): a split into rare words ("solid arty", "spec tater") reads a slip, not words run together.
_MIN_PIECE_COUNT = 1_000
# Pieces of three letters or fewer are common words ("who", "did", "be") or fragments ("mo", "ted", "ti").
_SHORT_PIECE = 3
_MIN_SHORT_COUNT = 100_000
# Letters changed in a slip of an article word, not words run together.
_SLIP = 2
# The longest word tried at each position; longer words than this are not run together in questions.
_MAX_WORD = 20
# The articles' own words are asked about as often as common English words ("milano", "metoo").
_ARTICLE_COUNT = 100_000
# One-letter pieces are words only as these ("t", "s" and "n" in the list are fragments: "don t"), and
# never at a run's end ("monster a").
_ONE_LETTER = frozenset("ai")
# A run split into pieces averaging fewer letters than this is a guess, not words ("ann i vers ery");
# run-together questions are made of ordinary words.
_MIN_MEAN_PIECE = 3.0
# British spellings the American list lacks ("realising", "criticise") are words, not "real i sing".
_BRITISH = re.compile(r"is(?=(?:e|ed|es|ing|ation)$)")
# Letters then digits, or digits then letters, inside one token ("tweet2017").
_DIGIT_EDGE = re.compile(r"(?<=[a-z])(?=\d)|(?<=\d)(?=[a-z])")
_TOKEN = re.compile(rf"\b[a-z0-9]{{{_MIN_TOKEN},}}\b", re.IGNORECASE)
_LETTERS = re.compile(r"[a-z]+")
_ENTRY = re.compile(rb'"([a-z]+)": (\d+)')


def split_run_together(text: str, known: Collection[str] = ()) -> str:
    """`text` with each long token that is no word split into the words run together in it.

    Args:
        text: a message as typed.
        known: words to count as words besides English (the articles' words); by default, those of the
            articles the package ships.

    Returns:
        The text, with such tokens split ("whofoundedmetoo" -> "who founded metoo", "Tweet2017" -> "tweet
        2017") and everything else, case and punctuation included, as it was.
    """
    if not _TOKEN.search(text):
        return text  # the common case, decided without reading any list
    vocabulary = frozenset(known) if known else _shipped_words()
    return _TOKEN.sub(lambda m: _split_token(m.group(), vocabulary), text)


def _split_token(token: str, vocabulary: frozenset[str]) -> str:
    """The token's words joined by spaces, or the token as typed when it is a word or splits into none."""
    low = token.lower()
    if _known(low, vocabulary) or _slip_of(low, vocabulary):
        return token
    parts = [p for p in _DIGIT_EDGE.split(low) if p]
    split = [_segment(p, vocabulary) if len(p) >= _MIN_TOKEN and not _known(p, vocabulary) else p
             for p in parts]
    if len(parts) == 1 and split[0] is None:
        return token
    return " ".join(s if s is not None else p for s, p in zip(split, parts, strict=True))


def _slip_of(word: str, vocabulary: frozenset[str]) -> bool:
    """Whether `word` is an article word with a letter or two wrong ("movemint", "becklash"): the spelling
    reader's to correct, where a split would make two wrong words of it ("move mint"). Slips keep their
    first letter, as the spelling reader assumes too, so only words sharing it are compared."""
    near = _by_initial(vocabulary).get(word[0], ())
    return process.extractOne(word, near, scorer=Levenshtein.distance, score_cutoff=_SLIP) is not None


@lru_cache(maxsize=4)
def _by_initial(vocabulary: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """The vocabulary's words of four letters or more by first letter (a frozenset's hash is kept, so
    finding the knowledge base's own vocabulary here costs one lookup)."""
    out: dict[str, list[str]] = {}
    for w in vocabulary:
        if len(w) >= _MIN_TOKEN - _SLIP:
            out.setdefault(w[0], []).append(w)
    return {k: tuple(v) for k, v in out.items()}


def _known(word: str, vocabulary: frozenset[str]) -> bool:
    """A word as it is, with a plural or possessive "s" ("hashtags", "elizabellas") or spelled British."""
    if word.isdigit() or word in vocabulary or is_english(word):
        return True  # decided without reading the list: most long tokens are words the bot already knows
    forms = (word, word[:-1] if word.endswith("s") else word, _BRITISH.sub("iz", word))
    return any(f in vocabulary or _listed(f) for f in forms)


def _segment(run: str, vocabulary: frozenset[str]) -> str | None:
    """The cheapest split of `run` into known words (sum of each word's cost), or None when there is none,
    or only a split into one word or into pieces too short to be meant."""
    if not run.isalpha():
        return None
    best: list[tuple[float, int]] = [(0.0, 0)] + [(math.inf, 0)] * len(run)
    for end in range(1, len(run) + 1):
        for start in range(max(0, end - _MAX_WORD), end):
            if best[start][0] == math.inf:
                continue
            cost = _word_cost(run[start:end], vocabulary)
            if cost is not None and best[start][0] + cost < best[end][0]:
                best[end] = (best[start][0] + cost, start)
    if best[-1][0] == math.inf:
        return None
    pieces, end = [], len(run)
    while end:
        start = best[end][1]
        pieces.append(run[start:end])
        end = start
    if len(pieces) < 2 or len(run) / len(pieces) < _MIN_MEAN_PIECE or len(pieces[0]) == 1:
        return None
    return " ".join(reversed(pieces))


def _word_cost(word: str, vocabulary: frozenset[str]) -> float | None:
    """A known word's cost (its negative log frequency), None for no word."""
    if word in vocabulary:
        return min(_english().article_cost, _cost(word) or math.inf)
    if len(word) == 1 and word not in _ONE_LETTER:
        return None
    cost = _cost(word)
    floor = _english().short_cost if len(word) <= _SHORT_PIECE else _english().piece_cost
    return cost if cost is not None and cost <= floor else None


def _cost(word: str) -> float | None:
    """The English word's cost (its negative log frequency), or None when the list does not count it
    `_MIN_PIECE_COUNT` times (rarer words are known by `is_english` or not at all)."""
    english = _english()
    key = _hash(word) & _HASH_BITS
    at = bisect_left(english.keys, key)
    if at < len(english.keys) and english.keys[at] & _HASH_BITS == key:
        return (english.keys[at] & _COST_BITS) / _COST_SCALE
    return None


class _English(NamedTuple):
    """The English words, each one sorted key: its hash's high bits, then its cost in the low ones."""

    keys: array[int]
    words: bytes  # a filter of every word of the list: two bits a word
    article_cost: float
    piece_cost: float  # the most a word of a split may cost: that of one counted `_MIN_PIECE_COUNT` times
    short_cost: float  # the same for a short word


# A key holds a word's cost in hundredths in its low 12 bits (costs run 2.7-21.8) and its hash above
# them: one array of 64-bit keys, with no Python object per word.
_COST_SCALE = 100
_COST_BITS = (1 << 12) - 1
_HASH_BITS = ~_COST_BITS
# The filter's size in bits: 4 Mbit (0.5 MB) for 128,000 words, two bits each.
_FILTER_BITS = 1 << 22


@cache
def _english() -> _English:
    """Read once a process, the first time a long token is neither an article word nor a common English
    word (0.3 s), streamed so that no Python object per word stays: the 19,000 words common enough to be
    a piece as sorted keys, and every word of the list (128,000) as bits of a filter. The list held as
    Python objects would leave 20 MB; this leaves under 1 MB."""
    raw = gzip.decompress((files("spellchecker") / "resources" / "en.json.gz").read_bytes())
    total = sum(int(m.group(2)) for m in _ENTRY.finditer(raw))
    keys = array("q", sorted(
        (_hash(m.group(1).decode()) & _HASH_BITS) | round(_COST_SCALE * math.log(total / int(m.group(2))))
        for m in _ENTRY.finditer(raw) if int(m.group(2)) >= _MIN_PIECE_COUNT
    ))
    words = bytearray(_FILTER_BITS // 8)
    for m in _ENTRY.finditer(raw):
        for bit in _filter_bits(m.group(1).decode()):
            words[bit >> 3] |= 1 << (bit & 7)
    cost = lambda count: math.log(total / count)  # noqa: E731
    return _English(keys, bytes(words), cost(_ARTICLE_COUNT), cost(_MIN_PIECE_COUNT), cost(_MIN_SHORT_COUNT))


def _filter_bits(word: str) -> tuple[int, int]:
    key = _hash(word)
    return key & (_FILTER_BITS - 1), (key >> 32) & (_FILTER_BITS - 1)


def _hash(word: str) -> int:
    """A word's 64-bit hash, the same in every process. Python's own string hash is seeded per process, and
    the filter answers wrongly for a different one word in 300 under each seed: a run of words would be split
    in one process and not in the next ("iamgoingtotakeallmypillstonight" under 3 seeds of 400)."""
    return int.from_bytes(hashlib.blake2b(word.encode(), digest_size=8).digest(), "little", signed=True)


def _listed(word: str) -> bool:
    """Whether the English list has `word` at all, however rare ("afternoon" is counted 50 times); a
    filter of two bits a word answers wrongly for about one word in 300."""
    words = _english().words
    return all(words[bit >> 3] & (1 << (bit & 7)) for bit in _filter_bits(word))


def article_words(documents: Iterable[Document]) -> frozenset[str]:
    """Every word the articles print: body, headers, photo captions and credits ("filmmagic"), notes."""
    texts = (
        text
        for doc in documents
        for text in (doc.title, doc.byline or "", doc.publisher or "", *doc.paragraphs, *doc.notes,
                     *doc.links, *(part for photo in doc.photos for part in photo))
    )
    return frozenset(w for text in texts for w in _LETTERS.findall(text.lower()))


@cache
def _shipped_words() -> frozenset[str]:
    """The words of the articles the package ships, for callers with no knowledge base at hand."""
    from knowledge.loader import read_documents  # the articles are read only when this is needed

    return article_words(read_documents(files("knowledge") / "seeds"))  # type: ignore[arg-type]
