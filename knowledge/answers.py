"""Which passages answer a question: the best one alone, two for a question that joins two facts, or none.

The searcher ranks passages and judges one at a time (`Searcher.covers`); this module decides what the
reply quotes. A message may ask two questions ("what did Burke tell MAKERS and what did she write for
Time"): each gets its own passage. A question may join two facts in one ("the tweets of the first day
compared to the first year"): two passages that together cover what neither covers alone answer it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from knowledge import intents
from knowledge.definitions import defines_unknown
from knowledge.elsewhere import Elsewhere
from knowledge.followups import leans_on_context
from knowledge.helpseek import HelpRequest
from knowledge.index import (
    HAS_DAY,
    HAS_GROUP,
    HAS_LAW,
    HAS_NUMBER,
    HAS_OUTLET,
    HAS_QUOTE,
    HAS_YEAR,
    KIND_FLAGS,
)
from knowledge.naming import NameAsked
from knowledge.quantities import Quantities
from knowledge.query import Query
from knowledge.reach import untold_reach
from knowledge.scope import Scope
from knowledge.search import MIN_PREDICATE_COVERAGE, Scored, Searcher, coverage
from knowledge.services import OtherService
from knowledge.strangers import Strangers
from knowledge.subgroups import PartAsked
from knowledge.subjectless import lacks_subject
from knowledge.text import stem, words
from knowledge.voices import Voices
from knowledge.works import Works

__all__ = ["MIN_PAIR_COVERAGE", "PAIR_POOL", "Answerer"]

# Two passages answer together when the question joins two facts and, between them, they cover this
# much of it, each adding at least _PAIR_SHARE of its weight that the other lacks, and together this much
# more than the best passage alone.
MIN_PAIR_COVERAGE = 0.8
_PAIR_SHARE = 0.15
_PAIR_GAIN = 0.15
# The first question's names weigh this share in the second ("what did burke say and what did she write").
_CARRIED_FACTOR = 0.25
# The kinds of thing read reliably enough from a passage to choose among passages (see `decide`).
# A quotation of eight words or more is read reliably too ("quote from milano about her daughter").
_PRECISE_KINDS = HAS_YEAR | HAS_DAY | HAS_NUMBER | HAS_OUTLET | HAS_LAW | HAS_GROUP | HAS_QUOTE
# Split evidence (see `Answerer._split`): the second passage scores at least this share of the best and
# covers at least this share of the question's weight that the best does not.
_SPLIT_RATIO = 0.95
_SPLIT_SHARE = 0.1
# "when": a passage giving the day, among the next few, scoring at least this share of the best that
# gives only a year, answers instead (see `Answerer._dated`).
_WHEN = KIND_FLAGS["time"]
_DATED_POOL = 3
_DATED_RATIO = 0.9
# "when": a date answers only the event it is given for, so the best passage must cover nearly all of the
# question. One that leaves a tenth of it out ("when did people start saying the movement was failing":
# "This time last year ... started the movement") dates something else.
_DATED_COVERAGE = 0.9
# "+" and "&" between words join two things as "and" does.
_JOIN_SIGNS = re.compile(r"\s+[+&]\s+")
# How many of the best passages are tried in pairs.
PAIR_POOL = 6
# The passage ranked next after the best is quoted beside it when it scores at least this share of the
# best's score and would answer too (see `Answerer._rival`); it is looked for among the first two.
_RIVAL_RATIO = 0.9
_RIVAL_POOL = 2
_MONTH_STEMS = frozenset(
    "jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august "  # noqa: SIM905
    "september october november december".split()
)


class Answerer:
    """Decides which of a searcher's passages answer a question."""

    def __init__(
        self, searcher: Searcher, hotline: int | None = None, hotline_text: str = "",
        scope: Scope | None = None,
        quantities: Quantities | None = None,
        elsewhere: Elsewhere | None = None,
    ) -> None:
        self.searcher = searcher
        # Places, anniversaries and campaigns the articles never name (round 19).
        self._elsewhere = elsewhere
        # The years the articles give (passages and header dates), to tell a question about another time.
        self._scope = scope
        # The passage giving the hotline answers a request for help worded any way ("who can i call").
        self._hotline = hotline
        self._help = HelpRequest(hotline_text) if hotline is not None else None
        self._works = Works(searcher.index)
        self._name_asked = NameAsked(searcher.index)
        self._other_service = OtherService(searcher.index)
        self._part_asked = PartAsked(searcher.index)
        self._voices = Voices(searcher.index, searcher.quoted, searcher.parser.topic_ids)
        self._quantities = quantities
        parser = searcher.parser
        # The ids of numbers and months: a question sharing only these with a passage shares no topic.
        self._numeric = frozenset(
            tid for term, tid in searcher.index.vocab.items() if term.isdigit() or term in _MONTH_STEMS
        )
        self._strangers = Strangers(parser.index.vocab, parser.paraphrase_stems, parser.generic_stems)

    def answer(self, question: str, limit: int) -> tuple[list[Scored], list[Scored]]:
        """The passages that answer `question` (none, one, or two) and the best `limit` candidates."""
        sum_asked = intents.asks_sum(question)
        # "her line about pain + her biggest hope": a sign joins two things as "and" does.
        question = _JOIN_SIGNS.sub(" and ", question)
        query = self.searcher.parse(question)
        whole = query
        clauses = intents.split_clauses(question)
        if len(clauses) != 2 and query.joined:
            clauses = intents.split_joined(question)
            if len(clauses) == 2 and self._names_joined(*clauses):
                # Two people in one question: neither two questions nor two facts to join.
                clauses, query = (question,), replace(query, joined=False)
        two = self._two_questions(*clauses) if len(clauses) == 2 else []
        lowered = question.lower()
        figures = self._quantities.compared(lowered) if self._quantities is not None else None
        if figures is not None:
            # "which is bigger, the 19 million or the 12 million": each figure's own passage, both quoted.
            two = [self.searcher.score(pid, query) for pid in figures]
        # Two questions answered each by its own passage need no ranking of the whole message: those two
        # passages are its candidates too (one ranking less for the slowest messages, round 19).
        ranked = two if two and not sum_asked else self.searcher.rank(whole, max(limit, PAIR_POOL))
        chosen = [] if sum_asked else two or self.decide(query, ranked)
        if chosen and self._lacks_what_is_asked(question, lowered, query, chosen, joined=bool(two)):
            chosen = []
        if chosen and chosen[0].pid == self._hotline and (
            self._other_service.asked(lowered) or untold_reach(lowered)
        ):
            # "the phone number for the dmv": the hotline is no answer for another service's number; nor
            # for texting it, or for a number in the uk, which the articles never give.
            return [], ranked[:limit]
        helped = self._help is not None and self._hotline is not None and not sum_asked
        if not chosen and helped and self._help.asks(question):
            chosen = [self.searcher.score(self._hotline, query)]
        return chosen, ranked[:limit]

    def names_stranger(self, question: str) -> bool:
        """Whether `question` names someone or something the articles never do (`Strangers.unknown_name`),
        or a place, an anniversary or a campaign they never name (`Elsewhere.named`)."""
        if self._elsewhere is not None and self._elsewhere.named(question.lower()):
            return True
        return self._strangers.unknown_name(question, self.searcher.parser.corrects)

    def admitted(self, question: str, pids: tuple[int, ...]) -> list[Scored] | None:
        """Passages found another way (the memory of written questions), scored, when they may answer
        `question`: the first passes the searcher's gates, together they hold what is asked, and no check
        that declines the question's kind applies (a sum, another service's number); else None."""
        lowered = question.lower()
        query = self.searcher.parse(question)
        chosen = [self.searcher.judged(pid, query) for pid in pids]
        if intents.asks_sum(question) or not self.searcher.gates(chosen[0], query):
            return None
        if self._lacks_what_is_asked(question, lowered, query, chosen, joined=len(pids) > 1):
            return None
        if pids[0] == self._hotline and (self._other_service.asked(lowered) or untold_reach(lowered)):
            return None
        return chosen

    def _lacks_what_is_asked(
        self, question: str, lowered: str, query: Query, chosen: list[Scored], joined: bool
    ) -> bool:
        """Whether the chosen passages, though they match the question's words, do not hold what it asks
        for. Each check is cheap unless a word it needs is in the question; the first that applies decides."""
        pids = [s.pid for s in chosen]
        return bool(
            # "what did milano say in burke's time essay": her words are not in Burke's essay.
            (query.speaker and self._works.misattributed(question, query))
            # "what exactly did burke tweet": the passage quotes Milano's tweet and never names Burke. Only
            # for exact words asked for: a passage naming another speaker may still tell what was said.
            or (query.speaker and HAS_QUOTE in query.kinds
                and not self._voices.gives_words_of(query.speaker, pids))
            # "what is a public health degree": the passage on a "public-health crisis" defines no degree.
            or (not joined and defines_unknown(query, self.searcher.parser.topic_ids))
            # "what happened to weinstein later": the articles name him only as the story that broke.
            or self._voices.untold_fate(lowered)
            # "how many of the 19 million tweets were from outside the us": only the 19 million is given.
            or self._part_asked.unanswered(lowered, pids)
            # "the name of the girl who inspired burke": the passage tells of the girl, never naming her.
            or self._name_asked.unnamed(lowered, pids)
            # "what number", "who wrote it": a kind of fact about nothing named; any passage is a guess.
            or lacks_subject(lowered)
            # "what happened on oct 15 1582": the day is the articles', the year is not; "the most ... ever".
            or (self._scope is not None and self._scope.beyond(lowered))
            # "how long is a year on mars": its own words outnumber the one it shares with the articles.
            or self._strangers.outnumber(question)
            # "and the first one?": what it points back to is in an earlier message this one lacks.
            or leans_on_context(lowered)
            # "me too movement in china", "time's up vs me too": a place or a campaign the articles never
            # name (an anniversary they do not mark is often a claim to correct: "it was the tenth, right").
            or (self._elsewhere is not None and self._elsewhere.named(lowered, anniversary=False))
            # "is it going to rain on october 15", "laptop under 500 dollars which one": the passage shares
            # only a number or a date with the question, none of what it is about.
            or (not joined and self._numbers_only(query, chosen[0]))
        )

    def _numbers_only(self, query: Query, best: Scored) -> bool:
        """Whether every word of the question the passage holds is a number, a day or a month, and the
        question has a word of its own the articles never use ("rain", "laptop"): "4673", "55k per week?"
        and "what happened on oct 15" ask about the number or the day itself."""
        vocab = self._numeric
        pairs = list(zip(query.terms, best.present, strict=True))
        if not any(t.counted and not t.candidates and not t.held and not t.expansion for t, _ in pairs):
            return False
        held = [t for t, value in pairs if value and t.counted and not t.expansion]
        return bool(held) and all(t.candidates and set(t.candidates) <= vocab for t in held)

    def _names_joined(self, first: str, second: str) -> bool:
        """Whether the join stands between two names ("when did burke and milano first speak"): one
        question about two people, not two questions."""
        index = self.searcher.index
        ends = (words(first, hashtags=False)[-1:], words(second, hashtags=False)[:1])
        return all(w and index.vocab.get(stem(w[0])) in index.names for w in ends)

    def decide(self, query: Query, ranked: list[Scored]) -> list[Scored]:
        """The passages that answer: the best alone, two that answer a joined question together, or none."""
        # Only the best-ranked passage may answer alone: letting the next one answer when it fails a check
        # answered more questions the articles do not cover than it saved ("when did twitter start").
        best = ranked[0] if ranked and self.searcher.covers(ranked[0], query) else None
        if best is not None and self._split(query, ranked):
            # The second passage has every word of the question at least as closely as the best: it is
            # no rival but the better answer ("burke founder": "The founder ... Tarana Burke").
            best = ranked[1] if _dominates(query, ranked[1], ranked[0]) else None
        elif best is not None:
            best = self._dated(query, ranked, best)
            if _WHEN in query.kinds and best.coverage < _DATED_COVERAGE:
                best = None
        elif best is None and _asks_precise(query):
            # A year, a day, a number, an outlet, a law are read reliably from a passage, so what the
            # question asks for decides among passages: the best that holds it may answer ("what year"
            # skips a better-worded passage that gives only "Oct. 15"). Places and times in words are
            # read too loosely ("bed", "New York Times") to decide alone.
            held = [s for s in ranked if self.searcher.holds_kinds(query, s.pid)]
            best = held[0] if held and self.searcher.covers(held[0], query) else None
        alone = best.coverage if best else 0.0
        if query.joined and alone < 1.0:
            pair = self._pair(query, ranked[:PAIR_POOL], alone)
            if pair:
                return pair
        if best is None:
            return []
        rival = self._rival(query, ranked, best)
        if rival is not None and self._plainly_best(query, rival, best):
            # the other way round: the rival has the question's own words and the best only a paraphrase of
            # one ("who started me too before alyssa milano": "Burke had started", not the headline's lede)
            return [replace(rival, hedge=False)]
        return [best] if rival is None else [best, rival]

    def _rival(self, query: Query, ranked: list[Scored], best: Scored) -> Scored | None:
        """The passage ranked next after the best, when it scores nearly as well and would answer too: the
        words of the question do not tell which of the two is meant, and quoting the best alone is wrong
        as often as not there, so both are quoted (marked `hedge`); None when the best stands clear."""
        other = next((s for s in ranked[:_RIVAL_POOL] if s.pid != best.pid), None)
        if (
            other is None
            or other.raw < _RIVAL_RATIO * best.raw
            or not other.literal
            or other.pid == self._hotline
            # a headline restated echoes the question; the best passage already tells what it asks
            or other.pid in self.searcher.ledes
            or not self.searcher.covers(other, query)
            or self._plainly_best(query, best, other)
        ):
            return None
        return replace(other, hedge=True)

    def _plainly_best(self, query: Query, best: Scored, other: Scored) -> bool:
        """Whether the best passage answers the question in its own words and the other does not: the best
        has a form of every word the question asks with and the other lacks one of them, having only a
        paraphrase ("what did milano tweet": "Alyssa tweeted" against "the history-making post")."""
        asked = [t for t in query.terms if t.counted and not t.expansion and not t.optional]
        held = self.searcher.holds_own
        if not asked or not all(held(best.pid, t) for t in asked) or all(held(other.pid, t) for t in asked):
            return False
        # nor does the other have a word of the question the best lacks ("need" in "what does tarana say
        # survivors need", a word too common to count towards coverage, still tells which is meant)
        return not any(
            held(other.pid, t) and not held(best.pid, t) for t in query.terms if t.literal and not t.expansion
        )

    def _dated(self, query: Query, ranked: list[Scored], best: Scored) -> Scored:
        """For "when", a passage giving the day over a best one giving only the year ("Back in 2017"), when
        it scores nearly as well and answers too: "when did the hashtag blow up" wants Oct. 15, 2017."""
        flags = self.searcher.index.flags
        if _WHEN not in query.kinds or flags[best.pid] & HAS_DAY:
            return best
        for other in ranked[1:_DATED_POOL]:
            if (
                flags[other.pid] & HAS_DAY
                and other.raw >= _DATED_RATIO * best.raw
                and self.searcher.covers(other, query)
            ):
                return other
        return best

    def _split(self, query: Query, ranked: list[Scored]) -> bool:
        """Whether the evidence is split between the two best passages: the second scores nearly as well,
        would answer too, and has a good share of the question that the best lacks. Either may be the
        one meant, so quoting the best would often mislead; declining does not."""
        if len(ranked) < 2:
            return False
        first, second = ranked[0], ranked[1]
        return (
            second.raw >= _SPLIT_RATIO * first.raw
            and _own_share(query, second, first) >= _SPLIT_SHARE
            and self.searcher.covers(second, query)
        )

    def _two_questions(self, first: str, second: str) -> list[Scored]:
        """A passage for each of two questions asked in one message, if each has its own answer.

        The second question's "she" is the first one's person: its names come along, as a hint, counted
        only where present.
        """
        one = self.searcher.parse(first)
        first_answer = self._single(one)
        if first_answer is None:
            return []  # the second part is not parsed or ranked: both must answer (round 19's p99)
        two = self.searcher.parse(second)
        if not two.has_content and two.counting:
            # "how many in total and how many a day": the second counts what the first did.
            counted = tuple(t for t in one.terms if t.counted and not t.name)
            two = replace(two, terms=two.terms + counted, counted=one.counted)
        if not two.has_content and two.kinds and not two.counting:
            # "who founded metoo and who was it for": "it" is what the first asked about; the second asks
            # only for a kind of fact (a group) about it, which its passage must hold.
            carried = tuple(
                replace(t, weight=t.weight * _CARRIED_FACTOR, optional=True)
                for t in one.terms if t.counted and not t.expansion
            )
            two = replace(two, terms=two.terms + carried)
        elif not any(t.name for t in two.terms):
            carried = tuple(
                replace(t, weight=t.weight * _CARRIED_FACTOR, optional=True) for t in one.terms if t.name
            )
            two = replace(two, terms=two.terms + carried)
        second_answer = self._single(two)
        if second_answer is None or first_answer.pid == second_answer.pid:
            return []
        return [first_answer, second_answer]

    def _single(self, query: Query) -> Scored | None:
        """The passage answering one part of a two-question message, matched on that part's own words: the
        best, or, as for a whole question, the best holding the precise kind it asks for ("who was metoo
        originally for" skips the founder's passage for the one naming the group)."""
        if not _asks_precise(query):
            ranked = self.searcher.rank(query, 1)
            return ranked[0] if ranked and self.searcher.covers(ranked[0], query) else None
        ranked = self.searcher.rank(query, PAIR_POOL)
        if ranked and self.searcher.covers(ranked[0], query):
            return ranked[0]
        held = [s for s in ranked if self.searcher.holds_kinds(query, s.pid)]
        return held[0] if held and self.searcher.covers(held[0], query) else None

    def _pair(self, query: Query, pool: list[Scored], alone: float) -> list[Scored]:
        """Two passages that together answer a question neither answers alone, in the question's order."""
        best: tuple[float, list[Scored]] = (0.0, [])
        for i, a in enumerate(pool):
            for b in pool[i + 1 :]:
                covered, predicate = coverage(query, tuple(map(max, a.present, b.present)))
                if (
                    covered >= max(MIN_PAIR_COVERAGE, alone + _PAIR_GAIN)
                    and predicate > MIN_PREDICATE_COVERAGE
                    and covered > best[0]
                    and (a.counts or b.counts)
                    and (a.literal and b.literal)
                    and self.searcher.holds_kinds(query, a.pid, b.pid)
                    and _adds(query, a, b)
                    and _adds(query, b, a)
                ):
                    best = (covered, sorted([a, b], key=lambda s, o=(a, b): _first_own(query, s, o)))
        return best[1]


def _own_share(query: Query, mine: Scored, other: Scored) -> float:
    """The share of the question's counted weight that `mine` covers better than `other`."""
    own = total = 0.0
    for qterm, a, b in zip(query.terms, mine.present, other.present, strict=True):
        if qterm.counted:
            total += qterm.weight
            own += qterm.weight * max(0.0, a - b)
    return own / total if total else 0.0


def _asks_precise(query: Query) -> bool:
    """Whether the question asks for a kind of fact a passage gives reliably (a year, a day, a number, an
    outlet, a law, a group, a quote), so the best passage holding it may answer."""
    return any(not kind & ~_PRECISE_KINDS for kind in query.kinds)


def _dominates(query: Query, mine: Scored, other: Scored) -> bool:
    """Whether `mine` has each counted word of the question at least as closely as `other` does."""
    return all(
        a >= b for qterm, a, b in zip(query.terms, mine.present, other.present, strict=True) if qterm.counted
    )


def _adds(query: Query, mine: Scored, other: Scored) -> bool:
    """Whether `mine` adds a fact to `other`: a good share of the question that the other does not cover
    (names aside: the name the other passage says "she" for is no second fact), or the count asked for."""
    if query.counting and mine.counts and not other.counts:
        return True
    own = total = 0.0
    for qterm, a, b in zip(query.terms, mine.present, other.present, strict=True):
        if qterm.counted:
            total += qterm.weight
            own += qterm.weight * max(0.0, a - b) * (not qterm.name)
    return bool(total) and own / total >= _PAIR_SHARE


def _first_own(query: Query, scored: Scored, pair: tuple[Scored, Scored]) -> int:
    """The position of the first question term this passage of the pair covers better than the other.

    What is counted ("tweets" in "how many tweets on the first day compared to the first year") belongs
    to both halves of the question, so it does not say which comes first.
    """
    other = pair[1] if scored is pair[0] else pair[0]
    for n, (qterm, a, b) in enumerate(zip(query.terms, scored.present, other.present, strict=True)):
        if qterm.counted and a > b and not query.counted & qterm.candidates.keys():
            return n
    return len(query.terms)
