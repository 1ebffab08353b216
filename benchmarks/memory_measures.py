"""Other ways to measure how near two written questions are, for `memory_oof.py --measure` to compare
with the bot's own (`knowledge.memory.Memory.nearest`: a word-overlap shortlist re-scored by
token_sort_ratio). Each gives every question its nearest questions of the other files, most similar first.

    python benchmarks/memory_measures.py     # the leave-one-round-out table for every measure (minutes)
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz, process

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from knowledge.text import terms, words

__all__ = ["MEASURES", "main", "nearest_by"]

MEASURES = ("token_set", "token_sort", "wratio", "terms_set", "terms_sort", "dice", "embed")
_DEPTH = 40  # neighbours kept per question


def nearest_by(measure: str, questions: Sequence[str], files: np.ndarray) -> list[list[tuple[int, float]]]:
    """Each question's nearest questions of other files by `measure`: (index, similarity 0-100)."""
    sim = _similarity(measure, questions)
    out = []
    for i in range(len(questions)):
        row = np.where(files == files[i], -1.0, sim[i])
        top = np.argsort(-row, kind="stable")[:_DEPTH]
        out.append([(int(j), float(row[j])) for j in top])
    return out


def _similarity(measure: str, questions: Sequence[str]) -> np.ndarray:
    if measure == "embed":
        from bot.safety_model.embedder import Embedder  # the sentence embedding the safety layer runs

        embed = Embedder().embed
        vectors = np.vstack([embed(q) for q in questions]).astype(np.float32)
        return np.clip(vectors @ vectors.T * 100, 0, 100)
    if measure == "dice":
        return _dice(questions)
    fold = terms if measure.startswith("terms") else words
    texts = [" ".join(fold(q)) for q in questions]
    scorer = {"token_set": fuzz.token_set_ratio, "wratio": fuzz.WRatio, "token_sort": fuzz.token_sort_ratio,
              "terms_set": fuzz.token_set_ratio, "terms_sort": fuzz.token_sort_ratio}[measure]
    return process.cdist(texts, texts, scorer=scorer, dtype=np.float32, workers=2)


def _dice(questions: Sequence[str]) -> np.ndarray:
    """Dice over the questions' sets of folded words, 0-100."""
    vocab: dict[str, int] = {}
    bags = [sorted({vocab.setdefault(w, len(vocab)) for w in " ".join(words(q)).split()}) for q in questions]
    matrix = np.zeros((len(questions), len(vocab)), dtype=np.float32)
    for i, bag in enumerate(bags):
        matrix[i, bag] = 1.0
    sizes = matrix.sum(axis=1)
    return 200 * (matrix @ matrix.T) / np.maximum(sizes[:, None] + sizes[None, :], 1)


def main(argv: Sequence[str] | None = None) -> None:
    """Run `memory_oof.py` with every measure here and the bot's own."""
    from benchmarks.memory_oof import main as leave_one_round_out

    leave_one_round_out(["--measure", "bot", *MEASURES, *(argv or [])])


if __name__ == "__main__":
    main(sys.argv[1:])
