"""Which labelled crisis messages change decision between two weights files (issue 8, round 14).

Round 13's retrain raised the self-harm threshold 0.19 -> 0.36 and lost self-harm messages on the next blind
set that the old weights had caught. After a retrain, this lists every danger and self-harm message of the
training data whose bot decision (patterns and classifier, as `bot.safety` combines them) differs between
the previous weights (e.g. `git show HEAD~1:bot/safety_model/weights.json > /tmp/old.json`) and the new ones.
Only the files the old weights never saw are out of fold for them; the rest are in-sample for both.

Run from the repository root:  python benchmarks/weights_drift.py OLD.json [NEW.json]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.safety import as_read, combine, read_patterns  # noqa: E402
from bot.safety_model.classifier import CRISIS, WEIGHTS_PATH, Classifier  # noqa: E402
from bot.safety_model.data import load_examples  # noqa: E402
from bot.safety_model.embedder import Embedder  # noqa: E402
from bot.safety_model.pooling import row_shifts  # noqa: E402

__all__ = ["main"]

def _outcome(classifier: Classifier, parts: np.ndarray, text: str) -> str:
    """The reply kind, with the crisis lines a calm or help-first reply gains ("disclosure+self_harm")."""
    reading = read_patterns(text)
    seen = combine(reading.pattern, classifier.margins(parts, row_shifts(as_read(text))), **reading.flags())
    gained = sorted(c.value for c in seen.crises if c is not seen.concern)
    return "+".join((seen.concern.value, *gained))


def main(argv: Sequence[str] | None = None) -> int:
    """Print each crisis message whose decision moved, by file, and the counts."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path, nargs="?", default=WEIGHTS_PATH)
    args = parser.parse_args(argv)
    old, new = Classifier.from_file(args.old), Classifier.from_file(args.new)
    embedder = Embedder()
    moved = {"gained": 0, "lost": 0, "other": 0}
    for example in (e for e in load_examples() if e.label in CRISIS):
        parts = embedder.embed_parts(as_read(example.text))  # as the bot reads it (round 19)
        before, after = _outcome(old, parts, example.text), _outcome(new, parts, example.text)
        if before == after:
            continue
        right_before, right_after = before == example.label, after == example.label
        kind = "gained" if right_after and not right_before else "lost" if right_before else "other"
        moved[kind] += 1
        print(f"{kind:<6} {example.label:<9} {before:>22} -> {after:<22} {example.source}: "
              f"{example.text[:80]}")
    print(", ".join(f"{kind} {count}" for kind, count in moved.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
