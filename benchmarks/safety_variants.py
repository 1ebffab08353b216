"""Training variants compared leaving one round out, with churn (issue 8, round 17).

For each variant (the regularisation C, a weight per round by its size, bagging over rounds), every blind
round's two files are left out together and scored by a fit without them; the thresholds for round k are
chosen by the trainer's own rule on every other group's scores; the bot's decision (patterns in-sample) is
counted as `report.table` counts it. Churn: for each round k but the newest, a second fit also leaves out the
newest round's files (the same method one retraining earlier); the concern messages of round k the earlier
fit's decision recognised and the later one's does not are "lost" (and the reverse "gained"). For speed the
fits are warm-started and the files outside the rounds are left out in five chunks rather than one by one,
so the figures differ a little from benchmarks/safety_rounds.py; compare variants with each other.

Run from the repository root (needs the train extra):
    python benchmarks/safety_variants.py --cache PATH [VARIANT ...]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.safety import Assessment, Concern, read_patterns  # noqa: E402
from bot.safety_model import report, train  # noqa: E402
from bot.safety_model.data import CONCERNS, groups, load_examples  # noqa: E402
from bot.safety_model.embedder import Embedder  # noqa: E402
from bot.safety_model.pooling import pool  # noqa: E402

__all__ = ["VARIANTS", "main"]

VARIANTS: dict[str, dict[str, float]] = {
    "C16": {"C": 16.0}, "C8": {"C": 8.0}, "C4": {"C": 4.0}, "C2": {"C": 2.0}, "C1": {"C": 1.0},
    "C16-rounds0.5": {"C": 16.0, "alpha": 0.5}, "C16-rounds1": {"C": 16.0, "alpha": 1.0},
    "C4-rounds0.5": {"C": 4.0, "alpha": 0.5}, "C16-none2": {"C": 16.0, "none_weight": 2.0},
    "C16-bag5": {"C": 16.0, "bags": 5}, "C4-bag5": {"C": 4.0, "bags": 5},
}
_ROWS = ("danger as danger", "911 in danger replies", "self-harm (or danger)", "988 in self-harm replies",
         "disclosure", "distress", "false alarms, ordinary (round sets)",
         "help preface, first-person ordinary")
_CLASSES = ("none", *CONCERNS)


class _Data:
    """The examples, their embeddings, labels, groups and readings, loaded once."""

    def __init__(self, cache: Path | None) -> None:
        self.examples = load_examples()
        self.parts = train.embed_all(Embedder(), self.examples, cache)
        self.vectors = np.stack([rows[0] for rows in self.parts])
        self.shifts = train.shifts_for(self.examples)
        self.labels = np.asarray([e.label for e in self.examples])
        self.group = groups(np.asarray([e.source for e in self.examples]))
        self.readings = [read_patterns(e.text) for e in self.examples]
        self.spend = train.budget_for(self.examples, self.readings)
        self.rounds = sorted({g for g in self.group if g.startswith("round")}, key=lambda g: int(g[5:]))
        others = [g for g in dict.fromkeys(self.group) if not g.startswith("round")]
        self.folds = self.group.copy()
        for i, name in enumerate(others):
            self.folds[self.group == name] = f"chunk{i % 5}"
        newest = self.rounds[-1]
        self.newest = self.group == newest


def _weights(data: _Data, rows: np.ndarray, variant: dict[str, float]) -> np.ndarray:
    """Class-balanced sample weights, times a weight per group of (mean size / size) ** alpha."""
    y = data.labels[rows]
    w = np.ones(len(y))
    for c in _CLASSES:
        w[y == c] = len(y) / (len(_CLASSES) * max(1, int((y == c).sum())))
    w[y == "none"] *= variant.get("none_weight", 1.0)
    alpha = variant.get("alpha", 0.0)
    if alpha:
        _, inverse, counts = np.unique(data.group[rows], return_inverse=True, return_counts=True)
        w *= ((counts.mean() / counts) ** alpha)[inverse]
        w *= len(w) / w.sum()
    return w


def _fit(data: _Data, rows: np.ndarray, variant: dict[str, float], model, rng) -> tuple:
    """Weights of "concern rather than none"; with bags, the mean of fits each without a quarter of the
    groups."""
    bags = int(variant.get("bags", 1))
    picks = [rows]
    if bags > 1:
        names = np.unique(data.group[rows])
        picks = [rows & ~np.isin(data.group, rng.choice(names, size=max(1, len(names) // 4), replace=False))
                 for _ in range(bags)]
    coefs, intercepts = [], []
    for pick in picks:
        model.set_params(C=variant["C"])
        model.fit(data.vectors[pick], data.labels[pick], sample_weight=_weights(data, pick, variant))
        coef, intercept = train.relative_to_none(model)
        coefs.append(coef)
        intercepts.append(intercept)
    return np.mean(coefs, axis=0), np.mean(intercepts, axis=0)


def _scores(data: _Data, rows: np.ndarray, coef: np.ndarray, intercept: np.ndarray) -> np.ndarray:
    return np.stack([pool(data.parts[i] @ coef.T + intercept, data.shifts[i]) for i in np.flatnonzero(rows)])


def _recognised(data: _Data, seen: list, rows: np.ndarray) -> np.ndarray:
    out = []
    for i in np.flatnonzero(rows):
        concern, label = seen[i].concern.value, data.labels[i]
        if label == "danger":
            out.append(concern == "danger")
        elif label == "self_harm":
            out.append(concern in ("danger", "self_harm"))
        else:
            out.append((concern == "none") == (label == "none"))
    return np.asarray(out, dtype=bool)


def run(data: _Data, name: str, variant: dict[str, float]) -> None:
    """Print one variant's leave-one-round-out figures, set k's thresholds' spread and its churn."""
    from sklearn.linear_model import LogisticRegression

    started, rng = time.time(), np.random.default_rng(0)
    model = LogisticRegression(C=variant["C"], max_iter=10_000, warm_start=True)
    _fit(data, np.ones(len(data.labels), dtype=bool), variant, model, rng)  # the warm start
    scores, earlier = np.zeros((len(data.labels), len(CONCERNS))), {}
    for fold in dict.fromkeys(data.folds):
        held = data.folds == fold
        scores[held] = _scores(data, held, *_fit(data, ~held, variant, model, rng))
        if fold.startswith("round") and not (held & data.newest).any():
            earlier[fold] = _scores(data, held, *_fit(data, ~held & ~data.newest, variant, model, rng))
    blank = Assessment(Concern.NONE)
    seen, before, chosen = [blank] * len(data.labels), [blank] * len(data.labels), []
    for name_k in data.rounds:
        held = data.group == name_k
        index = np.flatnonzero(held)
        alarm, maybe = train.thresholds_for(scores[~held], data.labels[~held],
                                            [data.readings[i] for i in np.flatnonzero(~held)],
                                            data.spend.take(~held))
        chosen.append(alarm)
        readings = [data.readings[i] for i in index]
        for i, decision in zip(index, train._decide(scores[held], readings, alarm, maybe), strict=True):
            seen[i] = decision
        if name_k in earlier:
            decisions = train._decide(earlier[name_k], readings, alarm, maybe)
            for i, decision in zip(index, decisions, strict=True):
                before[i] = decision
    figures = report.table(data.examples, seen, np.isin(data.group, data.rounds))
    old = np.isin(data.group, [r for r in data.rounds if r in earlier])
    was, now = _recognised(data, before, old), _recognised(data, seen, old)
    concern = data.labels[old] != "none"
    spread = np.asarray(chosen)
    print(f"{name} {variant} ({time.time() - started:.0f} s)")
    print("  " + ", ".join(f"{row} {figures[row][0]}/{figures[row][1]}" for row in _ROWS))
    lost, gained = int((was & ~now & concern).sum()), int((~was & now & concern).sum())
    new, gone = int((was & ~now & ~concern).sum()), int((~was & now & ~concern).sum())
    print(f"  churn: concern lost {lost}, gained {gained}; false alarms new {new}, gone {gone}")
    print(f"  thresholds without each round: danger {spread[:, 0].min():.2f}-{spread[:, 0].max():.2f}, "
          f"self-harm {spread[:, 1].min():.2f}-{spread[:, 1].max():.2f}", flush=True)


def main(argv: Sequence[str] | None = None) -> int:
    """Print each named variant's figures (all of them when none is named)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, help="an .npz to keep the embeddings in between runs")
    parser.add_argument("variants", nargs="*", help=f"variant names, of {', '.join(VARIANTS)}")
    args = parser.parse_args(argv)
    unknown = [name for name in args.variants if name not in VARIANTS]
    if unknown:
        parser.error(f"unknown variant {unknown[0]!r}")
    data = _Data(args.cache)
    for name in args.variants or VARIANTS:
        run(data, name, VARIANTS[name])
    return 0


if __name__ == "__main__":
    sys.exit(main())
