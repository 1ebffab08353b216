"""Another service's number: "what is the phone number for the dmv" is not asking for the hotline.

The hotline passage shares "phone" (as "call") and "number" with any such question, and the service's own
name, unknown to the articles, is then the only word missing: enough coverage to answer with the hotline.
When the number asked for belongs to something the articles never mention ("for the police", "of the
pizza place"), the articles do not give it. Help words ("rainn", "survivors", "a rape crisis center") name
what the hotline is, so those questions are left to the ordinary decision.
"""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

from knowledge.index import Index
from knowledge.text import STOPWORDS, stem

__all__ = ["OtherService"]

# "phone number for the dmv", "the number of my bank", "hotline for the irs", "contact info for the school".
_NUMBER_FOR = re.compile(
    r"\b(?:number|numbers|phone|hotline|helpline|line|contact(?: info| details)?|email|address)"
    r" (?:for|of|to reach|to call) ((?:[a-z']+ ?){1,4})"
    # "irs phone number", "whats the dmv number": the owner named before the number.
    r"|^\W*(?:(?:whats|what's|what is) (?:the |an? )?)?([a-z']+) "
    r"(?:phone number|number|phone|hotline|helpline)\W*$"
)
# Words that end the owner's name: "the number for the dmv and when is it open".
_END = frozenset("and or but if so because please pls plz thanks".split())  # noqa: SIM905
# The hotline's own names and whom it serves: a number "for survivors" or "for rainn" is the hotline's.
_HELP_WORDS = frozenset(
    """
    rainn hotline helpline survivor survivors victim victims sexual assault abuse rape harassment crisis
    help support center centre centers centres local nearest national me us someone people women men
    """.split()  # noqa: SIM905
)


class OtherService:
    """Recognises a question asking for the number of something the articles never mention."""

    def __init__(self, index: Index) -> None:
        self.index = index

    def asked(self, question: str) -> bool:
        """Whether `question` asks for the number or contact of a service the articles do not know."""
        match = _NUMBER_FOR.search(question)
        if match is None:
            return False
        owner: list[str] = []
        for word in (match.group(1) or match.group(2)).split():
            if word in _END:
                break
            if word not in STOPWORDS:
                owner.append(word.strip("'"))
        if not owner or any(_help_word(w) for w in owner):
            return False
        return all(stem(w) not in self.index.vocab for w in owner)


def _help_word(word: str) -> bool:
    """A help word, or one typed with a slip ("hotlne")."""
    return word in _HELP_WORDS or (
        len(word) > 4 and any(Levenshtein.distance(word, h, score_cutoff=1) <= 1 for h in _HELP_WORDS)
    )
