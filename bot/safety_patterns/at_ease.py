"""Whether a message says the person is well now: read only to weigh the classifier's alarms, never to name a
concern.

Round 12: on round 11's blind set the classifier alone raised self-harm (and distress), 5 to 9 logits over its
thresholds, on first-person messages that said the writer was well and then asked about the movement ("i've
been in therapy and i'm doing really well these days. just wanted to know who luvvie ajayi is", "i'm in a
much better place now. can you tell me about the time essay?", "things are good now, honestly"). Its
self-harm and calm alarms on such a message are held back (help first, with 911 and 988) under
bot.safety._AT_EASE_MARGIN; danger is never held, a pattern hit always stands, and a message that speaks of
a decision, a plan, a goodbye, death or harm to oneself is never at ease (calm after a decision is a warning
sign). A question about the movement alone was tried as a reason too: out of fold it held back a disclosure
and two distress messages ("saw the hashtag trending and had to turn my phone off"), so it is not one.
"""

from __future__ import annotations

import re

__all__ = ["at_ease", "warning_sign"]

# On normalised text (apostrophes gone, "im" -> "i am": bot.safety.normalise).
_WELL_NOW = re.compile(
    r"\bi am (?:doing |feeling )?(?:really |so |pretty |much |a lot |very |quite )?(?:well|good|great|fine|"
    r"better|okay|ok|alright)(?: now| these days| nowadays| today| again)\b|"
    r"\bi am doing (?:really |so |pretty |very |quite )?(?:well|good|great|fine|better|okay|ok)\b|"
    r"(?<!\bnot )(?<!\bnever )\b(?:in|at) a (?:much |far |way |really |lot )?(?:better|good|great|healthier|"
    r"happier) place\b|"
    r"\b(?:things|life|everything) (?:is|are) (?:(?!not\b|never\b)\w+ )?(?:good|great|fine|better|okay|ok) "
    r"(?:now|these days)\b|"
    r"\b(?:feeling|doing) (?:much |a lot |way |so much )?better (?:now|these days|lately)\b"
)
# Calm after a decision, a plan or a goodbye is a warning sign, never ease ("i feel better now i decided"),
# and death or harm to oneself named anywhere keeps the alarm whole.
_DECIDED = re.compile(
    r"\b(?:decided|decision|made up my mind|mind is made up|at peace|ready|goodbye|goodbyes|plan|plans|"
    r"planned|letters?|note|notes|pills|tablets|rope|anymore|end it|ending it|over soon|not be here|"
    r"be gone|dead|die|dying|death|kill\w*|suicid\w*|hurt myself|harm myself|myself)\b|"
    # The warning signs that come with calm: things given away ("gave my dog to my sister", "given away most
    # of my stuff"), being a burden, needing nothing after a day named, not being around much longer.
    r"\b(?:gave|give|given|giving) (?:away|(?:all |most of )?my \w+ (?:away|to))\b|\bburden\w*|"
    r"\bwill not (?:need|be around|be here|bother)\b|\b(?:much|any) longer\b|\bone last\b|\blast time\b|"
    r"\bfinal\w*\b|\bfarewell\b"
)


def warning_sign(norm: str) -> bool:
    """Whether the normalised message speaks of a decision, a plan, a goodbye, death, harm to oneself or
    another warning sign that comes with calm."""
    return _DECIDED.search(norm) is not None


def at_ease(norm: str) -> bool:
    """Whether the normalised message says the person is well now and speaks of no decision, plan, goodbye
    or other warning sign (the caller keeps the person's own end out of it too)."""
    if _DECIDED.search(norm):
        return False
    return _WELL_NOW.search(norm) is not None
