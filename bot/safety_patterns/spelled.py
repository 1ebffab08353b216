"""Words spelled out letter by letter, joined before reading (issue 8, round 18).

Set 17 disguised words by spacing or dotting their letters ("s u i c i d e", "r.a.p.e.d",
"t.h.e.r.e.s s.o.m.e.o.n.e i.n m.y r.o.o.m"); neither the patterns nor the classifier reads single letters
as a word. A run of four or more single letters, each followed by a dot or a space, is joined into one word
(and then, in that message, the shorter dotted ones too); "U S A", "p.s." and "i.e." alone stay as typed.
"""

from __future__ import annotations

import re

__all__ = ["join_spelled"]

# Dotted: "r.a.p.e.d" (a trailing dot is optional). Spaced: "s u i c i d e", whole words only.
_DOTTED = re.compile(r"(?<![\w.])(?:[^\W\d_]\.){3,}[^\W\d_]\b\.?")
# Once a message spells one long word so, its short ones are spelled so too ("i.n m.y r.o.o.m").
_DOTTED_SHORT = re.compile(r"(?<![\w.])(?:[^\W\d_]\.)+[^\W\d_]\b\.?")
_SPACED = re.compile(r"(?<!\S)(?:[^\W\d_] ){3,}[^\W\d_](?!\S)")


def join_spelled(text: str) -> str:
    """`text` with each word spelled out letter by letter joined into one word."""
    if _DOTTED.search(text):
        text = _DOTTED_SHORT.sub(lambda m: m.group().replace(".", ""), text)
    return _SPACED.sub(lambda m: m.group().replace(" ", ""), text)
