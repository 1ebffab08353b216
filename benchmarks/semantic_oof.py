"""Leave-one-round-out: the rules alone against the rules with a sentence-embedding fallback.

Each heldout_round<k>.yaml was written by a different writer, so each is scored as an unseen writer: the
fallback's thresholds (cosine of the best passage, its margin over the second, a shared content word or not)
are chosen on the other rounds and applied to round k. A threshold is chosen to maximise right answers gained
minus twice the errors added (a wrong passage, an answered off-topic or hard question), the issue's exchange
rate. The fallback answers only where the rules decline.

    python benchmarks/semantic_oof.py            # per-round and pooled figures, rules against fallback
"""

from __future__ import annotations

import itertools
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.evalsets import EVAL_DIR, SetScore, load_eval
from benchmarks.retrieval import project_decide
from knowledge import load_knowledge
from knowledge.text import terms

__all__ = ["Case", "Embed", "Fallback", "PassageVectors", "main"]

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

    def __init__(self, matrix: np.ndarray, owners: np.ndarray, words: Sequence[frozenset[str]]) -> None:
        self._matrix = matrix
        self._owners = owners  # the passage of each row
        self._words = tuple(words)

    @classmethod
    def build(cls, texts: Sequence[str], embed: Embed, *, sentences: bool = False) -> PassageVectors:
        """Embed each passage once, whole or (`sentences`) sentence by sentence."""
        split = _SENTENCE.split if sentences else (lambda t: [t])
        pieces = [(i, piece) for i, t in enumerate(texts) for piece in split(t) if piece.strip()]
        matrix = np.vstack([embed(piece) for _, piece in pieces]).astype(np.float32)
        owners = np.array([i for i, _ in pieces])
        return cls(matrix, owners, [frozenset(terms(t)) for t in texts])

    def top(self, question: str, vector: np.ndarray) -> tuple[int, float, float, bool]:
        """The closest passage (by its closest row), its cosine, its lead over the second, and whether a
        content word is shared."""
        rows = self._matrix @ vector
        sims = np.full(len(self._words), -1.0)
        np.maximum.at(sims, self._owners, rows)
        order = np.argsort(-sims)
        best = int(order[0])
        margin = float(sims[best] - sims[order[1]]) if len(order) > 1 else float(sims[best])
        return best, float(sims[best]), margin, bool(set(terms(question)) & self._words[best])


_SENTENCE = re.compile(r"(?<=[.!?])\s+")
ROUNDS = [EVAL_DIR / f"heldout_round{k}.yaml" for k in range(1, 15)]
_SIMS = [round(x, 2) for x in np.arange(0.30, 0.80, 0.02)]
_MARGINS = [0.0, 0.02, 0.04, 0.06, 0.08, 0.10, 0.12, 0.15]
_SHARED = [False, True]


@dataclass(frozen=True)
class Case:
    """One question of one round: the rules' texts, what the fallback would say, and how each is judged."""

    kind: str  # answer, off, hard
    rules: tuple[str, ...]
    best: int  # the fallback's passage
    sim: float
    margin: float
    shared: bool
    rules_ok: bool  # rules right (answerable) or declined (off/hard)
    fallback_ok: bool  # for answerable: the fallback's passage is right


def cases(path: Path, kb, vectors: PassageVectors, embed) -> list[Case]:
    """Every question of one set, with both systems' outcomes."""
    ev, decide, out = load_eval(path), project_decide(kb), []
    texts = [p.text for p in kb.passages]
    for kind, items in (("answer", ev.answer), ("off", ev.no_match), ("hard", ev.hard)):
        for item in items:
            q = item if isinstance(item, str) else item.q
            rules = tuple(decide(q))
            best, sim, margin, shared = vectors.top(q, embed(q))
            if kind == "answer":
                ok = item.answered_by(rules)
                fok = item.answered_by([texts[best]])
            else:
                ok, fok = not rules, False
            out.append(Case(kind, rules, best, sim, margin, shared, ok, fok))
    return out


def _fires(c: Case, f: Fallback) -> bool:
    return not c.rules and f.accepts(c.sim, c.margin, c.shared)


def gain(cs: Sequence[Case], f: Fallback) -> tuple[int, int]:
    """Right answers gained and errors added when the fallback answers what the rules decline."""
    right = sum(1 for c in cs if c.kind == "answer" and _fires(c, f) and c.fallback_ok)
    errors = sum(1 for c in cs if _fires(c, f) and not (c.kind == "answer" and c.fallback_ok))
    return right, errors


def fit(cs: Sequence[Case]) -> Fallback:
    """The thresholds with the best right-minus-twice-errors on `cs` (ties: the stricter)."""
    best, best_value = Fallback(1.0, 1.0, True), 0
    for sim, margin, shared in itertools.product(_SIMS, _MARGINS, _SHARED):
        f = Fallback(sim, margin, shared)
        r, e = gain(cs, f)
        if r - 2 * e > best_value:
            best, best_value = f, r - 2 * e
    return best


def score(cs: Sequence[Case], f: Fallback | None) -> SetScore:
    """The round's figures with the fallback (None: the rules alone)."""
    s = SetScore()
    for c in cs:
        fires = f is not None and _fires(c, f)
        if c.kind == "answer":
            if (c.rules_ok and not fires) or (fires and c.fallback_ok):
                s.right += 1
            elif c.rules or fires:
                s.wrong += 1
            else:
                s.declined_wrongly += 1
        else:
            answered = bool(c.rules) or fires
            if c.kind == "off":
                s.off_total += 1
                s.off_declined += not answered
            else:
                s.hard_total += 1
                s.hard_declined += not answered
    return s


def main(argv: Sequence[str] | None = None) -> None:
    """Print the leave-one-round-out table; `--sentences` compares a question with each sentence."""
    from bot.safety_model.embedder import Embedder

    sentences = "--sentences" in (argv or [])
    kb = load_knowledge()
    embed = Embedder().embed  # the model the safety layer runs on every message
    vectors = PassageVectors.build([p.text for p in kb.passages], embed, sentences=sentences)
    per_round = {p.stem: cases(p, kb, vectors, embed) for p in ROUNDS}
    pooled_rules, pooled_fb, total = SetScore(), SetScore(), (0, 0)
    print("| left out | fitted on the others | rules: right / wrong / off-topic declined / hard declined "
          "| with fallback | gained right | added errors |")
    print("| --- | --- | --- | --- | --- | --- |")
    for name, cs in per_round.items():
        others = [c for n, rest in per_round.items() if n != name for c in rest]
        f = fit(others)
        a, b = score(cs, None), score(cs, f)
        r, e = gain(cs, f)
        total = (total[0] + r, total[1] + e)
        print(f"| {name} | {_fitted(f)} | {_cells(a)} | {_cells(b)} | {r} | {e} |")
        _add(pooled_rules, a)
        _add(pooled_fb, b)
    print(f"| pooled | | {_cells(pooled_rules)} | {_cells(pooled_fb)} | {total[0]} | {total[1]} |")


def _fitted(f: Fallback) -> str:
    if f.sim >= 1.0:
        return "never (no threshold gains)"
    return f"cos >= {f.sim:.2f}, lead >= {f.margin:.2f}" + (", a shared word" if f.shared else "")


def _cells(s: SetScore) -> str:
    c = s.cells()
    return f"{c[0]} / {c[1]} / {c[4]} / {c[5]}"


def _add(into: SetScore, s: SetScore) -> None:
    for name in ("right", "wrong", "declined_wrongly", "off_total", "off_declined", "hard_total",
                 "hard_declined"):
        setattr(into, name, getattr(into, name) + getattr(s, name))


if __name__ == "__main__":
    main(sys.argv[1:])
