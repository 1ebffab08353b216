"""Who is speaking in a passage that only says "she continued": the speaker the article named before.

News articles name a speaker once ("Tarana wrote, ...") and then go on quoting her: the next paragraphs
open with a quotation mark and end with "she continued" or "she wrote", or carry no attribution at all.
A question about what Burke wrote ("what does burke say about shame") is answered by those paragraphs, yet
they never say "Burke". The index reads each such passage with its speaker's name beside it; the text a
reply quotes stays as published.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from knowledge.model import Passage

__all__ = ["speaker_notes"]

_SPEECH = r"(?:wrote|writes|says|said|tells|told|recalls|recounts|continued|continues|added|adds|explained)"
# "Tarana wrote", "Milano tearfully recounts", "says Milano", "Tarana Burke tells MAKERS".
_NAME = r"([A-Z][a-z]+(?: [A-Z][a-z]+)?)"
_NAMED = re.compile(rf"\b{_NAME} (?:[a-z]+ly )?{_SPEECH}\b|\b{_SPEECH} {_NAME}\b")
# "she continued", "he wrote": the speaker named before goes on.
_PRONOUN = re.compile(rf"\b(?:she|he|they) (?:[a-z]+ly )?{_SPEECH}\b")
_OPENS_QUOTE = re.compile(r"^\s*[\"\u201c]")
# Capitalised words that open a clause rather than name anyone ("However said...").
_NOT_NAMES = frozenset({"The", "This", "That", "It", "However", "Then", "And", "But", "She", "He", "They"})


def speaker_notes(passages: Sequence[Passage]) -> tuple[str, ...]:
    """Per passage, the full name of the speaker it goes on quoting without naming ("" for most)."""
    notes: list[str] = []
    speaker, document = "", None
    for passage in passages:
        if passage.document is not document:
            speaker, document = "", passage.document
        named = _last_named(passage.text)
        continues = _PRONOUN.search(passage.text) or _OPENS_QUOTE.match(passage.text)
        notes.append(speaker if continues and not named and speaker else "")
        if named:
            speaker = _full_name(named, passages, document)
    return tuple(notes)


def _last_named(text: str) -> str:
    """The last speaker the passage names ("" if none)."""
    found = [m.group(1) or m.group(2) for m in _NAMED.finditer(text)]
    found = [name for name in found if name.split()[0] not in _NOT_NAMES]
    return found[-1] if found else ""


def _full_name(name: str, passages: Sequence[Passage], document: object) -> str:
    """"Tarana" as the document writes it in full elsewhere ("Tarana Burke"), or as it is."""
    if " " in name:
        return name
    full = re.compile(rf"\b{re.escape(name)} [A-Z][a-z]+\b|\b[A-Z][a-z]+ {re.escape(name)}\b")
    for passage in passages:
        if passage.document is document and (match := full.search(passage.text)):
            return match.group()
    return name
