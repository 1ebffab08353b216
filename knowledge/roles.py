"""People named by their role ("what did the actress tweet"), read from the articles' own appositions.

The articles introduce people with a role noun before the name ("actress Alyssa Milano", "'Me Too' creator
Tarana Burke", "TV personality Bevy Smith") and then call them by it ("the actress had woken up to..."). A
question that names no one and says "the actress" means that person. `Roles` learns the noun before each
full name from the text, so no list of roles is kept by hand, and joins a noun coordinated with a learned
one ("the actress and activist": the activist is the actress). A noun and what it is of may stand between
("The founder of the original 'me too.' movement Tarana Burke": the founder is Burke). A noun the articles
use often ("movement", as in "the original 'me too.' movement Tarana Burke") names what they are about, not
a person, and is left out, and so is a place ("including New York Times ..."): a person is called by
surname alone somewhere. `Roles.name` rewrites "the actress" as "Milano" when the noun belongs to one
person: the surname alone, as the articles call her (the role word left in pulls the passage that
introduces her, not the one answering).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

__all__ = ["Roles"]

# A role noun is a person's when the articles use it at most this often: a frequent noun is their topic.
_MAX_ROLE_USES = 6
# A noun of four letters or more, then a full name of two capitalised words.
_APPOSITION = re.compile(r"\b([a-z]{4,}) ((?:[A-Z][a-z]+) (?:[A-Z][a-z]+))\b")
# "The founder of the original 'me too.' movement Tarana Burke": a noun and what it is of, then the name.
_OF_APPOSITION = re.compile(r"\b([a-z]{4,}) of [^;:,?!]{1,40}? ((?:[A-Z][a-z]+) (?:[A-Z][a-z]+))\b")
# "the actress and activist": the second noun names the same person as the first.
_COORDINATED = re.compile(r"\bthe ([a-z]{4,}) and ([a-z]{4,})\b", re.IGNORECASE)
# "the actress", "this activist", "that creator" in a question: a person named by role.
# Not before a capitalised word, which names someone already ("the actress Alyssa Milano").
_DEFINITE = re.compile(r"\b(?i:the|this|that)\s+((?i:[a-z]{4,}))\b(?!\s+[A-Z][a-z])")
# What asks who holds a role, just before it: "who is the actress", "name (of) the actress", "which one is
# the founder".
_ASKS_WHO = re.compile(r"\b(?:who(?:'s|s| is| was)|name(?: of)?|which(?: one)? is)\s+$", re.IGNORECASE)
# "is milano the founder": whether the named person holds the role is asked, so the role is kept.
_CLAIMED = re.compile(r"\b(?:is|was|isnt|wasnt|isn't|wasn't)\s+(?:\w+\s+){1,2}$", re.IGNORECASE)
_WORD = re.compile(r"[a-z]+")


class Roles:
    """The person each role noun of the articles names, and a question's role read as that person."""

    def __init__(self, texts: Iterable[str]) -> None:
        texts = list(texts)
        uses = Counter(w for text in texts for w in _WORD.findall(text.lower()))
        people: dict[str, set[str]] = {}
        for text in texts:
            for match in (*_APPOSITION.finditer(text), *_OF_APPOSITION.finditer(text)):
                role, name = match.group(1), match.group(2)
                if uses[role] <= _MAX_ROLE_USES and _goes_by_surname(name, texts):
                    people.setdefault(role, set()).add(name)
        for text in texts:
            for match in _COORDINATED.finditer(text):
                first, second = (g.lower() for g in match.groups())
                if first in people and second not in people and uses[second] <= _MAX_ROLE_USES:
                    people[second] = set(people[first])
        self._person = {role: names.pop() for role, names in people.items() if len(names) == 1}
        self._name_words = frozenset(w for name in self._person.values() for w in _WORD.findall(name.lower()))

    @property
    def people(self) -> dict[str, str]:
        """Role noun -> the one person the articles give it ("actress": "Alyssa Milano")."""
        return dict(self._person)

    def name(self, question: str, named: Iterable[str] = (), message: str = "") -> str:
        """`question` with "the <role>" as "<role> <person>" when it names no one but the people roles give,
        and not that role's own person ("how did milano make it up to the founder": the founder is Burke).

        Args:
            question: the question as asked.
            named: further words that name someone (the articles' names), besides the learned people's.
            message: the whole message `question` was read from, when a frame was taken off it: a name
                among its options ("milano / burke — which one is the founder") is named too.
        """
        lowered = set(_WORD.findall(f"{question} {message}".lower()))
        others = lowered & set(named) - self._name_words
        if others:
            return question
        return _DEFINITE.sub(lambda m: self._resolved(m, lowered), question)

    def _resolved(self, match: re.Match[str], lowered: set[str]) -> str:
        """The person's surname for their role; after "who is" or "name", the role and the surname, since
        who holds the role is what is asked ("who is the actress": the passage introducing her). A role
        whose person the question names (`lowered`, its words), or claimed of someone ("is milano the
        founder"), is left as asked."""
        person = self._person.get(match.group(1).lower())
        named = lowered & set(_WORD.findall(person.lower())) if person else set()
        if person is None or named or _CLAIMED.search(match.string, 0, match.start()):
            return match.group()
        surname = person.split()[-1]
        asked = _ASKS_WHO.search(match.string, 0, match.start())
        return f"{match.group(1)} {surname}" if asked else surname


def _goes_by_surname(name: str, texts: list[str]) -> bool:
    """Whether the articles call `name` by its last word alone somewhere ("Milano"), as they call a
    person; a place or an outlet ("New York" of "New York Times") is never cut so."""
    first, last = name.split()
    alone = re.compile(rf"(?<!{first} )\b{last}\b")
    return any(alone.search(text) for text in texts)
