"""A memory of the questions people wrote about the articles, each with the passage that answers it.

Nineteen writers wrote the project's evaluation sets (`benchmarks/eval/`): every answerable question names
the passage that answers it, every off-topic or hard one says the articles do not. The memory holds those
questions only (their folded words) with that label, in `memory.tsv` beside this module, made by
`python benchmarks/memory_build.py`. A new question's nearest remembered questions vote: the questions
sharing the most words with it (Dice over folded words) are shortlisted, and rapidfuzz's token_sort_ratio
orders the shortlist. `benchmarks/memory_oof.py` measures the vote leave-one-writer-out and fits the
thresholds of `MemoryRule` below.
"""

from __future__ import annotations

import hashlib
import io
from array import array
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz

from knowledge.homophones import respell
from knowledge.text import words

__all__ = [
    "DECLINE",
    "DECLINED",
    "FILL",
    "MEMORY_FILE",
    "MEMORY_RULES",
    "NOTHING",
    "OVERRIDE",
    "PART_RULE",
    "Entry",
    "Memory",
    "MemoryRule",
    "Vote",
    "fingerprint",
    "memory_text",
    "read_entries",
]

MEMORY_FILE = Path(__file__).resolve().parent / "memory.tsv"
DECLINED = -1  # a vote for "the articles do not answer it"
NOTHING = -2  # a vote for no passage: the question was answered from the articles' headers
SHORTLIST = 30  # remembered questions re-scored by token_sort_ratio
# A message of more words is not looked up: leave one round out, the vote never acted on one (of 51 in
# the tuned sets), and the long messages are the slowest to answer already.
MAX_WORDS = 20


def fingerprint(texts: Sequence[str]) -> str:
    """A short digest of the passages' texts: a memory's labels hold only for the passages it was made for."""
    return hashlib.sha256("\n".join(texts).encode("utf-8")).hexdigest()[:16]


def memory_text(question: str) -> str:
    """What the memory compares: the question's folded words, sound-alikes read as the rules read them
    ("two the tweet"), sorted (so plain `fuzz.ratio` between two of them is token_sort_ratio)."""
    return " ".join(sorted(" ".join(respell(words(question))).split()))


@dataclass(frozen=True, slots=True)
class Entry:
    """One remembered question: its folded words, the passages holding its answer (or DECLINED or
    NOTHING), and for a question joining two facts the passages holding the second."""

    text: str
    first: tuple[int, ...]
    second: tuple[int, ...] = ()

    def line(self) -> str:
        return f"{_ids(self.first)}\t{_ids(self.second)}\t{self.text}"


def _ids(ids: Sequence[int]) -> str:
    return ",".join(str(i) for i in ids)


def read_entries(path: Path = MEMORY_FILE, texts: Sequence[str] | None = None) -> list[Entry]:
    """The entries of a memory file (one per line: first ids, second ids, text, tab-separated); none when
    `texts`, the passages at hand, are not those the file was made for."""
    with path.open(encoding="utf-8") as lines:
        return list(_entries(lines, texts))


def _entries(lines: Iterable[str], texts: Sequence[str] | None) -> Iterator[Entry]:
    """The entries of a memory file's lines, one at a time (the bot builds its memory without holding
    them all); nothing when the first line's fingerprint is not that of `texts`."""
    labels: dict[str, tuple[int, ...]] = {"": ()}
    for n, line in enumerate(lines):
        if line.startswith("#"):
            if n == 0 and texts is not None and line.rstrip("\n") != f"# passages {fingerprint(texts)}":
                return
            continue
        first, second, text = line.rstrip("\n").split("\t")
        for field in (first, second):
            if field not in labels:  # one tuple per distinct label: the file repeats them a lot
                labels[field] = tuple(int(i) for i in field.split(","))
        yield Entry(text, labels[first], labels[second])


@dataclass(frozen=True)
class Vote:
    """What the nearest remembered questions say: the best one's similarity (0-100), the label most of
    them give, its share of the vote, and the passages to answer with (none for a decline)."""

    best: float
    winner: int
    share: float
    passages: tuple[int, ...]


class Memory:
    """The remembered questions, kept compact because the bot's idle memory is close to its budget: the
    texts end to end in one string, the labels as shared tuples, and a word index (one array of entry
    ids per word, end to end) for the shortlist."""

    def __init__(self, entries: Iterable[Entry]) -> None:
        vocab: dict[str, int] = {}
        pairs = array("i")  # word id, entry id, word id, entry id...
        text, ends, firsts, seconds, sizes = io.StringIO(), array("q"), [], [], array("d")
        for i, entry in enumerate(entries):
            bag = set(entry.text.split())
            for w in bag:
                pairs.extend((vocab.setdefault(w, len(vocab)), i))
            ends.append(text.write(entry.text) + (ends[-1] if ends else 0))
            firsts.append(entry.first)
            seconds.append(entry.second)
            sizes.append(len(bag))
        flat = np.frombuffer(pairs, dtype=np.int32).reshape(-1, 2)
        order = np.argsort(flat[:, 0], kind="stable")  # by word, each word's entries in file order
        self._vocab = vocab
        self._ids = flat[order, 1].copy()
        self._starts = np.searchsorted(flat[order, 0], np.arange(len(vocab) + 1)).astype(np.int32)
        self._sizes = np.frombuffer(sizes, dtype=np.float64).copy()
        self._text = text.getvalue()
        # a plain array: `nearest` slices the texts of its shortlist by these, and indexing an array gives
        # Python ints (a numpy array's scalars cost ~0.1 us each to index and to slice a string by)
        self._ends = ends
        self._firsts, self._seconds = tuple(firsts), tuple(seconds)

    def __len__(self) -> int:
        return len(self._firsts)

    def entry(self, i: int) -> Entry:
        """The `i`-th remembered question."""
        start = self._ends[i - 1] if i else 0
        return Entry(self._text[start : self._ends[i]], self._firsts[i], self._seconds[i])

    @classmethod
    def load(cls, texts: Sequence[str], path: Path = MEMORY_FILE) -> Memory:
        """The memory in `path` when it was made for passages `texts`; else an empty one."""
        if not path.exists():
            return cls(())
        with path.open(encoding="utf-8") as lines:
            return cls(_entries(lines, texts))

    def nearest(self, question: str) -> list[tuple[int, float]]:
        """The shortlisted remembered questions, most similar first: (entry, token_sort_ratio)."""
        text = memory_text(question)
        bag = set(text.split())
        if text.count(" ") >= MAX_WORDS:
            return []
        starts, hits = self._starts, []
        for w in bag:
            j = self._vocab.get(w)
            if j is not None:
                hits.append(self._ids[starts[j] : starts[j + 1]])
        if not hits:
            return []
        shared = np.bincount(np.concatenate(hits), minlength=len(self))
        # only questions sharing a word can be shortlisted; `> 0` first: flatnonzero on the bool mask is
        # four times faster than on the counts themselves (~7 us against ~30 us for 7,673 entries)
        seen = np.flatnonzero(shared > 0)
        dice = 200 * shared[seen] / (len(bag) + self._sizes[seen])
        # the SHORTLIST highest, ties by order in the file (np.partition would sort less, but paging in its
        # code costs the idle bot 0.4 MB, and the bot is at its memory budget). Only those in the whole
        # points of Dice reaching the SHORTLIST-th highest are sorted: a count per point (bincount, already
        # paged in) finds that floor, and sorting a few dozen instead of thousands saves ~0.1 ms a look-up.
        floors = dice.astype(np.intp)
        per_point = np.bincount(floors, minlength=201)[::-1].cumsum()
        floor = 200 - int(np.searchsorted(per_point, min(SHORTLIST, len(seen))))
        kept = np.flatnonzero(floors >= floor)
        top = seen[kept[np.argsort(-dice[kept], kind="stable")[:SHORTLIST]]].tolist()
        # both texts hold their words sorted, so ratio is token_sort_ratio
        ends, whole = self._ends, self._text
        scored = [(j, fuzz.ratio(text, whole[ends[j - 1] if j else 0 : ends[j]])) for j in top]
        return sorted(scored, key=lambda pair: (-pair[1], pair[0]))

    def vote_of(self, near: Sequence[tuple[int, float]], k: int) -> Vote | None:
        """The vote of the `k` first of `near`, a `nearest` list."""
        return vote([(self.entry(j), s) for j, s in near[:k]], k)


def vote(near: Sequence[tuple[Entry, float]], k: int) -> Vote | None:
    """The vote of the `k` first of `near` (entry, similarity; most similar first). A passage holding a
    voter's answer gets an equal part of its vote; a passage winner brings a second passage when most of
    its voters joined two facts."""
    near = list(near[:k])
    if not near:
        return None
    tally: Counter[int] = Counter()
    for entry, _ in near:
        for label in entry.first:
            tally[label] += 1.0 / len(entry.first)
    winner, weight = tally.most_common(1)[0]
    passages: tuple[int, ...] = ()
    if winner >= 0:
        voters = [entry for entry, _ in near if winner in entry.first]
        seconds: Counter[int] = Counter(p for e in voters for p in e.second if p != winner)
        two = sum(bool(e.second) for e in voters) * 2 > len(voters)
        passages = (winner, seconds.most_common(1)[0][0]) if two and seconds else (winner,)
    return Vote(near[0][1], winner, weight / len(near), passages)


FILL, OVERRIDE, DECLINE = "fill", "override", "decline"


@dataclass(frozen=True)
class MemoryRule:
    """When the vote acts: `fill` answers what the rules decline, `override` replaces the rules' passage,
    `decline` declines what the rules answer; each when the best neighbour and the winner's share of the
    `k` nearest clear the thresholds."""

    mode: str
    k: int
    best: float
    share: float

    def fires(self, v: Vote | None, ruled: frozenset[int]) -> bool:
        """Whether the vote acts on a question the rules answered with passages `ruled` (empty: declined)."""
        if v is None or v.best < self.best or v.share < self.share:
            return False
        if self.mode == FILL:
            return not ruled and v.winner >= 0
        if self.mode == OVERRIDE:
            return bool(ruled) and v.winner >= 0 and v.winner not in ruled
        return bool(ruled) and v.winner == DECLINED


# Fitted by `python benchmarks/memory_oof.py` on every tuned file, each scored with a memory of the others
# (the leave-one-round-out fits chose these or close ones in most folds); tried in this order.
MEMORY_RULES: tuple[MemoryRule, ...] = (
    MemoryRule(FILL, 3, 62, 0.7),
    MemoryRule(OVERRIDE, 3, 40, 0.7),
    MemoryRule(DECLINE, 3, 86, 0.7),
)
# Each part of a question joining two facts ("who started the movement and who made it go viral") that
# the rules answer with one passage or none asks the memory on its own, with the fill rule's thresholds.
PART_RULE: MemoryRule | None = MemoryRule(FILL, 3, 62, 0.7)
