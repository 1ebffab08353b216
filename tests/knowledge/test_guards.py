"""A pattern is scanned only where the message holds the text every match of it needs."""

from __future__ import annotations

import re

import pytest

from knowledge import lexicon
from knowledge.guards import Guarded, needed_text


@pytest.mark.parametrize(
    ("pattern", "needs"),
    [
        (r"\bleft out\b", (("left out",),)),
        (r"\b(dad|mom)\b", (("dad", "mom"),)),
        (r"\b(?:find|found) out\b", ((" out",), ("ind", "ound"))),
    ],
)
def test_the_text_a_match_needs_is_read_from_the_pattern(pattern: str, needs: tuple) -> None:
    assert needed_text(pattern) == needs


@pytest.mark.parametrize(
    "pattern", [r"\b(\d+)(?:yrs?|years?)\b", r"(?i:left out)", r"(?i)left out", r"a|", r"x|\d"]
)
def test_a_pattern_whose_needs_cannot_be_read_is_always_tried(pattern: str) -> None:
    assert needed_text(pattern) is None
    assert Guarded(pattern).possible("nothing it needs")


def test_a_guarded_pattern_skips_a_message_lacking_what_it_needs_and_rewrites_one_holding_it() -> None:
    guarded = Guarded(r"\b(?:blew|blow) up\b")
    assert guarded.sub("viral", "when did it blow up") == "when did it viral"
    assert not guarded.possible("when did it go viral")
    assert guarded.search("when did it go viral") is None


_PROBES = [
    "when did it blow up",
    "what did milano do once she found out",
    "who came up with metoo",
    "she said sorry",
    "how many tweets per day",
    "my best friend said",
    "the 5yrs anniversary",
    "in 24hrs",
    "good morning! who",
    "how old is the movement",
    "the first article",
    "the news came out",
    "what came out of it",
    "net worth",
    "stood up for burke",
    "best known for",
    "her little girl",
    "what is going on",
    "by herself",
    "kicked it off",
    "who are the founders of twitter",
    "elizabella's dad",
    "who made it go viral",
    "turned into",
    "stands for",
    "comma what did burke say period",
    "since the start",
    "going forward",
    "call the line",
    "crisis line",
]


@pytest.mark.parametrize("message", _PROBES)
def test_every_lexicon_phrase_reads_a_message_as_its_unguarded_pattern_does(message: str) -> None:
    for guarded, replacement in lexicon._PHRASE_PATTERNS:
        plain = re.compile(guarded.pattern.pattern)
        assert guarded.sub(replacement, message) == plain.sub(replacement, message)
        message = plain.sub(replacement, message)
