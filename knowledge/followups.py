"""A follow-up that leans on an earlier message and names nothing: "and the first one?", "what about the
other article", "and then?".

The matcher reads each message alone, so what "the first one" or "then" points to is unknown; the passage
that happens to say "first" is a guess, and a wrong passage is worse than the decline, whose reply
suggests questions to ask. A follow-up naming something ("and burke?", "what about her daughter") keeps
the ordinary reading: the name or noun is its subject.
"""

from __future__ import annotations

import re

from knowledge.text import STOPWORDS, words

__all__ = ["leans_on_context"]

# "and ...", "what about ...", "ok so how about ...": the openings of a follow-up.
_OPENING = re.compile(
    r"^(?:(?:ok|okay|k|so|right|hmm|um|alright|cool|thanks|thx)[,.!]?\s+)*"
    r"(?:and|but|what about|how about|and what about|what of)\b"
)
# Words that only point back: to an article, a part, a time or a thing said before.
_POINTERS = frozenset(
    """
    first second third last other previous former latter one ones 1 2 1st 2nd article articles piece
    pieces story stories part parts bit that this it those these then there else too also again same
    """.split()  # noqa: SIM905 - a word list reads best as words
)


def leans_on_context(question: str) -> bool:
    """Whether `question` opens as a follow-up and every word after the opening only points back."""
    lowered = question.lower().strip()
    opening = _OPENING.match(lowered)
    if opening is None:
        return False
    rest = [w for w in words(lowered[opening.end():], hashtags=False) if w not in STOPWORDS]
    return all(w in _POINTERS for w in rest)
