"""TEMPORARY scaffold so the bot layer can be written in parallel; the knowledge helper replaces this file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from knowledge.model import Document, Match, Passage

__all__ = ["KnowledgeBase", "load_knowledge"]


@dataclass(frozen=True)
class KnowledgeBase:
    documents: tuple[Document, ...]
    passages: tuple[Passage, ...]

    def search(self, question: str, limit: int = 3) -> list[Match]:
        """Ranked candidate passages, best first (may be weak matches)."""
        words = set(question.lower().split())
        scored = [Match(p, float(len(words & set(p.text.lower().split())))) for p in self.passages]
        scored.sort(key=lambda m: -m.score)
        return scored[:limit]

    def best(self, question: str) -> Match | None:
        """The passage that answers the question, or None when the articles do not cover it."""
        hits = self.search(question, limit=1)
        return hits[0] if hits and hits[0].score >= 2 else None


def load_knowledge(folder: Path | str) -> KnowledgeBase:
    folder = Path(folder)
    docs, passages = [], []
    for path in sorted(folder.glob("*.txt")):
        _, header, body = path.read_text(encoding="utf-8").split("---\n", 2)
        meta = dict(line.split(": ", 1) for line in header.splitlines() if ": " in line and not line.startswith("#"))
        paras = tuple(p.strip() for p in body.split("\n\n") if len(p.strip()) > 80)
        doc = Document(meta["title"].strip('"'), meta["date"].strip('"'), meta.get("byline"), None, str(path), paras)
        docs.append(doc)
        passages += [Passage(len(passages), p, doc) for p in paras]
    return KnowledgeBase(tuple(docs), tuple(passages))
