"""A part of a number the question states: "how many of the 19 million tweets were from outside the us".

The passage giving the 19 million matches every word but the part asked about; it answers only if it
gives another number (the part). A question stating the whole and asking for a share of it is declined
when the passages hold no number but the ones it states.
"""

from __future__ import annotations

import re

from knowledge.index import Index
from knowledge.text import stem

__all__ = ["PartAsked"]

# "how many of the 19 million", "how many of those 12 million responses".
_PART_OF = re.compile(r"\bhow many of (?:the |those |these |all (?:the |those )?)?(\d[\d,.]*)")
_DIGITS = re.compile(r"\d[\d,.]*")
_SCALES = ("million", "thousand", "hundred", "billion", "dozen")


class PartAsked:
    """Checks that a passage answering "how many of the N" gives a number besides N."""

    def __init__(self, index: Index) -> None:
        self.index = index
        # "million" and "thousand" scale a number; they are no number of their own.
        self._scales = frozenset(index.vocab[w] for w in map(stem, _SCALES) if w in index.vocab)

    def unanswered(self, question: str, pids: list[int]) -> bool:
        """Whether the question asks for a part of a number it states that no passage gives apart."""
        if "how many of" not in question or _PART_OF.search(question) is None:
            return False
        stated = {self.index.vocab.get(stem(n.strip(",."))) for n in _DIGITS.findall(question)}
        numbers = self.index.number_terms
        return not any(
            tid in numbers and tid not in stated and tid not in self._scales
            for pid in pids
            for tid in self.index.sequence(pid)
        )
