"""Danger from another person, read apart from the writer's own harm (issue 8, round 18).

Sets 17 and 18 missed 12 danger messages, and 11 of them got the self-harm reply (988 first, 911 after): the
other person's threat used a word of suicide ("he'll unalive me tonight", "he keeps saying 'u won't wake up
tomorrow' and he's right there"), which a self-harm pattern read, or the classifier raised danger and
self-harm together and self-harm led, since its threshold sits far lower ("my ex is parked across the street
and has been sitting there 2 hrs", "when he's back from the pub tonight ... last time I said no he choked
me"). When someone else threatens the writer, is near now or is coming, and the writer says nothing of
hurting themself, the reading is danger: 911 first (the danger reply carries 988 after it).
- `SOMEONE_ELSE_DANGER`: danger patterns, read before self-harm's: another person threatens to harm the
  writer, quotes an end to them, or turns up armed.
- `someone_near`: another person is near or coming now; `bot.safety` lets a danger alarm of the classifier
  lead over its self-harm alarm then ("my ex is parked outside to drop off the kids" raises no danger alarm,
  so it changes nothing alone).
Never read when the writer speaks of hurting themself ("he's coming home and i want to die"): self-harm is
never lowered to danger. Another person's threat to kill themself ("he said he'd kill himself if I left") is
not read here: it is no threat to the writer's body, and 988 (which the self-harm and help-first replies
carry) is also for someone worried about another person's suicide; 911 is for harm to the writer now.
"""

from __future__ import annotations

import re

from bot.safety_patterns.others import PERSON, STORY_WORDS
from bot.safety_patterns.words import _compile

__all__ = ["SOMEONE_ELSE_DANGER", "danger_told", "someone_near"]

# The writer's own harm, anywhere in the message: then none of this is read.
_OWN_HARM = (r"\b(?:myself|my own life|my life|me self|i (?:\w+ )?(?:want|wanna|wish|going) (?:to )?"
             r"(?:die|be dead|disappear|end it|not (?:be here|exist|wake up))|"
             r"i do not want to (?:live|be here|wake up|exist)|suicid\w*|overdos\w*|self harm|"
             r"cut(?:ting)? (?:my|again)|i (?:should|could) "
             r"(?:just )?die|(?:rather|better off) (?:die|dead|be dead)|"
             # Another person's own harm ("he says he's going to jump tonight") is no threat to the writer.
             r"himself|herself|themselves|themself|jump|jumping)\b")
# A mock threat over a small lapse ("mum is gonna kill me, shaved my head", "said he'd end me in mario kart"),
# unless fear, a weapon or harm done stands beside it.
_MOCK = (r"(?!(?!.*\b(?:scared|afraid|terrified|not (?:even )?joking|serious|seriously|gun|knife|hit|hits|"
         r"hurt|beat|choked|threatened|last time|tell anyone|told anyone)\b)"
         r".*\b(?:late|forgot|forget|essay|homework|"
         r"grades?|exam|test|report|haircut|shaved|dyed|tattoo|piercing|spent|broke|lost|dented|scratched|ate|"
         r"borrowed|mario|kart|chess|uno|fifa|literally|lol|lmao|haha\w*)\b)")
# Anchored, so each look-ahead runs once per message; jokes, games, stories and the past hold back.
_START = (rf"^(?!.*{_OWN_HARM})(?!.*\b(?:{STORY_WORDS}|years? ago|when i was|as a (?:kid|child))\b)")
# What the other person will do to the writer ("he will unalive me", "kill the dog and me", "fix me").
_TO_ME = (r"(?:kill|unalive|hurt|choke|strangle|rape|finish|end|beat|stab|shoot|fix|get rid of|make me "
          r"disappear|bury) (?:(?:the|my) \w+ and )?me\b")
_ARMS = r"(?:gun|knife|knives|rifle|shotgun|pistol|handgun|machete|axe|bat|crowbar|hammer)"

SOMEONE_ELSE_DANGER = _compile(
    # "he said if i tell anyone he'll unalive me tonight": another person's threat to the writer.
    ("someone_threatens_me", (
        _START + _MOCK + rf"(?=.*\b{PERSON} (?:\w+ ){{0,2}}?(?:will|would|is going to|going to|gonna|"
        rf"is gonna|threatens? to|threatened to|swore to|promised to) (?:\w+ )?{_TO_ME})",
    )),
    # "he keeps saying 'u won't wake up tomorrow' and he's right there": an end told to the writer.
    ("someone_tells_me_my_end", (
        _START + rf"(?=.*\b{PERSON} (?:\w+ ){{0,2}}?(?:saying|says|said|told me|texted|texts|whispered|"
        r"yelled|screamed|keeps saying) (?:that )?(?:you|i) (?:will not|are not going to|am not going to|"
        r"will never) (?:wake up|live|see (?:tomorrow|the morning)|make it (?:through|out|home))\b)",
    )),
    # "my sister's ex just showed up at our house with a knife": someone turns up armed.
    ("someone_turns_up_armed", (
        _START + rf"(?=.*\b{PERSON} (?:\w+ ){{0,2}}?(?:showed|turned|pulled|rocked) up\b(?:\s\w+){{0,6}}? "
        rf"with (?:a|an|his|her|their|the) (?:\w+ )?{_ARMS}\b)"
        # A bat for a game, a hammer for a job: "showed up with a bat to play baseball".
        r"(?!.*\b(?:play\w*|baseball|softball|cricket|rounders|practice|game|match|fix\w*|repair\w*|build\w*|"
        r"hang\w*|toy|nerf|water|costume|halloween)\b)",
    )),
    # Round 19: "he knows i'm texting someone. he's asking who. i don't have long": someone checking the
    # writer's phone or messages now, and no time left. The writer's own end is kept out by _START, so "i
    # don't have long" beside it is read as the other person's pressure, not a goodbye.
    ("someone_checks_my_phone_now", (
        _START + rf"(?!.*\b(?:lol|lmao|haha\w*|jk)\b)(?=.*\b{PERSON} (?:\w+ ){{0,2}}?(?:knows|saw|is asking|"
        r"keeps asking|is checking|checks|is reading|is looking at|is going through|grabbed|took|wants)\b"
        r"(?:\s\w+){0,4}? (?:i am texting|i am messaging|i am talking to|my phone|my messages|my texts|my "
        r"chats|who i am (?:texting|talking to|messaging)))(?=.*\b(?:i do not have long|i do not have much "
        r"time|not much time|no time|i have to go|i got to go|gotta go|have to delete|delete this|he is "
        r"coming|she is coming|he is here|she is here)\b)",
    )),
)

# A danger told as the past is no danger now ("my drink was spiked in 2019", "when i was 16").
_NOT_PAST_TOLD = (r"(?!.*\b(?:years? ago|months ago|in (?:19|20)\d\d|last (?:year|month|summer|winter|"
                  r"spring|fall|autumn|night|weekend|week)|back in|as a (?:kid|child|teen|teenager)|"
                  r"at (?:age )?\d+|in college|in high school|once|yesterday|the other night|woke up|"
                  r"next morning|the rest of)\b)")
# Watched by family, a pet or a camera is no danger: "im being watched by my mom while i study".
_NOT_BY_KIN = (r"(?! by (?:my|the|a|our) (?:mom|mum|dad|parents|family|sister|brother|kids?|baby|cat|dog|"
               r"puppy|kitten|teacher|boss|camera|cctv|neighbours? cat)\b)")
# Near now or coming: "is parked across the street", "is right there", "is taking me back tonight",
# "when he is back from the pub tonight", "just showed up".
_NEAR = re.compile(
    _START + rf"(?=.*\b{PERSON} (?:\w+ ){{0,2}}?(?:(?:is|are) (?:still )?(?:parked|sitting|waiting|standing|"
    r"outside|here|right there|right here|downstairs|upstairs|in the (?:\w+ )?room|at (?:the|my|our) "
    r"(?:door|window|house|flat|gate)|on (?:his|her|their) way|coming|taking me|driving me|following me|"
    # Round 24: "hes home with me right now".
    r"home with me|home alone with me|alone with me|in the house with me|"
    r"back)|(?:just )?(?:showed|turned|pulled) up|is back|gets back|comes back|comes home|gets home)\b)"
    r"(?=.*\b(?:now|right now|tonight|today|there|here|outside|across|hrs|hours|minutes|mins|already|just|"
    r"still|room|door)\b)"
)


def danger_told(norm: str) -> bool:
    """Whether the writer tells of danger from someone else now, with a danger word: followed or watched, a
    drink spiked, harm under way, or another person near (`someone_near`), and says nothing of their own
    harm (round 24)."""
    return _NOW_TOLD.search(norm) is not None or someone_near(norm)


def someone_near(norm: str) -> bool:
    """Whether another person is near the writer or coming now, and the writer says nothing of their own
    harm (`norm` as `bot.safety.normalise` gives it)."""
    return _NEAR.search(norm) is not None


# Round 24: danger from someone else told with a danger word, now: followed or watched, a drink spiked, harm
# under way. Set 25's danger messages of these kinds got the self-harm reply (988 first) because the
# classifier's self-harm alarm, with its far lower threshold, led and no danger pattern read them (no subject,
# "watching" rather than "following", "it is happening right now"). Read only to route such an alarm to danger
# (`bot.safety`): never a concern alone, never over the writer's own harm (_START keeps it out).
_NOW_TOLD = re.compile(
    _START + r"(?!.*\b(?:lol|lmao|haha\w*|insta|instagram|tiktok|twitter|online|app|socials|game|movie|show|"
    r"series|dream|dreamt|dreamed|nightmare|panic|anxiety attack)\b)"
    # A means of the writer's own: "being followed again. i have my pills with me".
    r"(?!.*\b(?:pills?|tablets|meds|razor|blades?|rope|noose|wrists?|take them all|end it all)\b)(?=.*(?:"
    # "being followed. walking faster", "i think im being watched".
    r"\b(?:am|think i am|i am|still|keep) being (?:followed|watched|stalked|tailed)\b" + _NOT_BY_KIN + "|"
    r"^ (?:\w+ ){0,2}being (?:followed|watched|stalked|tailed)\b" + _NOT_BY_KIN + "|"
    # "someone has been watching me from a car across the street".
    rf"\b(?:{PERSON}|(?:a|the|this|that) (?:car|van|truck|suv)) (?:\w+ ){{0,3}}?(?:is|are|has been|have been|"
    r"keeps|keep|was|were) (?:\w+ )?(?:watching|staring at|filming|photographing|following|circling) "
    r"(?:me|my (?:house|flat|apartment|window|car|place))\b(?=.*\b(?:from|outside|across|through|"
    r"since|for (?:an|a|the|\d+)|hours?|hrs|minutes|mins|now|right now|tonight|still|again|behind)\b)|"
    # "i think someone put something in my drink", "i think ive been drugged", "my drink might be spiked":
    # told as now (a spiking told as the past, "he slipped something in my drink", is a disclosure).
    rf"\b(?:i think|i am pretty sure|pretty sure|i swear) {PERSON} (?:\w+ ){{0,2}}?(?:put|slipped|dropped|"
    r"spiked|tampered with) (?:something |a pill |stuff |it )?(?:in |into |with )?my drink\b|"
    rf"\b{PERSON} (?:\w+ ){{0,2}}?(?:put|slipped|dropped|spiked|tampered with) (?:something |a pill |"
    r"stuff |it )?(?:in |into |with )?my drink\b(?=.*\b(?:i am|right now|now|tonight|can not|"
    r"feel\w*|dizzy|help)\b)|"
    r"\bmy drink (?:has been|is|might have been|might be|may have been) (?:spiked|drugged|tampered with)\b|"
    r"\bi (?:think i |think |might |may )?(?:have been|might have been|may have been|am being|am) "
    r"(?:drugged|roofied|spiked)\b|"
    r"\bi think i (?:was|got) (?:drugged|roofied|spiked)\b(?=.*\b(?:right now|now|tonight|can not|feel\w*|"
    r"dizzy|help|where)\b)|"
    # "it is happening right now and i can not stop it".
    r"\b(?:it is|this is|its) (?:still )?happening (?:right now|now|again right now)\b"
    r"))" + _NOT_PAST_TOLD
)
