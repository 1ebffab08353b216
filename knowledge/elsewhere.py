"""What the articles never tell of, named in a question: another country or language, another anniversary,
another movement. "me too movement in china", "metoo 10 year anniversary events", "time's up vs me too".

The articles follow #MeToo in the United States from its viral start to its fifth year. A question naming
a country, a language or a people they never name, an anniversary other than the ones they mark, or
another campaign, shares "metoo", "movement" or "anniversary" with a passage and nothing it could be
answered by: its nearest written questions ask about the articles' own story, so the memory's vote would
quote that. The lists hold proper names the spelling list counts as English words (the memory's own check
for a stranger's name, `Strangers.unknown_name`, misses them); a name the articles print is no stranger.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from knowledge.guards import Guarded
from knowledge.text import words

__all__ = ["Elsewhere"]

# Countries, regions, languages and peoples: most asked about, and English words to the spelling list.
_PLACES = frozenset(
    """
    africa african america american americans arab arabic argentina asia asian australia australian austria
    bangladesh belgium brazil brazilian britain british canada canadian chile china chinese colombia cuba
    denmark egypt england europe european finland france french german germany ghana greece greek
    hindi india indian indonesia iran iraq ireland irish israel italian italy japan japanese kenya
    korea korean mexican mexico nigeria norway pakistan peru philippines poland portugal portuguese russia
    russian scotland singapore spain spanish sweden swedish switzerland taiwan thailand turkey turkish uganda
    ukraine vietnam wales
    """.split()  # noqa: SIM905
)
# Two-word places and peoples, read from the folded words.
_PLACE_PHRASES = Guarded(
    r"\b(?:uk|u\.k\.|united kingdom|south korea|new zealand|south africa|latin america|middle east"
    r"|saudi arabia|hong kong|bollywood)\b"
)
# Another campaign the articles never name ("time's up vs me too").
_MOVEMENTS = Guarded(
    r"\b(?:time'?s up|timesup|black lives matter|blm|women'?s march|himtoo|ni una menos"
    r"|balance ?ton ?porc|me ?too ?india)\b"
)
# "10 year anniversary", "the tenth anniversary", "25th anniversary": the anniversary's number.
_ANNIVERSARY = re.compile(
    r"\b(\w+)(?:[- ]years?)?[- ]anniversary\b|\banniversary (?:number )?(\w+)\b"
)
_ORDINALS = {
    "one": "1", "first": "1", "1st": "1", "two": "2", "second": "2", "2nd": "2", "three": "3", "third": "3",
    "3rd": "3", "four": "4", "fourth": "4", "4th": "4", "five": "5", "fifth": "5", "5th": "5", "six": "6",
    "sixth": "6", "6th": "6", "seven": "7", "seventh": "7", "7th": "7", "eight": "8", "eighth": "8",
    "8th": "8", "nine": "9", "ninth": "9", "9th": "9", "ten": "10", "tenth": "10", "10th": "10",
    "twenty": "20", "twentieth": "20", "20th": "20",
}


class Elsewhere:
    """Tells a question naming a place, a language, an anniversary or a campaign the articles never do."""

    def __init__(self, texts: Iterable[str]) -> None:
        text = " ".join(texts).lower()
        self._printed = frozenset(words(text, hashtags=False))
        self._anniversaries = frozenset(_number(m) for m in _ANNIVERSARY.finditer(text)) - {None}

    def named(self, lowered: str, *, anniversary: bool = True) -> bool:
        """Whether the lowercased question names a place, language or people, a campaign or (with
        `anniversary`) an anniversary that the articles never name."""
        if any(w in _PLACES and w not in self._printed for w in words(lowered, hashtags=False)):
            return True
        if _PLACE_PHRASES.search(lowered) is not None or _MOVEMENTS.search(lowered) is not None:
            return True
        if not anniversary or "anniversary" not in lowered:
            return False
        asked = {_number(m) for m in _ANNIVERSARY.finditer(lowered)} - {None}
        return bool(asked) and not asked <= self._anniversaries


def _number(found: re.Match[str]) -> str | None:
    """The anniversary's number as digits ("five" and "5th" are "5"), or None when none is given."""
    word = (found.group(1) or found.group(2) or "").lower()
    if word.isdigit():
        return word
    return _ORDINALS.get(word) or (word[:-2] if word[:-2].isdigit() and word[-2:] in {"st", "nd", "rd", "th"}
                                   else None)
