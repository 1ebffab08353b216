"""Two figures the question compares ("which is bigger, the 19 million or the 12 million"): each is answered
by the passage that gives it, so the reply quotes both, each with its source.

A choice between two figures reads as one term (either figure), so the passage giving one of them covers
the question alone and the other figure, the half of the comparison, goes unsaid. Only figures a passage
gives as such count (a number with "million" or "thousand", or written with a thousands comma): the
hotline's digits, a day or a year are no figure to compare.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from knowledge.guards import Guarded

__all__ = ["Quantities"]

# "19 million", "12 million", "55,000", "55k": a figure with its scale.
_FIGURE = re.compile(r"(?<![\d,.])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?) ?(million|thousand|m|k)?\b")
# The question weighs one figure against the other, or asks about each.
_COMPARES = Guarded(
    r"\b(?:or|vs|versus|compare|compared|comparison|than|bigger|larger|smaller|more|fewer|less|higher|lower"
    r"|difference|diff|each|both)\b"
)
_SCALES = {"m": "million", "k": "thousand"}


class Quantities:
    """Knows which passage gives which figure."""

    def __init__(self, texts: Sequence[str]) -> None:
        self._holders: dict[str, list[int]] = {}
        for pid, text in enumerate(texts):
            for figure in _figures(text.lower()):
                self._holders.setdefault(figure, []).append(pid)

    def compared(self, lowered: str) -> tuple[int, int] | None:
        """The passages giving the two figures the lowercased question compares, in its order; None unless it
        names exactly two figures, each given by one passage, and two different ones."""
        if not any(c.isdigit() for c in lowered):
            return None
        figures = list(dict.fromkeys(_figures(lowered)))
        if len(figures) != 2 or _COMPARES.search(lowered) is None:
            return None
        holders = [self._holders.get(f, []) for f in figures]
        if any(len(h) != 1 for h in holders) or holders[0] == holders[1]:
            return None
        return holders[0][0], holders[1][0]


def _figures(text: str) -> list[str]:
    """The figures of `text` as "19 million" or "55000": a scale or a thousands comma makes one."""
    found = []
    for digits, scale in _FIGURE.findall(text):
        if scale:
            found.append(f"{digits} {_SCALES.get(scale, scale)}")
        elif "," in digits:
            found.append(digits.replace(",", ""))
    return found
