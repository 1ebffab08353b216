"""Parse a question: each content word resolved to the vocabulary (exact, paraphrase, name, typo)."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

from knowledge import framing, intents, lexicon, quoting
from knowledge.dictation import heard_names, me_too, partner_slips
from knowledge.homophones import respell
from knowledge.index import (
    FUZZY_CUTOFF,
    HAS_GROUP,
    HAS_NUMBER,
    HAS_OUTLET,
    HAS_QUOTE,
    HAS_REASON,
    HAS_YEAR,
    KIND_FLAGS,
    Index,
)
from knowledge.joins import join_split
from knowledge.kinds import KIND_WORDS, asked_kinds, kind_frame_words
from knowledge.numerals import joined_tens, swapped_year
from knowledge.soundalike import SoundAlike
from knowledge.spelling import Speller
from knowledge.text import STOPWORDS, stem, words

__all__ = ["Query", "QueryParser", "QueryTerm"]

# A paraphrase is nearly as good as the article's own word; so is a person's other name
# ("Burke" for "Tarana").
_PARAPHRASE_SIMILARITY = 0.85
_ALIAS_SIMILARITY = 0.8
_ROLE_SIMILARITY = 0.7
# Generic words ("time", "name") help rank but weigh less, and do not count as content.
_GENERIC_FACTOR = 0.3
# Intent expansions weigh a share of what a word the articles never use weighs (the highest IDF), so
# they keep their place among the question's words at any corpus size.
# "who" -> founder, actress; "how long" -> decades, years: about as much as a common word.
_EXPANSION_SHARE = 0.27
# "it" -> #MeToo: a hint, no more.
_TOPIC_SHARE = 0.14
# "why": the reason is what the question is after ("what spurred her"), so it weighs nearly the most.
_REASON_SHARE = 0.8
# "where": only a passage that names a place can answer.
_PLACE_SHARE = 0.5
# A number the reader states that the articles do not give is checked against the one they give.
_STATED_NUMBER_SIMILARITY = 0.8
# Words that may follow a claim's year without making it the name of a work ("in 2016 right").
_CLAIM_TAGS = frozenset("right true correct yeah yes wrong wasnt didnt isnt doesnt".split())  # noqa: SIM905
# Sizes a claim may state that the articles never use (they give "million").
_MAGNITUDES = frozenset({"hundred", "hundreds", "thousand", "thousands", "billion", "billions", "trillion"})
# A number before one of these counts years ("the 10 year anniversary").
_YEAR_UNITS = frozenset({"year", "years", "yr", "yrs"})
_YEAR = re.compile(r"(?:19|20)\d\d")
# "because" gives a reason, but so loosely that the passage with the question's own words still comes first.
_BECAUSE_SIMILARITY = 0.5
# "repost" is posting again, "cofounder" a founder: a prefix on a known word keeps most of its meaning.
_PREFIXES = ("re", "co", "un", "over", "out", "mis", "pre", "self")
_MIN_PREFIXED_REST = 4
_PREFIXED_SIMILARITY = 0.85
# "counted", "totals": forms of the words that ask for a number.
_NUMBER_STEMS = frozenset(stem(w) for w in lexicon.NUMBER_WORDS)
# At most this many words' fixes and meanings are kept (a few hundred kilobytes), the least recent dropped.
_WORDS_KEPT = 4096
# Texts whose parse is kept: a message's own parses, not other messages' (asked with other questions between,
# a larger memo gained nothing in round 21).
_TEXTS_KEPT = 8
# The words of a chatty preamble ("for my class project, ...") weigh this share, and count only where present.
_PREAMBLE_FACTOR = 0.5
# In a preamble, the verbs of asking and telling weigh nothing.
_PREAMBLE_VERBS = frozenset(intents.SPEECH_WORDS.split()) | frozenset(
    # "can you help me with something, ...": the help asked for is with the question, no part of it.
    "asks wonder wondering wondered know knew wants wanted help helping".split()  # noqa: SIM905
)


@dataclass(frozen=True, slots=True)
class QueryTerm:
    """One word of the question: the vocabulary terms it may mean (id -> similarity 0-1) and its weight.

    `counted` terms make up the question's content, which the decision asks a passage to cover;
    `name` terms name a person or title; `expansion` terms come from the question's intent, not its words.
    """

    candidates: dict[int, float]
    weight: float
    counted: bool = True
    name: bool = False
    expansion: bool = False
    # Counted only where present: a passage that gives a reason covers "why" better, one that does not
    # is not held to it.
    optional: bool = False
    # Covered, to this degree, by any passage holding one of these index flags: a number for "what is the
    # hotline number", a reason ("because") for "why".
    held: int = 0
    held_similarity: float = 1.0
    # The ids reached by the reader's own word, exactly or misspelt (not by a paraphrase): a passage that
    # shares no word at all with the question only shares a topic with it.
    literal: frozenset[int] = frozenset()
    # A passage without this term keeps only part of its score: "why" wants a reason.
    demanded: bool = False


@dataclass(frozen=True, slots=True)
class Query:
    """A parsed question: its terms, and the kind of answer it asks for."""

    terms: tuple[QueryTerm, ...]
    wants_date: bool = False
    wants_number: bool = False
    # "how many tweets": the ids a number should stand right before; `counting` says a noun was asked
    # about at all (if the articles never use it, `counted` is empty and nothing can answer).
    counted: frozenset[int] = frozenset()
    counting: bool = False
    wants_definition: bool = False
    # What an answer must hold: per kind asked for, the index flags of which it needs one (a date, a
    # number, a place, an outlet, a law).
    kinds: tuple[int, ...] = ()
    # "how many a day": a rate answers, a total does not (and the other way round).
    asks_rate: bool = False
    # "the total tweet count": a total answers, a rate does not, even without "how many".
    asks_total: bool = False
    # "what X and what Y": the answer may take two passages.
    joined: bool = False
    # "who": a passage introducing someone by their role answers, even one that restates the headline.
    wants_person: bool = False
    # "who interviewed burke": only a passage naming someone the question does not can answer.
    needs_other_name: bool = False
    # "how do i reset my password": what the reader may do, which no passage answers.
    how_to: bool = False
    # "what did bevy smith say": the ids of the person whose words are asked for.
    speaker: frozenset[int] = frozenset()
    # "how did milano mark the anniversary", "what did she do": how something was done, which a passage
    # restating the headline ("marked the five-year anniversary") does not tell.
    manner: bool = False

    @property
    def has_content(self) -> bool:
        return any(t.counted for t in self.terms)


def _merge_alternatives(
    parsed: list[QueryTerm], pairs: list[tuple[int, int]], positions: dict[int, int]
) -> list[QueryTerm]:
    """Two words offered as a choice ("an actress or a singer") made one term that either answers; a choice
    of two words the articles never use ("a democrat or a republican") stays one they do not cover."""
    dropped: set[int] = set()
    for a, b in pairs:
        i, j = positions.get(a), positions.get(b)
        if i is None or j is None or i == j or i in dropped or j in dropped:
            continue
        first, second = parsed[i], parsed[j]
        if first.name or second.name or not first.counted or not second.counted:
            continue
        known = [t for t in (first, second) if t.candidates]
        candidates = {tid: sim for t in known for tid, sim in t.candidates.items()}
        weight = min(t.weight for t in known) if known else first.weight
        literal = frozenset().union(*(t.literal for t in known))
        parsed[i] = replace(first, candidates=candidates, weight=weight, literal=literal)
        # The other word stays in its place (positions point at it), weighing nothing.
        parsed[j] = replace(second, candidates={}, weight=0.0, counted=False, literal=frozenset())
        dropped.add(j)
    return parsed


_COUNT_ASKED = re.compile(r"\bhow (?:many|much)\b")
_COUNT_FRAME_WORDS = frozenset("now later today currently".split())  # noqa: SIM905


def _relax_claim(parsed: list[QueryTerm], unchecked: list[int]) -> None:
    """In a tagged claim ("metoo got 12 million tweets in a single day right"), the words the articles lack
    are the reader's to be checked, not the claim's topic: a false premise is worded with what the truth
    does not say ("single", "older", "never"). Only when the claim's other words, at least two beyond names,
    still say what it is about, so "milano is married right" is no claim about a passage on Milano."""
    known = sum(1 for t in parsed if t.candidates and t.counted and not t.name)
    if known < _CLAIM_KNOWN or len(unchecked) > known:
        return
    for i in unchecked:
        parsed[i] = replace(parsed[i], counted=False, optional=True)


def _quote_asked(parsed: list[QueryTerm], seen: dict[str, int], folded: str) -> None:
    """A verb asking for someone's words ("what did the tweet say") is held by a passage quoting them,
    not by one using the same verb ("to openly say #MeToo")."""
    for verb in quoting.words_asked_verbs(folded):
        i = seen.get(stem(verb))
        if i is not None and i < len(parsed):
            parsed[i] = replace(parsed[i], candidates={}, literal=frozenset(), held=HAS_QUOTE)


def _stated_number(word: str) -> tuple[int, float] | None:
    """A number the reader states that the articles never give ("were there like 20 million tweets",
    "it broke in 2015 right"): a claim to check, which the passage giving the articles' own number (or
    year) answers, a little less surely than one repeating it."""
    if word in _MAGNITUDES:
        # "so 19 billion metoo tweets in the first year?": the size the reader states is theirs to check too.
        return HAS_NUMBER, _STATED_NUMBER_SIMILARITY
    if not word.isdigit():
        return None
    return (HAS_YEAR if _YEAR.fullmatch(word) else HAS_NUMBER), _STATED_NUMBER_SIMILARITY


def _loose_detail(qterm: QueryTerm, after: list[str]) -> bool:
    """Whether a number a claim states is a detail of time to correct: a year not naming a work by its year
    ("the 2018 interview", followed by a word of its own), or a count of years ("10 year anniversary");
    a count of things ("20 million tweets") is what the claim is about."""
    following = after[0] if after else ""
    if following in _YEAR_UNITS:
        return True
    return qterm.held == HAS_YEAR and (not following or following in STOPWORDS or following in _CLAIM_TAGS)


def _comparative_bases(word: str) -> list[str]:
    """What "larger", "bigger" or "earlier" compare: large, big, early (the stemmer keeps -er, since
    "founder" and "power" are words of their own). Superlatives are left alone: "what is the largest
    country" is a question for an encyclopedia, not about "a large movement"."""
    if not word.endswith("er") or len(word) < 5:
        return []
    root = word[:-2]
    doubled = root[:-1] if len(root) > 2 and root[-1] == root[-2] else root
    return [root + "e", root, doubled, root[:-1] + "y" if root.endswith("i") else root]


# "how did milano mark ...", "what did she do on ...": how something was done (not how someone felt).
# The nouns a request for ideas or tips ends on (`intents.asks_how_to`).
_REQUEST_NOUNS = frozenset({"ideas", "tips", "suggestions", "recommendations"})
_MANNER = re.compile(
    r"\bhow (?:did|does|do|has|have|will) (?!.*\b(?:feel|felt|think|react)\b)"
    r"|\bwhat (?:did|does|has) (?:\w+ ){1,2}do\b"
)
# Words that only turn a claim to check around ("she never apologized, right").
_POLARITY_WORDS = frozenset({"never", "nope", "nah"})
# A tagged claim's words the articles lack are set aside only when this many of its words they know remain.
_CLAIM_KNOWN = 3


class QueryParser:
    """Turns a question into a `Query` against one index, using the lexicon."""

    def __init__(self, index: Index) -> None:
        self.index = index
        # Each word's spelling fix and meanings, kept once read: they depend on the word and the index alone,
        # and a long message reads the same words in each of its parts (round 21: the p99 is long messages)
        self._fix = lru_cache(maxsize=_WORDS_KEPT)(self._fixed_now)
        self._meant = lru_cache(maxsize=_WORDS_KEPT)(self._candidates_now)
        # The last few texts parsed: one message parses the same text more than once (its whole, a part that
        # is the whole less a greeting, a part again when the memory's passages are checked); a `Query` is
        # frozen and nothing changes its terms' containers once parsed, so one may be handed out twice
        self.parse = lru_cache(maxsize=_TEXTS_KEPT)(self._parse_now)
        self._paraphrases = self._stemmed_paraphrases()
        self._paraphrase_words = list(self._paraphrases)
        self._roles = self._known(lexicon.ROLE_WORDS)
        self._causes = self._known(lexicon.CAUSE_WORDS)
        self._durations = self._known(lexicon.DURATION_WORDS)
        self._places = self._known(lexicon.PLACE_WORDS)
        self._topic = self._known(lexicon.TOPIC_WORDS)
        self.topic_ids = frozenset(self._topic)
        self._outlets = self._known(lexicon.OUTLET_WORDS)
        self._kin = self._known(lexicon.KIN_WORDS, _STATED_NUMBER_SIMILARITY)
        self._stated_roles = self._known(lexicon.ROLE_WORDS, _STATED_NUMBER_SIMILARITY)
        self._generic = frozenset(stem(w) for w in lexicon.GENERIC_WORDS)
        self.generic_ids = frozenset(index.vocab[t] for t in self._generic if t in index.vocab)
        self.group_ids = frozenset(self._known(lexicon.GROUP_WORDS))
        self._group_stems = frozenset(stem(w) for w in lexicon.GROUP_WORDS.split())
        readers = {w for key in lexicon.PARAPHRASES for w in key.split()}
        self._speller = Speller(
            index.surfaces | readers | STOPWORDS | lexicon.GENERIC_WORDS | lexicon.NUMBER_WORDS
            | lexicon.PHRASE_WORDS | KIND_WORDS
        )
        # Only the articles' own words and the lexicon's, no stopwords: a sound-alike read as "also" would
        # only hide the word the question was about ("alisa" is Alyssa).
        self._sounds = SoundAlike((index.surfaces | readers) - STOPWORDS)
        self._joinable = index.surfaces | readers
        self._names = SoundAlike(
            {w for w in index.surfaces if index.vocab.get(stem(w)) in index.names}, min_key=2
        )
        self._partners = _partners(index)

    def _parse_now(self, question: str) -> Query:
        """The question's terms, each resolved against the vocabulary, plus its intents (`parse`)."""
        frame, asked = framing.split_frame(question)
        framed = self._fold(frame) if frame else ""
        folded = f"{framed} {self._fold(asked)}".strip()
        folded_words = words(folded)
        start = max(len(words(framed)), intents.question_start(folded_words))
        if not any(w not in STOPWORDS and stem(w) not in self._generic for w in folded_words[start:]):
            # "my phone wont turn on, what do i do": a question word with nothing after it asks about what
            # came before, which is then no preamble.
            start = 0
        kinds = asked_kinds(folded)
        # Whom a claim to check says it was for (empty unless the question checks a claim).
        asserted = framing.asserts(question, folded_words)
        group = framing.stated_group(folded, asserted)
        parsed, seen = self._read_terms(folded, folded_words, start, kinds, group, asserted)
        counts = intents.counted_words(folded)
        counted = self._counted(counts, parsed, seen)
        _quote_asked(parsed, seen, folded)
        person = intents.wants_person(folded) or self._names_only(folded, parsed)
        parsed.extend(self._expansions(folded, parsed, kinds))
        return Query(
            tuple(parsed),
            wants_date=intents.wants_date(folded),
            wants_number=intents.wants_number(folded),
            counted=counted,
            counting=bool(counts),
            wants_definition=intents.wants_definition(folded),
            # "was it made only for rich women, right": only a passage saying whom it was for settles it.
            kinds=tuple(KIND_FLAGS[k] for k in sorted(kinds))
            + ((HAS_GROUP,) if group and "group" not in kinds else ()),
            asks_rate=intents.asks_rate(folded),
            asks_total=intents.asks_total(folded),
            joined=intents.joins_two(folded),
            wants_person=person,
            needs_other_name=intents.asks_who_did(folded)
            and any(t.counted and not t.name and not t.expansion for t in parsed),
            how_to=intents.asks_how_to(folded) and not self._printed_ending(folded_words),
            speaker=self._speaker(folded, parsed),
            manner=("how" in folded or " do" in folded) and bool(_MANNER.search(folded)),
        )

    def _read_terms(
        self, folded: str, folded_words: list[str], start: int, kinds: frozenset[str], group: frozenset[str],
        asserted: bool = False,
    ) -> tuple[list[QueryTerm], dict[str, int]]:
        """The question's own terms in order, each weighed for its part (preamble, frame, choice), and where
        each word's stem stands among them."""
        seen: dict[str, int] = {}
        positions: dict[int, int] = {}
        parsed: list[QueryTerm] = []
        claim = asserted or framing.checks_claim(folded)
        frame = kind_frame_words(kinds)
        named_source = framing.source_words(folded)
        # Only a claim to check states an outlet, a relative or a role (each reader checks that again).
        none: frozenset[str] = frozenset()
        outlet = framing.stated_outlet(folded, asserted) if claim else none
        kin = framing.stated_kin(folded, asserted) if claim else none
        role = framing.stated_role(folded, asserted) if claim else none
        tagged = claim and framing.tags_claim(folded)
        unchecked: list[int] = []
        counts_asked = bool(_COUNT_ASKED.search(folded))
        for n, word in enumerate(folded_words):
            term = stem(word)
            if word in STOPWORDS or term in seen:
                continue
            seen[term] = len(parsed)
            qterm = self._resolve(word, term, stated=claim)
            if word in kin and not qterm.candidates:
                # "i heard her son inspired it": checked against the relative the articles name.
                qterm = replace(qterm, candidates=dict(self._kin))
            elif claim and not qterm.candidates and folded_words[n + 1 : n + 2] and stem(
                folded_words[n + 1]
            ) in self._group_stems:
                # "was it for college women?": who the claim says the group was is the reader's to check
                # against the group a passage names.
                qterm = replace(qterm, counted=False, optional=True)
            elif word in group:
                # "burke started it for white college students": checked against the group a passage
                # says it was for ("for young girls of color"), whichever it is.
                qterm = replace(qterm, held=HAS_GROUP, held_similarity=_STATED_NUMBER_SIMILARITY)
            elif word in role:
                # "milano is a singer isnt she": checked against the roles the articles give people.
                qterm = replace(qterm, candidates=dict(self._stated_roles), name=False, literal=frozenset())
            elif tagged and not qterm.candidates and not qterm.held and word not in outlet:
                unchecked.append(len(parsed))
            stated = not qterm.candidates and qterm.held_similarity == _STATED_NUMBER_SIMILARITY
            if stated and qterm.held and (asserted or _loose_detail(qterm, folded_words[n + 1 : n + 2])):
                # "burke founded it in 2010?", "was it the 10 year anniversary they marked": a year, or a
                # number of years, the articles never give is the claim's detail to correct; the claim is
                # about the rest of it, and the passage telling the rest shows the right detail ("more than
                # 12 years ago", "the five-year anniversary"). The stated one is counted only where a passage
                # gives one and weighs little: as a whole term it chose any passage with a year ("Back in
                # 2017"), which corrects nothing. A statement asked only by its question mark loosens any
                # number it states so.
                qterm = replace(qterm, optional=True, weight=qterm.weight * _GENERIC_FACTOR)
            if word in outlet:
                # The outlet a claim names is checked against the one a passage names, whichever it is: a
                # passage that merely mentions the same outlet in passing does not prove the claim.
                qterm = replace(
                    qterm, candidates={}, name=False, literal=frozenset(), held=HAS_OUTLET,
                    held_similarity=_STATED_NUMBER_SIMILARITY,
                )
            if n < start and word in _PREAMBLE_VERBS:
                # "my mom asked me who...", "someone told me": how the question came, not what it is about.
                qterm = replace(qterm, weight=0.0, counted=False)
            elif n < start:
                qterm = replace(qterm, weight=qterm.weight * _PREAMBLE_FACTOR, optional=True)
            elif word in lexicon.COMPARE_WORDS:
                qterm = replace(qterm, optional=True)
            elif counts_asked and word in _COUNT_FRAME_WORDS:
                # "how many tweets a day were there a year later", "how many a day now": when the count was
                # taken, which the passage giving it need not say (a year or "in total" still counts: making
                # them optional answered "how many tweets by 2022" and lost "how many in total so far")
                qterm = replace(qterm, counted=False, optional=True)
            elif word in _POLARITY_WORDS and (claim or framing.tags_claim(folded)):
                # "milano never apologized, right": the reader's polarity, which the passage stating the
                # fact settles either way; not a word it must hold.
                qterm = replace(qterm, counted=False, weight=qterm.weight * _GENERIC_FACTOR)
            elif word in named_source:
                # "according to the time essay" says where it was said, which its passages need not repeat.
                qterm = replace(qterm, weight=qterm.weight * _GENERIC_FACTOR, optional=True)
            elif word in frame:
                # "meant to help" only says a group is asked for, which the kind's check asks of a passage.
                qterm = replace(qterm, counted=False, weight=qterm.weight * _GENERIC_FACTOR)
            parsed.append(qterm)
            positions[n] = seen[term]
        _relax_claim(parsed, unchecked)
        return _merge_alternatives(parsed, framing.alternatives(folded_words), positions), seen

    @property
    def paraphrase_stems(self) -> frozenset[str]:
        """The stems of the reader's words the lexicon maps to the articles' words."""
        return frozenset(self._paraphrases)

    @property
    def generic_stems(self) -> frozenset[str]:
        """The stems of words that only say what kind of question it is."""
        return self._generic

    def corrects(self, word: str) -> bool:
        """Whether the reader takes `word`, not a word of the articles, for one of theirs misspelt or
        misheard."""
        return self._fix(word) != word

    def _fold(self, text: str) -> str:
        """`text` as lowercase words, typos corrected and the lexicon's phrases rewritten."""
        typed = join_split(respell(joined_tens(words(text, hashtags=False))), self._joinable)
        typed = partner_slips(me_too(heard_names(typed, self._joinable, self._names)), self._partners)
        return lexicon.rewrite_phrases(" ".join(self._fix(w) for w in typed))

    def _printed_ending(self, folded_words: list[str]) -> bool:
        """Whether the question's last two words stand together in a passage ("antidote decades entrenched
        ideas": the passage's "entrenched ideas"), so its "ideas" or "tips" quotes the articles rather than
        asking for some. Read only for a message the request pattern took for a request."""
        if len(folded_words) < 2 or folded_words[-1] not in _REQUEST_NOUNS:
            return False
        vocab = self.index.vocab
        pair = vocab.get(stem(folded_words[-2])), vocab.get(stem(folded_words[-1]))
        if None in pair:
            return False
        return any(
            (a, b) == pair
            for pid in range(self.index.size)
            for a, b in itertools.pairwise(self.index.sequence(pid))
        )

    def _speaker(self, folded: str, parsed: list[QueryTerm]) -> frozenset[int]:
        """The ids of the person whose words the question asks for (their name's terms)."""
        vocab = self.index.vocab
        named = {vocab[stem(w)] for w in intents.speaker(folded) if stem(w) in vocab}
        return frozenset(tid for t in parsed if t.name and t.literal & named for tid in t.candidates)

    @staticmethod
    def _counted(counts: tuple[str, ...], parsed: list[QueryTerm], seen: dict[str, int]) -> frozenset[int]:
        """The ids a number should stand before: any meaning of the noun counted, but only the reader's own
        words for what "people" or "times" stand for ("how many people use twitter" is not about tweets)."""
        ids: set[int] = set()
        for n, word in enumerate(counts):
            i = seen.get(stem(word))
            if i is None:
                continue
            if n == 0:
                ids |= set(parsed[i].candidates)
            elif parsed[i].counted:
                ids |= parsed[i].literal
        return frozenset(ids)

    def _fixed_now(self, word: str) -> str:
        """A word typed with one slip ("mny", "startd", "realy") spelled right; known words as they are
        (read through `_fix`, which keeps it)."""
        term = stem(word)
        if word.isdigit():
            return swapped_year(word, self.index.vocab) or word
        if word in STOPWORDS or term in self.index.vocab or term in self._paraphrases:
            return word
        if term in self._generic:
            # A word the lexicon knows is no typo: "teacher" is not a comparative of "teach".
            return word
        base = next((b for b in _comparative_bases(word) if stem(b) in self.index.vocab), None)
        return (
            base or intents.QUESTION_WORD_SLIPS.get(word) or self._speller.correct(word)
            or self._sounds.match(word) or word
        )

    def _expansions(self, folded: str, parsed: list[QueryTerm], kinds: frozenset[str]) -> list[QueryTerm]:
        out = []
        top = self.index.unknown_idf
        if (intents.wants_person(folded) or self._names_only(folded, parsed)) and self._roles:
            out.append(QueryTerm(self._roles, top * _EXPANSION_SHARE, counted=False, expansion=True))
        if intents.wants_reason(folded) and self._causes:
            # Counted: a "why" question is answered by a passage that gives a reason, even in other words;
            # demanded: a passage that gives none ranks below one that does.
            # Any passage saying "because" gives one.
            out.append(
                QueryTerm(
                    self._causes, top * _REASON_SHARE, expansion=True, optional=True, demanded=True,
                    held=HAS_REASON, held_similarity=_BECAUSE_SIMILARITY,
                )
            )
        if intents.wants_place(folded) and self._places:
            # A hint: that a "where" question is only answered by a passage naming a place is the place
            # kind's check (see knowledge.kinds), which knows more places than these words.
            out.append(QueryTerm(self._places, top * _PLACE_SHARE, counted=False, expansion=True))
        if "outlet" in kinds and self._outlets:
            out.append(QueryTerm(self._outlets, top * _EXPANSION_SHARE, counted=False, expansion=True))
        if intents.wants_duration(folded) and self._durations:
            out.append(QueryTerm(self._durations, top * _EXPANSION_SHARE, counted=False, expansion=True))
        if intents.mentions_topic(folded) and self._topic and not any(t.name for t in parsed):
            # "when did it go viral": with no one named, "it" is the movement this bot is about.
            out.append(QueryTerm(self._topic, top * _TOPIC_SHARE, counted=False, expansion=True))
        return out

    @staticmethod
    def _names_only(folded: str, parsed: list[QueryTerm]) -> bool:
        """A name alone ("and milano?", "what about burke", "tarana burke") asks who that is."""
        subject = intents.follow_up_subject(folded)
        return bool(subject) and len(subject) == len(parsed) and all(t.name for t in parsed)

    def _resolve(self, word: str, term: str, *, stated: bool = False) -> QueryTerm:
        index = self.index
        candidates, written = self._candidates(word, term)
        generic = term in self._generic
        factor = _GENERIC_FACTOR if generic else 1.0
        held = HAS_NUMBER if word in lexicon.NUMBER_WORDS or term in _NUMBER_STEMS else 0
        if not candidates:
            held, similarity = (stated and _stated_number(word)) or (held, 1.0)
            return QueryTerm(
                {}, index.unknown_idf * factor, counted=not generic, held=held, held_similarity=similarity
            )
        best = max(candidates, key=lambda tid: (candidates[tid], index.idf[tid]))
        # A name is one the reader wrote, maybe misspelt; not one a paraphrase led to ("phone" -> Hotline).
        name = not generic and best in written and best in index.names
        for alias in index.aliases.get(best, ()) if name else ():
            # The person's other name: "Burke" also finds "Tarana".
            candidates.setdefault(alias, candidates[best] * _ALIAS_SIMILARITY)
        for role in index.roles.get(best, ()) if name else ():
            # Someone the articles name once is called by their role elsewhere: Elizabella, "her daughter".
            candidates.setdefault(role, candidates[best] * _ROLE_SIMILARITY)
        literal = frozenset(written | set(index.aliases.get(best, ()) if name else ()))
        return QueryTerm(
            candidates,
            index.idf[best] * factor,
            counted=not generic,
            name=name,
            held=held,
            literal=literal,
        )

    def _candidates(self, word: str, term: str) -> tuple[dict[int, float], set[int]]:
        """What the reader's word may mean (term id -> similarity), and the ids reached by its spelling: new
        containers each time, since `_resolve` adds a name's aliases to them."""
        meant = self._meant(word, term)
        return dict(meant[0]), set(meant[1])

    def _candidates_now(self, word: str, term: str) -> tuple[dict[int, float], set[int]]:
        index = self.index
        candidates: dict[int, float] = {}
        exact = index.vocab.get(term)
        if exact is not None:
            candidates[exact] = 1.0
        for tid, sim in self._paraphrases.get(term, {}).items():
            candidates.setdefault(tid, sim)
        spelled: dict[int, float] = {}
        if exact is None:
            # Short words only match names: "burk" is Burke, but "pasta" is not "past".
            spelled = index.similar_terms(term, allow_common=len(word) >= 6)
            for tid, sim in spelled.items():
                candidates.setdefault(tid, sim)
            # A relative is the reader's own word, not a misspelt paraphrase: "mother" is not "others".
            if term not in self._paraphrases and len(word) >= 6 and word not in framing.KIN_WORDS:
                for tid, sim in self._misspelt_paraphrase(term).items():
                    candidates.setdefault(tid, sim)
            if not candidates:
                for tid, sim in self._prefixed(term).items():
                    candidates.setdefault(tid, sim)
        return candidates, {exact, *spelled} if exact is not None else set(spelled)

    def _prefixed(self, term: str) -> dict[int, float]:
        """What a word made of a prefix and a known word means ("repost", "reshare", "cofounder"): the
        known word, or what the lexicon reads it as, a little more loosely."""
        for prefix in _PREFIXES:
            rest = term[len(prefix) :]
            if term.startswith(prefix) and len(rest) >= _MIN_PREFIXED_REST:
                found = dict(self._paraphrases.get(rest, {}))
                if rest in self.index.vocab:
                    found[self.index.vocab[rest]] = 1.0
                if found:
                    return {tid: sim * _PREFIXED_SIMILARITY for tid, sim in found.items()}
        return {}

    def _misspelt_paraphrase(self, term: str) -> dict[int, float]:
        """What a misspelt reader's word means: "foundd" is "found", so founder, creator..."""
        hit = process.extractOne(
            term,
            self._paraphrase_words,
            scorer=OSA.normalized_similarity,
            processor=None,
            score_cutoff=FUZZY_CUTOFF,
        )
        # As for the vocabulary, the last letter must agree: "police" is not a misspelt "policy".
        if hit is None or hit[0][-1] != term[-1]:
            return {}
        return {tid: sim * hit[1] for tid, sim in self._paraphrases[hit[0]].items()}

    def _stemmed_paraphrases(self) -> dict[str, dict[int, float]]:
        table: dict[str, dict[int, float]] = {}
        for readers, articles in lexicon.PARAPHRASES.items():
            targets = self._known(articles, _PARAPHRASE_SIMILARITY)
            for word in readers.split():
                merged = table.setdefault(stem(word), {})
                for tid, sim in targets.items():
                    merged[tid] = max(sim, merged.get(tid, 0.0))
        return table

    def _known(self, text: str, similarity: float = 1.0) -> dict[int, float]:
        """The vocabulary ids of the article words in `text` (those the articles use), with similarity.

        A word may carry its own similarity, as in "amplify:0.7": a looser reading of the reader's word.
        """
        vocab = self.index.vocab
        known: dict[int, float] = {}
        for item in text.split():
            word, _, share = item.partition(":")
            tid = vocab.get(stem(word))
            if tid is not None:
                known[tid] = float(share) if share else similarity
        return known


def _partners(index: Index) -> dict[str, tuple[str, ...]]:
    """Each half of the articles' full names, as written, -> the other halves seen with it."""
    surface: dict[int, str] = {}
    for word in sorted(index.surfaces):
        tid = index.vocab.get(stem(word))
        if tid in index.aliases and (tid not in surface or len(word) < len(surface[tid])):
            surface[tid] = word  # the shortest form: "burke", not "burkes"
    return {
        surface[tid]: tuple(surface[o] for o in others if o in surface)
        for tid, others in index.aliases.items() if tid in surface
    }
