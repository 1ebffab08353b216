"""Which verb of a question asks for someone's words: "what did the tweet say", "what did burke tell makers".

Such a verb is answered by a passage that quotes the words, not by one that merely uses the same verb:
"what did the tweet say" wants the tweet quoted ("If you've been sexually harassed ... write 'me too'"),
not the passage where women were called "to openly say #MeToo".
"""

from __future__ import annotations

import re

__all__ = ["words_asked_verbs"]

_VERBS = "say|said|says|tell|told|tells"
# "what did X say", "what does her tweet actually say", "what exactly did burke tell makers", and asked
# within a request ("tell me what the tweet said"): the verb after "what" and its subject.
_WORDS_ASKED = re.compile(
    r"\bwhat (?:exactly |actually |really )?(?:(?:did|does|do|has|had|would) )?(?:\w+ ){1,3}?"
    r"(" + _VERBS + r")\b"
)


def words_asked_verbs(folded: str) -> tuple[str, ...]:
    """The verbs of `folded` that ask for someone's words ("what did the tweet say": "say")."""
    if "what" not in folded:
        return ()
    return tuple(m.group(1) for m in _WORDS_ASKED.finditer(folded))
