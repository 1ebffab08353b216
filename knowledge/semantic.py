"""A fallback for questions the rules decline: the passage whose sentence embedding is closest.

The knowledge package computes no embedding itself: whoever builds the answerer hands it an `Embed`
(text -> unit vector), and the bot hands it the one its safety layer already runs. The passages are embedded
once; a question's vector is compared with theirs, and the closest passage answers only when its cosine and
its lead over the second clear thresholds fitted leave-one-round-out (`benchmarks/semantic_oof.py`), and
when the question shares a content word with it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from knowledge.text import terms

__all__ = ["Embed", "Fallback", "PassageVectors"]


class Embed(Protocol):
    """Text in, one L2-normalised vector out."""

    def __call__(self, text: str) -> np.ndarray: ...


@dataclass(frozen=True)
class Fallback:
    """When the closest passage may answer: its cosine, its lead over the second, a shared word."""

    sim: float
    margin: float
    shared: bool

    def accepts(self, sim: float, margin: float, shared: bool) -> bool:
        return sim >= self.sim and margin >= self.margin and (shared or not self.shared)


class PassageVectors:
    """The passages' unit vectors (one row each) and their content words."""

    def __init__(self, matrix: np.ndarray, words: Sequence[frozenset[str]]) -> None:
        self._matrix = matrix
        self._words = tuple(words)

    @classmethod
    def build(cls, texts: Sequence[str], embed: Embed) -> PassageVectors:
        """Embed each passage once (19 passages: about a second at start-up)."""
        matrix = np.vstack([embed(t) for t in texts]).astype(np.float32)
        return cls(matrix, [frozenset(terms(t)) for t in texts])

    def top(self, question: str, vector: np.ndarray) -> tuple[int, float, float, bool]:
        """The closest passage, its cosine, its lead over the second, and whether a content word is shared."""
        sims = self._matrix @ vector
        order = np.argsort(-sims)
        best = int(order[0])
        margin = float(sims[best] - sims[order[1]]) if len(order) > 1 else float(sims[best])
        return best, float(sims[best]), margin, bool(set(terms(question)) & self._words[best])
