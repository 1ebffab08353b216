"""A parent or carer telling what a child told them (issue 8, round 17).

Set 16: "i think my 5 year old was touched at daycare, she told me a teacher plays a 'secret game' with her"
got no support reply: the child's words were reported, and no pattern reads a disclosure made to the writer.
It is a disclosure (the reply believes, and gives the hotline, which helps parents too). A child's secret
about a present, a game with the class, or a hot stove touched are not.
"""

from __future__ import annotations

from bot.safety_patterns.words import _compile

__all__ = ["CHILD_TOLD"]

_CHILD = (r"(?:my|our) (?:\d+ ?(?:year|yr) old|daughter|son|kid|child|little one|toddler|boy|girl|"
          r"stepdaughter|stepson|niece|nephew|grandson|granddaughter|foster (?:child|son|daughter|kid))")
_ADULT = (r"(?:a|an|the|her|his|their) (?:teacher|teaching assistant|coach|babysitter|nanny|uncle|aunt|"
          r"cousin|neighbou?r|tutor|priest|pastor|youth leader|scout leader|carer|caregiver|staff member|man|"
          r"guy|stepdad|stepfather|grandpa|grandad|older (?:boy|kid|cousin)|instructor|driver)")
# What the child said was done: touching, a secret game, a secret to keep, being shown or photographed.
_THEM = r"(?:her|him|them)"
_TOLD_ACT = (
    rf"(?:plays? (?:a |the )?(?:secret|special|tickle|private) games?|(?:touches|touched|tickles) {_THEM} "
    r"(?:\w+ ){0,2}?(?:privates?|private parts?|down there|under|there|when|where|in the|and)|"
    rf"made {_THEM} (?:keep (?:a|it|their|the) secret|touch|take (?:her|his|their) clothes off)|"
    rf"showed {_THEM} (?:his|her|their) (?:privates?|private parts?|body|pictures|photos|videos)|"
    rf"(?:takes|took) (?:pictures|photos|videos) of {_THEM} (?:in the bath|naked|without)|"
    rf"hurts? {_THEM} (?:down there|in (?:her|his|their) private))"
)

CHILD_TOLD = _compile(
    # "she told me a teacher plays a 'secret game' with her", "my son said his coach touches him down there".
    ("child_told_me", (
        rf"^(?=.*\b{_CHILD}\b).*\b(?:told me|said|says|keeps saying|mentioned|drew|is saying) (?:that )?"
        rf"(?:\w+ ){{0,2}}?{_ADULT} (?:\w+ ){{0,2}}?{_TOLD_ACT}",
        # "i think my 5 year old was touched at daycare": the writer's own fear for the child, with a place.
        rf"\b(?:i think|i am worried|i am scared|i fear|i suspect) {_CHILD} (?:was|has been|is being|got) "
        rf"(?:touched|molested|abused|groomed|hurt) (?:at|by|in)\b",
    )),
)
