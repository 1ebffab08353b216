"""Rank passages for a parsed question, then decide whether the best one answers it."""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from knowledge.index import COPULA, HAS_DATE, HAS_NUMBER, HAS_RATE, WHEN_FLAGS, Index
from knowledge.intents import SPEECH_WORDS
from knowledge.query import Query, QueryParser, QueryTerm
from knowledge.text import stem, terms

__all__ = [
    "MIN_COVERAGE",
    "MIN_PARAPHRASE_COVERAGE",
    "MIN_PREDICATE_COVERAGE",
    "Scored",
    "Searcher",
    "coverage",
]

# "when" prefers a passage with a date, "how many" one with a number, by this share of the question's
# weight; and a "how many" passage without any number keeps only this share of its score.
_INTENT_BONUS = 0.4
_NO_NUMBER_FACTOR = 0.6
# Two of the question's words side by side in a passage ("tarana burke", "original post") say more than
# the same words far apart: this share of the pair's weight is added.
_PROXIMITY_BONUS = 0.5
# "how many tweets": a passage where a number stands right before "tweets" gets this share more; one
# where no number counts the thing asked about keeps this share of its score, and cannot answer.
_COUNT_BONUS = 0.1
_UNCOUNTED_FACTOR = 0.75
# "55,000 #MeToo tweets": a number counts a noun up to this many words after it.
_COUNT_REACH = 2
# "why": a passage that gives no reason keeps this share of its score.
_NO_REASON_FACTOR = 0.75
# "why was milano scared": a passage giving a reason but none of the words saying what happened keeps this
# share of its score ("what spurred her" answers why she tweeted, not why she was scared). 0.3 to 0.6
# answered the same on every tuned set; 0.75 left some of those reasons first.
_NO_EVENT_FACTOR = 0.6
# "what is X": a passage saying "X is ..." gets this much more.
_DEFINITION_BONUS = 0.15
# How many candidates from the postings are scored exactly, and how many of those get the proximity pass.
_RESCORE = 50
_PROXIMITY_POOL = 6
# "what did X say": X's name stands this many words or fewer from "says", "wrote", "tweeted"...
_SPEECH_REACH = 4
# For "when", the date's sentence must hold a word of the question or a paraphrase this close.
_DATED_SIMILARITY = 0.8
# A passage that goes on quoting someone it names only as "she" has their name this closely.
_SPEAKER_SIMILARITY = 0.8
# The decision: the best passage must cover more than this share of the question's content words
# (IDF-weighted; a word the articles never use weighs most), and of its words that are not names:
# "when was Tarana Burke born" names a person the articles cover, but not "born".
MIN_COVERAGE = 0.5
MIN_PREDICATE_COVERAGE = 0.5
# A passage that shares none of the question's own words, only paraphrases of them, must cover it
# closely: "when did twitter start" is not answered by "Alyssa tweeted ... her original post".
MIN_PARAPHRASE_COVERAGE = 0.8
# "how many tweets were there" asks for a total: a passage that gives a rate ("55,000 a day") keeps this
# share of its score, and a total keeps it when the question asks for a rate.
_RATE_MISMATCH_FACTOR = 0.8
# A passage that only restates its article's headline echoes a question about what happened rather than
# answering it (it still says who is who).
_LEDE_FACTOR = 0.8

# Words not counted when judging adjacency; and, per word, the places of the question's terms it may mean.
_Skip = frozenset[int] | set[int]
_Places = dict[int, tuple[int, ...]]
# The name's terms of whom a passage quotes as "she" (see knowledge/speakers.py), if anyone.
_Speaker = frozenset[int] | None


@dataclass(frozen=True, slots=True)
class Scored:
    """A passage's score for a query: 0-100 for display, `raw` for ranking, and its coverage (0-1)."""

    pid: int
    score: float
    coverage: float
    predicate_coverage: float
    raw: float
    # The passage has one of the question's own words, not only paraphrases of them.
    literal: bool = True
    # For "how many X": a number in the passage counts X (always true for other questions).
    counts: bool = True
    # How closely the passage has each of the query's terms (0-1), in the query's order.
    present: tuple[float, ...] = ()
    # Quoted beside the best passage because it scores nearly as well: either may be the one meant
    # (`Answerer._rival`), not a second fact.
    hedge: bool = False


class Searcher:
    """Ranks the index's passages for questions."""

    def __init__(
        self, index: Index, ledes: frozenset[int] = frozenset(), speakers: Sequence[str] = ()
    ) -> None:
        self.index = index
        # Passages that restate their article's headline (see knowledge.base).
        self.ledes = ledes
        # Per passage that goes on quoting someone it does not name ("she continued"), their name's terms.
        self._speakers = {
            pid: ids for pid, note in enumerate(speakers) if note and (ids := _known_terms(index, note))
        }
        self.parser = QueryParser(index)
        speech = frozenset(index.vocab[stem(w)] for w in SPEECH_WORDS.split() if stem(w) in index.vocab)
        # "what did X say" needs X's words; a name no passage quotes has none to give. Public for the
        # check of whose words a passage gives (knowledge/voices.py).
        self.quoted = self._quoted_names(speech)
        # The subject of the whole corpus ("#MeToo") is no one's name.
        self._topic = self.parser.topic_ids
        # Words that take no place when judging adjacency, unless asked about: the "hashtag" added
        # before "#MeToo" (so "say #MeToo" stays adjacent) and generic words ("tweets using #MeToo"
        # is "tweets #MeToo").
        self._transparent = self.parser.generic_ids | (
            {index.hashtag, COPULA} if index.hashtag is not None else {COPULA}
        )

    def parse(self, question: str) -> Query:
        """The parsed question."""
        return self.parser.parse(question)

    def rank(self, query: Query, limit: int) -> list[Scored]:
        """The best `limit` passages for `query`, best first."""
        if not query.has_content:
            return []
        scored = sorted((self._score(pid, query) for pid in self._candidates(query)), key=_order)
        places = _term_places(query)
        skip = self._transparent - places.keys()
        pool = [self._with_proximity(s, query, skip, places) for s in scored[:_PROXIMITY_POOL]]
        return sorted(pool, key=_order)[:limit] + scored[_PROXIMITY_POOL:limit]

    def score(self, pid: int, query: Query) -> Scored:
        """One passage's score for `query`, whatever its rank."""
        return self._score(pid, query)

    def judged(self, pid: int, query: Query) -> Scored:
        """One passage's score as `rank` gives it to its best: with proximity, and whether it counts what
        "how many" asks about."""
        places = _term_places(query)
        return self._with_proximity(self._score(pid, query), query, self._transparent - places.keys(), places)

    def covers(self, best: Scored, query: Query | None = None) -> bool:
        """Whether the best passage answers the question, rather than merely sharing a name with it."""
        return (
            best.coverage > MIN_COVERAGE
            and best.predicate_coverage > MIN_PREDICATE_COVERAGE
            and (best.literal or best.coverage >= MIN_PARAPHRASE_COVERAGE)
            and self.gates(best, query)
        )

    def gates(self, best: Scored, query: Query | None = None) -> bool:
        """`covers` without its coverage: the passage counts what is asked, holds the kinds asked for,
        quotes the speaker, dates what is asked; what a passage found another way must pass too."""
        return (
            best.counts
            and (query is None or not query.how_to)
            and (query is None or self.holds_kinds(query, best.pid))
            and (query is None or not query.needs_other_name or self._names_another(query, best.pid))
            and (query is None or not query.speaker or bool(query.speaker & self.quoted))
            and (query is None or self._dated_near(query, best.pid))
        )

    def _dated_near(self, query: Query, pid: int) -> bool:
        """For "when": whether a sentence of the passage gives a date or a time beside what is asked about.
        "when did luvvie ajayi become an author" is not answered by a passage naming her in one sentence
        and dating Burke's speech in the next. What is asked about is the question's words other than
        names where it has any ("when did burke give her speech": the speech), else its names."""
        if not any(flags & WHEN_FLAGS for flags in query.kinds):
            return True
        counted = [t for t in query.terms if t.counted and not t.expansion and not t.optional]
        asked = [t for t in counted if not t.name] or counted
        # A looser reading ("sparking" for "start") does not tie a date to what was asked.
        ids = {tid for t in asked for tid, sim in t.candidates.items() if sim >= _DATED_SIMILARITY}
        return not ids or any(ids & sentence for sentence in self.index.dated(pid))

    def _quoted_names(self, speech: frozenset[int]) -> frozenset[int]:
        """The names the passages quote somewhere: a name within a few words of "says", "wrote", "tweeted",
        "according to"... ("Bevy Smith made sure..." names her, but no passage gives her words)."""
        quoted: set[int] = set()
        for pid in range(self.index.size):
            sequence = self.index.sequence(pid)
            spots = [i for i, tid in enumerate(sequence) if tid in speech]
            quoted.update(
                tid
                for i, tid in enumerate(sequence)
                if tid in self.index.names and any(abs(i - j) <= _SPEECH_REACH for j in spots)
            )
        return frozenset(quoted)

    def _names_another(self, query: Query, pid: int) -> bool:
        """Whether the passage names someone the question does not: "who did X" is answered by a name, or,
        when the question names no one, by a group of people ("who carries the shame": survivors); "who
        interviewed burke" is not answered by a passage where she speaks of survivors."""
        asked = {tid for t in query.terms for tid in t.candidates} | self._topic
        names_someone = any(t.name and not t.candidates.keys() <= self._topic for t in query.terms)
        names = self.index.names if names_someone else self.index.names | self.parser.group_ids
        return any(tid in names and tid not in asked for tid in self.index.sequence(pid))

    def holds_own(self, pid: int, qterm: QueryTerm) -> bool:
        """Whether the passage has the question's own word for `qterm` (in any form, or misspelt), not only a
        paraphrase of it: "Alyssa tweeted" has "milano tweet"'s words, "the history-making post" lacks
        "tweet". A kind of thing held for the term ("number" by any number) counts as its own word too."""
        count = self.index.counts(pid).get
        return bool(qterm.held & self.index.flags[pid]) or any(count(tid, 0) for tid in qterm.literal)

    def holds_kinds(self, query: Query, *pids: int) -> bool:
        """Whether the passages hold every kind of thing the question asks for (a date, an outlet...)."""
        held = 0
        for pid in pids:
            held |= self.index.flags[pid]
        return all(held & flags for flags in query.kinds)

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
        flags = self.index.flags[pid]
        rank = total = 0.0
        literal = missing_demanded = False
        present_all = []
        # Looked up once per passage, not once per term: this loop runs for every candidate passage. The
        # counts' own `get` (no wrapper): it is called for every meaning of every term of every candidate.
        count, speaker = self.index.counts(pid).get, self._speakers.get(pid)
        for qterm in query.terms:
            present, weighted, own = self._match(pid, qterm, flags, count, speaker)
            present_all.append(present)
            rank += qterm.weight * weighted
            total += qterm.weight
            missing_demanded |= qterm.demanded and not present
            if qterm.counted and (present or not qterm.optional):
                literal |= own
        if not total:
            return Scored(pid, 0.0, 0.0, 0.0, 0.0, literal=False)
        raw = (rank / total + _intent_bonus(query, flags)) * _shortfall(query, flags, missing_demanded)
        if (query.counting or query.asks_total) and bool(flags & HAS_RATE) != query.asks_rate:
            raw *= _RATE_MISMATCH_FACTOR
        if _reason_for_nothing_asked(query, present_all):
            raw *= _NO_EVENT_FACTOR
        if pid in self.ledes and not query.wants_person:
            raw *= _LEDE_FACTOR * (_LEDE_FACTOR if query.manner else 1.0)
        present = tuple(present_all)
        covered, predicate = coverage(query, present)
        return Scored(pid, _display(raw), covered, predicate, raw, literal, present=present)

    def _match(
        self, pid: int, qterm: QueryTerm, flags: int, count: Callable[[int, int], int], speaker: _Speaker
    ) -> tuple[float, float, bool]:
        """How closely the passage has the term (similarity 0-1), that weighted by how often it has it, and
        whether it has the reader's own word. `count` is the `get` of the passage's term counts; `speaker`
        is whom the passage quotes as "she", if anyone."""
        present, best_tf, own = 0.0, 0, False
        literal = qterm.literal
        for tid, sim in qterm.candidates.items():
            tf = count(tid, 0)
            if not tf:
                continue
            own = own or tid in literal
            # The closest meaning found counts, not the most repeated one (compared without making tuples:
            # this runs for every meaning of every term of every candidate passage).
            if sim > present or (sim == present and tf > best_tf):
                present, best_tf = sim, tf
        if qterm.name and speaker and present < _SPEAKER_SIMILARITY and qterm.candidates.keys() & speaker:
            # "what does burke say about shame": the passage quotes her, naming her only as "she".
            return _SPEAKER_SIMILARITY, _SPEAKER_SIMILARITY, own
        if qterm.held & flags and present < qterm.held_similarity:
            # "the hotline number": any number in the passage is what was asked for; "why": any reason.
            return qterm.held_similarity, qterm.held_similarity, True
        return present, present * self.index.saturate(pid, best_tf) if best_tf else 0.0, own

    def _with_proximity(self, scored: Scored, query: Query, skip: _Skip, places: _Places) -> Scored:
        positions = self._positions(scored.pid, skip, places)
        total = sum(t.weight for t in query.terms) or 1.0
        bonus = 0.0
        found = sorted(positions)
        for n, a in enumerate(found):
            for b in found[n + 1 :]:
                # Both terms on one word (a name and its alias) is not a pair.
                if any(abs(x - y) == 1 for x in positions[a] for y in positions[b]):
                    bonus += min(query.terms[a].weight, query.terms[b].weight)
        raw = scored.raw + _PROXIMITY_BONUS * bonus / total
        if query.wants_definition and self._defines(scored.pid, query):
            raw += _DEFINITION_BONUS
        counts = not query.counting or self._counts(scored.pid, query, skip)
        if query.counting:
            # "how many tweets" -> "19 million tweets": the number counts the very thing asked about.
            raw = raw + _COUNT_BONUS if counts else raw * _UNCOUNTED_FACTOR
        # Built directly: dataclasses.replace costs several microseconds, ten times per ranking.
        return Scored(scored.pid, _display(raw), scored.coverage, scored.predicate_coverage, raw,
                      scored.literal, counts, scored.present)

    def _positions(self, pid: int, skip: _Skip, places: _Places) -> dict[int, list[int]]:
        """Where each of the question's terms (by index in `query.terms`) occurs, `skip` words not counted;
        `places` gives the terms each word may stand for (see `_term_places`)."""
        positions: dict[int, list[int]] = {}
        pos = 0
        for tid in self.index.sequence(pid):
            if tid in skip:
                continue
            pos += 1
            for i in places.get(tid, ()):
                positions.setdefault(i, []).append(pos)
        return positions

    def _counts(self, pid: int, query: Query, skip: _Skip) -> bool:
        """Whether a number stands just before what the question counts ("19 million tweets")."""
        numbers, last, pos = self.index.number_terms, -_COUNT_REACH - 1, 0
        for tid in self.index.sequence(pid):
            if tid in skip:
                continue
            pos += 1
            if tid in query.counted and pos - last <= _COUNT_REACH:
                return True
            if tid in numbers:
                last = pos
        return False

    def _defines(self, pid: int, query: Query) -> bool:
        """Whether the passage says what the question asks about is: "MeToo is a tiny part of ...".

        That is the question's last word: "how does burke describe metoo" asks what MeToo is, not Burke.
        """
        # Words counted only where present ("... in her time essay": where it was said) are not what is asked.
        own = [t for t in query.terms if t.counted and not t.expansion and t.literal and not t.optional]
        asked = own[-1].literal if own else frozenset()
        sequence = self.index.sequence(pid)
        return any(
            tid in asked and COPULA in sequence[i + 1 : i + 3] for i, tid in enumerate(sequence)
        )


def _term_places(query: Query) -> _Places:
    """For each word any of the question's terms may mean, those terms' places in `query.terms`, in order:
    read once per ranking, so the proximity pass looks each passage word up once rather than in every term."""
    places: _Places = {}
    for i, qterm in enumerate(query.terms):
        for tid in qterm.candidates:
            places[tid] = (*places.get(tid, ()), i)
    return places


def _known_terms(index: Index, text: str) -> frozenset[int]:
    return frozenset(index.vocab[t] for t in terms(text) if t in index.vocab)


def coverage(query: Query, present: tuple[float, ...]) -> tuple[float, float]:
    """The share of the question's content weight that `present` covers, and of its words that are not
    names; a term counted only where present (a preamble's, "why"'s reason) is left out where absent."""
    covered = counted = pred_covered = pred_total = 0.0
    for qterm, value in zip(query.terms, present, strict=True):
        if not qterm.counted or (qterm.optional and not value):
            continue
        covered += qterm.weight * value
        counted += qterm.weight
        if not qterm.name:
            pred_covered += qterm.weight * value
            pred_total += qterm.weight
    return (covered / counted if counted else 0.0), (pred_covered / pred_total if pred_total else 1.0)


def _reason_for_nothing_asked(query: Query, present: list[float]) -> bool:
    """For "why": whether the passage has none of the words saying what happened ("scared" in "why was
    milano scared"), only the names and a reason; a reason for something else is no answer."""
    if not any(t.demanded for t in query.terms):
        return False
    event = [
        v for t, v in zip(query.terms, present, strict=True) if t.counted and not t.name and not t.expansion
    ]
    return bool(event) and not any(event)


def _intent_bonus(query: Query, flags: int) -> float:
    """What a passage of the kind asked for earns: a date for "when", a number for "how many"."""
    return _INTENT_BONUS * (
        (query.wants_date and bool(flags & HAS_DATE)) + (query.wants_number and bool(flags & HAS_NUMBER))
    )


def _shortfall(query: Query, flags: int, missing_demanded: bool) -> float:
    """The share of its score a passage keeps when it cannot be the kind of answer asked for."""
    factor = 1.0
    if query.wants_number and not flags & HAS_NUMBER:
        # "how many": a passage without a number cannot answer, however well its words match.
        factor *= _NO_NUMBER_FACTOR
    if missing_demanded:
        factor *= _NO_REASON_FACTOR
    return factor


def _order(scored: Scored) -> tuple[float, int]:
    return (-scored.raw, scored.pid)


def _display(raw: float) -> float:
    return round(min(100.0, 100.0 * raw), 1)
