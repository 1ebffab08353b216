"""Which of the person's own concerns a message denies, when nothing else in it speaks of a crisis: read only
to weigh the classifier's alarms, never to name or drop a concern the patterns found.

Round 23: on the blind sets the classifier alone raised self-harm, a little over its low threshold, on
ordinary messages that said plainly the writer was not in any of the concerns, and then asked something
("im not suicidal lmao im asking what 988 is for a class presentation", "nobody hurt me, relax i asked about
consent laws because of my law exam", "not hurt, not in danger, not sad. just wanna know what year burke
started"). The words it denies are the words the classifier weighs. A denial counts only for the concern it
denies: "i am not suicidal" for self-harm; "not in danger" for danger; "not sad" for distress; being hurt,
being a victim or something having happened to the writer ("nobody did anything to me") for danger,
disclosure and self-harm alike, since "hurt" is the word both crises share. And it counts only when the
message with its denials taken out holds no word of a crisis at all (`_STILL_SPEAKS`, kept broad: a means,
an act, death, an ending, a plan, hopelessness, fear, the body hurt): set 22 was written to minimise and deny
("im not like suicidal suicidal, i just keep thinking everyone would be better off if i wasnt around", "im
fine. i just have pills saved up", "its not a big deal but he keeps touching me"), and every such message
keeps its alarms. A pattern hit always stands.
"""

from __future__ import annotations

import re

from bot.safety_patterns.at_ease import warning_sign

__all__ = ["denied"]

_NEG = r"(?:not|never|no longer)"
_ME = r"(?:i am|i was|i have been|i feel|am)"
# A bare "not" only where it starts a clause ("not hurt, not in danger"), not after a verb ("will not hurt")
_BARE = "".join(rf"(?<!\b{w} )" for w in (
    "will", "would", "does", "do", "did", "could", "should", "can", "may", "might", "it", "that", "this",
    "is", "was", "are", "were", "to", "he", "she", "they", "you", "must", "has", "have", "had"))
# (The lookahead before each run of look-behinds only lets them run where the word is: the same matches, about
# ten times faster on a message without it.)
_AM_NOT = rf"(?:\b{_ME} (?:\w+ )?{_NEG}|(?=\bnot){_BARE}\bnot|(?=\bnever){_BARE}\bnever)"
_SOFT = r"(?:(?:like|really|even|actually|at all|remotely|literally|totally|being|feeling|a) )*"

# On normalised text (apostrophes gone, "im" -> "i am", "nobody"/"no one" joined: bot.safety.normalise).
_DENIALS: tuple[tuple[frozenset[str], re.Pattern[str]], ...] = tuple(
    (frozenset(scope), re.compile(pattern)) for scope, pattern in (
        # Suicide and self-harm denied: "im not suicidal", "not gonna hurt myself", "i dont want to die lol".
        (("self_harm",),
         rf"{_AM_NOT} {_SOFT}(?:suicidal|self harming|in crisis)\b(?: (?:at all|lol|lmao|haha\w*))?|"
         r"\b(?:i am|i was|am) not (?:going to|trying to|planning to|about to) (?:hurt|kill|harm) myself\b|"
         r"\bi (?:do not|never) (?:want|plan|planned) to (?:die|kill myself|hurt myself)\b|"
         r"\bno (?:suicidal|self harm) (?:thoughts|stuff|plans)\b"),
        # Danger denied: "not in danger", "im safe, dont worry".
        (("danger",),
         rf"{_AM_NOT} {_SOFT}(?:in (?:any )?danger|unsafe|in trouble)\b|"
         r"^ (?:i am )?(?:totally |completely |perfectly )?safe\b|"
         r"\bi am (?:totally |completely |perfectly )?safe"
         r"(?: (?:do not|no need to) worry| lol| lmao| relax| haha\w*)\b"),
        # Distress denied: "not sad", "im not upset or anything", "im fine" (with nothing of a crisis left).
        (("distress",), rf"{_AM_NOT} {_SOFT}(?:sad|upset|depressed|scared|afraid|struggling|distressed|"
                        r"triggered)\b|"
                        r"\bi am (?:totally |completely |perfectly |honestly )?(?:fine|ok|okay|good)\b"),
        # Being hurt, a victim, or something having happened to the writer, denied.
        (("danger", "disclosure", "self_harm"),
         rf"{_AM_NOT} {_SOFT}(?:hurt|harmed|a victim|victim|a survivor|abused|being abused|being hurt)\b"
         r"(?: (?:of|by) (?:anything|anyone|anybody|nobody|no one))?|"
         r"\b(?:nobody|no one|noone) (?:\w+ )?(?:is |has |ever |has ever |is ever )?(?:hurt|hurting|hurts|"
         r"harmed|harming|touched|touching|abused|abusing|bothering|bothered|threatening|threatened|following|"
         r"followed|attacked|assaulted|harassed|harassing|did anything|does anything|has done anything|"
         r"is doing anything|did something|is doing something) (?:to )?me\b|"
         r"\bnothing (?:like that |bad |of the sort |of that sort )?(?:has |ever |has ever )?"
         r"happened to me\b|"
         r"(?:\b(?:it|this|that)|^) (?:did not|never|has not|has never) happen(?:ed)? to me\b|"
         r"\b(?:this|it|that|my question) is not (?:about|for) me\b|\bnot about me\b"),
    )
)
# With the denials taken out, any word of a crisis keeps every alarm: a means, an act of harm or violence,
# death, an ending or a plan (`at_ease.warning_sign`), the body hurt, hopelessness, fear, or someone's act.
_STILL_SPEAKS = re.compile(
    r"\b(?:hurt\w*|harm\w*|cut|cuts|cutting|bleed\w*|blood|scars?|burn\w*|razors?|blades?|knife|knives|"
    r"guns?|rope|noose|hang\w*|jump\w*|bridge|roof|ledge|pills?|meds|tablets|overdos\w*|od|drown\w*|"
    r"poison\w*|dead|die|dies|died|dying|death|kill\w*|suicid\w*|end it|ending it|end things|better off|"
    r"not around|gone|disappear\w*|not be here|exist\w*|alive|wake up|waking up|point|goodbye|bye|anymore|"
    r"tonight|"
    r"decided|plan\w*|saved up|saving up|stash\w*|hopeless|worthless|pointless|burden|trapped|give up|"
    r"can not (?:go on|do this|take|cope|breathe|stop)|rap(?:e|ed|ist)|assault\w*|abus\w*|molest\w*|grop\w*|"
    r"touch\w*|forc\w*|drugged|spiked|follow\w*|stalk\w*|threat\w*|hit|hits|hitting|beat\w*|chok\w*|"
    r"strangl\w*|attack\w*|scared|afraid|terrified|unsafe|danger\w*|panic\w*|help|please|outside|door|"
    r"watching|waiting|car|house|room|home|window|drunk|naked|nudes|photos|pictures|pics|blackmail\w*|"
    r"sex\w*|said no|do it|ways to|stop|stopped|permanent\w*|happened|numb|blank|feel anything|"
    r"feel nothing|overwhelm\w*|anxi\w*|stress\w*|lonely|alone|empty|exhausted|tired|sad|upset|depress\w*|"
    r"struggl\w*|cope|coping|ashamed|shame\w*|guilt\w*|fault|blame\w*|dirty|disgust\w*|broken|hate myself|"
    r"not okay|not ok|not fine|worse|shaking|can not|could not|swallow\w*|driv\w* into|crash\w*|barrier|"
    r"take them|probably|bleach|cleaning stuff|cry\w*|cried|tears|shak\w*|trembl\w*|flashback\w*|"
    r"nightmare\w*|trigger\w*|"
    r"he|him|his|she|her|ex|boyfriend|girlfriend|husband|wife|partner|uncle|stepdad|dad|father|"
    r"brother|cousin|boss|teacher|coach|someone|somebody|guy|man|men|relapse\w*)\b"
)


def denied(norm: str) -> frozenset[str]:
    """The concerns (classifier names) the normalised message denies for its writer, when the message with
    its denials taken out holds no word of a crisis; empty otherwise."""
    scope: set[str] = set()
    rest = norm
    for concerns, pattern in _DENIALS:
        if pattern.search(rest):
            scope |= concerns
            rest = pattern.sub(" ", rest)
    if not scope or warning_sign(rest) or _STILL_SPEAKS.search(rest):
        return frozenset()
    return frozenset(scope)
