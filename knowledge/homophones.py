"""Words dictation writes for their sound-alikes: "two" for to, "no" for know, "wear" for where.

A speech-to-text engine, or someone writing by ear, puts a number where the preposition was said. Read as a
number, the word asks for a count and weighs as content no passage holds, so the question is declined. A
number word is a preposition when no noun it could count follows: the next word is a function word ("two
the tweet", "two do") or there is none ("who was it four"), or "two" follows a verb that takes "to"
("decide two send"). "no" and "new" after "did she" are the verb
know ("did milano no about burke"); a question opened by "wear" or "witch" asks where or which.
"""

from __future__ import annotations

from knowledge.text import STOPWORDS

__all__ = ["respell"]

# The reader's words turn number words into digits (knowledge/text.py), so both forms are read.
_PREPOSITIONS = {"two": "to", "2": "to", "four": "for", "4": "for"}
# Function words a number can stand before: "two of them", "four or five", "two more".
_COUNTABLE_AFTER = frozenset({"of", "or", "and", "more", "other", "others", "times", "per"})
# Verbs that take "to" and another verb: "decide two send" is "decide to send".
_TO_VERBS = frozenset(
    """
    decide decided decides want wanted wants ask asked asks try tried tries trying need needed needs going
    supposed used able chose choose chooses begin began continue continued hope hoped hopes plan planned
    """.split()  # noqa: SIM905 - a word list reads best as words
)
# "did she no", "does burke new": the verb after an auxiliary and its subject.
_KNOW = frozenset({"no", "new"})
_AUXILIARIES = frozenset({"did", "does", "do", "didnt", "doesnt", "dont"})
# Question words a question may open with, written as they sound.
_OPENERS = {"wear": "where", "ware": "where", "witch": "which", "hoo": "who"}


def respell(typed: list[str]) -> list[str]:
    """`typed` with each word dictation put for a sound-alike read as the word meant."""
    out = list(typed)
    if typed and typed[0] in _OPENERS:
        out[0] = _OPENERS[typed[0]]
    for n, word in enumerate(typed):
        if word in _KNOW and n >= 2 and typed[n - 2] in _AUXILIARIES:
            out[n] = "know"
        if word not in _PREPOSITIONS or n == 0:
            continue
        after = typed[n + 1] if n + 1 < len(typed) else None
        if (
            after is None
            or (after in STOPWORDS and after not in _COUNTABLE_AFTER)
            # "wanted 2 daughters" still counts: a plural follows.
            or (typed[n - 1] in _TO_VERBS and not after.endswith("s"))
        ):
            out[n] = _PREPOSITIONS[word]
    return out
