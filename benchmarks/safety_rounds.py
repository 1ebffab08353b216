"""Leave one round out: an estimate of the next writer (issue 8, round 15).

Out of fold by file leaves safety_round7.yaml out while safety_round7_ordinary.yaml, written by the same
person, stays in training, and the round sets share a writer's wording with their ordinary twins. Each
blind round had its own writer, so here round k's files (safety_roundk.yaml and safety_roundk_ordinary.yaml)
are left out together: the weights are fitted without them, and the thresholds are chosen by the trainer's
own rule on every other group's scores (those scores come from fits that left their own group out, not round
k as well, so the thresholds have seen a little of round k through them). Every other file is a group of
its own, as in the trainer. Prints, per round, the bot's decision on round k's files (patterns in-sample:
most were written after reading those sets) and the crisis thresholds chosen without it.

Run from the repository root (needs the train extra):  python benchmarks/safety_rounds.py [--cache PATH]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.safety import read_patterns  # noqa: E402
from bot.safety_model import report, train  # noqa: E402
from bot.safety_model.data import CONCERNS, groups, load_examples  # noqa: E402
from bot.safety_model.embedder import Embedder  # noqa: E402

__all__ = ["main"]

_ROWS = ("danger as danger", "911 in danger replies", "self-harm (or danger)", "988 in self-harm replies",
         "disclosure", "distress", "false alarms, ordinary (round sets)",
         "help preface, first-person ordinary")


def main(argv: Sequence[str] | None = None) -> int:
    """Print the leave-one-round-out figures per round and in all, and the thresholds' spread."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, help="an .npz to keep the embeddings in between runs")
    args = parser.parse_args(argv)
    examples = load_examples()
    parts = train.embed_all(Embedder(), examples, args.cache)
    labels = np.asarray([e.label for e in examples])
    group = groups(np.asarray([e.source for e in examples]))
    scores = train.out_of_fold(parts, labels, group, train.shifts_for(examples))
    readings = [read_patterns(e.text) for e in examples]
    spend = train.budget_for(examples, readings)
    rounds = sorted({g for g in group if g.startswith("round")}, key=lambda g: int(g[5:]))
    seen: list = [None] * len(examples)
    chosen = []
    for name in rounds:
        held = group == name
        alarm, maybe = train.thresholds_for(scores[~held], labels[~held],
                                            [readings[i] for i in np.flatnonzero(~held)], spend.take(~held))
        chosen.append(alarm)
        for i, decision in zip(np.flatnonzero(held), train._decide(scores[held], [readings[i] for i in
                                                                   np.flatnonzero(held)], alarm, maybe),
                               strict=True):
            seen[i] = decision
        figures = report.table(examples, _fill(seen), held)
        print(f"{name:<8} " + ", ".join(_cell(figures[row]) for row in _ROWS)
              + "  | thresholds " + ", ".join(f"{c} {a:.2f}" for c, a in zip(CONCERNS, alarm, strict=True)))
    every = np.isin(group, rounds)
    print("all rounds, left out one at a time:")
    figures = report.table(examples, _fill(seen), every)
    for row in _ROWS:
        hits, total = figures[row]
        print(f"  {row:<38} {hits:>5}/{total:<5} {hits / total:6.1%}")
    spread = np.asarray(chosen)
    for j, concern in enumerate(CONCERNS):
        print(f"  threshold {concern:<11} min {spread[:, j].min():.2f} max {spread[:, j].max():.2f} "
              f"(all files: see the trainer)")
    return 0


def _fill(seen: list) -> list:
    from bot.safety import Assessment, Concern

    blank = Assessment(Concern.NONE)
    return [blank if s is None else s for s in seen]


def _cell(pair: tuple[int, int]) -> str:
    return f"{pair[0]}/{pair[1]}"


if __name__ == "__main__":
    sys.exit(main())
