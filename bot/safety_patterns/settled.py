"""Whether a message tells an everyday mishap or scare, or thanks the bot: read only to weigh the classifier's
alarms, never to name a concern.

Round 13: on round 12's blind set the classifier alone raised self-harm (and now and then distress) on
everyday injuries and scares ("dentist pulled two teeth today", "think i pulled a muscle at hockey", "nearly
choked on my sandwich", "the church bells nearly gave me a heart attack", "the knife block fell off the
counter and nearly hit my foot lol"), on hyperbole about a daily thing ("my date was so boring i wanted to
crawl under the table") and on thanks to the bot ("Good job to whoever built this", "thanks for not asking me
for my name"). Such a message is weighed like one that says the person is well now
(bot.safety_patterns.at_ease): the classifier's self-harm and calm alarms are held back under
bot.safety._AT_EASE_MARGIN (help first, which carries 911 and 988); danger is never held and a pattern hit
always stands. A message that speaks of a wish, a plan, a means for oneself, a goodbye, death, a habit or a
body touched is never settled.
"""

from __future__ import annotations

import re

from bot.safety_patterns.at_ease import warning_sign

__all__ = ["settled"]

# On normalised text (apostrophes gone, "im" -> "i am": bot.safety.normalise).
# An everyday injury or treatment, named by its body part or its cause: no word of intent needed.
_EVERYDAY_INJURY = re.compile(
    r"\b(?:pulled|strained|tore|torn|sprained|twisted|stubbed|bumped|banged|grazed|jarred) "
    r"(?:a |my |his |her )?(?:\w+ )?(?:muscle|hamstring|groin|calf|back|ankle|knee|toe|finger|elbow|shoulder|"
    r"neck|shin)\b|"
    r"\b(?:teeth|tooth) (?:pulled|out|removed|taken out|extracted)\b|\b(?:pulled|took out) (?:\w+ )?(?:teeth|"
    r"tooth)\b|\broot canal\b|"
    r"\b(?:nearly|almost) choked on (?:my |a |the |some )?(?:\w+ )?(?:sandwich|food|drink|water|coffee|tea|"
    r"crisps|chips|popcorn|gum|sweet|candy|pizza|toast|lunch|dinner|breakfast|bite|noodles|cereal|burger)\b|"
    r"\b(?:nearly|almost) gave me a heart attack\b|\bgave me (?:a )?(?:mini )?heart attack\b|"
    r"\bjump ?scares?\b|\bjumped out of my skin\b|\bscared the (?:life|hell|crap) out of me\b|"
    r"\bcode blue\b|\bpulled through\b|\bkilled off (?:a|another|the|my|his|her|their) (?:\w+ )?"
    r"(?:character|lead|villain|hero)\b"
)
# A scare over and done, told with its ending: "nearly hit my foot lol", "got home fine though".
_NEAR_MISS = re.compile(
    r"\b(?:nearly|almost) (?:hit|fell|tripped|slipped|crashed|got hit|fainted|passed out|went deaf)\b|"
    r"\b(?:fell|falling) (?:off|over|down)\b|\b(?:go|gone|going) deaf\b|\bworst nightmare\b|\bscreamed\b|"
    r"\bnear miss\b|\bmissed my (?:stop|train|bus|flight)\b"
)
_OVER = re.compile(
    r"\b(?:lol|lmao|haha\w*|no big deal|nothing serious|not serious|survived (?:it|that)|pulled through|"
    r"(?:got|made it|get) home (?:fine|ok|okay|safe)|all good|fine now|fixed it|though $|"
    r"(?:i am|everyone is|we are|everybody is) (?:ok|okay|fine|alright))\b"
)
# Hyperbole about a daily thing: "so boring i wanted to crawl under the table".
_HYPERBOLE = re.compile(
    r"\bcrawl (?:under|into) (?:the|a) (?:table|hole|rock|floor|ground|bed|sofa|couch)\b"
)
# The person says it is light ("just learning, nothing heavy", "no big deal").
_LIGHT = re.compile(
    r"\bnothing (?:heavy|serious|bad)\b|\bno big deal\b|\bjust (?:learning|curious|browsing)\b"
)
# Thanks or praise to the bot for what it does: "good job to whoever built this", "thanks for not asking
# me for my name", "loving the calm tone of the replies".
_THANKS = re.compile(
    r"^ (?:thanks|thank you|thx|ty|cheers)\b|"
    r"\b(?:thanks|thank you|thx) (?:so much |a lot )?for (?:not |the |your |this|making|building|answering|"
    r"explaining|listening|being)\b|"
    r"\b(?:good|great|nice) (?:job|work) (?:to|on|with)\b|\bwhoever (?:built|made|wrote|designed)\b|"
    r"\b(?:loving|love) the (?:\w+ )?(?:tone|replies|answers|bot|design)\b|\bappreciated $"
)
# A wish, a means for oneself, a high place, a habit, or a body touched, frozen or brought back (a disclosure
# at the dentist, a flashback): never settled, beside at_ease's warning signs (a decision, a plan, a goodbye,
# death, harm to oneself).
_NOT_SETTLED = re.compile(
    r"\b(?:died|overdos\w*|on purpose|wish|want to|for everything|bridge|roof|ledge|tracks|again|"
    r"every (?:day|night|time)|touch\w*|sedat\w*|froze|frozen|flashback\w*|"
    r"brings? (?:it|everything) (?:all )?back|assault\w*|abus\w*|rap(?:e|ed|ist)|molest\w*|grop\w*|"
    r"inappropriate\w*|shaking|trigger\w*|panic\w*|"
    # Loneliness, hopelessness and fear beside thanks ("thank you for being here, nobody else cares").
    r"nobody|no one|alone|lonely|hopeless\w*|worthless\w*|empty|numb|scared|afraid|terrified|unsafe|"
    r"give up|giving up)\b|"
    # Thanks, then a turn: "ok thanks for the number. but he's back now, he's in the driveway".
    r"\bbut (?!i am (?:ok|okay|fine|good|alright)\b)(?:he|she|they|now|i|it)\b|"
    r"\b(?:he|she|they) (?:is|are) (?:back|here|outside|coming|home)\b"
)


def settled(norm: str) -> bool:
    """Whether the normalised message tells an everyday injury, a scare over and done, a hyperbole about a
    daily thing, or thanks to the bot, and speaks of no wish, plan, means for oneself, goodbye or death."""
    if warning_sign(norm) or _NOT_SETTLED.search(norm):
        return False
    if any(cue.search(norm) for cue in (_EVERYDAY_INJURY, _HYPERBOLE, _THANKS, _LIGHT)):
        return True
    return bool(_NEAR_MISS.search(norm) and _OVER.search(norm))
