"""What closes a chatty message and asks nothing: the writer forgot, or asks for help with the question.

"who founded metoo again i forgot", "what year was the tweet, i cant remember", "who started it pls help":
the closing's words ("forgot", "remember", "help") are no part of what is asked, and left in they weigh
like any content word, sinking the match or pulling in a passage that has them ("asking how she could
amplify my work"). Both the passage reader (through `knowledge.lexicon.rewrite_phrases`) and the header
reader drop them.
"""

from __future__ import annotations

import re

__all__ = ["drop_closing"]

_CLOSINGS = (
    # "... again i forgot", "... i cant remember", "... sorry ive forgotten": the writer's own memory. Only
    # with "i" or "we": "did people forget about burke" and "was she afraid of being forgotten" ask it.
    (("forg", "remember", "recall"), re.compile(
        r"(?<=\w) (?:(?:again|sorry|oh|but|and|lol|cause|because|bc) )?"
        r"(?:(?:i|we|ive|i have) (?:forgot|forget|forgotten)"
        r"|(?:(?:i|we) )?(?:cant|cannot|dont|do not|can not) (?:remember|recall))(?: \w+){0,3}$"
    )),
    # "... pls help", "... help me please": a plea for help with the question; "pls help" alone, which may
    # ask for the hotline, stays.
    (("help",), re.compile(
        r"(?<=\w) (?:(?:pls|plz|please|pleaseee?) help(?: me)?(?: out)?(?: (?:pls|plz|please))?"
        r"|help (?:me )?(?:out )?(?:pls|plz|please))$"
    )),
)


def drop_closing(folded: str) -> str:
    """`folded` (lowercase words) without a closing that asks nothing ("... i forgot", "... pls help")."""
    for guards, pattern in _CLOSINGS:
        if any(g in folded for g in guards):
            folded = pattern.sub("", folded)
    return folded
