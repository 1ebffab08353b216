"""The knowledge base: documents and passages, an index built once, and `search` / `best` over it."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from knowledge.answers import Answerer
from knowledge.asking import STORY_WORDS, asked_parts, is_fragment, points_back, told_before
from knowledge.attribution import claim_asked, gives_words
from knowledge.elsewhere import Elsewhere
from knowledge.frames import Framed, compared, drop_label, unframe
from knowledge.hotline import HOTLINE_NUMBER
from knowledge.index import Index
from knowledge.intents import split_clauses
from knowledge.listing import as_asked
from knowledge.loader import read_documents
from knowledge.memory import DECLINE, FILL, MEMORY_RULES, OVERRIDE, PART_RULE, Memory, MemoryRule, Vote
from knowledge.model import Answer, Document, Match, Passage
from knowledge.overview import OVERVIEW_PASSAGES, Overview, overview_asked, standing_for, topic_of
from knowledge.passages import make_passages
from knowledge.quantities import Quantities
from knowledge.query import Query
from knowledge.quoted import QuotedPhrases
from knowledge.roles import Roles
from knowledge.scope import Scope
from knowledge.search import Searcher
from knowledge.segment import article_words, split_run_together
from knowledge.sources import SourceQuestion, articles_named, prepare_sources, source_question
from knowledge.speakers import speaker_notes
from knowledge.text import stem, terms, words

__all__ = ["DEFAULT_SEEDS_DIR", "KnowledgeBase", "load_knowledge"]

# The articles shipped inside the package: in a checkout, knowledge/seeds links to the repository's seeds/;
# in an installed wheel, it holds copies of them. Either way the bot finds them from any working directory.
DEFAULT_SEEDS_DIR = Path(__file__).resolve().parent / "seeds"


class KnowledgeBase:
    """Documents, their passages and the index over them; searching never reads files."""

    def __init__(
        self,
        documents: Iterable[Document],
        passages: Iterable[Passage] | None = None,
        *,
        memory: Memory | None = None,
        memory_rules: Iterable[MemoryRule] = MEMORY_RULES,
        part_rule: MemoryRule | None = PART_RULE,
    ) -> None:
        self.documents: tuple[Document, ...] = tuple(documents)
        self.passages: tuple[Passage, ...] = (
            tuple(passages) if passages is not None else make_passages(self.documents)
        )
        # The written questions' memory (knowledge/memory.py); the shipped one only for the shipped articles.
        self.memory = memory if memory is not None else Memory.load([p.text for p in self.passages])
        self._memory_rules = tuple(memory_rules)
        self._part_rule = part_rule

        self._searcher = Searcher(
            Index([p.text for p in self.passages]), _ledes(self.passages), speaker_notes(self.passages)
        )
        prepare_sources(self.documents)
        self._words = article_words(self.documents)
        self._roles = Roles(p.text for p in self.passages)
        self._quoted = QuotedPhrases([p.text for p in self.passages])
        # each passage's folded words, spaced, for `_holds`: a quiz's choices and blanks are looked up in
        # every passage, and folding them again for each look-up cost ~4 ms a blank (the quoted phrases'
        # reader folds them once already)
        self._spelled = self._quoted.spelled
        index = self._searcher.index
        self._names = frozenset(w for w in index.surfaces if index.vocab.get(stem(w)) in index.names)
        hotline = next((p for p in self.passages if HOTLINE_NUMBER in p.text), None)
        scope = Scope([*(p.text for p in self.passages), *(d.date for d in self.documents if d.date)])
        # the passages that stand for each article, for a request for its gist (the help line aside)
        self._hotline = hotline.id if hotline else None
        aside = frozenset() if self._hotline is None else frozenset({self._hotline})
        self._standing = standing_for(self.passages, aside)
        # The bot reads one message as a summary, a header question and a question on the articles, each
        # spacing it first: the last few messages' spacing is kept (a pure function of the text)
        self._spaced = lru_cache(maxsize=_MESSAGES_KEPT)(self._spaced_now)
        self._answerer = Answerer(
            self._searcher, self._hotline, hotline.text if hotline else "", scope,
            Quantities([p.text for p in self.passages]),
            Elsewhere([*(p.text for p in self.passages), *(d.title for d in self.documents)]),
        )

    def _spaced_now(self, question: str) -> str:
        """`question` with words run together split ("whofoundedmetoo"), the articles' words counting, and
        without a label saying who asks or what for ("podcaster: ..."): `_spaced`."""
        return drop_label(split_run_together(question, self._words), self._known, self._names)

    def _known(self, word: str) -> bool:
        """Whether the articles use `word` (in a passage, in any form, or anywhere on their pages)."""
        return word in self._words or stem(word) in self._searcher.index.vocab

    def __repr__(self) -> str:
        return f"KnowledgeBase({len(self.documents)} documents, {len(self.passages)} passages)"

    def search(self, question: str, limit: int = 3) -> list[Match]:
        """Ranked candidate passages, best first; they may be weak, and the list may be empty."""
        query = self._searcher.parse(self._spaced(question))
        return [Match(self.passages[s.pid], s.score) for s in self._searcher.rank(query, limit)]

    def best(self, question: str) -> Match | None:
        """The passage that answers `question`, or None when the articles do not cover it."""
        return self.lookup(question, limit=1)[0]

    def lookup(self, question: str, limit: int = 3) -> tuple[Match | None, list[Match]]:
        """`best` and `search` from one parse and one ranking: the answer (or None) and the candidates."""
        answer = self.answer(question, limit)
        return answer.best, list(answer.candidates)

    def about_sources(self, question: str) -> SourceQuestion | None:
        """The header field a question about the articles themselves asks for ("who wrote the article"),
        or None when it asks about what they say. A frame is no part of what is asked: a quiz's options
        ("how many tweets are in the headline of the 2018 article? a) 12 million b) 19 million"), a polite
        request ("please share where i can read tarana's full essay")."""
        spaced = self._spaced(question)
        found = source_question(spaced, self.documents)
        if found is None and (framed := unframe(spaced)).text != spaced:
            found = source_question(framed.text, self.documents)
        return found

    def split_sources(self, question: str) -> tuple[SourceQuestion, str] | None:
        """For a message asking two questions, one about the articles themselves and one about what they
        say ("who wrote the one year article and what is the hotline number"): the header question and the
        other question's text; None otherwise."""
        clauses = split_clauses(self._spaced(question))
        if len(clauses) != 2:
            return None
        # each clause as written: unframing it again too cost the two-part messages (the p99) ~35 us
        abouts = [source_question(self._spaced(clause), self.documents) for clause in clauses]
        if (abouts[0] is None) == (abouts[1] is None):
            return None
        about = abouts[0] or abouts[1]
        assert about is not None
        return about, clauses[1] if abouts[0] is not None else clauses[0]

    def overview(self, question: str) -> Overview | None:
        """For a request for the gist of an article or a topic ("tldr of the 2018 article", "key points about
        how milano and burke connected"), the passages that stand for it (at most `OVERVIEW_PASSAGES`) and
        the articles summed up as a whole; None when the message asks for no summary, or its topic is one the
        articles do not answer (then it is read as any other question)."""
        if overview_asked(question) is None:
            return None  # one pattern on the message as typed: most messages ask for no summary
        asked = overview_asked(self._spaced(question)) or ""
        named = articles_named(asked, self.documents)
        documents, rest = named if named is not None else ((), asked)
        topic = topic_of(rest)
        if not topic:
            # "give me a quick summary", named no article: the gist of everything the bot answers from
            documents = documents or self.documents
            # one article: the passages standing for it; several: each one's first
            pids = ([self._standing[doc.title][0] for doc in documents] if len(documents) > 1
                    else list(self._standing[documents[0].title]))
            return Overview(documents, self._matches(pids[:OVERVIEW_PASSAGES], asked))
        query = self._searcher.parse(topic)
        titles = {doc.title for doc in (documents or self.documents)}
        chosen, ranked = self._answerer.answer(topic, OVERVIEW_PASSAGES)
        chosen = [s for s in chosen if s.literal and self.passages[s.pid].document.title in titles]
        if chosen:
            # a gist is more than one fact: the other passages that answer the topic as well, in rank order
            taken = {s.pid for s in chosen}
            chosen += [
                s for s in ranked
                if s.pid not in taken and s.literal and self.passages[s.pid].document.title in titles
                and self._searcher.covers(s, query)
            ]
        else:
            chosen = self._spanning(query, titles)
        if not chosen:
            return None
        # a topic within an article: its passages answer, not the article's headline
        return Overview((), self._matches([s.pid for s in chosen][:OVERVIEW_PASSAGES], topic))

    def _spanning(self, query: Query, titles: set[str]) -> list:
        """The best two passages of the articles titled `titles` that hold, between them, every counted word
        of a summary's topic as written ("the backlash part of the essay": the essay's passage and the one
        on the backlash); none when a word is missing, or is only a paraphrase of the articles' words."""
        counted = [i for i, t in enumerate(query.terms) if t.counted and not t.optional]
        if not counted:
            return []
        ranked = [
            s for s in self._searcher.rank(query, _SPAN_POOL)
            if s.literal and s.pid != self._hotline and self.passages[s.pid].document.title in titles
        ][:2]
        held = {i for s in ranked for i in counted if len(s.present) > i and s.present[i] >= _AS_WRITTEN}
        return ranked if ranked and held == set(counted) else []

    def _matches(self, pids: list[int], question: str) -> Answer:
        """`pids` as an answer's matches, scored for `question`."""
        query = self._searcher.parse(question)
        found = tuple(Match(self.passages[pid], self._searcher.score(pid, query).score) for pid in pids)
        return Answer(found, found)

    def answer(self, question: str, limit: int = 3) -> Answer:
        """The passages that answer `question` (none, one, or two for a question that joins two facts),
        and the ranked candidates, from one parse and one ranking."""
        spaced = self._spaced(question)
        # "list the laws passed": which laws, so the kind of thing asked for decides (knowledge/listing.py)
        framed = unframe(as_asked(spaced))
        framed = replace(framed, text=self._roles.name(framed.text, self._names, spaced))
        chosen, ranked = self._answerer.answer(framed.text, limit)
        if not chosen and not framed.around and not framed.choices:
            found = (
                self._asked_in_story(framed.text, limit, ranked)
                or self._whose_claim(framed.text, limit)
                or self._in_order(framed.text, limit)
                or self._misquoted(framed.text, limit)
            )
            chosen, ranked = found or (chosen, ranked)
        copied = self._copied(framed) if framed.around else None
        if copied is not None:
            # The passage the quiz copied its sentence from answers it, whatever the words rank.
            chosen = [self._answerer.searcher.score(copied, self._answerer.searcher.parse(framed.text))]
        elif framed.choices:
            chosen = self._among_choices(framed, chosen, limit)
        elif (named := self._quoted.named(question)) is not None:
            # "what does 'those voices' mean": the one passage printing the quoted words is asked about
            if named not in {s.pid for s in chosen if not s.hedge}:
                chosen = [self._answerer.searcher.score(named, self._answerer.searcher.parse(framed.text))]
        else:
            chosen = self._recalled_parts(spaced, self._recalled(question, spaced, chosen, ranked))
        rival = next((Match(self.passages[s.pid], s.score) for s in chosen if s.hedge), None)
        return Answer(
            tuple(Match(self.passages[s.pid], s.score) for s in chosen if not s.hedge),
            tuple(Match(self.passages[s.pid], s.score) for s in ranked),
            rival=rival,
        )

    def _recalled(self, question: str, spaced: str, chosen: list, ranked: list) -> list:
        """The rules' passages, unless the nearest remembered questions agree on another answer (a passage
        where the rules decline or chose another, or a decline) clearly enough for a `MemoryRule`. The memory
        compares `question` as written; the checks read `spaced` (`_spaced(question)`). `ranked` are the
        rules' candidates, best first."""
        if not len(self.memory) or not self._memory_rules:
            return chosen
        # a rival quoted beside the best is the rules' doubt, not their answer: the memory's rules were
        # fitted on the rules' one passage, and a vote for the rival settles the doubt its way
        ruled = frozenset(s.pid for s in chosen if not s.hedge)
        near = self.memory.nearest(question)
        votes: dict[int, Vote | None] = {}
        for rule in self._memory_rules:
            if rule.k not in votes:
                votes[rule.k] = self.memory.vote_of(near, rule.k)
            vote = votes[rule.k]
            if rule.mode == OVERRIDE and vote is not None and _stands_clear(chosen, ranked, vote.winner):
                continue
            if vote is not None and rule.fires(vote, ruled):
                if rule.mode == DECLINE:
                    return []
                found = self._admitted(spaced, vote.passages, rule.mode)
                return chosen if found is None else found
        return chosen

    def _recalled_parts(self, spaced: str, chosen: list) -> list:
        """For a question of two parts answered with one passage or none, a passage for each part that
        the part's nearest remembered questions agree on (a part the rules' one passage answers may keep
        it); `chosen` unless both parts find different passages that hold what is asked."""
        rule = self._part_rule
        # a rival quoted beside the best is no second part's answer
        if rule is None or len([s for s in chosen if not s.hedge]) > 1 or not len(self.memory):
            return chosen
        clauses = split_clauses(spaced)
        if len(clauses) != 2:
            return chosen
        pids: list[int | None] = []
        for clause in clauses:
            v = self.memory.vote_of(self.memory.nearest(clause), rule.k)
            pids.append(v.winner if rule.fires(v, frozenset()) else None)
            if pids.count(None) > int(bool(chosen)):
                return chosen  # each look-up costs a shortlist: stop once the parts cannot both be found
        if chosen and pids.count(None) == 1 and chosen[0].pid not in pids:
            pids[pids.index(None)] = chosen[0].pid
        if None in pids or pids[0] == pids[1]:
            return chosen
        found = self._answerer.admitted(spaced, tuple(pids))
        return chosen if found is None else found

    def admits(self, question: str, passages: tuple[int, ...], mode: str = FILL) -> bool:
        """Whether `passages`, found by the memory, pass the checks the rules' own answer must pass (and,
        where the rules declined, the question names no one the articles do not): the check `answer` makes,
        for `benchmarks/memory_oof.py` to replay."""
        return self._admitted(self._spaced(question), passages, mode) is not None

    def _admitted(self, spaced: str, passages: tuple[int, ...], mode: str) -> list | None:
        """`passages` scored when they may answer `spaced`; None when they may not, or when the rules
        declined (`fill`) and the question names someone the articles never do: the vote's neighbours ask
        about the articles' people, not this one."""
        if mode == FILL and self._answerer.names_stranger(spaced):
            return None
        return self._answerer.admitted(spaced, passages)

    def _asked_in_story(self, text: str, limit: int, whole: list) -> tuple[list, list] | None:
        """For a long message the whole of which does not answer, the answer to its last asking part
        ("... who was the original founder?"); a part that points back to what it asks about ("what does
        she say?", "what outlet?") and names no one is read after the sentence before it, which names
        that ("milano mentions people replying in her video. what does she say?"), and a fragment then
        with the other asking parts. The passage the whole message ranks first (`whole`, best first)
        answers instead when it covers that part too. None when it is short, no part asks, or all
        decline, so the rest of the story never picks the passage."""
        if len(text.split()) < STORY_WORDS:
            return None
        parts = asked_parts(text)
        if not parts or parts[-1] == text:
            return None
        last = parts[-1]
        # one look-up for the part: with its context when it needs one (the off-topic story's "does that
        # actually work?" then reads as the magnesium it asks about), alone when it names its subject
        before = None if set(words(last)) & self._names or not points_back(last) else told_before(text, last)
        asked = last if before is None else f"{before} {last}"
        chosen, ranked = self._answerer.answer(asked, limit)
        if not chosen and before is not None and len(parts) > 1 and is_fragment(last):
            # "who did she give the interview to? what outlet?": the parts together ask one thing
            chosen, ranked = self._answerer.answer(" ".join(parts), limit)
        if chosen and whole and whole[0].pid not in {s.pid for s in chosen}:
            # "... the five year article lists a hotline. i think it was at the very bottom. what's the number
            # given?": the passage the whole message ranks first answers its question when it covers that
            # question too (the part alone ranks a passage with another number first)
            query = self._searcher.parse(asked)
            top = self._searcher.judged(whole[0].pid, query)
            if self._searcher.covers(top, query):
                chosen = [top]
        return (chosen, ranked) if chosen else None

    def _whose_claim(self, text: str, limit: int) -> tuple[list, list] | None:
        """For "who said <claim>" that does not answer as a whole, the passage answering the claim alone,
        when it gives someone's words; None otherwise."""
        claim = claim_asked(text)
        if claim is None or len(split_clauses(text)) != 1:
            return None  # "who wrote the essay and what anniversary was it for" asks two things, no claim
        chosen, ranked = self._answerer.answer(claim, limit)
        if chosen and all(gives_words(self.passages[s.pid].text) for s in chosen):
            return chosen, ranked
        return None

    def _in_order(self, text: str, limit: int) -> tuple[list, list] | None:
        """For "which came first, A or B" that does not answer as a whole, the answer to "A or B": the
        passage giving both, or the one dating them; None when that declines too."""
        pair = compared(text)
        if pair is None:
            return None
        chosen, ranked = self._answerer.answer(pair, limit)
        return (chosen, ranked) if chosen else None

    def _misquoted(self, text: str, limit: int) -> tuple[list, list] | None:
        """For a half-remembered phrase to check ("... 'a call to arms for women'?"), the passage nearest its
        wording, when it passes the checks the rules' own answer must; None otherwise."""
        pid = self._quoted.misquoted(text)
        if pid is None:
            return None
        chosen = self._answerer.admitted(text, (pid,))
        return (chosen, chosen) if chosen else None

    def _among_choices(self, framed: Framed, chosen: list, limit: int) -> list:
        """For lettered choices, passages holding one of them: the stem's own answer when it holds one,
        else the answer to the stem asked with each choice in turn that holds that choice; none when no
        choice is in the articles (a quiz whose every option is wrong is not ours to grade)."""
        if chosen and any(self._holds(s.pid, c) for s in chosen for c in framed.choices):
            return chosen
        for choice in framed.choices:
            found, _ = self._answerer.answer(f"{framed.text} {choice}", limit)
            if found and any(self._holds(s.pid, choice) for s in found):
                return found
        return []

    def _copied(self, framed: Framed) -> int | None:
        """The one passage holding the words next to a blank in a row (at least three before it, or two
        after it), or None."""
        assert framed.around is not None
        before, after = (words(side) for side in framed.around)
        runs = [" ".join(before[-_COPIED_BEFORE:])] if len(before) >= _COPIED_BEFORE else []
        runs += [" ".join(after[:_COPIED_AFTER])] if len(after) >= _COPIED_AFTER else []
        found = {p.id for p in self.passages for run in runs if self._holds(p.id, run)}
        return found.pop() if len(found) == 1 else None

    def _holds(self, pid: int, choice: str) -> bool:
        """Whether a passage's words hold a choice's words in a row ("12 million", "pew research center"),
        or, for a choice naming several things ("luvvie ajayi and bevy smith", "luvvie ajayi (author)"),
        each of them in a row: the passage may put words between them ("and TV personality Bevy Smith")."""
        text = self._spelled[pid]
        wanted = " ".join(words(choice))
        if not wanted:
            return False
        if f" {wanted} " in text:
            return True
        parts = [" ".join(words(part)) for part in _CHOICE_PARTS.split(choice)]
        parts = [part for part in parts if part]
        return len(parts) > 1 and all(f" {part} " in text for part in parts)


# The rules' best passage stands clear when the next scores under this share of it (see `_stands_clear`).
_CLEAR_RATIO = 0.5
# Messages whose spacing is kept (see `KnowledgeBase.__init__`).
_MESSAGES_KEPT = 8
# What joins the things one choice names: "and", "&", a comma, a slash, brackets.
_CHOICE_PARTS = re.compile(r"\s+(?:and|&)\s+|[,/()]", re.IGNORECASE)
# A blank's sentence is the passage's when this many words before it, or after it, stand there in a row.
_COPIED_BEFORE = 3
_COPIED_AFTER = 2
# A summary's topic is looked for among this many ranked passages; a word counts as held as written at this
# closeness (a paraphrase scores less).
_SPAN_POOL = 6
_AS_WRITTEN = 0.95
# A passage of one sentence whose words are at least this share headline words restates the headline.
_LEDE_SHARE = 0.75
_LEDE_CHARS = 300


def _stands_clear(chosen: list, ranked: list, winner: int) -> bool:
    """Whether the rules' one passage stands clear of the others (the next scores under `_CLEAR_RATIO` of
    it) and the memory's passage is none of the rules' candidates: then the neighbours' passage answers
    other words than this question's, and overriding the rules was wrong twice as often as right."""
    if len(chosen) != 1 or not ranked or ranked[0].pid != chosen[0].pid:
        return False
    if any(s.pid == winner for s in ranked):
        return False
    return len(ranked) < 2 or ranked[1].raw < _CLEAR_RATIO * ranked[0].raw


def _ledes(passages: tuple[Passage, ...]) -> frozenset[int]:
    """Passages that restate their article's headline ("Milano and Burke marked the five-year
    anniversary"): they echo a question about the headline's subject; the paragraphs after them answer it."""
    ledes = set()
    titles: dict[str, set[str]] = {}
    for passage in passages:
        if len(passage.text) > _LEDE_CHARS:
            continue
        title = titles.get(passage.document.title)
        if title is None:
            title = titles[passage.document.title] = set(terms(passage.document.title))
        own = set(terms(passage.text))
        if own and len(own & title) >= _LEDE_SHARE * len(own):
            ledes.add(passage.id)
    return frozenset(ledes)


def load_knowledge(folder: Path | str = DEFAULT_SEEDS_DIR) -> KnowledgeBase:
    """Read every document in `folder` and build the knowledge base over their passages.

    Raises:
        ValueError: the folder has no documents, or a document's header is missing or incomplete.
    """
    return KnowledgeBase(read_documents(folder))
