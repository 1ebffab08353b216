"""A definition asked of a phrase the articles do not use: "what is a public health degree".

"what is patriarchy" and "whats rape culture" are answered by the passage using the words, since the
articles say nothing closer. But when a word of the phrase asked about is one the articles never use
("degree", "equity"), the passage sharing the rest ("public-health crisis", "the court of law") is about
something else. Only short questions naming no one are read so: "what burke thinks the movement is" or a
long question with one unknown word keep the ordinary decision.
"""

from __future__ import annotations

from knowledge.query import Query

__all__ = ["defines_unknown"]

# A question asking what something is with more counted words than this is no plain definition.
_MAX_WORDS = 4


def defines_unknown(query: Query, topic: frozenset[int]) -> bool:
    """Whether the question asks what a phrase is, names no one, and a word of it is unknown."""
    if not query.wants_definition:
        return False
    counted = [t for t in query.terms if t.counted and not t.optional]
    if len(counted) > _MAX_WORDS:
        return False
    if any(t.name or (t.candidates and t.candidates.keys() <= topic) for t in counted):
        return False
    return any(not t.candidates for t in counted)
