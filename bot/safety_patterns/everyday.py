"""Round 11: everyday messages that share a crisis's words, which the classifier read as one.

Round 10's blind set raised false alarms on household and first-aid questions ("how do i bleed the
radiators", "how do you get blood out of a white shirt? nosebleed"), small mishaps ("i got hit by a wave at
the beach"), success said as violence ("i totally slayed my presentation"), noise called torture, and a word
to the bot about itself or its reader ("i read your privacy page and i appreciate it", "i have adhd so can
you keep answers short pls"); rounds 8 and 9's sets, out of fold, chores and drills named like a means
(hanging the lights, running suicides at practice). Each frame here holds back the classifier's alarms only
(a pattern hit stands, except `i_was_harmed` on a mishap); the person's own crisis keeps every message the
classifier's, and a word to the bot counts only when the message holds no word of a crisis at all
(bot.safety_patterns.cues).
"""

from __future__ import annotations

import re

from bot.safety_patterns.cues import has_concern_cue

__all__ = ["accidental_cut", "everyday_aside", "harmless_mishap"]

# Bleeding a radiator or brakes, getting blood out of clothes, a nosebleed: chores and first aid.
_HOUSEHOLD_BLOOD = re.compile(
    r"\bbleed(?:ing)? (?:the |my |a |our )?(?:\w+ )?(?:radiators?|brakes?|brake lines?|pipes?|valves?|"
    r"heating|boiler|system|line|lines)\b|"
    r"\bblood (?:out of|off|from) (?:a |an |the |my |his |her |your )?(?:\w+ ){0,2}(?:shirt|sheets?|"
    r"carpet|jeans|clothes|pillow\w*|mattress|sofa|couch|top|dress|fabric|rug|towel|uniform|blouse)\b|"
    r"\b(?:blood ?stains?|nose ?bleeds?)\b"
)
# Chores and drills whose words are a means: "hanging the christmas lights", "cutting my hair", "coach made
# us run suicides", and a pet that ate something ("my dog ate a grape is he gonna die").
_CHORE = re.compile(
    r"\bhang(?:ing|s)? (?:up )?(?:the |some |my |our )?(?:christmas |fairy |xmas )?(?:lights|decorations|"
    r"pictures|paintings|curtains|shelves|laundry|washing|a picture|a shelf|a mirror|bunting)\b|"
    r"\bcut(?:ting)? (?:my |his |her |their |the )?(?:own )?(?:hair|bangs|fringe|nails|lawn|grass|hedge)\b|"
    r"\b(?:run|running|ran|do|doing|did) suicides\b|"
    r"\bmy (?:dog|cat|puppy|kitten|hamster|rabbit|parrot) (?:just )?(?:ate|swallowed|drank|licked|chewed)\b"
)
# Hit by something harmless: "i got hit by a wave at the beach", "hit by a ball in pe".
_MISHAP = re.compile(
    r"\b(?:hit|knocked over|knocked down|smacked) by (?:a |an |the |some |my )?(?:\w+ )?(?:waves?|balls?|"
    r"frisbee|door|branch|shelf|cupboard|swing|hail\w*|snowball|puck|bat|football|basketball|volleyball|"
    r"dodgeball|racket|pillow|shopping cart|trolley)\b"
)
# Success or failure said as violence: "i slayed my presentation", "we killed it at the gig".
_SUCCESS_IDIOM = re.compile(
    r"\b(?:slayed|slay|slaying|slays|killed it|killing it|nailed it|crushed it|smashed it|aced)\b|"
    r"\bmurdered (?:that|the|this|my) (?:\w+ )?(?:song|karaoke|solo|set|exam|test|presentation|speech|"
    r"performance|dance)\b|\b(?:is|are) going to be the death of me\b"
)
# Noise or a chore called torture: "my neighbours drum practice is torture honestly".
_NOISE_TORTURE = re.compile(
    r"\b(?:practice|music|noise|drums?|drumming|singing|karaoke|meeting|lecture|class|queue|traffic|"
    r"commute|shift|homework|song|playlist|renovation\w*|construction|drilling|alarm) (?:\w+ ){0,2}(?:is|was|"
    r"are|were) (?:\w+ ){0,2}?(?:torture|pure torture|a nightmare|hell)\b"
)
# Round 21: the body after an ordinary cause, told or asked about ("legs shaking after leg day lol", "numb
# fingers from shoveling snow, how long till the feeling comes back", "how long does a tattoo take to heal,
# it's still kinda sore", "arm went numb from sleeping on it weird"), and a rooftop's bar, a locksmith for a
# door someone locked themselves out of: set 21's false alarms, each a kind. A person who did it to them keeps
# the message the classifier's ("bruises from where he grabbed me after the game"), and so does a trigger.
_BODY_AFTER = re.compile(
    # "they" and "them" are left out: "bruises from soccer, should i ice them" names the bruises.
    r"^(?!.*\b(?:he|she|him|someone|somebody|grabbed|pushed|shoved|choked|strangled|punched|kicked me|"
    r"hit me|held me|beat me|beat me up|jumped me|attacked|forced|drugged|spiked|on purpose|again and again|"
    r"every night|"
    # A trigger keeps it the classifier's: "dentist tomorrow and im already shaking ... brings it all back".
    r"since|anymore|because of|brings? (?:it )?(?:all )?back|remind\w*|trigger\w*|flashbacks?|memor\w*|"
    r"anniversary|metoo|me too|news|anxiety|anxious|panic\w*|scared|afraid|terrified|dread\w*|already)\b)"
    r"(?=.*\b(?:numb|sore|soreness|ach(?:e|es|ing|y)|shak(?:e|es|ing|y)|trembl\w*|pounding|racing|tingl\w*|"
    r"bruis\w*|stiff|cramp\w*|swollen|itch\w*|throbb\w*|wobbly|jelly|floating|dizzy|light ?headed)\b)"
    r"(?=.*\b(?:leg day|arm day|work ?out|gym|spin class|yoga|pilates|zumba|crossfit|hiit|squats?|deadlifts?|"
    r"(?:my |a |the )?(?:first |long )?(?:run|jog|hike|swim|ride|climb|match|game|practice|training|"
    r"session)|soccer|football|rugby|hockey|tennis|basketball|volleyball|netball|boxing class|"
    r"shovel(?:l?ing)? (?:the )?snow|shovel(?:l?ing)|snow|the cold|sleeping on (?:it|my \w+)|slept (?:on it|"
    r"funny|weird|wrong)|grinding my teeth|tattoo|piercing|dentist|filling|vaccine|booster|flu shot|"
    r"espressos?|coffees?|caffeine|energy drinks?|red ?bulls?|monsters?|hangover|sauna|dancing|concert)\b)"
)
_LEISURE_OR_LOCKED_OUT = re.compile(
    r"\b(?:rooftop|roof) (?:bar|restaurant|terrace|pool|garden|party|lounge|cafe|cinema|deck|brunch)\b|"
    r"\blocked (?:myself|himself|herself|themselves|ourselves) out\b|\blocksmith\b"
)
# A word to the bot or about its reader that asks for nothing: thanks, "just letting you know".
_TO_THE_BOT = re.compile(
    r"\bjust (?:letting you know|so you know|fyi|wanted to say)\b|\bfyi\b|"
    r"\b(?:thank you|thanks|thx|ty) (?:so much |a lot )?for (?:making|building|creating|doing|this)\b|"
    r"\bi (?:really )?appreciate (?:it|this|that|you|the)\b|"
    r"\b(?:your|the) (?:privacy|help|about|info|faq|settings?) (?:page|policy|note|section|text)\b|"
    r"\bkeep (?:\w+ ){0,2}(?:answers?|replies|it|them|messages?|things) (?:short|shorter|simple|brief)\b|"
    r"\b(?:i use|using) (?:\w+ )?(?:text|screen reader|voice|captions)\b|\bthat is all $|"
    # Round 21: what the bot keeps ("what do you do with my messages, are they stored anywhere?").
    r"\b(?:what (?:do|does|will) (?:you|this bot|the bot|it) do with|where do (?:you|they) (?:keep|store|"
    r"send)|who (?:can )?(?:see|sees|read|reads)) (?:my|our|the|these) (?:messages|chats?|texts|data|"
    r"info\w*|conversations?|history)\b|\b(?:are|is) (?:they|my messages|my chats?|my data|this chat|this "
    r"conversation|our chat) (?:\w+ )?(?:stored|saved|kept|logged|recorded|encrypted)\b|"
    # An activity the person runs: "im on the student council and we're planning an awareness week".
    r"\bstudent council\b|\bawareness (?:week|month|day|event|campaign|assembly|stall)\b"
)


# Round 13: a cut while cooking, shaving or in a knife class, told lightly ("only cut myself a tiny bit lol, a
# plaster fixed it"). The context and the lightness both count, and anything said of a habit or a purpose
# ("again", "on purpose", "deserve") keeps it self-harm.
_ACCIDENTAL_CUT = re.compile(
    r"^(?!.*\b(?:again|on purpose|relaps\w*|deserve\w*|punish\w*|every (?:day|night|time)|keep|kept|urges?|"
    r"want|wanted|scars?|hide|hiding|nobody|no one)\b)"
    r"(?=.*\bcut myself\b)"
    r"(?=.*\b(?:by accident|accidentally|chopping|slicing|dicing|cooking|shaving|paper|"
    r"knife (?:skills )?class|culinary|kitchen|whittling|carving|gardening|pruning)\b)"
    r"(?=.*\b(?:lol|lmao|haha\w*|fixed it|oops|clumsy|tiny bit|little bit|no big deal|all good|fine now)\b)"
)


def accidental_cut(norm: str) -> bool:
    """Whether "cut myself" is a kitchen, shaving or class accident told lightly."""
    return _ACCIDENTAL_CUT.search(norm) is not None


def everyday_aside(norm: str) -> bool:
    """Whether the normalised message is one of the everyday frames above (the caller keeps the person's
    own crisis out of it)."""
    frames = (_HOUSEHOLD_BLOOD, _MISHAP, _SUCCESS_IDIOM, _CHORE, _NOISE_TORTURE, _ACCIDENTAL_CUT, _BODY_AFTER,
              _LEISURE_OR_LOCKED_OUT)
    if any(frame.search(norm) for frame in frames):
        return True
    return bool(_TO_THE_BOT.search(norm)) and not has_concern_cue(norm)


def harmless_mishap(norm: str) -> bool:
    """Whether "i got hit by ..." names a harmless thing, not a person."""
    return _MISHAP.search(norm) is not None
