"""A year typed with two digits swapped ("2104", "2071") read as the articles' year it was meant to be.

On a phone keypad two digits are as easily swapped as two letters, and a year the articles never give
weighs as content no passage holds. Only a year of the 1900s or 2000s, and only an exact swap of two
neighbouring digits that gives a year the articles use, is corrected, so "2104" is 2014 but "2015" stays.
"""

from __future__ import annotations

from collections.abc import Container

__all__ = ["swapped_year"]


def swapped_year(typed: str, known: Container[str]) -> str | None:
    """The one known year `typed` is two swapped neighbouring digits away from, or None."""
    if len(typed) != 4 or not typed.isdigit() or typed in known:
        return None
    swaps = (typed[:i] + typed[i + 1] + typed[i] + typed[i + 2 :] for i in range(3))
    found = {year for year in swaps if year in known and year[:2] in ("19", "20")}
    return found.pop() if len(found) == 1 else None
