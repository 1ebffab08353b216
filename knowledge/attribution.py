"""Who said a thing: "who said patriarchy had a head start", "whose essay said ...", "who wrote that ...".

The question quotes or paraphrases a claim and asks whose it is. Its frame ("who wrote that") weighs as
content the claim's passage need not repeat, and "who" wants a name the passage may give only once, or as
"she" going on quoting, so the whole declines although the claim alone finds its passage. `claim_asked`
returns the claim; the knowledge base answers it when the whole does not, and only with a passage that
gives someone's words (a quotation, or a verb of saying), since that passage names whose words they are.
"""

from __future__ import annotations

import re

__all__ = ["claim_asked", "gives_words"]

_ATTRIBUTION = re.compile(
    r"^\W*(?:who|whose (?:essay|tweet|words|line|quote|article|piece|idea))\s+"
    r"(?:said|says|wrote|writes|tweeted|claimed|stated|argued|put it)\s+(?:that\s+)?(?P<claim>\w.{8,})$",
    re.IGNORECASE,
)
# A passage giving someone's words: quotation marks, or a verb of saying.
_WORDS = re.compile(r"[\"\u201c\u201d]|\b(?:says|said|wrote|writes|tweeted|told)\b")


def claim_asked(question: str) -> str | None:
    """The claim a "who said ..." question asks about, or None."""
    match = _ATTRIBUTION.match(question.strip())
    return match.group("claim") if match else None


def gives_words(passage: str) -> bool:
    """Whether a passage gives someone's words, and so whose they are."""
    return _WORDS.search(passage) is not None
