"""The knowledge base: documents and passages, an index built once, and `search` / `best` over it."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from knowledge.index import Index
from knowledge.loader import read_documents
from knowledge.model import Document, Match, Passage
from knowledge.passages import make_passages
from knowledge.search import Searcher

__all__ = ["DEFAULT_SEEDS_DIR", "KnowledgeBase", "load_knowledge"]

# The articles shipped inside the package: in a checkout, knowledge/seeds links to the repository's seeds/;
# in an installed wheel, it holds copies of them. Either way the bot finds them from any working directory.
DEFAULT_SEEDS_DIR = Path(__file__).resolve().parent / "seeds"


class KnowledgeBase:
    """Documents, their passages and the index over them; searching never reads files."""

    def __init__(self, documents: Iterable[Document], passages: Iterable[Passage] | None = None) -> None:
        self.documents: tuple[Document, ...] = tuple(documents)
        self.passages: tuple[Passage, ...] = (
            tuple(passages) if passages is not None else make_passages(self.documents)
        )
        self._searcher = Searcher(Index([p.text for p in self.passages]))

    def __repr__(self) -> str:
        return f"KnowledgeBase({len(self.documents)} documents, {len(self.passages)} passages)"

    def search(self, question: str, limit: int = 3) -> list[Match]:
        """Ranked candidate passages, best first; they may be weak, and the list may be empty."""
        query = self._searcher.parse(question)
        return [Match(self.passages[s.pid], s.score) for s in self._searcher.rank(query, limit)]

    def best(self, question: str) -> Match | None:
        """The passage that answers `question`, or None when the articles do not cover it."""
        return self.lookup(question, limit=1)[0]

    def lookup(self, question: str, limit: int = 3) -> tuple[Match | None, list[Match]]:
        """`best` and `search` from one parse and one ranking: the answer (or None) and the candidates."""
        query = self._searcher.parse(question)
        ranked = self._searcher.rank(query, limit)
        matches = [Match(self.passages[s.pid], s.score) for s in ranked]
        answer = matches[0] if ranked and self._searcher.covers(ranked[0]) else None
        return answer, matches


def load_knowledge(folder: Path | str = DEFAULT_SEEDS_DIR) -> KnowledgeBase:
    """Read every document in `folder` and build the knowledge base over their passages.

    Raises:
        ValueError: the folder has no documents, or a document's header is missing or incomplete.
    """
    return KnowledgeBase(read_documents(folder))
