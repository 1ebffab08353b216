"""Disclosure and distress in few words (issue 8, round 17).

Sets 15 and 16 wrote them as people type in chats: "sa survivor here", "✋😔 me too. college. 2011" (the
emoji are gone once normalised: "me too college 2011"), "💔😭 cant hold it together today". "me too" followed
by a place or a year and nothing else says where and when it happened; "me too, great bot" and "me too lol
2011 was a wild year on twitter" go on about something else.
"""

from __future__ import annotations

from bot.safety_patterns.words import _compile

__all__ = ["FEW_WORDS_DISCLOSURE", "FEW_WORDS_DISTRESS"]

_PLACE = r"(?:college|uni|university|high school|middle school|school|work|church|camp|home|the army|dorm)"
_YEAR = r"(?:(?:19|20)\d\d|age \d+|at \d+|\d+ years old)"

FEW_WORDS_DISCLOSURE = _compile(
    # "me too college 2011", "me too. high school", "me too 2009": where or when, and nothing more.
    ("me_too_where_when", (
        rf"^ (?:(?:yes|yeah|same|sadly|honestly|also) )*me ?too (?:(?:in|at|during) )?(?:{_PLACE}|{_YEAR})"
        rf"(?: (?:(?:in|at|during) )?(?:{_PLACE}|{_YEAR}))* $",
    )),
    # "sa survivor here", "survivor of csa": the chat abbreviation with the word survivor.
    ("sa_survivor", (
        r"\b(?:c?sa|sexual assault) survivor\b|\bsurvivor of (?:c?sa|childhood sa)\b",
    )),
)
FEW_WORDS_DISTRESS = _compile(
    # "cant hold it together today": said of the person, now.
    ("not_holding_together", (
        r"^(?!.*\b(?:glue|tape|screws?|nails?|clamp|shelf|table|chair|box|cake|dough|the team|the group|"
        r"the project)\b).*\b(?:can not|could not|can barely|barely|struggling to|trying to) hold (?:it|"
        r"myself|my ?self) together\b",
    )),
)
