"""The small frozen values that the knowledge package hands out."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["Document", "Match", "Passage"]


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
