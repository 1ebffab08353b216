"""What a phrase quoted in a question refers to: "what does 'those voices' mean in the pew paragraph",
"whose fate is 'its fate'". A phrase in quotes that stands, word for word, in exactly one passage names
that passage, whatever else the question's words match; a phrase the articles print in several passages
("'me too' in french") or nowhere ("the word 'sophisticated'") names none.

A phrase asked to be checked ("milano's tweet was 'a call to arms for women to say #metoo'?") that no
passage prints is half-remembered: `misquoted` gives the passage clearly nearest to its wording ("a viral
call to action for women to openly say #MeToo"), which answers with the real words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rapidfuzz import fuzz

from knowledge.text import words

__all__ = ["QuotedPhrases"]

# Straight or curly quotes round two characters or more, opening at the start or after a space, bracket,
# colon or comma, and closing before anything but a letter: so the apostrophes of "burke's" and "it's"
# neither open nor close a phrase.
_QUOTED = re.compile(
    r"""(?:^|(?<=[\s(:,]))["'\u2018\u201c]([^"'\u2018\u2019\u201c\u201d]{2,80}?)["'\u2019\u201d](?![a-z])"""
)
_MARKS = ("'", '"', "\u2018", "\u201c")
# A quoted phrase asked to be checked: a phrase as `_QUOTED` reads one, closing before a question mark.
_CHECKED = re.compile(_QUOTED.pattern + r"\s?\?")
# A half-remembered phrase has at least this many words, and its nearest passage (rapidfuzz's partial_ratio
# over folded words) scores at least _NEAR and _LEAD more than the next: on the tuned sets, the phrases
# remembered wrong score 73-85 with a lead of 14-16; off-topic and hard ones ("i have a dream", Oprah's
# line) at most 73 with no lead, and "kick in the pants" (for "a shot in the arm") 71 with a lead of 4.
_MISQUOTED_WORDS = 3
_NEAR = 70
_LEAD = 10
# A one-word phrase must be this long to name a passage ("sparking"); "you", "it" are everywhere.
_MIN_ONE_WORD = 5


class QuotedPhrases:
    """The passages' words, to find the one passage a quoted phrase stands in."""

    def __init__(self, texts: Sequence[str]) -> None:
        # each passage's folded words, spaced (" a viral call to action "): also what a quiz's choices are
        # looked up in (KnowledgeBase._holds), which reads them here rather than folding every passage again
        self.spelled = tuple(f" {' '.join(words(t))} " for t in texts)

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
            holding = {i for i, text in enumerate(self.spelled) if run in text}
            if len(holding) > 1:
                return None
            found |= holding
        return found.pop() if len(found) == 1 else None

    def misquoted(self, question: str) -> int | None:
        """The passage whose wording is clearly nearest to the phrase `question` asks to be checked, when
        no passage prints it; None when it checks none, or the phrase is short or near no one passage."""
        found = _CHECKED.search(question)
        if found is None:
            return None
        wanted = " ".join(words(found.group(1)))
        if len(wanted.split()) < _MISQUOTED_WORDS or any(f" {wanted} " in text for text in self.spelled):
            return None
        scores = sorted(
            ((fuzz.partial_ratio(wanted, t), i) for i, t in enumerate(self.spelled)), reverse=True
        )
        if len(scores) < 2 or scores[0][0] < _NEAR or scores[0][0] - scores[1][0] < _LEAD:
            return None
        return scores[0][1]
