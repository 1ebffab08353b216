"""Numbers as people type or dictate them: a year with two digits swapped, a number said in two words.

On a phone two digits are as easily swapped as two letters, and a year the articles never give weighs as
content no passage holds. Only a year of the 1900s or 2000s, and only an exact swap of two neighbouring
digits that gives a year the articles use, is corrected, so "2104" is 2014 but "2015" stays. Dictation
writes "twenty four", which the reader's words make "20 4": one number, 24.
"""

from __future__ import annotations

from collections.abc import Container

__all__ = ["joined_tens", "swapped_year"]

_TENS = frozenset({"20", "30", "40", "50", "60", "70", "80", "90"})
_UNITS = frozenset("123456789")


def swapped_year(typed: str, known: Container[str]) -> str | None:
    """The one known year `typed` is two swapped neighbouring digits away from, or None."""
    if len(typed) != 4 or not typed.isdigit() or typed in known:
        return None
    swaps = (typed[:i] + typed[i + 1] + typed[i] + typed[i + 2 :] for i in range(3))
    found = {year for year in swaps if year in known and year[:2] in ("19", "20")}
    return found.pop() if len(found) == 1 else None


def joined_tens(typed: list[str]) -> list[str]:
    """`typed` with a ten followed by a unit ("20", "4") joined into one number ("24")."""
    out: list[str] = []
    for word in typed:
        if word in _UNITS and out and out[-1] in _TENS:
            out[-1] = str(int(out[-1]) + int(word))
        else:
            out.append(word)
    return out
