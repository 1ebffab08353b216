"""A word dictation or autocorrect split in two ("hash tag", "vi ral", "cash arrow") joined again.

Speech-to-text hears one unfamiliar word as two familiar ones, and a phone's autocorrect splits a word it
does not know. Two neighbouring words that together spell a word of the dictionary are that word. Two that
together sound like a surname ("paulina cash arrow": Cachero) are that surname, when they follow its first
name and neither is a dictionary word alone: a sound is tried only there, so other questions pay one set
lookup a pair. Function words are never joined ("me too" stays two words).
"""

from __future__ import annotations

from collections.abc import Container

from knowledge.soundalike import SoundAlike
from knowledge.text import STOPWORDS

__all__ = ["join_split"]

# Two words heard for one are spelled further from it than one word by ear ("cash arrow": 4 of 9 letters
# from "cachero"), and their joined key of three sounds or more is evidence enough.
_JOINED_EDIT_SHARE = 0.5


def join_split(
    typed: list[str], known: Container[str], sounds: SoundAlike | None = None, after: Container[str] = ()
) -> list[str]:
    """`typed` with each pair of neighbouring words that spell one dictionary word joined into it, and,
    with `sounds`, each pair after a word of `after` (a first name) that sounds like one."""
    out: list[str] = []
    n = 0
    while n < len(typed):
        pair = typed[n : n + 2]
        joined = None
        if len(pair) == 2:
            heard = sounds if sounds is not None and out and out[-1] in after else None
            joined = _joined(pair, known, heard)
        out.append(joined or typed[n])
        n += 2 if joined else 1
    return out


def _joined(pair: list[str], known: Container[str], sounds: SoundAlike | None) -> str | None:
    first, second = pair
    if not (first.isalpha() and second.isalpha()) or first in STOPWORDS or second in STOPWORDS:
        return None
    whole = first + second
    if whole in known:
        return whole
    if sounds is None or first in known or second in known:
        return None
    return sounds.match(whole, edit_share=_JOINED_EDIT_SHARE)
