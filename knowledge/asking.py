"""The question inside a story: the sentence of a long message that asks.

"ok so my daughter is doing a project for her civics class ... her teacher said one thing and a website
said another. who was the original founder?" The story around the question shares words with many passages
and none covers the whole, so the whole message declines. `asked_parts` finds the parts that ask: a
sentence ending in "?", one opening (after "so", "anyway", "but") with a question word or an auxiliary, a
clause opening so after a comma ("..., who even counted that?"), and what follows "i want to know", "can you
tell me", "i'm curious". The knowledge base answers the last of them when the whole does not.

An asking part often names its subject only by a pronoun ("... milano mentions people replying in her video
i think. what does she say? sorry he's 12"): `told_before` gives the sentence before it, which read with the
part names what "she" or "it" is, while the rest of the story and the pleasantries after stay out.
"""

from __future__ import annotations

import re

__all__ = ["STORY_WORDS", "asked_parts", "is_fragment", "points_back", "told_before"]

# A message this long is a story with a question in it, not a question with a clause or two.
STORY_WORDS = 20

_ASKING = (
    r"(?:who|whom|whose|what|whats|what's|when|where|why|how|which"
    r"|did|does|do|is|was|were|are|has|had|have|can|could|would|will|should)\b"
)
# Words that open a sentence without changing what it asks ("so", "anyway", "but then").
_FILLER = r"(?:(?:so|and|but|anyway|ok|okay|well|now|then|basically|honestly|also|plus)\W+)*"
# Where a part ends: a sentence's end, or a comma, semicolon, colon or "but" before a question word.
_BOUNDARY = re.compile(
    rf"(?<=[.?!])\s+|[,;:]\s+(?={_FILLER}{_ASKING})|\s+(?:but|and|so)\s+(?={_ASKING})", re.IGNORECASE
)
_WORD = re.compile(r"[a-z']+")
_SENTENCE_END = re.compile(r"(?<=[.?!])\s+")
_OPENS_ASKING = re.compile(rf"^\W*{_FILLER}{_ASKING}", re.IGNORECASE)
# A request for what follows: "i want to know", "can you tell me", "i'm curious".
_REQUEST = re.compile(
    r"\b(?:i (?:want|wanted|need|needed|would like|'d like) to know"
    r"|(?:can|could|would) you (?:please )?(?:tell|remind|give|show) me"
    r"|i(?:'m| am) (?:curious|wondering)|i wonder(?:ed)?)\b\W*",
    re.IGNORECASE,
)


def asked_parts(text: str) -> list[str]:
    """The parts of `text` that ask something, in order; empty when none does."""
    parts = []
    for part in _BOUNDARY.split(text):
        part = part.strip()
        if not part:
            continue
        request = _REQUEST.search(part)
        if request and part[request.end():].strip():
            parts.append(part[request.end():].strip())
        elif part.endswith("?") or _OPENS_ASKING.search(part):
            parts.append(part)
    return parts


def told_before(text: str, part: str) -> str | None:
    """The sentence of `text` just before the last place `part` stands; None when `part` opens it."""
    at = text.rfind(part)
    if at <= 0:
        return None
    sentences = [s for s in _SENTENCE_END.split(text[:at].strip()) if s.strip()]
    if not sentences:
        return None
    # "i'm checking a claim for a school paper: the second article says ...": what leads a colon says who
    # asks and why; what follows it says what about
    _, colon, told = sentences[-1].rpartition(": ")
    return told if colon and len(told.split()) >= _TOLD_WORDS else sentences[-1]


# What follows a colon in the sentence before says what a pointing part asks about when it is this long.
_TOLD_WORDS = 3
# Words that stand for something named before them; a part holding one needs what came before.
_POINTING = frozenset(
    "she he it they them her him his its their that this those these there one".split()  # noqa: SIM905
)
# A part this short ("what outlet?") reads as the end of the question before it; one this short with a
# pointing word ("what does she say?") asks about what the sentence before it named (a longer part says
# more of what it asks, and another look-up for it costs the long messages' p99 more than it finds).
_SHORT_PART = 3
_POINTING_PART = 5


def points_back(part: str) -> bool:
    """Whether a short asking part names its subject only by a word pointing back ("what does she say?")
    or is a fragment too short to ask alone ("what outlet?")."""
    found = _WORD.findall(part.lower())
    if len(found) > _POINTING_PART:
        return False
    return len(found) <= _SHORT_PART or any(w in _POINTING for w in found)


def is_fragment(part: str) -> bool:
    """Whether an asking part is too short to ask alone ("what outlet?"): the end of the question before."""
    return len(_WORD.findall(part.lower())) <= _SHORT_PART
