"""What a phrase quoted in a question refers to: "what does 'those voices' mean in the pew paragraph",
"whose fate is 'its fate'". A phrase in quotes that stands, word for word, in exactly one passage names
that passage, whatever else the question's words match; a phrase the articles print in several passages
("'me too' in french") or nowhere ("the word 'sophisticated'") names none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from knowledge.text import words

__all__ = ["QuotedPhrases"]

# Straight or curly quotes round two characters or more, opening at the start or after a space, bracket,
# colon or comma, and closing before anything but a letter: so the apostrophes of "burke's" and "it's"
# neither open nor close a phrase.
_QUOTED = re.compile(
    r"""(?:^|(?<=[\s(:,]))["'\u2018\u201c]([^"'\u2018\u2019\u201c\u201d]{2,80}?)["'\u2019\u201d](?![a-z])"""
)
_MARKS = ("'", '"', "\u2018", "\u201c")
# A one-word phrase must be this long to name a passage ("sparking"); "you", "it" are everywhere.
_MIN_ONE_WORD = 5


class QuotedPhrases:
    """The passages' words, to find the one passage a quoted phrase stands in."""

    def __init__(self, texts: Sequence[str]) -> None:
        self._texts = tuple(f" {' '.join(words(t))} " for t in texts)

    def named(self, question: str) -> int | None:
        """The one passage every quoted phrase of `question` that the articles print stands in, or None."""
        if not any(mark in question for mark in _MARKS):
            return None
        found: set[int] = set()
        for phrase in _QUOTED.findall(question):
            wanted = words(phrase)
            if not wanted or (len(wanted) == 1 and len(wanted[0]) < _MIN_ONE_WORD):
                continue
            run = f" {' '.join(wanted)} "
            holding = {i for i, text in enumerate(self._texts) if run in text}
            if len(holding) > 1:
                return None
            found |= holding
        return found.pop() if len(found) == 1 else None
