"""A request for a list ("list the laws passed because of metoo", "name the three things that had a head
start", "give me all the numbers"): read as the question it stands for, "which laws ...".

"list" and "name" are no words of the articles, so the matcher weighed them as the content it lacks most,
and the request either declined or, worse, lost the noun that says what kind of thing is asked for: "list
the laws" was answered by a passage that names no law, where "which laws" is declined by the check that
an answer hold a law. Read as "which", the kind of thing asked for decides, as it does for any question.
"""

from __future__ import annotations

import re

__all__ = ["as_asked"]

_LISTED = re.compile(
    r"^(?:(?:please|pls|can you|could you|would you|now|ok|okay|so)\s+)*"
    r"(?:list|name(?!\s+of\b)|enumerate|itemi[sz]e|give me a list of|give me all|tell me all|give all"
    r"|show me all)\s+"
    r"(?:out\s+)?(?:all\s+|every\s+|each\s+)?(?:of\s+)?(?:the\s+|her\s+|his\s+|their\s+)?"
    r"(?:\d+|two|three|four|five|some|a few|few)?\s*(?P<rest>.+)$",
    re.IGNORECASE,
)
# "name everyone quoted", "list everybody the articles mention": people, asked with "who".
_PEOPLE = re.compile(r"^(?:everyone|everybody|anyone|all the people|the people|people)\b\s*", re.IGNORECASE)


def as_asked(text: str) -> str:
    """`text` with a request for a list read as the question it stands for ("list the laws passed" ->
    "which laws passed"); any other text as it is."""
    found = _LISTED.match(text.strip())
    if found is None:
        return text
    rest = found.group("rest")
    people = _PEOPLE.match(rest)
    if people is not None:
        return f"who {rest[people.end():]}".strip()
    return f"which {rest}"
