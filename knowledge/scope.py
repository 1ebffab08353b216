"""Questions about a time or a scope the articles never cover: "what happened on oct 15 1582", "who was
person of the year 2023", "the most famous speech in history".

Such a question shares the day, or a word, with a passage, and what sets its scope is only one or two of its
words, so the passage holding the rest covers enough of it to answer. But the year says which time the
question is about, and the articles tell of none but their own: an answer about 2017 to a question about 1582
is a wrong answer, not a partial one. Only years outside the span of their story count (from some years
before the earliest year they give to the latest): "2010" may be one they imply ("12 years ago"), "2024" is
not. Likewise a ranking over all time ("the biggest ... ever", "... of all time", "in history") is one the
articles never make. A claim to check keeps its year ("milano tweeted in 2016, right?" is answered with the
year the articles give), and so does a year stated without a question word ("so her speech was from 2024?").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from knowledge.framing import checks_claim
from knowledge.guards import Guarded

__all__ = ["Scope"]

# A question word: without one, a year is stated for checking ("so the video was from 2016?").
_ASKS = re.compile(r"\b(?:what|whats|when|who|whos|whom|which|where|why|how)\b")
# Four-digit years of the last millennium and this century; "4673" (the hotline), "1-800", "1,000" are none.
# How many years before the earliest year they give the articles' story may reach.
_BEFORE = 15
_YEAR = re.compile(r"(?<![\d-])(?<!\d[,.])\b(1\d{3}|20\d\d)\b(?![,.]?\d|-)")
# A superlative over all time or the whole world: "the most famous speech in history", "best ... ever".
_ALL_TIME = Guarded(
    r"\b(?:most|least|best|worst|biggest|greatest|largest|smallest|longest|highest|richest)\b"
    r"[\w' ]*?\b(?:ever|of all time|in (?:all of )?(?:human )?history|in the (?:whole )?world)\b"
)


class Scope:
    """Knows the span of years the articles' story covers (from their passages and header dates)."""

    def __init__(self, texts: Iterable[str]) -> None:
        known = [int(y) for text in texts for y in _YEAR.findall(text)]
        # The years the articles' story spans: from some years before the earliest they give ("12 years
        # ago" in 2018 is 2006) to the latest. A year inside it may be one they imply; one outside is not.
        self._span = range(min(known) - _BEFORE, max(known) + 1) if known else range(0)

    def beyond(self, lowered: str) -> bool:
        """Whether the lowercased question asks about a year the articles never give, or a ranking over all
        time, outside a claim to check."""
        asked_year = self._other_year(lowered) and _ASKS.search(lowered) is not None
        return (asked_year or _ALL_TIME.search(lowered) is not None) and not checks_claim(lowered)

    def _other_year(self, lowered: str) -> bool:
        # Most messages hold no digit: one pass of str.isdigit-like tests is cheaper than the pattern.
        if not any(c.isdigit() for c in lowered):
            return False
        return any(int(y) not in self._span for y in _YEAR.findall(lowered))
