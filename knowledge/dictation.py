"""Names that dictation splits into words ("tah rah nah burke", "harvey wine steen"), heard again as names.

A speech-to-text engine that does not know a name writes the syllables it heard as short words. Joined,
they sound like the name: "tahrahnah" has Tarana's sounds (TRN), "winesteen" Weinstein's. `heard_names`
joins two or three neighbouring words and compares the joined form with the articles' names by sound.
Ordinary phrases are left alone: a run is read as a name only when one of its words is neither a word of the
articles nor an English word of four letters or more ("steen", "nah"), none is a function word, and the
joined sound is a name's. `me_too` reads "me to" as the movement's name where only a name fits ("the me to
movement", "... say me to"), never before a verb ("ask me to reply"). `partner_slips` reads a word beside
one half of a full name as the other half when it sounds like it, English or not ("tarana brake": Burke).
"""

from __future__ import annotations

from collections.abc import Container

from jellyfish import metaphone
from rapidfuzz.distance import Levenshtein

from knowledge.soundalike import SoundAlike, is_english
from knowledge.text import STOPWORDS

__all__ = ["heard_names", "me_too", "partner_slips"]

# Two or three words: a name of three syllables at most, heard one syllable a word.
_LONGEST_RUN = 3
# Joined syllables are spelled far from the name ("wine steen": 4 of 9 letters from "weinstein"); the
# sound must match, so half the letters may differ.
_HEARD_EDIT_SHARE = 0.5
# Nouns the movement's name stands before ("the me to movement", "me to tweets").
_NAMED_NOUNS = frozenset(
    """
    movement movements hashtag hashtags hash tweet tweets video videos founder creator era campaign post
    posts moment anniversary story stories
    """.split()  # noqa: SIM905 - a word list reads best as words
)


def heard_names(typed: list[str], known: Container[str], names: SoundAlike) -> list[str]:
    """`typed` with each run of two or three words that sounds like one of `names` joined into that name.

    Args:
        typed: the question's folded words.
        known: the words the reader knows as written (the articles' and the lexicon's).
        names: the articles' names, by sound.
    """
    if not any(_unheard(w, known) for w in typed):
        return typed  # the common case: every word is known, so no run can be a name heard as words
    out: list[str] = []
    n = 0
    while n < len(typed):
        heard = next(
            ((size, name) for size in range(_LONGEST_RUN, 1, -1)
             if (name := _heard(typed[n : n + size], known, names)) is not None),
            None,
        )
        out.append(heard[1] if heard else typed[n])
        n += heard[0] if heard else 1
    return out


def _heard(run: list[str], known: Container[str], names: SoundAlike) -> str | None:
    """The name `run` sounds like when joined, or None."""
    if len(run) < 2 or not all(w.isalpha() and w not in STOPWORDS for w in run):
        return None
    if not any(_unheard(w, known) for w in run):
        return None  # ordinary words ("wine", "row"): an ordinary phrase, not syllables of a name
    if any(names.match(w) is not None for w in run):
        return None  # "alyss say": one word is the name misspelt, which the spelling reader corrects alone
    return names.match("".join(run), edit_share=_HEARD_EDIT_SHARE)


def _unheard(word: str, known: Container[str]) -> bool:
    """A word neither the articles, the lexicon nor English know: a syllable heard ("nah", "steen")."""
    return word.isalpha() and word not in known and word not in STOPWORDS and not is_english(word)


def me_too(typed: list[str]) -> list[str]:
    """`typed` with "me to" before a noun the movement's name stands before, or at the end, as "me too"."""
    out = list(typed)
    for n in range(len(out) - 1):
        if out[n] == "me" and out[n + 1] == "to" and (n + 2 == len(out) or out[n + 2] in _NAMED_NOUNS):
            out[n + 1] = "too"
    return out


def partner_slips(typed: list[str], partners: dict[str, tuple[str, ...]]) -> list[str]:
    """`typed` with a word next to a first or last name read as the other half of that full name when the
    two sound alike ("tarana brake" -> "tarana burke", "smyth" after "bevy"): dictation hears a surname it
    does not know as the nearest English word, which a full name's other half makes plain.

    Args:
        typed: the question's folded words.
        partners: each half of the articles' full names -> the other halves seen with it.
    """
    out = list(typed)
    for n in range(len(out) - 1):
        for known, other in ((n, n + 1), (n + 1, n)):
            word = out[other]
            if out[known] in partners and word not in partners and len(word) > 2 and word.isalpha():
                heard = [p for p in partners[out[known]] if _sounds_like(word, p)]
                if len(heard) == 1:
                    out[other] = heard[0]
    return out


def _sounds_like(word: str, name: str) -> bool:
    """The same sounds, or one of three or more apart from the same first letter ("tarot" for Tarana: TRT,
    TRN)."""
    heard, meant = metaphone(word), metaphone(name)
    # Three sounds at least: "true" (TR) is one sound off Tarana too, and is meant as written.
    if heard == meant:
        return True
    near = len(heard) >= 3 and Levenshtein.distance(heard, meant) <= 1
    return near and word[0] == name[0] and word not in STOPWORDS
