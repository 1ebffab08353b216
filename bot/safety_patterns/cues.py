"""Whether a message holds any word of a crisis at all: read only to weigh a classifier-only self-harm alarm,
never to name a concern.

Round 11: out of fold and on round 10's blind set, the classifier alone raised self-harm, a hair over its
threshold, on messages with no word of harm in them: thanks and feedback ("i read your privacy page and i
appreciate it"), a word about oneself ("i'm deaf and i use text only, just letting you know"), an activity
("we're planning an awareness week"). A self-harm message nearly always holds at least one word of harm,
death, an ending, the body, a means, hopelessness or fear; the lexicon below is kept broad and general on
purpose (words, not phrases), so unseen wording of a crisis still has one. A message without any is not
ruled out: its alarm is held back (help first, with 911 and 988) instead of answered as self-harm, see
`bot.safety._held_back`. A pattern hit always stands.
"""

from __future__ import annotations

import re

__all__ = ["has_concern_cue"]

# On normalised text (apostrophes gone, shorthand spelled out, typos corrected: bot.safety.normalise).
_CUE = re.compile(
    r"\b(?:"
    # Harm and violence.
    r"hurt\w*|harm\w*|pain\w*|cut|cuts|cutting|cutter|bleed\w*|bled|blood\w*|scars?|burn\w*|wounds?|"
    r"injur\w*|bruis\w*|hit|hitting|beat\w*|punch\w*|chok\w*|strangl\w*|attack\w*|weapons?|knife|knives|"
    r"guns?|shoot\w*|shot|blades?|razors?|sharp\w*|torture\w*|abus\w*|rap(?:e|ed|ist)|assault\w*|"
    r"violen\w*|danger\w*|"
    # Death, means and places.
    r"die|dies|died|dying|dead|death\w*|deadly|kill\w*|suicid\w*|overdos\w*|od|pills?|tablets?|meds|"
    r"medication|dose|drugs?|rope|noose|hang\w*|jump\w*|bridge|roof|ledge|edge|tracks?|trains?|drown\w*|"
    r"poison\w*|lethal|bleach|funeral|grave|breath\w*|suffocat\w*|gas|fall|fell|crash\w*|"
    # Endings and parting.
    r"end|ends|ended|ending|over|goodbye|bye|gone|last|final\w*|forever|anymore|letters?|note|notes|will|"
    r"leave|leaving|disappear\w*|exist\w*|alive|live|living|life|lives|born|wake|sleep\w*|tonight|"
    r"away|soon|never|ready|plan|plans|planned|decided|"
    # The body.
    r"body|wrists?|veins?|arms?|legs?|thighs?|neck|throat|skin|chest|heart|stomach|head|"
    # Hopelessness, exhaustion, shame and fear.
    r"hopeless\w*|worthless\w*|pointless|point|burden\w*|better off|nothing|no one|nobody|alone|lonely|"
    r"tired|exhausted|empty|numb|trapped|escape|give up|gave up|giving up|done|enough|matter\w*|"
    r"can not|could not|hate|hated|sorry|fault|failure|fail\w*|ugly|disgust\w*|shame\w*|ashamed|"
    r"scared|afraid|terrified|fear\w*|panic\w*|unsafe|safe|help|cry\w*|sad|depress\w*|anxi\w*|"
    r"miserable|broken|hell|stop|wish|want|need|deserve\w*|punish\w*|relief|relieve|quiet|peace\w*|"
    r"dark\w*|lost|worse|worst|mess|wrong|bad|down|low|hard|cannot|alone|mom|dad|family|"
    r"988|911|hotline|lifeline|therap\w*|hospital\w*|ambulance|police"
    r")\b"
)


def has_concern_cue(norm: str) -> bool:
    """Whether the normalised message holds at least one general word of harm, death, an ending, the body,
    a means, hopelessness or fear."""
    return _CUE.search(norm) is not None
