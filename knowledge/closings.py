"""What closes a chatty message and asks nothing: thanks, who it is for, an apology, what the writer forgot.

"who founded metoo again i forgot", "what year was the tweet, i cant remember", "who started it pls help":
the closing's words ("forgot", "remember", "help") are no part of what is asked, and left in they weigh
like any content word, sinking the match or pulling in a passage that has them ("asking how she could
amplify my work"). So do thanks, an apology, an excuse for the typing and a hedge ("... i think?"). Both the
passage reader (through `knowledge.lexicon.rewrite_phrases`) and the header reader drop them; who the
question is for ("... for my essay") only the passage reader.
"""

from __future__ import annotations

from knowledge.guards import Guarded

__all__ = ["PATTERNS", "drop_closing"]

# Who the question is for ("... for a school thing", "... for my essay"): the one closing the header reader
# keeps (see `drop_closing`).
_PURPOSE = Guarded(
    r"\b(?:(?:i |we )?(?:need|needed|want) (?:it|this|that|(?:the|a|an) \w+) for"
    r"|asking|its|it's|this is|for) (?:for )?(?:(?:a|my|our) (?:\w+ ){0,2})?"
    r"(?:thing|project|class|assignment|paper|essay|report|homework|presentation|slides?|powerpoint|quiz|exam"
    r"|school)$"
)
# Round 5's closings, in the order the lexicon had them; each tried only when a word it needs is in the
# message (a guard), as the ones below: a pattern scanning the whole message costs a few microseconds.
_FIRST = (
    # What closes a message asks nothing: thanks, who it is for, how the writer feels ("who started it
    # thank you so much in advance", "... asking for a school thing", "... im so confused lol").
    Guarded(
        r"\b(?:thanks|thank (?:you|u)|thx|ty|tysm|cheers|much appreciated|appreciate it)\b(?: \w+){0,6}$"
    ),
    # Who the question is for ("... for a school thing", "... for my essay"); the header reader keeps it,
    # where it may be what is asked about ("how do i write a trigger warning for my essay").
    _PURPOSE,
    Guarded(
        r"\bif (?:you|u) (?:know|can|remember|have it)\W*$|\bif (?:possible|that makes sense)\W*$"
    ),
    # An apology closing asks nothing either ("... sorry for the bother"); "say sorry to" is asked about.
    Guarded(r"(?<!\bsay )(?<!\bsaid )\bsorry (?:for|to|if|about|again)\b(?: \w+){0,6}$"),
    Guarded(
        r"\b(?:im|i am) (?:so |really |very |kinda |a bit |just )?(?:confused|lost|curious|stuck)"
        r"(?: \w+){0,3}$"
    ),
    # An excuse for the writing asks nothing: "sry typing fast", "sorry for the typos", "excuse my spelling".
    Guarded(
        r"\b(?:sorry|sry|srry|soz|excuse|pardon|forgive) (?:for |about |im |i am |if )?(?:my |the |any )?"
        r"(?:typos?|spelling|grammar|bad english)\b|\b(?:(?:sorry|sry|srry|soz) (?:im |i am |for )?)?"
        r"typing (?:fast|quickly|quick|on (?:my|a) phone)\b"
    ),
)

_CLOSINGS = (
    # "... again i forgot", "... i cant remember", "... sorry ive forgotten": the writer's own memory. Only
    # with "i" or "we": "did people forget about burke" and "was she afraid of being forgotten" ask it.
    Guarded(
        r"(?<=\w) (?:(?:again|sorry|oh|but|and|lol|cause|because|bc) )?"
        r"(?:(?:i|we|ive|i have) (?:forgot|forget|forgotten)"
        r"|(?:(?:i|we) )?(?:cant|cannot|dont|do not|can not) (?:remember|recall))(?: \w+){0,3}$"
    ),
    # "... i think?", "... i guess", "... or something": a hedge on the question asks nothing.
    Guarded(
        r"(?<=\w) (?:(?:i|we) (?:think|guess|believe|suppose)|or (?:something|smth|whatever))$"
    ),
    # "... pls help", "... help me please": a plea for help with the question; "pls help" alone, which may
    # ask for the hotline, stays.
    Guarded(
        r"(?<=\w) (?:(?:pls|plz|please|pleaseee?) help(?: me)?(?: out)?(?: (?:pls|plz|please))?"
        r"|help (?:me )?(?:out )?(?:pls|plz|please))$"
    ),
)

# Every closing's pattern, whose whole words the speller must leave as typed ("typing" is no typo).
PATTERNS = tuple(p.pattern.pattern for p in (*_FIRST, *_CLOSINGS))


def drop_closing(folded: str, *, purpose: bool = True) -> str:
    """`folded` (lowercase words) without a closing that asks nothing ("... i forgot", "... pls help")."""
    for pattern in (*_FIRST, *_CLOSINGS):
        if purpose or pattern is not _PURPOSE:
            folded = pattern.sub("", folded)
    return folded
