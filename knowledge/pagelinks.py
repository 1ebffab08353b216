"""Questions for a line of the page that points to a link ("You can read Tarana's full essay here.").

"where can i read the whole essay", "is there a link to the full essay", "where's the rest of tarana's essay",
"are there videos of the tarana interview" and a bare "local center" ask for the line that points to the
essay, the interviews or the local centers; "where can i find a therapist" shares no word with any line and
stays a question for the passages.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from knowledge.model import Document
from knowledge.text import STOPWORDS, stem, words

__all__ = ["QUESTION_WORDS", "asks_for_link", "link_lines"]

QUESTION_WORDS = frozenset("who whom whose what whats when where why how which".split())  # noqa: SIM905

# "where can i read the whole essay", "where can i watch burke's interviews": a link the article points to.
_WHERE_TO_FIND = re.compile(
    r"\b(?:where|how) (?:can|could|do|would|should) (?:i|you|we|u) (?:read|watch|see|find|search|look up)\b"
    r"|^\W*(?:can|could) (?:i|you|we|u) (?:read|watch|see|find)\b"
    # "is there a link to the full essay", "any way to read it", "where's the rest of the essay": the same
    # request, worded around the link or the rest of the text.
    r"|\b(?:links?|url)\b|\bwhere to (?:read|watch|see|find|search|look)\b"
    # "are there videos of the tarana interview": the interviews the page points to.
    r"|\b(?:is there|are there|any|got) (?:a |an |any )?(?:videos?|recordings?|footage|clips?) of\b"
    r"|\b(?:is there|are there|any|got) (?:a |any )?(?:way|place|site|website|page|somewhere) to\b"
    # "where's the full essay" folds to "where the full essay".
    r"|\bwhere(?: is| s| are)? (?:the |her |his )?(?:rest|full|whole|entire|complete)\b"
)
# "can i look up a local center", "is there a local center i can find": a verb of finding anywhere in the
# message, with a common word of a link line ("local", "essay"), asks for that line too (round 23: seven
# writers of the tuned sets asked for a local center so, and got the hotline's passage).
_FINDING = re.compile(r"\b(?:find|finding|search|searching|look(?:ing)? up|lookup|locate)\b")
# The verb counts ("read" the essay, "watch" the interviews); these words do not pick a line.
_LINK_FRAME = frozenset(
    "where wheres how find whole full entire all rest complete link links url way place site website page "  # noqa: SIM905
    "look somewhere".split()
)
# "local center", "tarana's full essay": a short message made of a link line's own words names that line.
_LINE_NAMED_WORDS = 4


def asks_for_link(typed: list[str], documents: Sequence[Document]) -> bool:
    """Whether the folded words ask where to read, watch or find something, or name a link line."""
    joined = " ".join(typed)
    return (
        bool(_WHERE_TO_FIND.search(joined))
        or _names_a_line(typed, documents)
        or (bool(_FINDING.search(joined)) and _shares_a_common_word(typed, documents))
    )


def link_lines(typed: list[str], documents: Sequence[Document]) -> tuple[str, ...]:
    """The link lines sharing most of the question's words ("the whole essay": "Tarana's full essay");
    none when no line shares a word beyond the people both articles are about."""
    asked = {stem(w) for w in typed if w not in STOPWORDS | _LINK_FRAME}
    shared = {line: len(asked & _line_words(line)) for d in documents for line in d.links}
    best = max(shared.values(), default=0)
    # A name alone picks no line: "is there a way to reach tarana burke" asks for her, not her interviews.
    names = _names(documents)
    if not best or not any(asked & (_line_words(line) - names) for line in shared):
        return ()
    return tuple(line for line, n in shared.items() if n == best)


def _names_a_line(typed: list[str], documents: Sequence[Document]) -> bool:
    """Whether the message, asking nothing, is a few words of one link line, one of them a common word of
    it ("center", "essay"; not only "Tarana" or "MAKERS": "what did tarana tell makers" asks her words)."""
    asked = {stem(w) for w in typed if w not in STOPWORDS}
    if not 2 <= len(asked) <= _LINE_NAMED_WORDS or QUESTION_WORDS.intersection(typed):
        return False
    return any(
        asked <= _line_words(line) and asked & _common_words(line) for d in documents for line in d.links
    )


def _shares_a_common_word(typed: list[str], documents: Sequence[Document]) -> bool:
    """Whether the message has a common word of some link line ("local"), not only a name or a verb of
    finding ("search" is the local centers' line's own verb)."""
    asked = {stem(w) for w in typed if w not in STOPWORDS | _LINK_FRAME} - {"search"}
    # "what did the pew research center find": "Center" is part of a name in the articles, no local center
    asked -= _name_words(tuple(documents))
    return any(asked & _common_words(line) for d in documents for line in d.links)


@lru_cache(maxsize=8)
def _name_words(documents: tuple[Document, ...]) -> frozenset[str]:
    """The stems of words the articles write capitalised within a sentence ("Pew Research Center")."""
    return frozenset(
        stem(w.lower()) for d in documents for text in d.paragraphs
        for w in re.findall(r"(?<=[a-z,] )[A-Z][a-z]+", text)
    )


def _names(documents: Sequence[Document]) -> frozenset[str]:
    """The words every headline shares (the people both articles are about): they pick no link line."""
    return _shared_title_words(tuple(d.title for d in documents))


@lru_cache(maxsize=8)
def _shared_title_words(titles: tuple[str, ...]) -> frozenset[str]:
    return frozenset(set.intersection(*({stem(w) for w in words(title)} for title in titles)))


@lru_cache(maxsize=16)
def _line_words(line: str) -> frozenset[str]:
    return frozenset(stem(w) for w in words(line))


@lru_cache(maxsize=16)
def _common_words(line: str) -> frozenset[str]:
    """The stems of a line's words written in lower case (not a name or an outlet)."""
    return frozenset(stem(w.lower()) for w in re.findall(r"\b[a-z][a-z']*\b", line) if w not in STOPWORDS)
