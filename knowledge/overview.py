"""A request for the gist of an article or a topic: "sum up the 2018 article", "tldr of the time essay",
"key points about how milano and burke connected", "give me 3 facts about burke".

The words asking for a summary name no fact, so the matcher weighs them as content the articles lack and
the request declines, or it lands on a passage that happens to say "part" or "point". Read apart, what is
left is the topic: an article (named by its header or by what it says), answered by the passages that
stand for it, its lead and the passage most like the rest of it; or a subject, answered by the passages
that answer it asked the ordinary way. Nothing here knows the articles' sentences: the kind of answer is
read from the request's words, the passages that stand for an article from the article's own terms.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from knowledge.model import Answer, Document, Passage
from knowledge.text import terms

__all__ = ["OVERVIEW_PASSAGES", "Overview", "overview_asked", "standing_for", "topic_of"]

# A summary is at most this many passages: three quotes of up to 700 characters stay well inside a
# Telegram message (4,096), with the headline and the hotline around them.
OVERVIEW_PASSAGES = 3

# The ways of asking for the gist rather than a fact. "in a few words" and "in one line" ask for brevity;
# "like i'm 10" for plain words; "3 facts about" for a few points on a subject.
_ASKED = re.compile(
    r"\b(?:"
    r"sum(?:s|med|ming)? (?:it |this |that |them |everything |all )?up"
    r"|summ?ar(?:y|ies|ise|ize|ised|ized|ising|izing)"
    r"|tl\W?dr|gist|overview|recap|rundown|run[- ]down|synopsis|nutshell"
    r"|(?:key|main|big|major) (?:points?|takeaways?|ideas?|messages?|facts?|themes?)"
    r"|takeaways?|highlights"
    r"|in (?:one|1|a|a few|few|\d+|two|three) (?:line|lines|sentences?|words)"
    r"|(?:like|as if) (?:i'?m|im|i am|i was) (?:\d+|five|ten|twelve|a kid|a child)"
    r"|in (?:brief|short|simple terms|plain english)"
    r"|(?:\d+|two|three|four|five|a few|some) (?:quick )?facts"
    r")\b"
)
# What is left around the request that says nothing of the topic: asking, politeness, and the nouns of a
# part of something ("the backlash part of the essay": the backlash).
_FILLER = frozenset(
    """
    give gimme me us tell show quick quickly short brief briefly please pls plz can could would you u just
    explain describe write make do a an the of on about for in to what whats is are was were it its this
    that part parts section sections bit bits portion side bunch some and so ok okay hey hi of
    """.split()  # noqa: SIM905
)
_WORD = re.compile(r"[\w'#-]+")


@dataclass(frozen=True, slots=True)
class Overview:
    """The answer to a request for a summary: the passages that stand for what is asked about, and the
    articles summed up as a whole (their headlines say what each is about; empty for a topic)."""

    documents: tuple[Document, ...]
    answer: Answer


def overview_asked(text: str) -> str | None:
    """The message without the words asking for a summary, or None when it asks for none."""
    lowered = text.lower()
    if _ASKED.search(lowered) is None:
        return None
    return " ".join(_ASKED.sub(" ", lowered).split())


def topic_of(text: str) -> str:
    """The words of `text` that name a topic, without asking, politeness and the nouns of a part ("the
    backlash part of the essay": "backlash essay"); empty when only those are left."""
    return " ".join(w for w in _WORD.findall(text.lower()) if w.strip("'") not in _FILLER)


def standing_for(
    passages: Sequence[Passage], aside: frozenset[int] = frozenset()
) -> dict[str, tuple[int, ...]]:
    """Per article (by title), the passages that stand for it, in the article's order: its lead, then the
    passage whose terms are most like the rest of the article's (tf-idf cosine, summed), as a summary by
    extraction picks its sentences. Passages `aside` (the help line a page closes on) report nothing."""
    by_article: dict[str, list[Passage]] = {}
    for passage in passages:
        by_article.setdefault(passage.document.title, []).append(passage)
    counts = {p.id: Counter(terms(p.text)) for p in passages}
    df = Counter(t for c in counts.values() for t in c)
    n = len(passages)
    vectors = {
        pid: _unit({t: f * math.log(1 + n / df[t]) for t, f in c.items()}) for pid, c in counts.items()
    }
    chosen: dict[str, tuple[int, ...]] = {}
    for title, members in by_article.items():
        lead, *others = members
        best = max(
            (p for p in others if p.id not in aside),
            key=lambda p: sum(_dot(vectors[p.id], vectors[o.id]) for o in members if o is not p),
            default=None,
        )
        chosen[title] = (lead.id,) if best is None else (lead.id, best.id)
    return chosen


def _unit(vector: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
    return {t: v / norm for t, v in vector.items()}


def _dot(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(t, 0.0) for t, v in a.items())
