"""Text a pattern cannot match without, read from the pattern itself, so a scan can be skipped exactly.

A pattern starting with a word boundary is tried at every position of the message: a few microseconds for
each of the lexicon's forty-odd phrases on a long message, most of which hold none of them. Every match of
`\\bleft out\\b` contains "left out", and every match of `\\b(dad|mom)\\b` contains "dad" or "mom"; a plain
substring test (`in`) finds out in well under a microsecond whether the scan can match at all.
"""

from __future__ import annotations

import re

# The pattern parsed as re itself parses it (private modules of the standard library, stable since 3.11).
from re import _constants as sre
from re import _parser

__all__ = ["Guarded", "needed_text"]

# A run of literal text shorter than this tells too little to be worth a test of its own.
_MIN_RUN = 2
# Groups tested per pattern at most.
_MAX_GROUPS = 3
# Strings of which a match holds at least one; a pattern's needs are several such, all held by a match.
_AnyOf = tuple[str, ...]


def needed_text(pattern: str) -> tuple[_AnyOf, ...] | None:
    """Groups of strings such that every match of `pattern` contains at least one string of each group;
    None when none can be read (then the pattern must always be tried). Case-insensitive parts and anything
    unusual read as nothing."""
    try:
        parsed = _parser.parse(pattern)
    except re.error:
        return None
    if parsed.state.flags & re.IGNORECASE:
        return None
    # The surest groups first, so a message lacking one is told after one or two tests.
    return tuple(sorted(_sequence(list(parsed)), key=_strength)[:_MAX_GROUPS]) or None


def _sequence(items: list[tuple[object, object]]) -> list[_AnyOf]:
    """What a sequence requires: each run of literals, and what each of its groups requires."""
    found: list[_AnyOf] = []
    run: list[str] = []
    for op, arg in items:
        if op is sre.LITERAL:
            run.append(chr(arg))  # type: ignore[arg-type]
            continue
        if len(run) >= _MIN_RUN:
            found.append(("".join(run),))
        run = []
        found += _item(op, arg)
    if len(run) >= _MIN_RUN:
        found.append(("".join(run),))
    return found


def _item(op: object, arg: object) -> list[_AnyOf]:
    """What one group, alternation or repeat requires; lookarounds and classes require nothing here."""
    if op is sre.SUBPATTERN:
        _, add_flags, del_flags, body = arg  # type: ignore[misc]
        return [] if add_flags or del_flags else _sequence(list(body))
    if op is sre.BRANCH:
        branches = [_sequence(list(b)) for b in arg[1]]  # type: ignore[index]
        if not all(branches):
            return []
        # One string of each branch's surest group: a match holds one of them, whichever branch it took.
        return [tuple(dict.fromkeys(s for b in branches for s in min(b, key=_strength)))]
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        low, _, body = arg  # type: ignore[misc]
        return _sequence(list(body)) if low >= 1 else []
    return []


def _strength(group: _AnyOf) -> tuple[int, int]:
    # The fewest alternatives, then the longest shortest one: the test most likely to fail on a message.
    return len(group), -min(map(len, group))


class Guarded:
    """A compiled pattern with the text it needs: `sub` and `search` skip the scan when that is absent."""

    __slots__ = ("needs", "pattern")

    def __init__(self, pattern: str | re.Pattern[str]) -> None:
        self.pattern = re.compile(pattern)
        self.needs = needed_text(self.pattern.pattern) if not self.pattern.flags & re.IGNORECASE else None

    def possible(self, text: str) -> bool:
        """Whether `text` holds what a match needs (always true when nothing could be read)."""
        if self.needs is None:
            return True
        # Plain loops, not all(any(...)): two generators a call cost more than the tests on the lexicon's
        # hundreds of patterns, run on every question (round 17's profile).
        for group in self.needs:
            for needed in group:
                if needed in text:
                    break
            else:
                return False
        return True

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text) if self.possible(text) else None

    def sub(self, replacement: str | object, text: str) -> str:
        return self.pattern.sub(replacement, text) if self.possible(text) else text  # type: ignore[arg-type]
