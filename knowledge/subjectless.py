"""A question with no subject ("what number", "who wrote it", "what year"): it asks for a kind of fact about
nothing it names.

Both articles give many numbers, years and writers, so the passage that happens to repeat "number" or
"wrote" is a guess; declining is the honest answer, and the decline still carries the hotline's number,
which is what "what number" most often wants here. A question about the movement itself ("who started it",
"when did it go viral") has a subject: its verb is about the movement, which the topic reading fills in.
"""

from __future__ import annotations

from knowledge.text import STOPWORDS, words

__all__ = ["lacks_subject"]

# Nouns that name only the kind of fact asked for.
_KIND_NOUNS = frozenset(
    """
    number numbers num figure figures year years date dates day name names amount count total stat stats
    statistic statistics percent percentage
    """.split()  # noqa: SIM905 - a word list reads best as words
)
# Verbs that say only that something was written or said, by anyone about anything.
_BARE_VERBS = frozenset("wrote write writes written say said says saying quote quoted".split())  # noqa: SIM905
# Words that ask politely and add no subject.
_POLITE = frozenset("please pls plz thanks thx again exactly".split())  # noqa: SIM905


def lacks_subject(question: str) -> bool:
    """Whether every word of `question` is a function word, a kind of fact or a bare verb of saying."""
    content = [w for w in words(question, hashtags=False) if w not in STOPWORDS and w not in _POLITE]
    return bool(content) and all(w in _KIND_NOUNS or w in _BARE_VERBS for w in content)
