"""Words dictation writes for their sound-alikes: "two" for to, "four" for for ("ask people two do").

A speech-to-text engine, or someone writing by ear, puts a number where the preposition was said. Read as a
number, the word asks for a count and weighs as content no passage holds, so the question is declined. A
number word is a preposition when no noun it could count follows: the next word is a function word ("two
the tweet", "two do") or there is none ("who was it four").
"""

from __future__ import annotations

from knowledge.text import STOPWORDS

__all__ = ["respell"]

# The reader's words turn number words into digits (knowledge/text.py), so both forms are read.
_PREPOSITIONS = {"two": "to", "2": "to", "four": "for", "4": "for"}
# Function words a number can stand before: "two of them", "four or five", "two more".
_COUNTABLE_AFTER = frozenset({"of", "or", "and", "more", "other", "others", "times", "per"})


def respell(typed: list[str]) -> list[str]:
    """`typed` with each number word that can count nothing read as the preposition it sounds like."""
    out = list(typed)
    for n, word in enumerate(typed):
        if word not in _PREPOSITIONS or n == 0:
            continue
        after = typed[n + 1] if n + 1 < len(typed) else None
        if after is None or (after in STOPWORDS and after not in _COUNTABLE_AFTER):
            out[n] = _PREPOSITIONS[word]
    return out
