"""Strip the web page's chrome from an article body and keep only the article's own paragraphs."""

from __future__ import annotations

import re

__all__ = ["clean_body", "content_notes", "link_lines", "photo_credits", "split_sentences"]

# Lines a page's widgets print in place of content (comment boxes, share bars, players).
_WIDGET_LINES = frozenset(
    {
        "oops!",
        "something went wrong.",
        "please try again later.",
        "advertisement",
        "ad choices",
        "share this article",
        "sign up for our newsletter",
        "loading...",
        "read more",
    }
)
_BULLET = re.compile(r"^[\u2022*\-\u25cf\u25aa]\s*")
# "MenuGearLanguageEmail...": icon labels run together with no spaces.
_CAMEL_JOIN = re.compile(r"[a-z][A-Z]")
# A content note printed above the article, e.g. "Discussion of sexual assault."
_CONTENT_NOTE = re.compile(r"^(content warning|trigger warning|content note|cw|tw|discussion of)\b", re.I)
_AGENCIES = r"getty images|ap photo|reuters|shutterstock|afp|filmmagic|wireimage|associated press|pool"
# "Sarah Morris / Getty Images", "... via Getty Images", "Photo: Jane Doe/AP Photo"
_CREDIT = re.compile(rf"(?:\s/\s|\bvia\b|^photo\b|\bphoto by\b|\bcourtesy of\b).*|(?:{_AGENCIES})\s*$", re.I)
_HAS_AGENCY = re.compile(rf"\b(?:{_AGENCIES})\b", re.I)
# "You can read Tarana's full essay here." / "Watch all of ... here." - links whose target is gone.
_LINK_STUB = re.compile(
    r"^(?:you can (?:also )?)?(?:read|watch|see|click|search|listen|find|sign up|subscribe)\b.*\bhere\W*$",
    re.I,
)
_MONTH = (
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|"
    r"august|september|october|november|december"
)
_DATE_LINE = re.compile(rf"^(?:(?:{_MONTH})\.?\s+\d{{1,2}},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})$", re.I)
# A sentence may end at . ! or ? (after a closing quote, if any) before a capital, digit or quote...
_BOUNDARY = re.compile(r"(?<=[.!?])[\"\u201d\u2019']?(?=\s+[\"\u201c\u2018'A-Z0-9])")
# ...but not after the abbreviations news articles use ("Oct. 15", "Dr. King").
_ABBREVIATIONS = frozenset(f"{_MONTH}|mr|mrs|ms|dr|st|jr|vs|no|u.s|inc|co".split("|"))
_LAST_WORD = re.compile(r"([\w.]+)[.!?]$")
_SPACES = re.compile(r"\s+")


def clean_body(
    body: str, *, title: str, byline: str | None = None, date: str | None = None
) -> tuple[str, ...]:
    """The article's own paragraphs from `body`, page chrome removed, each on one line."""
    blocks = [_block_lines(block) for block in re.split(r"\n\s*\n", body)]
    lines_to_drop = _Chrome(title, byline, date)
    paragraphs = []
    for lines in _drop_captions(blocks):
        kept = [line for line in lines if not lines_to_drop.matches(line)]
        text = _drop_link_stubs(_SPACES.sub(" ", " ".join(kept)).strip())
        if text:
            paragraphs.append(text)
    return tuple(paragraphs)


def split_sentences(text: str) -> list[str]:
    """The sentences of one paragraph, in order."""
    sentences, start = [], 0
    for boundary in _BOUNDARY.finditer(text):
        head = text[start : boundary.end()]
        last = _LAST_WORD.search(head.rstrip("\"\u201d\u2019'"))
        if last and last.group(1).lower() in _ABBREVIATIONS:
            continue
        sentences.append(head.strip())
        start = boundary.end()
    sentences.append(text[start:].strip())
    return [s for s in sentences if s]


class _Chrome:
    """Recognises whole lines that belong to the page, not to the article."""

    def __init__(self, title: str, byline: str | None, date: str | None) -> None:
        self._title = _key(title)
        self._byline = _key(f"by {byline}") if byline else None
        self._date = _key(date) if date else None

    def matches(self, line: str) -> bool:
        key = _key(line)
        if not key or key in (self._title, self._byline, self._date):
            return True
        if line.lower() in _WIDGET_LINES or _DATE_LINE.match(line):
            return True
        if _CONTENT_NOTE.match(line) and len(line.split()) <= 8:
            return True
        return len(_CAMEL_JOIN.findall(line)) >= 4 and not line.endswith((".", "!", "?"))


def _block_lines(block: str) -> list[str]:
    return [_BULLET.sub("", line.strip()) for line in block.splitlines() if line.strip()]


def _is_credit(line: str) -> bool:
    return bool(_HAS_AGENCY.search(line) and _CREDIT.search(line)) and len(line.split()) <= 14


def _is_caption(line: str) -> bool:
    # Captions are short labels without a full stop: "Tarana Burke speaking at a podium".
    return len(line.split()) <= 15 and not line.rstrip().endswith((".", "!", "?", '"', "\u201d"))


def _drop_captions(blocks: list[list[str]]) -> list[list[str]]:
    """Remove photo credit lines and the caption line printed just above each."""
    out: list[list[str]] = []
    for lines in blocks:
        kept: list[str] = []
        for line in lines:
            if not _is_credit(line):
                kept.append(line)
            elif kept and _is_caption(kept[-1]):
                kept.pop()
            elif not kept and out and out[-1] and _is_caption(out[-1][-1]):
                out[-1].pop()
        out.append(kept)
    return out


def photo_credits(body: str) -> tuple[tuple[str, str], ...]:
    """Each photo's caption and credit line ("Tarana Burke on the red carpet", "Michael Loccisano / Getty
    Images"), in reading order: the passages leave them out, but "who took the photo" is asked about them."""
    photos = []
    lines = _body_lines(body)
    for above, line in zip(["", *lines], lines, strict=False):
        if _is_credit(line) and above and _is_caption(above) and not _is_credit(above):
            photos.append((above, line))
    return tuple(photos)


def content_notes(body: str) -> tuple[str, ...]:
    """The content notes printed above the article ("Discussion of sexual assault."), which the passages
    leave out: "is there a trigger warning on the article" is asked about them."""
    return tuple(line for line in _body_lines(body) if _CONTENT_NOTE.match(line) and len(line.split()) <= 8)


def link_lines(body: str) -> tuple[str, ...]:
    """Lines that point to a link the page no longer carries ("You can read Tarana's full essay here."):
    the passages leave them out, but "where can i read the whole essay" is answered by one."""
    # A stub may end a paragraph ("... service provider. You can also search for your local center here"):
    # what the passage leaves out is kept here too.
    return tuple(
        sentence.strip()
        for line in _body_lines(body)
        for sentence in (split_sentences(line) or [line])
        if _LINK_STUB.match(sentence.strip())
    )


def _body_lines(body: str) -> list[str]:
    return [line for block in re.split(r"\n\s*\n", body) for line in _block_lines(block)]


def _drop_link_stubs(paragraph: str) -> str:
    return " ".join(s for s in split_sentences(paragraph) if not _LINK_STUB.match(s.strip()))


def _key(text: str) -> str:
    """A line reduced to letters and digits, to compare a title or byline across spellings."""
    return re.sub(r"[^a-z0-9]+", "", text.lower())
