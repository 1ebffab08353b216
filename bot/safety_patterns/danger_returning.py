"""Danger from someone who has hurt or threatened the person and is still near (issue 8, round 17).

Set 16 told danger as a threat that waits for a moment ("he said when he wakes up it'll be worse", after "my
boyfriend choked me an hour ago and he's asleep on the couch") or beside a weapon in sight ("he'll 'finish me'
when he gets home at 6 ... the gun is out on the table"). No pattern read either and the classifier took them
for self-harm, so the reply led with 988 and not 911. Each pattern needs another person acting on the writer;
the writer speaking of hurting themself ("i'll finish myself") is never read here, so self-harm is never
lowered to danger (bot.safety keeps a self-harm pattern first in any case).
"""

from __future__ import annotations

from bot.safety_patterns.others import ROLE, STORY_WORDS
from bot.safety_patterns.words import _compile

__all__ = ["RETURNING_DANGER"]

# Anchored, so each look-ahead runs once per message; jokes, games and stories hold back.
_START = rf"^(?!.*\b(?:joking|{STORY_WORDS})\b)"
# A pronoun or "my" and a role (round 19: the roles someone_else.py reads, shared in others.py).
_PERSON = rf"(?:he|she|they|my {ROLE})"
# The moment the threat waits for: waking, sobering, coming home or back.
_MOMENT = (r"\bwhen (?:he|she|they) (?:wakes? up|wake up|sobers? up|is sober|gets? (?:home|back|in|here|out)|"
           r"comes? (?:home|back|round|over)|finds? (?:out|me)|is done|finishes)\b")
# What is threatened for then, to the person: "it will be worse", "finish me", "kill me".
_HARM_TO_ME = (r"\b(?:(?:it|this|things) (?:will|is going to|gonna) (?:be|get) (?:worse|bad|really bad)"
               r"(?= $| for me| than| this time| tonight| next time| if| and| he| she| i)|"
               r"(?:finish|kill|end|hurt|beat|choke|strangle|deal with) me\b|teach me a lesson|"
               r"i (?:am|will be) dead|i will (?:regret|pay))")
# Violence done to the person recently by someone still close by.
_DONE_TO_ME = (r"\b(?:choked|strangled|hit|punched|slapped|kicked|beat|beaten|shoved|pushed|threw|dragged|"
               r"burned|raped|assaulted|attacked) me\b")
_STILL_NEAR = (r"\b(?:(?:he|she|they) (?:is|are) (?:still )?(?:asleep|sleeping|passed out|"
               r"in the (?:next|other) room|downstairs|upstairs|home|here|in the house|"
               r"on the (?:couch|sofa))|"
               r"(?:he|she|they) will (?:wake|be back|be home)|(?:wakes|comes back|gets home|gets back))\b")
_WEAPON_OUT = (r"\b(?:gun|knife|knives|pistol|rifle|shotgun|blade|machete|bat) (?:is |are )?(?:out|on the "
               r"(?:table|counter|bed|side)|in his (?:hand|lap|belt|waistband)|by (?:the|his) bed|loaded)\b|"
               r"\b(?:loaded|cleaning|sharpening) (?:his|her|the|a) (?:gun|knife|rifle|pistol|shotgun)\b")

RETURNING_DANGER = _compile(
    # "he said when he wakes up it'll be worse": a threat to the person, due when the person returns.
    ("threat_waiting", (
        _START + rf"(?=.*\b{_PERSON} (?:\w+ ){{0,2}}?(?:said|says|told me|texted|warned|swore|promised|"
        rf"threatened)\b)(?=.*{_MOMENT})(?=.*{_HARM_TO_ME})",
    )),
    # "my boyfriend choked me an hour ago and he's asleep on the couch": done to me, and still near.
    ("hurt_and_still_near", (
        _START + rf"(?=.*\b{_PERSON} (?:\w+ ){{0,2}}?{_DONE_TO_ME})(?=.*{_STILL_NEAR})"
        r"(?!.*\b(?:years? ago|when i was|as a (?:kid|child|teen)|in (?:high )?school|back then|lol|lmao|"
        r"haha\w*|pillow|snowball|tickl\w*|by accident|accidentally|play fight\w*|wrestl\w*)\b)",
    )),
    # "he'll finish me when he gets home ... the gun is out on the table": a threat beside a weapon in sight.
    ("threat_beside_weapon", (
        _START + rf"(?=.*\b{_PERSON} (?:\w+ ){{0,3}}?(?:will|is going to|gonna|would|said he would|said she "
        rf"would) (?:\w+ )?(?:finish|kill|end|hurt|shoot|stab|get) me\b)(?=.*{_WEAPON_OUT})",
    )),
)
