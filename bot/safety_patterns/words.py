"""Shared building blocks of the safety patterns: how they are compiled, and the word lists they share."""

from __future__ import annotations

import re

__all__ = [
    "_ABUSER", "_ACT", "_BODY", "_COERCION_CUE", "_GAP", "_HARMED", "_HISTORY_WORDS", "_MEDIA", "_PEOPLE",
    "_SELF", "_SEXUAL_CUE", "_SOMEONE", "_WHO", "Named", "Patterns", "_all", "_compile",
]

# Named alternatives before compiling: (name, (one phrasing per string, ...)).
Named = tuple[tuple[str, tuple[str, ...]], ...]
Patterns = tuple[tuple[str, re.Pattern[str]], ...]


def _compile(*named: tuple[str, tuple[str, ...]]) -> Patterns:
    return tuple((name, re.compile("|".join(alternatives))) for name, alternatives in named)


def _all(*cues: str) -> str:
    """A pattern that matches when every cue occurs somewhere in the message, in any order."""
    return "^" + "".join(f"(?=.*?(?:{cue}))" for cue in cues)


# A gap word may not start a new clause about someone else ("i heard she was raped").
_GAP = r"(?:(?!(?:he|she|they|you|it|that|this|who|not|never|and|but|if)\b)[a-z0-9]+ )"
# People who hurt people: pronouns and the roles survivors name most often. "my <anyone>" is added where
# the verb after it carries the meaning ("my therapist touched me").
_PEOPLE = (
    r"(?:he|she|they|him|someone|somebody|man|men|guy|guys|dude|boy|boys|woman|girl|lady|stranger|boss|"
    r"manager|supervisor|employer|teacher|coach|trainer|instructor|uncle|aunt|father|dad|stepdad|stepfather|"
    r"stepmom|stepmother|stepbrother|stepsister|brother|sister|cousin|grandfather|grandpa|grandmother|"
    r"grandma|boyfriend|girlfriend|husband|wife|ex|partner|friend|coworker|colleague|doctor|nurse|therapist|"
    r"counsell?or|priest|pastor|neighbou?r|classmate|professor|lecturer|date|landlord|customer|client|"
    r"officer|cop|mother|mom|mum|babysitter|tutor|roommate|driver|relative|mentor|leader)"
)
_WHO = rf"(?:{_PEOPLE}|my \w+)"
_ABUSER = (
    # "my bus is here", "my uber is outside": rides and deliveries are not people.
    r"(?:he|she|they|someone|somebody|my (?:ex|abuser|rapist|attacker|stalker|"
    r"(?!(?:bus|uber|lyft|taxi|cab|ride|train|food|order|pizza|delivery|package|parcel)\b)\w+)|(?:the|a|this|"
    r"that) (?:man|guy|person|stranger))"
)
# Acts that are sexual violence or harassment whoever does them: "<act> me" is a disclosure.
_ACT = (
    r"(?:rap(?:e|ed|es|ing)|assault\w*|molest\w*|abus(?:e|ed|es|ing)|harass\w*|grop(?:e|ed|es|ing)|violated|"
    r"drugged|roofied|stalk(?:ed|s|ing)|groom(?:ed|s|ing)|fondl(?:e|ed|es|ing)|coerced|blackmail(?:ed|s|"
    r"ing)?|s?extort(?:ed|s|ing)?|forc(?:e|ed|es|ing)|sexually \w+|forced himself on|forced herself on|"
    r"exposed (?:himself|herself) to|flashed|took advantage of|taking advantage of|undress(?:ed|es|ing)?|"
    r"strip(?:ped|s|ping)?|finger(?:ed|s|ing)|penetrat\w*|sodomi[sz]ed|kidnap\w*|abduct\w*|traffick\w*|"
    r"catcall(?:ed|s|ing)?|tied|restrained|doxx?ed|preyed on|pressured|tricked|lured|spiked)"
)
# What "i was ..." can go on with in a disclosure.
_HARMED = (
    r"(?:raped|assaulted|molested|abused|harassed|groped|violated|drugged|roofied|stalked|trafficked|"
    r"coerced|groomed|fondled|attacked|exploited|touched|flashed|catcalled|followed|pressured|forced|"
    r"threatened|blackmailed|cornered|grabbed|pinned down|held down|choked|strangled|sexually \w+|"
    r"taken advantage of|spiked|beaten|kidnapped|abducted|s?extorted|undressed|stripped|tied up|restrained|"
    r"penetrated|fingered|lured|tricked|manipulated|preyed on|targeted|hurt by|hit by|made to|forced to|"
    r"pressured into|talked into|filmed|recorded|photographed|doxx?ed|exposed to)"
)
# Pictures and films of a person: shared, taken or asked for without consent.
_MEDIA = r"(?:pics?|pictures?|photos?|videos?|vids?|images?|nudes|recordings?|footage|selfies?)"

# Cues for the combination patterns: a disclosure often names no act, but a person, the speaker and
# something sexual or coercive all turn up in it ("my date got handsy in the uber and would not stop").
_SELF = r"\b(?:i|me|my|myself)\b"
_SOMEONE = rf"\b(?:his|her|{_PEOPLE})\b"
_SEXUAL_CUE = (
    rf"\b(?:handsy|condom|naked|nude|nudes|porn|junk|dick|penis|genitals|private parts|privates|creepy|"
    rf"creep|pervert|perv|pervy|sexual|sexually|sex|undress\w*|underwear|bra|panties|lap|erection|boner|"
    rf"masturbat\w*|explicit|dms|shower with me|bath with me|in my bed|into my bed|(?:his|her) bed|"
    rf"kiss(?:ed|ing)? me|(?:pants|clothes|shirt|top|dress) off|{_MEDIA} of me)\b"
)
_COERCION_CUE = (
    r"\b(?:took advantage|without asking|without (?:my )?(?:consent|permission)|passed out|blacked out|"
    r"unconscious|too drunk to|pretend\w* (?:to be|i was) (?:asleep|sleeping)|froze|could not move|said no|"
    r"told (?:him|her|them) no|did not want (?:it|to)|was not ready|had no choice|owed (?:him|her|them)|"
    r"(?:promise|swear) not to tell|our (?:little )?secret|got me alone|would not stop|did not stop|"
    r"kept going|forced|coerced)\b"
)
_BODY = (
    r"(?:body|breasts?|boobs?|chest|butt|bum|ass|behind|legs?|thighs?|crotch|privates?|private parts?|"
    r"genitals?|vagina|penis|dick|waist|hips?|skirt|underwear)"
)
_HISTORY_WORDS = (
    r"movement|hashtag|campaign|tweet|founder|started|start|history|who|what|where|how|which|does|did|is|"
    r"was|are|mean|means|meaning"
)
