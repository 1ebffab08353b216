"""Everyday questions and people at work that share a concern's words (issue 8, round 17).

Set 16's false alarms: a dose for a toothache, coffee before finals, a drink to order or one watered down,
photos shot at night, a photo sent to the wrong chat, a railing's height, surgery "under the knife"; and
people who work with the subject speaking of their work (a nurse, an HR officer, a librarian, a coach, a
teacher preparing a lesson), who got the help-first preface. Each frame holds back the classifier's alarms
and its "may be personal" only (a pattern hit stands), and any word of fear, threat, harm or refusal keeps
the message the classifier's: "my drink tasted weird and now i'm dizzy", "a nurse at work keeps grabbing me".
"""

from __future__ import annotations

import re

__all__ = ["at_work", "everyday_ask"]

# Fear, threat, harm, refusal or the person's own end: any of these keeps a message the classifier's.
_KEEPS = re.compile(
    r"\b(?:scared|afraid|terrified|frightened|unsafe|panic\w*|threat\w*|blackmail\w*|hurt|hurts|hurting|hit "
    r"me|touch\w* me|grab\w* me|follow\w* me|forced|made me|without (?:my )?(?:consent|permission|asking)|"
    r"said no|told (?:him|her|them) no|refused|would not stop|will not stop|spiked|drugged|roofied|dizzy|"
    r"woozy|blacked out|passed out|can not remember|do not remember|nudes|naked|secretly|leak\w*|die|dying|"
    r"dead|kill|killed|end it|suicid\w*|self harm|on purpose|not wake|never wake|want to disappear|"
    r"hopeless|worthless|alone with|raped|assaulted|abused|harass\w* me|me too|"
    r"can not (?:go on|cope|do this)|breaking down|falling apart|overwhelmed|crying|anxiety|anxious|"
    r"depressed|numb|flashbacks?|perpetrator|disclos\w*|immediate|emergency|right now|presents with|"
    r"trigger\w*|nightmares?)\b"
)
_EVERYDAY_ASKS = re.compile(
    # A dose for an ailment, a pet or a day: "how many paracetamol can i take in a day for a toothache".
    r"\b(?:how (?:many|much)|max\w*|what dose|dosage|can i take)\b(?=.*\b(?:for (?:a |my |the )?(?:\w+ )?"
    r"(?:toothache|headache|migraine|fever|cold|flu|cough|period|cramps|back pain|hangover|sprain)|in a day|"
    r"per day|a day|my (?:cat|dog|pet)|the vet)\b)|"
    # Coffee before exams: "how much caffeine is an overdose, i've had like 5 coffees for finals".
    r"\bcaffeine\b(?=.*\b(?:coffees?|espressos?|energy drinks?|red ?bulls?|monsters?|finals|exams?|"
    r"revision|studying|all ?nighter|deadline)\b)|"
    # A drink to order or complain about: "what should i order if i don't like sweet drinks".
    r"\b(?:what (?:should|do|can) i order|cocktails?|mocktails?|sweet drinks|watered down|can i complain|"
    r"happy hour|wine (?:list|pairing))\b|"
    # Photos as a craft: "what's the best way to shoot photos at night without a tripod".
    r"\b(?:shoot|shooting|take|taking) (?:\w+ )?(?:photos|pictures|pics)\b(?=.*\b(?:tripod|camera|lens|"
    r"at night|exposure|iso|lighting|sunset|landscape|portrait mode|long exposure)\b)|"
    # A photo sent to the wrong chat: "i sent a photo meant for my mum to the family group chat".
    r"\b(?:sent|send) (?:a|the|my) (?:photo|pic|picture|text|message|voice note) (?:meant|intended) for\b|"
    # A railing's or fence's height, building rules: "how high does a balcony railing need to be".
    r"\b(?:how (?:high|tall)|what height|minimum height)\b(?=.*\b(?:railings?|balustrade|handrails?|"
    r"guard ?rails?|fence)\b)|\b(?:building regs|building regulations|building code)\b|"
    # Surgery: "i'll go under the knife next week, nose job".
    r"\bunder the knife\b"
)
# Someone speaking as a professional: "i'm a nurse reading up on ...", "i work in hr", "i coach a team".
_AT_WORK = re.compile(
    r"\bi am (?:a|an|the) (?:new |student |school |trainee |senior |junior |volunteer |youth )?(?:nurse|"
    r"doctor|teacher|coach|librarian|hr (?:officer|manager|advisor|adviser|rep)|diversity officer|"
    r"social worker|counsell?or|therapist|journalist|reporter|editor|carer|caregiver|police officer|"
    r"lawyer|paralegal|researcher|professor|lecturer|youth worker|volunteer|student journalist|"
    r"school counsell?or|chaplain|midwife|paramedic|pharmacist)\b|"
    r"\bi work (?:in|at|for|as) (?:hr|human resources|a (?:school|hospital|clinic|library|newsroom|"
    r"charity|shelter)|an? (?:nurse|teacher|librarian|hr \w+))\b|"
    r"\bi (?:coach|teach|run|manage) (?:a|an|the|our|my) (?:\w+ ){0,2}(?:team|class|club|group|library|"
    r"department|unit|ward|course|workshop)\b|"
    r"\b(?:for|on) (?:our|the|my|a) (?:hr|staff|team|diversity|safeguarding) (?:training|workshop|"
    r"presentation|meeting|induction)\b"
)
# What the work is, in the message: reading, a lesson or a talk, the movement itself.
_WORK_TASK = re.compile(
    r"\b(?:read\w*|reading list|lesson|lecture|presentation|slides?|training|workshop|research\w*|articles?|"
    r"essay|words on|interview\w*|book|resources?|learn\w*|understand|movement|metoo|me too|burke|tarana|"
    r"milano|hashtag|tweets?|history|anniversary|on my break)\b"
)


def everyday_ask(norm: str) -> bool:
    """An everyday question or mishap of these kinds, with no word of fear, threat, harm or refusal."""
    return bool(_EVERYDAY_ASKS.search(norm)) and not _KEEPS.search(norm)


def at_work(norm: str) -> bool:
    """Someone speaking of their work with the subject, with no word of fear, threat, harm or refusal."""
    return bool(_AT_WORK.search(norm) and _WORK_TASK.search(norm)) and not _KEEPS.search(norm)
