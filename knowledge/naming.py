"""A name asked for: "what was the name of the girl who inspired burke" needs a passage naming the girl.

A passage about the girl that never names her shares every word of the question and would be answered
with. What the name belongs to is the noun after "name of"; an answering passage holds a name (a word the
articles capitalise mid-sentence) a few words from it ("her daughter Elizabella", "TV personality Bevy
Smith"), which a passage telling only of "young girls of color" does not.
"""

from __future__ import annotations

import re

from knowledge.index import Index
from knowledge.text import STOPWORDS, stem

__all__ = ["NameAsked"]

# "the name of the girl", "the first name of the woman", "what was the girl called" is left to the rest.
_NAME_OF = re.compile(
    r"\b(?:first |full |real |last )?name of (?:the |that |this |a |an |her |his |their |\w+s |\w+'s )?"
    r"(?:(?:\w+ ){0,2}?)([a-z]+)\b(?= who\b| whose\b| that\b| which\b| in\b| from\b| behind\b|\W*$"
    # a clause without "who": "the name of the first girl burke worked with"
    r"| \w+ \w+ed\b)"
)
# How far from the noun a name may stand: "TV personality Bevy Smith", "the girl, Diana,".
_NAME_REACH = 3


class NameAsked:
    """Checks that a passage answering "the name of the X" names someone beside X."""

    def __init__(self, index: Index) -> None:
        self.index = index

    def unnamed(self, question: str, pids: list[int]) -> bool:
        """Whether the question asks for the name of something none of the passages names."""
        if "name of" not in question:
            return False
        match = _NAME_OF.search(question)
        if match is None or match.group(1) in STOPWORDS:
            return False
        tid = self.index.vocab.get(stem(match.group(1)))
        if tid is None:
            # A noun the articles never use is left to coverage.
            return False
        return not any(self._named_near(pid, tid) for pid in pids)

    def _named_near(self, pid: int, tid: int) -> bool:
        sequence = self.index.sequence(pid)
        names = self.index.names
        spots = [i for i, t in enumerate(sequence) if t == tid]
        return any(
            sequence[j] in names
            for i in spots
            for j in range(max(0, i - _NAME_REACH), min(len(sequence), i + _NAME_REACH + 1))
        )
