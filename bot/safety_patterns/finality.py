"""Finality in the first person: wording that may be a goodbye, read only to decide whether a message may be
personal, never to name a concern.

Issue 8 and round 4's blind set: "whats the point of the metoo movement when im not going to be here next
week anyway" was recognised by neither layer and answered with a history passage. A message like that gets
the help-first reply (988 and 911 before anything else) instead of a passage that shares its small words.
A false hit costs an ordinary message the help preface, a missed one a passage to someone saying goodbye,
so the phrases are broad; each needs the person speaking of themselves.
"""

from __future__ import annotations

import re

__all__ = ["speaks_of_finality"]

# On normalised text ("im" -> "i am", "wont" -> "will not"; see bot.safety.normalise).
_FINALITY = re.compile(
    # not being here or around: "i will not be around", "im not going to be here next week"
    r"\b(?:not|never|no longer) (?:going to )?(?:be )?(?:here|around|alive)\b(?! (?:to|for) (?:see|watch|"
    r"help|answer|reply|check)| (?:in|back|when|during|then|at the time|yet)\b)|"
    # "ill" is "i'll" typed without its apostrophe
    r"\b(?:i (?:will|am going to|would|shall)|ill) (?:be )?(?:gone|dead)\b|"
    r"\b(?:when|after|once|before|by the time) i am (?:gone|dead|not here|not around|no longer here)\b|"
    # the end, last words and goodbyes
    r"\b(?:the|my) end\b(?! of (?:the|this|a|that|an|my (?:shift|class|course|term|essay|lease|contract)))|"
    r"\b(?:my|a) (?:last|final) (?:message|messages|words|goodbye|night|day on earth|time talking)\b|"
    r"\bthis is (?:it|the last|goodbye)\b|\b(?:goodbye|bye|farewell) (?:forever|for good|everyone|all)\b|"
    r"\bsaying (?:my )?goodbyes?\b|\bit (?:will|is going to) (?:all )?be over\b|"
    r"\b(?:no one|nobody|none of you) (?:will|would) (?:miss|notice|care)\b|"
    r"\bi (?:will|am going to) not (?:need|wake|see) (?:it|this|them|up|tomorrow|you|another)\b|"
    r"\bgiving (?:away )?(?:all )?my (?:stuff|things|belongings|pets?|cat|dog) away\b"
)
_FIRST_PERSON = re.compile(r"\b(?:i|ill|my|mine|myself|me)\b")


def speaks_of_finality(norm: str) -> bool:
    """Whether the person may be speaking of their own end (normalised text)."""
    return _FIRST_PERSON.search(norm) is not None and _FINALITY.search(norm) is not None
