"""The inverted index: normalised terms -> passages, with IDF weights and a vocabulary for fuzzy lookup."""

from __future__ import annotations

import math
import re
from array import array
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import islice

from rapidfuzz import process
from rapidfuzz.distance import OSA

from knowledge.cleaning import split_sentences
from knowledge.lexicon import KIND_PATTERNS, ROLE_NOUNS
from knowledge.text import fold, marked_terms, stem, terms, words

__all__ = [
    "COPULA",
    "FUZZY_CUTOFF",
    "HAS_AWARD",
    "HAS_CITY",
    "HAS_DATE",
    "HAS_DAY",
    "HAS_EXPANSION",
    "HAS_GIFT",
    "HAS_GROUP",
    "HAS_LAW",
    "HAS_LENGTH",
    "HAS_NUMBER",
    "HAS_ORGANISATION",
    "HAS_OUTLET",
    "HAS_PERCENT",
    "HAS_PLACE",
    "HAS_PLATFORM",
    "HAS_RATE",
    "HAS_REASON",
    "HAS_TIME",
    "HAS_YEAR",
    "KIND_FLAGS",
    "WHEN_FLAGS",
    "Index",
]

# What a passage holds, one bit each: a question asking for one of these needs a passage that has it.
HAS_NUMBER = 1
HAS_DATE = 2
HAS_OUTLET = 4
HAS_LAW = 8
HAS_PLACE = 16
HAS_RATE = 32
HAS_TIME = 64
# "what year" wants a year, "what day" a day of a month: "Oct. 15" does not say which year, "2017"
# not which day.
HAS_YEAR = 128
HAS_DAY = 256
# "for young girls of color": whom something was for.
HAS_GROUP = 512
# "what percentage": a share given as a percentage.
HAS_PERCENT = 1024
# "because", "spurred": the passage gives a reason, which "why" asks for.
HAS_REASON = 2048
# "Pew Research Center": a named body, which "which organization" asks for.
HAS_ORGANISATION = 4096
# "Twitter", "Instagram": a named platform, which "which social network" asks for.
HAS_PLATFORM = 8192
# "New York", "Los Angeles": a named city or state, which "what city" asks for.
HAS_CITY = 16384
# "a 4-minute video", "800 words": a thing's length, which "how long is the video" asks for.
HAS_LENGTH = 32768
# A quotation of several words: "what exactly did her apology say" wants the words, not the news of them.
HAS_QUOTE = 65536
# "by analyzing", "a survey of": how a number was reached, which "how did pew count the tweets" asks for.
HAS_METHOD = 131072
# A named person answering the tweet, which "who was the first to reply" asks for.
HAS_RESPONDER = 262144
# A past occupation ("worked as", "former"), which "what job did she have before" asks for.
HAS_PRIOR_JOB = 524288
# A time of day ("at 9 p.m.", "that night"), which "at what hour" asks for.
HAS_CLOCK = 1048576
# Legal action ("sued", "a lawsuit"), which "did burke sue milano" asks for.
HAS_LEGAL = 2097152
# An award or honour ("person of the year", "a prize"), which "what awards has she won" asks for.
HAS_AWARD = 4194304
# What letters stand for ("stands for", "an acronym"), which "what does rainn stand for" asks for.
HAS_EXPANSION = 8388608
# A gift ("a gift for her", "presents"), which "what do you get someone for an anniversary" asks for.
HAS_GIFT = 16777216
# Per kind a question may ask for, the flags of which a passage needs one: "what date" wants a date,
# "when" a date or a time told in words ("one night", "five years later").
KIND_FLAGS = {
    "number": HAS_NUMBER,
    "year": HAS_YEAR,
    "day": HAS_DAY,
    "time": HAS_DATE | HAS_TIME,
    "outlet": HAS_OUTLET,
    "law": HAS_LAW,
    "place": HAS_PLACE,
    "venue": HAS_PLACE | HAS_OUTLET,
    "group": HAS_GROUP,
    "percent": HAS_PERCENT,
    "organisation": HAS_ORGANISATION,
    "platform": HAS_PLATFORM,
    "city": HAS_CITY,
    "length": HAS_LENGTH,
    "quote": HAS_QUOTE,
    "method": HAS_METHOD,
    "responder": HAS_RESPONDER,
    "prior_job": HAS_PRIOR_JOB,
    "clock": HAS_CLOCK,
    "legal": HAS_LEGAL,
    "award": HAS_AWARD,
    "expansion": HAS_EXPANSION,
    "gift": HAS_GIFT,
}
# What "when" asks for: a date, a time told in words, a year, a day.
WHEN_FLAGS = HAS_DATE | HAS_TIME | HAS_YEAR | HAS_DAY
_KINDS = [(re.compile(KIND_PATTERNS[kind]), flag) for kind, flag in
          (("outlet", HAS_OUTLET), ("law", HAS_LAW), ("place", HAS_PLACE), ("rate", HAS_RATE),
           ("group", HAS_GROUP), ("percent", HAS_PERCENT), ("reason", HAS_REASON),
           ("organisation", HAS_ORGANISATION), ("platform", HAS_PLATFORM),
           ("city", HAS_CITY), ("length", HAS_LENGTH), ("quote", HAS_QUOTE),
           ("method", HAS_METHOD), ("responder", HAS_RESPONDER), ("prior_job", HAS_PRIOR_JOB),
           ("clock", HAS_CLOCK), ("legal", HAS_LEGAL),
           ("award", HAS_AWARD), ("expansion", HAS_EXPANSION), ("gift", HAS_GIFT))]

# BM25's term-frequency saturation and length normalisation; a low k1 because a passage answers a
# question by containing its words, not by repeating them.
_K1 = 0.3
# At most this many passages keep their term counts at once (the bot has 19; the scale benchmark 100,000).
_COUNTS_KEPT = 4096
_B = 0.3
# "#MeToo" is indexed as "hashtag metoo"; proximity looks through the added "hashtag".
_HASHTAG = "hashtag"
_NUMBER_WORDS = frozenset({"hundred", "thousand", "million", "billion", "dozen"})
# A year is a date, not a count: "2017 tweets" does not say how many tweets there were.
_YEAR = re.compile(r"(?:19|20)\d\d")
# Where a copula stood ("is", "became"), a passage's sequence holds COPULA (no term has this id):
# "MeToo is a tiny part..." says what MeToo is, which answers "what is metoo".
COPULA = 0xFFFFFFFF
# Per term, only the passages where it weighs most are visited when choosing candidates; at the
# articles' scale that is every passage, at 100,000 passages it keeps a query's work bounded.
POSTINGS_PER_TERM = 2000
# A typo is one edit in five letters, two in ten: OSA similarity 0.8 (a hair under, for float rounding).
FUZZY_CUTOFF = 0.799
_FUZZY_LIMIT = 3
_MONTHS = (
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|may|june|july|"
    "august|september|october|november|december"
)
_DATE = re.compile(rf"\b(?:(?:{_MONTHS})\.?\s+\d{{1,2}}\b|(?:19|20)\d\d\b)", re.I)
_DAY = re.compile(rf"\b(?:{_MONTHS})\.?\s+\d{{1,2}}\b", re.I)
_YEAR_IN_TEXT = re.compile(r"\b(?:19|20)\d\d\b")
# "12 years ago" answers "when" too, and still counts years.
_AGO = re.compile(r"\b\d+\s+(?:years?|months?|weeks?|days?|decades?)\s+ago\b", re.I)
# Times told without a date also answer "when": "one night", "five years later", "on the anniversary".
_TIME_PHRASE = re.compile(
    r"\b(?:one|that|last|this) (?:night|day|morning|evening|year|week)\b|\b(?:years?|months?|days?) "
    r"(?:later|after|ago)\b|\banniversary\b|\bsince then\b|\bback in\b"
    # A time told by what was happening: "as the years passed", "when the triumphs became tragedies".
    r"|\bas the (?:years|months|weeks) (?:passed|went by)\b|\bwhen the \w+ (?:became|turned)\b",
    re.I,
)
# Numbers in words count too ("five years later"); "one" is left out, being mostly no number ("one night").
_NUMBER = re.compile(
    r"\b(?!(?:19|20)\d\d\b)\d[\d,.]*\b|\b(?:million|millions|thousands?|hundreds?|dozens?|two|three|four|"
    r"five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)\b",
    re.I,
)
# A capitalised word that does not open a sentence: "Milano", "MAKERS", "#MeToo".
_CAPITALISED = re.compile(r"(?<![.!?\"\u201c]\s)(?<!^)(?<=\s|[#\"\u201c(])[A-Z][\w'\u2019]*")
_WORDLIKE = re.compile(r"[A-Za-z][\w'\u2019]*")
_CAPITAL_RUN = re.compile(r"[A-Z][\w'\u2019]*(?:\s+[A-Z][\w'\u2019]*)+")
# How many passages' dated sentences are kept once read.
_DATED_CACHE = 4096
# Names are learned from the first passages only: enough text to see how a word is written, and a
# bounded cost when a corpus is large.
_NAME_SAMPLE = 2000


class Index:
    """Postings, IDF and each passage's terms in reading order, over a fixed list of passage texts."""

    def __init__(self, texts: Sequence[str]) -> None:
        self.size = len(texts)
        self.vocab: dict[str, int] = {}
        self._lists: list[tuple[array, array]] = []
        self._sequences: list[array] = []
        # each scored passage's term counts, made on first use: counting a term in a passage's sequence was
        # one scan per term per candidate (round 21's profile of the slowest questions)
        self.counts = lru_cache(maxsize=_COUNTS_KEPT)(self._counted)
        self.flags = array("L")
        # The passages' texts, kept (not copied) to read a passage's dated sentences when first asked.
        self._texts = texts
        self._dated: dict[int, list[frozenset[int]]] = {}
        for pid, text in enumerate(texts):
            self._add(pid, text)
        self.terms = list(self.vocab)
        lengths = [len(seq) - seq.count(COPULA) for seq in self._sequences]
        avg = (sum(lengths) / self.size) if self.size else 1.0
        # BM25's length normalisation, worked out once per passage.
        self._norms = array("f", (_K1 * (1.0 - _B + _B * n / avg) for n in lengths))
        self.idf = array("f", (self._idf(len(pids)) for pids, _ in self._lists))
        self.unknown_idf = self._idf(0)
        self.names = _proper_nouns(texts[:_NAME_SAMPLE], self.vocab)
        # The articles' words as written ("started", not the stem "start"): typos are corrected to these.
        self.surfaces = frozenset(w for text in texts[:_NAME_SAMPLE] for w in words(text) if w.isalpha())
        self.aliases = _full_names(texts[:_NAME_SAMPLE], self.vocab, self.names)
        self.roles = _roles(texts[:_NAME_SAMPLE], self.vocab, self.names, self._lists)
        self.number_terms = frozenset(
            tid
            for term, tid in self.vocab.items()
            if (term[0].isdigit() and not _YEAR.fullmatch(term)) or term in _NUMBER_WORDS
        )
        self.postings = [self._impact_order(*plist) for plist in self._lists]
        self.hashtag = self.vocab.get(_HASHTAG)
        del self._lists

    def _add(self, pid: int, text: str) -> None:
        vocab, lists = self.vocab, self._lists
        sequence = array("I")
        for term in marked_terms(text):
            if term is None:
                sequence.append(COPULA)
                continue
            tid = vocab.get(term)
            if tid is None:
                tid = vocab[term] = len(lists)
                lists.append((array("I"), array("H")))
            sequence.append(tid)
        counts = Counter(sequence)
        counts.pop(COPULA, None)
        for tid, tf in counts.items():
            pids, tfs = lists[tid]
            pids.append(pid)
            tfs.append(min(tf, 65535))
        self._sequences.append(sequence)
        self.flags.append(_flags(text))

    def dated(self, pid: int) -> list[frozenset[int]]:
        """The terms of each of passage `pid`'s sentences that give a date or a time (read when first asked:
        only "when" questions need them, for the few passages they judge)."""
        found = self._dated.get(pid)
        if found is None:
            found = self._dated_sentences(pid) if self.flags[pid] & WHEN_FLAGS else []
            if len(self._dated) < _DATED_CACHE:
                self._dated[pid] = found
        return found

    def _dated_sentences(self, pid: int) -> list[frozenset[int]]:
        vocab = self.vocab
        return [
            frozenset(vocab[t] for t in terms(sentence) if t in vocab)
            for sentence in _joined_sentences(self._texts[pid])
            if _gives_when(sentence)
        ]

    def _idf(self, df: int) -> float:
        return math.log(1.0 + (self.size - df + 0.5) / (df + 0.5))

    def _impact_order(self, pids: array, tfs: array) -> tuple[array, array]:
        norms, k1 = self._norms, _K1 + 1.0
        impacts = [tf * k1 / (tf + norms[pid]) for pid, tf in zip(pids, tfs, strict=True)]
        order = sorted(range(len(pids)), key=impacts.__getitem__, reverse=True)
        return array("I", (pids[i] for i in order)), array("f", (impacts[i] for i in order))

    def saturate(self, pid: int, tf: int) -> float:
        """BM25's term-frequency factor for a term seen `tf` times in passage `pid` (about 1 at tf=1)."""
        return tf * (_K1 + 1.0) / (tf + self._norms[pid])

    def tf(self, pid: int, tid: int) -> int:
        """How often term `tid` occurs in passage `pid` (0 if not at all)."""
        return self._sequences[pid].count(tid)

    def _counted(self, pid: int) -> dict[int, int]:
        """Passage `pid`'s term ids with how often each occurs (read through `counts`, which keeps it for
        at most `_COUNTS_KEPT` passages: the synthetic benchmark's 100,000 must not all stay)."""
        return dict(Counter(self._sequences[pid]))

    def sequence(self, pid: int) -> array:
        """Passage `pid`'s term ids in reading order, stopwords left out and COPULA where one stood."""
        return self._sequences[pid]

    def top_postings(self, tid: int) -> Iterable[tuple[int, float]]:
        """The passages where term `tid` weighs most, best first, at most POSTINGS_PER_TERM."""
        ids, impacts = self.postings[tid]
        return islice(zip(ids, impacts, strict=True), POSTINGS_PER_TERM)

    def similar_terms(self, term: str, *, allow_common: bool) -> dict[int, float]:
        """Vocabulary terms within a typo of `term`, with their similarity (0-1).

        Names ("burke", "weinstein") are matched from four letters on; other words only when the
        reader's word was long enough (`allow_common`) that a near miss is more likely a typo than
        a different word ("pasta" is not "past").
        """
        if len(term) < 4 or term.isdigit():
            return {}
        hits = process.extract(
            term,
            self.terms,
            scorer=OSA.normalized_similarity,
            processor=None,
            score_cutoff=FUZZY_CUTOFF,
            limit=_FUZZY_LIMIT,
        )
        return {
            self.vocab[t]: sim
            for t, sim, _ in hits
            # A misspelt common word keeps its last letter more often than not; "police" is not "policy".
            # ... and its first letter: "counted" is not a misspelt "mounted".
            if self.vocab[t] in self.names or (allow_common and t[-1] == term[-1] and t[0] == term[0])
        }


# A sentence opening with "And", "But", "So" goes on with the one before: "One night, when I was lying in
# bed... And I got really scared" tells one moment.
_CONTINUES = re.compile(r"^\W*(?:and|but|so|then|or)\b", re.I)


def _joined_sentences(text: str) -> list[str]:
    """The sentences of `text`, each joined to the ones that go on with it."""
    out: list[str] = []
    for sentence in split_sentences(text):
        if out and _CONTINUES.match(sentence):
            out[-1] = f"{out[-1]} {sentence}"
        else:
            out.append(sentence)
    return out


_WHEN = re.compile("|".join(f"(?:{p.pattern})" for p in (_DATE, _AGO, _TIME_PHRASE)), re.I)


def _gives_when(sentence: str) -> bool:
    """Whether a sentence gives a date, a year, a day or a time told in words (`_flags`' WHEN_FLAGS)."""
    return bool(_WHEN.search(sentence))


def _flags(text: str) -> int:
    # "Oct. 15" is a date, not a number: dates are taken out before looking for numbers.
    undated = _DATE.sub(" ", text)
    dated = undated != text or _AGO.search(text)
    flags = (HAS_NUMBER if _NUMBER.search(undated) else 0) | (HAS_DATE if dated else 0)
    if _TIME_PHRASE.search(text):
        flags |= HAS_TIME
    if _YEAR_IN_TEXT.search(text):
        flags |= HAS_YEAR
    if _DAY.search(text):
        flags |= HAS_DAY
    for pattern, flag in _KINDS:
        if pattern.search(text):
            flags |= flag
    return flags


def _proper_nouns(texts: Sequence[str], vocab: dict[str, int]) -> frozenset[int]:
    """Terms written capitalised mid-sentence most of the time: the names of people, places, titles."""
    capital: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for text in texts:
        for match in _WORDLIKE.finditer(text):
            total.update(_stems(match.group()))
        for match in _CAPITALISED.finditer(text):
            capital.update(_stems(match.group()))
    return frozenset(vocab[t] for t, n in capital.items() if t in vocab and n >= 0.6 * total[t])


@lru_cache(maxsize=65536)
def _stems(word: str) -> tuple[str, ...]:
    return tuple(stem(w) for w in re.findall(r"[a-z0-9]+", fold(word, hashtags=False)))


# "her daughter Elizabella", "TV personality Bevy Smith": the role a person named once is then called by.
_ROLE_BEFORE_NAME = re.compile(rf"\b({ROLE_NOUNS}) ([A-Z][a-z]+)\b")
# A person named in this many passages or fewer is referred to by their role elsewhere.
_ROLE_MAX_PASSAGES = 2


def _roles(
    texts: Sequence[str], vocab: dict[str, int], names: frozenset[int], lists: list[tuple[array, array]]
) -> dict[int, frozenset[int]]:
    """For a person the passages rarely name, the role word set right before their name ("daughter")."""
    roles: dict[int, set[int]] = {}
    for text in texts:
        for match in _ROLE_BEFORE_NAME.finditer(text):
            name, role = vocab.get(stem(match.group(2).lower())), vocab.get(stem(match.group(1)))
            if name in names and role is not None and len(lists[name][0]) <= _ROLE_MAX_PASSAGES:
                roles.setdefault(name, set()).add(role)
    return {tid: frozenset(r) for tid, r in roles.items()}


def _full_names(
    texts: Sequence[str], vocab: dict[str, int], names: frozenset[int]
) -> dict[int, frozenset[int]]:
    """First and last names seen together ("Tarana Burke"), so either one finds a passage using the other."""
    pairs: dict[int, set[int]] = {}
    for text in texts:
        for match in _CAPITAL_RUN.finditer(text):
            parts = [t for w in match.group().split() for t in _stems(w)]
            ids = [vocab.get(t) for t in parts]
            if len(ids) == 2 and all(i is not None and i in names for i in ids) and ids[0] != ids[1]:
                pairs.setdefault(ids[0], set()).add(ids[1])
                pairs.setdefault(ids[1], set()).add(ids[0])
    return {tid: frozenset(others) for tid, others in pairs.items()}
