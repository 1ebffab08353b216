"""The small frozen values that the knowledge package hands out."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["Answer", "Document", "Match", "Passage"]


@dataclass(frozen=True, slots=True)
class Document:
    """One source article: its header and its cleaned body paragraphs."""

    title: str
    date: str
    byline: str | None
    publisher: str | None
    path: str
    # Left out of repr so a logged Document or Passage shows its source, not the whole article.
    paragraphs: tuple[str, ...] = field(repr=False)
    # Each photo's caption and credit line, which the paragraphs leave out.
    photos: tuple[tuple[str, str], ...] = field(default=(), repr=False)
    # Content notes printed above the article, and lines pointing to links the page no longer carries.
    notes: tuple[str, ...] = field(default=(), repr=False)
    links: tuple[str, ...] = field(default=(), repr=False)

    @property
    def citation(self) -> str:
        """How a reply names the article: title, then date."""
        return f"{self.title}, {self.date}"


@dataclass(frozen=True, slots=True)
class Passage:
    """A piece of an article that makes sense on its own, with the article it came from."""

    id: int
    text: str
    document: Document

    @property
    def title(self) -> str:
        return self.document.title

    @property
    def date(self) -> str:
        return self.document.date

    @property
    def byline(self) -> str | None:
        return self.document.byline


@dataclass(frozen=True, slots=True)
class Match:
    """A passage and how well it answers the question (0-100, higher is better)."""

    passage: Passage
    score: float


@dataclass(frozen=True, slots=True)
class Answer:
    """What the articles say to a question: the passages that answer it, and the ranked candidates.

    `matches` is empty when the articles do not cover the question; it holds two passages when the
    question joins two facts that no single passage holds ("the tweets of the first day against those
    of the first year"), in the order the question asks for them.
    """

    matches: tuple[Match, ...]
    candidates: tuple[Match, ...]
    # A passage scoring nearly as well as the one answering, which the question's words do not tell apart
    # from it: either may be the one meant, so the reply quotes it too (round 22). None when the answer
    # stands clear, or when there is none.
    rival: Match | None = None

    @property
    def quoted(self) -> tuple[Match, ...]:
        """The passages a reply quotes: the answering ones, then the rival if there is one."""
        return self.matches if self.rival is None else (*self.matches, self.rival)

    @property
    def best(self) -> Match | None:
        """The first answering passage, or None."""
        return self.matches[0] if self.matches else None
