"""Rank passages for a parsed question, then decide whether the best one answers it."""

from __future__ import annotations

import heapq
from collections import defaultdict
from dataclasses import dataclass

from knowledge.index import HAS_DATE, HAS_NUMBER, Index
from knowledge.query import Query, QueryParser, QueryTerm

__all__ = ["MIN_COVERAGE", "MIN_PREDICATE_COVERAGE", "Scored", "Searcher"]

# "when" prefers a passage with a date, "how many" one with a number, by this share of the question's
# weight; and a "how many" passage without any number keeps only this share of its score.
_INTENT_BONUS = 0.4
_NO_NUMBER_FACTOR = 0.6
# Two of the question's words side by side in a passage ("tarana burke", "original post") say more than
# the same words far apart: this share of the pair's weight is added.
_PROXIMITY_BONUS = 0.5
# "how many tweets": a passage where a number stands right before "tweets" gets this share more.
_COUNT_BONUS = 0.2
_NUMBERS = -1  # the key under which `_positions` records where numbers are
# How many candidates from the postings are scored exactly, and how many of those get the proximity pass.
_RESCORE = 50
_PROXIMITY_POOL = 10
# The decision: the best passage must cover at least this share of the question's content words
# (IDF-weighted; a word the articles never use weighs most), and of its words that are not names:
# "when was Tarana Burke born" names a person the articles cover, but not "born".
MIN_COVERAGE = 0.5
MIN_PREDICATE_COVERAGE = 0.5


@dataclass(frozen=True, slots=True)
class Scored:
    """A passage's score for a query: 0-100 for display, `raw` for ranking, and its coverage (0-1)."""

    pid: int
    score: float
    coverage: float
    predicate_coverage: float
    raw: float


class Searcher:
    """Ranks the index's passages for questions."""

    def __init__(self, index: Index) -> None:
        self.index = index
        self.parser = QueryParser(index)
        # Words that take no place when judging adjacency, unless asked about: the "hashtag" added
        # before "#MeToo" (so "say #MeToo" stays adjacent) and generic words ("tweets using #MeToo"
        # is "tweets #MeToo").
        self._transparent = self.parser.generic_ids | (
            {index.hashtag} if index.hashtag is not None else set()
        )

    def parse(self, question: str) -> Query:
        """The parsed question."""
        return self.parser.parse(question)

    def rank(self, query: Query, limit: int) -> list[Scored]:
        """The best `limit` passages for `query`, best first."""
        if not query.has_content:
            return []
        scored = sorted((self._score(pid, query) for pid in self._candidates(query)), key=_order)
        asked = {tid for t in query.terms for tid in t.candidates}
        skip = self._transparent - asked
        pool = [self._with_proximity(s, query, skip) for s in scored[:_PROXIMITY_POOL]]
        return sorted(pool, key=_order)[:limit] + scored[_PROXIMITY_POOL:limit]

    @staticmethod
    def covers(best: Scored) -> bool:
        """Whether the best passage answers the question, rather than merely sharing a name with it."""
        return best.coverage >= MIN_COVERAGE and best.predicate_coverage >= MIN_PREDICATE_COVERAGE

    def _candidates(self, query: Query) -> list[int]:
        totals: defaultdict[int, float] = defaultdict(float)
        for qterm in query.terms:
            if qterm.expansion:
                continue
            local: dict[int, float] = {}
            for tid, sim in qterm.candidates.items():
                for pid, impact in self.index.top_postings(tid):
                    value = sim * impact
                    if value > local.get(pid, 0.0):
                        local[pid] = value
            for pid, value in local.items():
                totals[pid] += qterm.weight * value
        return heapq.nlargest(_RESCORE, totals, key=totals.__getitem__)

    def _score(self, pid: int, query: Query) -> Scored:
        index = self.index
        flags = index.flags[pid]
        rank = total = covered = counted = pred_covered = pred_total = 0.0
        for qterm in query.terms:
            present, weighted = self._match(pid, qterm, flags)
            rank += qterm.weight * weighted
            total += qterm.weight
            if not qterm.counted or (qterm.optional and not present):
                continue
            covered += qterm.weight * present
            counted += qterm.weight
            if not qterm.name:
                pred_covered += qterm.weight * present
                pred_total += qterm.weight
        bonus = _INTENT_BONUS * (
            (query.wants_date and bool(flags & HAS_DATE)) + (query.wants_number and bool(flags & HAS_NUMBER))
        )
        raw = rank / total + bonus if total else 0.0
        if query.wants_number and not flags & HAS_NUMBER:
            # "how many": a passage without a number cannot answer, however well its words match.
            raw *= _NO_NUMBER_FACTOR
        coverage = covered / counted if counted else 0.0
        predicate = pred_covered / pred_total if pred_total else 1.0
        return Scored(pid, _display(raw), coverage, predicate, raw)

    def _match(self, pid: int, qterm: QueryTerm, flags: int) -> tuple[float, float]:
        """How closely the passage has the term (similarity 0-1), and that weighted by how often it has it."""
        present, best_tf = 0.0, 0
        for tid, sim in qterm.candidates.items():
            tf = self.index.tf(pid, tid)
            # The closest meaning found counts, not the most repeated one.
            if tf and (sim, tf) > (present, best_tf):
                present, best_tf = sim, tf
        if qterm.number and flags & HAS_NUMBER and present < 1.0:
            return 1.0, 1.0
        return present, present * self.index.saturate(pid, best_tf) if best_tf else 0.0

    def _with_proximity(self, scored: Scored, query: Query, skip: frozenset[int] | set[int]) -> Scored:
        positions = self._positions(scored.pid, query, skip)
        total = sum(t.weight for t in query.terms) or 1.0
        bonus = 0.0
        numbers = positions.pop(_NUMBERS, ())
        if query.counted is not None and any(p - 1 in numbers for p in positions.get(query.counted, ())):
            # "how many tweets" -> "19 million tweets": the number counts the very thing asked about.
            bonus += _COUNT_BONUS * total
        found = sorted(positions)
        for n, a in enumerate(found):
            for b in found[n + 1 :]:
                # Both terms on one word (a name and its alias) is not a pair.
                if any(abs(x - y) == 1 for x in positions[a] for y in positions[b]):
                    bonus += min(query.terms[a].weight, query.terms[b].weight)
        raw = scored.raw + _PROXIMITY_BONUS * bonus / total
        return Scored(scored.pid, _display(raw), scored.coverage, scored.predicate_coverage, raw)

    def _positions(self, pid: int, query: Query, skip: frozenset[int] | set[int]) -> dict[int, list[int]]:
        """Where each of the question's terms (by index in `query.terms`) occurs, `skip` words not counted."""
        positions: dict[int, list[int]] = {}
        pos = 0
        numbers = self.index.number_terms if query.counted is not None else frozenset()
        for tid in self.index.sequence(pid):
            if tid in skip:
                continue
            pos += 1
            for i, qterm in enumerate(query.terms):
                if tid in qterm.candidates:
                    positions.setdefault(i, []).append(pos)
            if tid in numbers:
                positions.setdefault(_NUMBERS, []).append(pos)
        return positions


def _order(scored: Scored) -> tuple[float, int]:
    return (-scored.raw, scored.pid)


def _display(raw: float) -> float:
    return round(min(100.0, 100.0 * raw), 1)
