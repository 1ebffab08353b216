"""The patterns `bot.safety` reads messages with: named, grouped by concern, each with the reason for it."""

# Patterns run on normalised text (see `bot.safety.normalise`): lowercase ASCII words separated by single
# spaces with a space at each end, contractions spelled out ("dont" -> "do not", "hes" -> "he is") and
# typos of the key words corrected, so "i dont feel safe" and "I don't feel safe." read the same.
# Each named pattern is a tuple of alternatives, one phrasing a line, of three kinds:
# - phrases people use about themselves ("i was ...", "<act> me", "i can not go on");
# - combinations of cues that may come in any order (`_all`): the speaker, a person and something sexual
#   or coercive, for disclosures that name no act ("my date got handsy in the car and would not stop");
# - a last resort (`LAST_RESORT`): a word for sexual violence in a message about oneself.
# `framing_allows` then keeps out what only looks personal: other people's stories, study and questions
# ("my friend was raped", "i am writing about rape culture"), figures of speech ("her story touched me")
# and questions asked ahead of time ("what should i do if my boss harasses me").

from __future__ import annotations

from bot.safety_patterns.anchor import names_a_person
from bot.safety_patterns.at_ease import at_ease
from bot.safety_patterns.cues import has_concern_cue
from bot.safety_patterns.danger import DANGER
from bot.safety_patterns.denial import denied
from bot.safety_patterns.disclosure import DISCLOSURE
from bot.safety_patterns.distress import DISTRESS
from bot.safety_patterns.finality import speaks_of_finality
from bot.safety_patterns.framing import (
    LAST_RESORT,
    asks_what_to_do,
    framing_allows,
    learned_calm_allowed,
    learned_crisis_allowed,
    means_question_framed,
)
from bot.safety_patterns.self_harm import SELF_HARM
from bot.safety_patterns.settled import settled
from bot.safety_patterns.someone_else import danger_told, someone_near
from bot.safety_patterns.words import Patterns

__all__ = [
    "DANGER", "DISCLOSURE", "DISTRESS", "LAST_RESORT", "SELF_HARM", "Patterns", "asks_what_to_do", "at_ease",
    "danger_told", "denied", "framing_allows", "has_concern_cue",
    "learned_calm_allowed",
    "learned_crisis_allowed", "means_question_framed", "names_a_person", "settled", "someone_near",
    "speaks_of_finality",
]
