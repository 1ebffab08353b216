"""'me too' that agrees with an everyday statement, not a disclosure (issue 8, round 14).

"me too, i also hate cilantro", "metoo, i also failed the quiz lol" and a quoted chat that ends "me: me too"
after "ugh so tired of this rain" echo something ordinary: the writer is agreeing. "me too, years ago, a
teacher" and "me too, i also got hurt by my coach" tell of the writer's own experience. The rule reads the
form (an echo of a parallel clause, or a quoted exchange) and stands down whenever the message carries
anything of a story: harm, something sexual, a person who did something, a time in life.
"""

from __future__ import annotations

import re

from bot.safety_patterns.words import _HARMED, _PEOPLE, _SEXUAL_CUE

__all__ = ["me_too_agreeing"]

# "me too i also <clause>" / "me too lol i <clause>": a parallel statement of the writer's own, where the
# "also" (or "too") says it echoes what the other person said.
_ECHO = re.compile(
    r"^ (?:\w+ ){0,3}me ?too (?:(?:lol|lmao|haha\w*|tbh|honestly|omg|ngl|same) )*i (?:also|too|as well) "
    r"(?!(?:was|got|have been|had been|went through|had that|had it|experienced|know how)\b)\w+"
)
# A quoted exchange that ends with the writer's own "me too": "my friend: ugh so tired of this rain. me: me
# too" (normalised, "... me me too").
_QUOTED_REPLY = re.compile(r"\bme (?:same )?me ?too $")
# Anything of a story: then "me too" may be the writer's own, and the usual patterns decide.
_STORY = re.compile(
    rf"\b{_HARMED}|{_SEXUAL_CUE}|"
    r"\b(?:rape\w*|assault\w*|abuse\w*|harass\w*|molest\w*|grop\w*|hurt|touch\w*|fault|happened|"
    r"did (?:it |that |this )?to me|years ago|when i was|as a (?:kid|child|teen|teenager)|at (?:age )?\d+|"
    r"age \d+|never told|scared|afraid|unsafe|not safe|kill\w*|die|dead|suicid\w*|froze|freeze|flashbacks?|"
    # How survivors speak of the after: blame, silence, telling, shame ("me too, i also blamed myself").
    r"blam\w*|myself|quiet|silent|silence|for years|told|tell\w*|report\w*|therapy|nightmares?|trust\w*|"
    r"shame|ashamed|guilt\w*|cried|cry|crying|believe\w*|"
    # Someone else in the echo ("i also froze when he did it") is a person in a story, not an everyday echo.
    r"he|she|they|him|them|someone|somebody)\b|"
    rf"\b(?:by|with) (?:my|a|an|our|his|her|this|that) (?:\w+ )?{_PEOPLE}\b|"
    rf"\bmy (?:\w+ )?{_PEOPLE}\b"
)


def me_too_agreeing(norm: str) -> bool:
    """Whether "me too" here agrees with an everyday statement (an echo or a quoted reply), with nothing of
    a story of the writer's own in the message."""
    echo = _ECHO.search(norm)
    quoted = _QUOTED_REPLY.search(norm)
    if not (echo or quoted):
        return False
    # In a quoted exchange the quoted speaker is named first ("my friend:"); only the rest can tell a story.
    rest = norm if echo else re.sub(r"^ (?:my )?\w+ ", " ", norm)
    return not _STORY.search(rest)
