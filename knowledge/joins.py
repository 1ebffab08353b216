"""A word dictation or autocorrect split in two ("hash tag", "vi ral", "cash arrow") joined again.

Speech-to-text hears one unfamiliar word as two familiar ones, and a phone's autocorrect splits a word it
does not know. Two neighbouring words that together spell a word of the dictionary are that word; two that
together sound like one ("cash arrow": Cachero), when neither is a dictionary word alone, are the word they
sound like. Function words are never joined ("me too" stays two words).
"""

from __future__ import annotations

from collections.abc import Container

from knowledge.soundalike import SoundAlike
from knowledge.text import STOPWORDS

__all__ = ["join_split"]

# Two words heard for one are spelled further from it than one word by ear ("cash arrow": 4 of 9 letters
# from "cachero"), and their joined key of three sounds or more is evidence enough.
_JOINED_EDIT_SHARE = 0.5


def join_split(typed: list[str], known: Container[str], sounds: SoundAlike) -> list[str]:
    """`typed` with each pair of neighbouring words that make one dictionary word joined into it."""
    out: list[str] = []
    n = 0
    while n < len(typed):
        pair = typed[n : n + 2]
        joined = _joined(pair, known, sounds) if len(pair) == 2 else None
        out.append(joined or typed[n])
        n += 2 if joined else 1
    return out


def _joined(pair: list[str], known: Container[str], sounds: SoundAlike) -> str | None:
    first, second = pair
    if not (first.isalpha() and second.isalpha()) or first in STOPWORDS or second in STOPWORDS:
        return None
    whole = first + second
    if whole in known:
        return whole
    if first in known or second in known:
        return None
    return sounds.match(whole, edit_share=_JOINED_EDIT_SHARE)
