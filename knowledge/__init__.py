"""Pure-Python knowledge base: load the seed articles, split them into passages, search them.

No Telegram and no asyncio here; the bot package builds one `KnowledgeBase` at start-up and asks it.
"""

from knowledge.base import DEFAULT_SEEDS_DIR, KnowledgeBase, load_knowledge
from knowledge.model import Document, Match, Passage

__all__ = ["DEFAULT_SEEDS_DIR", "Document", "KnowledgeBase", "Match", "Passage", "load_knowledge"]
