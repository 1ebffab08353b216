"""Danger words with everyday company (issue 8, round 14): a visitor named as harmless, a small child at
one's heels, a follow online, a figure of speech; since round 15 someone expected arriving from a trip, a
little one beside the person, and harm done to a thing (a car broken into last night).

"he's outside with the pizza, brb", "someone's at the door, probably the amazon guy, one sec", "he's been
following me around all day, my toddler", "this guy keeps following me on insta", "holding me hostage with
spoilers" carry the words of danger with no danger in them. These frames are tight on purpose: any fear,
threat, harm, weapon, drink, refusal to leave or plea for help in the same message keeps the danger reading.
"""

from __future__ import annotations

import re

__all__ = ["everyday_company"]

# Who the person at the door or outside turns out to be: someone bringing or selling something, named as a
# person ("the amazon guy", "the ice cream truck guy", "the postman") or by what they bring ("probably the
# pizza", "with the pizza").
_VISITOR = re.compile(
    r"\b(?:amazon|ups|fedex|dhl|usps|delivery|pizza|dominos|doordash|grubhub|uber ?eats|food|grocery|mail|"
    r"ice cream|takeout|takeaway|courier|package|parcel)(?: truck| van)? (?:guy|man|lady|woman|driver|person|"
    r"people|truck|van)\b|"
    r"\b(?:mailman|postman|postie|plumber|electrician|repair ?man|handyman|cable guy|meter reader)\b|"
    r"\b(?:probably|prob|just|it is|its) (?:the |my |our )?(?:pizza|food|order|delivery|package|parcel|"
    r"groceries|takeout|takeaway)\b|"
    r"\bwith (?:the|my|our) (?:pizza|food|order|delivery|package|parcel|groceries|takeout|takeaway)\b"
)
# A small child or a pet at the person's heels ("following me around all day, my toddler").
_LITTLE_ONE = re.compile(
    r"^(?=.*\bmy (?:\w+ )?(?:toddler|baby|infant|little one|newborn|\d+ ?(?:yo|year old|month old)|puppy|"
    r"kitten|dog|cat)\b)(?=.*\b(?:following me|followed me|follows me|will not leave my side|"
    r"at my heels|clinging to me)\b)"
    # The little one must be the only follower named: "a guy has been following me and my dog is with me".
    r"(?!.*\b(?:guy|guys|man|men|stranger|someone|somebody|dude|person|ex|car|van|truck)\b)"
)
# Round 15: someone expected, arriving from a trip or for an occasion ("he's finally here, my brother just
# landed from lagos", "my dad got in from his flight for christmas").
_ARRIVAL = re.compile(
    r"\b(?:just |finally )?(?:landed|flew in|got in|arrived|drove up|is back|came home) (?:from|for) "
    r"(?!(?:\w+ ){0,2}?(?:prison|jail|rehab)\b)|"
    r"\bfor (?:the|my|our) (?:wedding|holidays?|christmas|eid|diwali|birthday|party|weekend|visit)\b"
)
# A little one beside the person, not following ("my toddler is in the room with me while i work").
_LITTLE_BESIDE = re.compile(
    r"\bmy (?:\w+ )?(?:toddler|baby|infant|little one|newborn|kids?|children|puppy|kitten|dog|cat)\b"
    r"(?: is| are)? (?:in the room with me|on my lap|next to me|beside me|asleep|napping)\b"
)
# Harm to a thing, not a person: a car, a bike or a shed broken into, keyed or taken, after the fact.
_THING_HARMED = re.compile(
    r"^(?=.*\b(?:broke|broken|breaking) into (?:my|our|the) (?:car|van|bike|shed|garage|locker|truck|"
    r"mailbox|letterbox)\b|.*\b(?:keyed|scratched|dented|towed|clamped|nicked|stole|stolen) (?:my|our) "
    r"(?:car|van|bike|scooter|wing mirror|parcel|package|wheel)\b)"
    r"(?=.*\b(?:last night|yesterday|this morning|overnight|while i was|when i was|report|insurance|claim)\b)"
)
# Following online: an account, not a person behind them.
_ONLINE = re.compile(
    r"\bfollow\w* me (?:\w+ ){0,2}?(?:on|back on|across) (?:insta|instagram|ig|tiktok|twitter|x|threads|"
    r"snap|snapchat|socials?|social media|youtube|twitch|spotify|github|linkedin|facebook|fb|bluesky|"
    r"strava|pinterest|here)\b|\bunfollow\w*\b"
)
# Hostage to a trifle: "holding me hostage with spoilers", "hostage over the remote".
_HOSTAGE_FIGURE = re.compile(
    r"\b(?:holding|held|holds|keeping|kept) (?:me|us) hostage (?:with|over|by|until|to) "
    r"(?!(?:\w+ ){0,2}?(?:gun|knife|knives|weapon|threats?|force|zip ?ties?|rope|tape)\b)"
)
# Anything of a real danger keeps the danger reading, whatever the frame.
_REAL_DANGER = re.compile(
    r"\b(?:scared|afraid|terrified|frightened|panic\w*|threat\w*|hurt\w*|hit|hitting|kill\w*|gun|knife|"
    r"knives|weapon|drunk|high|angry|yelling|screaming|banging|kicking|break\w* in|forc\w*|grab\w*|choke\w*|"
    r"refus\w* to leave|will not leave(?! my side)|won t leave(?! my side)|not leaving|help|911|police|cops|"
    r"unsafe|not safe|trapped|stalk\w*|creep\w*|hiding|hide|locked|lock the|ex|abuser|again and again|"
    r"watching me|won t stop|will not stop|touch\w*|grop\w*|rap(?:e|ed|ing)|assault\w*|kiss\w*|naked|"
    r"flash\w*|exposed|harass\w*|molest\w*|abus\w*|sexual\w*|uncomfortable|weird|following me home)\b"
)


def everyday_company(norm: str) -> bool:
    """Whether the danger words here come with everyday company (a named harmless visitor, a small child
    or a pet, a follow online, hostage to a trifle) and nothing of a real danger."""
    frame = (_VISITOR.search(norm) or _LITTLE_ONE.search(norm) or _ONLINE.search(norm)
             or _HOSTAGE_FIGURE.search(norm) or _ARRIVAL.search(norm) or _LITTLE_BESIDE.search(norm)
             or _THING_HARMED.search(norm))
    return bool(frame) and not _REAL_DANGER.search(norm)
