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
from collections import Counter
from collections.abc import Iterable, Sequence
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
    lines = path.read_text(encoding="utf-8").splitlines()
    if texts is not None and lines and lines[0] != f"# passages {fingerprint(texts)}":
        return []
    out, labels = [], {"": ()}
    for line in lines:
        if line.startswith("#"):
            continue
        first, second, text = line.split("\t")
        for field in (first, second):
            if field not in labels:  # one tuple per distinct label: the file repeats them a lot
                labels[field] = tuple(int(i) for i in field.split(","))
        out.append(Entry(text, labels[first], labels[second]))
    return out


@dataclass(frozen=True)
class Vote:
    """What the nearest remembered questions say: the best one's similarity (0-100), the label most of
    them give, its share of the vote, and the passages to answer with (none for a decline)."""

    best: float
    winner: int
    share: float
    passages: tuple[int, ...]


class Memory:
    """The remembered questions, with a word index (one array of entry ids per word, end to end) for the
    shortlist; compact, since the bot's idle memory is close to its budget."""

    def __init__(self, entries: Iterable[Entry]) -> None:
        self.entries = tuple(entries)
        vocab: dict[str, int] = {}
        postings: list[list[int]] = []
        for i, entry in enumerate(self.entries):
            for w in set(entry.text.split()):
                j = vocab.setdefault(w, len(vocab))
                if j == len(postings):
                    postings.append([])
                postings[j].append(i)
        self._vocab = vocab
        self._ids = np.array([i for p in postings for i in p], dtype=np.int32)
        self._starts = np.cumsum([0, *(len(p) for p in postings)]).tolist()
        self._sizes = np.array([len(set(e.text.split())) for e in self.entries], dtype=np.float64)

    @classmethod
    def load(cls, texts: Sequence[str], path: Path = MEMORY_FILE) -> Memory:
        """The memory in `path` when it was made for passages `texts`; else an empty one."""
        return cls(read_entries(path, texts) if path.exists() else ())

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
        shared = np.bincount(np.concatenate(hits), minlength=len(self.entries))
        seen = np.flatnonzero(shared)  # only questions sharing a word can be shortlisted
        dice = 200 * shared[seen] / (len(bag) + self._sizes[seen])
        if len(seen) > SHORTLIST:
            # the SHORTLIST highest (ties by order in the file), without sorting them all
            cut = np.partition(dice, len(dice) - SHORTLIST)[len(dice) - SHORTLIST]
            keep = dice >= cut
            seen, dice = seen[keep], dice[keep]
        top = seen[np.argsort(-dice, kind="stable")[:SHORTLIST]].tolist()
        # both texts hold their words sorted, so ratio is token_sort_ratio
        scored = [(j, fuzz.ratio(text, self.entries[j].text)) for j in top]
        return sorted(scored, key=lambda pair: (-pair[1], pair[0]))

    def vote(self, question: str, k: int) -> Vote | None:
        """The `k` nearest remembered questions' vote; None when nothing is near."""
        return self.vote_of(self.nearest(question), k)

    def vote_of(self, near: Sequence[tuple[int, float]], k: int) -> Vote | None:
        """The vote of the `k` first of `near`, a `nearest` list."""
        return vote([(self.entries[j], s) for j, s in near], k)


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
