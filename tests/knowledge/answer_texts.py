"""The texts a question is answered with, lowered: what most knowledge tests compare against."""

from __future__ import annotations

from knowledge import KnowledgeBase

__all__ = ["answer_texts"]


def answer_texts(kb: KnowledgeBase, question: str) -> list[str]:
    """The lowered text of each passage `kb` answers `question` with (empty when it declines)."""
    return [m.passage.text.lower() for m in kb.answer(question).matches]
