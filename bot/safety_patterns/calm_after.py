"""Warning signs told calmly (issue 8, round 16): affairs put in order, then calm ("I paid off my phone bill.
Cancelled the gym. Left my car keys with my brother. I feel weirdly okay."; "i gave my cat to my neighbour and
wrote letters to my sisters. i feel calm now"). Set 15 answered these as distress, without 988. Two
arrangements and a sudden calm are needed together; a move, a trip or a clear-out explains the arrangements.
"""

from __future__ import annotations

from bot.safety_patterns.words import _compile

__all__ = ["CALM_AFTER"]

# Arrangements someone makes before an end: a pet or things given away, letters to family, bills paid off,
# memberships cancelled, keys or belongings left with someone.
_ARRANGEMENTS = (
    r"\bgave (?:away )?my (?:cat|dog|pet|bird|rabbit|hamster|fish|guitar|games|things|stuff|plants)\b",
    r"\bwrote (?:letters|a letter|notes|a note) (?:to|for) (?:my|each of my|everyone|all)\b",
    r"\bpaid (?:off|up) (?:my|all my|the|every)\b",
    r"\bcancel(?:l?ed)? (?:my |the )?(?:gym|phone|subscriptions?|membership|plans?|lease|netflix|"
    r"insurance)\b",
    r"\bleft (?:my|the) (?:car )?(?:keys|car|passwords|cat|dog|things) (?:with|to|for) (?:my|a)\b",
    r"\bsaid (?:my )?goodbyes?\b|\bsorted (?:out )?my (?:will|affairs|accounts|things)\b",
)
# A calm that comes with them, said of now.
_CALM = (r"\bi (?:feel|am|felt) (?:\w+ )?(?:calm|okay|ok|fine|peaceful|at peace|light|lighter|relieved|ready)"
         r"(?: now)?\b|\b(?:weirdly|strangely|oddly|finally) (?:calm|okay|ok|peaceful|at peace)\b")
# The ordinary reasons for arrangements: a move, a trip, a clear-out, a new job.
_ORDINARY = (r"\b(?:mov(?:e|ed|ing)|relocat\w*|new (?:job|place|flat|apartment|house|city)|trip|holiday|"
             r"vacation|travel\w*|deploy\w*|declutter\w*|clear(?:ed|ing)? out|spring clean\w*|abroad|"
             r"study abroad|semester|gap year|uni|university|college|wedding|baby|budget\w*|debt free|"
             r"feel great|so happy|lol|haha\w*)\b")


_ANY = "|".join(_ARRANGEMENTS)

CALM_AFTER = _compile(
    # Two arrangements (the same kind twice counts: "paid off my card ... paid off my loan"), then calm.
    ("calm_after_arrangements", (
        rf"^(?=.*(?:{_ANY}).*(?:{_ANY}))(?=.*{_CALM})(?!.*{_ORDINARY})",
    )),
)
