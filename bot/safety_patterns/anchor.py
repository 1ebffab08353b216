"""Whether a message has a person in it: read only to weigh a classifier-only crisis alarm, never to name a
concern.

Round 8: out of fold, most false alarms on everyday wording were the classifier alone raising self-harm or
danger, a little over its threshold, on messages with nobody in them ("how to bleed a radiator", "best way to
get rid of rats in the shed", "cut back the hydrangea hard"). A crisis told to the bot nearly always names
someone: the writer, the reader, or a person acting on the writer ("he is in the hallway"). Messages without
a person are not ruled out, only asked for more evidence (see `bot.safety._UNANCHORED_MARGIN`): crises told
with no pronoun at all ("rope is in the closet") still reach it, and a pattern hit always stands.
"""

from __future__ import annotations

import re

__all__ = ["names_a_person"]

# On normalised text ("im" -> "i am", "ur" -> "your", "hes" -> "he is"; see bot.safety.normalise).
_PERSON = re.compile(
    r"\b(?:i|me|my|mine|myself|we|us|our|ours|ourselves|you|your|yours|yourself|u|ya|"
    r"he|him|his|himself|she|her|hers|herself|they|them|their|theirs|themselves|"
    r"someone|somebody|anyone|anybody|everyone|everybody|nobody|no one)\b"
)


def names_a_person(norm: str) -> bool:
    """Whether the normalised message names the writer, the reader or another person by a pronoun."""
    return _PERSON.search(norm) is not None
