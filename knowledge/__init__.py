"""Pure-Python knowledge base: load the seed articles, split them into passages, search them.

No Telegram and no asyncio here; the bot package builds one `KnowledgeBase` at start-up and asks it.
"""

from knowledge.base import DEFAULT_SEEDS_DIR, KnowledgeBase, load_knowledge
from knowledge.model import Answer, Document, Match, Passage
from knowledge.sources import SourceQuestion

__all__ = [
    "DEFAULT_SEEDS_DIR",
    "Answer",
    "Document",
    "KnowledgeBase",
    "Match",
    "Passage",
    "SourceQuestion",
    "load_knowledge",
]
