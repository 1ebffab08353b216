"""How a long message's sentence scores are pooled, compared out of fold (issue 8, round 20).

The classifier scores a message whole and sentence by sentence and takes the highest of each concern
(`Classifier.logits`), but it is trained on whole messages only: a sentence of small talk inside a long
ordinary message ("sorry if that's personal", "later tonight I'm hosting book club") is scored as something
it was never taught. Here each message's rows are scored once by a fit that left its group out (the trainer's
folds: a blind round's two files together), and every pooling variant is applied to the same row scores, so
the variants differ only in the pooling. Per variant, the bot's decision (patterns in-sample) is counted
twice: out of fold twice (thresholds chosen without each file, as the trainer reports) and leaving one round
out (thresholds chosen without that round, as benchmarks/safety_rounds.py), and on issue 11's set 20
(heldout_round20.yaml, long chatty questions, not training data) with a fit and thresholds on everything.
The weak-label variant (sentences of concern messages that a pattern reads alone as that concern, trained
as that concern) refits, so it costs a second pass.

Run from the repository root (needs the train extra):
    python benchmarks/safety_pooling.py --cache PATH [--weak] [VARIANT ...]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.safety import as_read, read_patterns  # noqa: E402
from bot.safety_model import report, train  # noqa: E402
from bot.safety_model.data import EVAL_DIR, Example, groups, load_examples  # noqa: E402
from bot.safety_model.embedder import Embedder, sentences  # noqa: E402
from bot.safety_model.pooling import has_cue  # noqa: E402

__all__ = ["VARIANTS", "main"]

_ROWS = ("danger as danger", "911 in danger replies", "self-harm (or danger)", "988 in self-harm replies",
         "disclosure", "distress", "false alarms, ordinary (round sets)", "false alarms, all ordinary",
         "help preface, first-person ordinary")

Pool = Callable[[np.ndarray, np.ndarray, np.ndarray], np.ndarray]


def _pen(d: float) -> Pool:
    def pool(rows: np.ndarray, cued: np.ndarray, words: np.ndarray) -> np.ndarray:
        if len(rows) == 1:
            return rows[0]
        return np.maximum(rows[0], rows[1:].max(axis=0) - d)
    return pool


def _cue_pen(d: float) -> Pool:
    """A sentence with a crisis cue of its own counts as it is; one without counts `d` lower."""
    def pool(rows: np.ndarray, cued: np.ndarray, words: np.ndarray) -> np.ndarray:
        if len(rows) == 1:
            return rows[0]
        shift = np.where(cued[1:], 0.0, d)[:, None]
        return np.maximum(rows[0], (rows[1:] - shift).max(axis=0))
    return pool


def _short_pen(d: float, full: int = 10) -> Pool:
    """A sentence counts up to `d` lower the fewer words it has (under `full`)."""
    def pool(rows: np.ndarray, cued: np.ndarray, words: np.ndarray) -> np.ndarray:
        if len(rows) == 1:
            return rows[0]
        shift = (d * np.clip(1 - words[1:] / full, 0, 1))[:, None]
        return np.maximum(rows[0], (rows[1:] - shift).max(axis=0))
    return pool


def _mix(a: float) -> Pool:
    def pool(rows: np.ndarray, cued: np.ndarray, words: np.ndarray) -> np.ndarray:
        return a * rows[0] + (1 - a) * rows.max(axis=0)
    return pool


def _top2(rows: np.ndarray, cued: np.ndarray, words: np.ndarray) -> np.ndarray:
    if len(rows) == 1:
        return rows[0]
    top = np.sort(rows, axis=0)[-2:]
    return top.mean(axis=0)


def _cap(d: float) -> Pool:
    """A sentence may raise the whole message's score by at most `d`."""
    def pool(rows: np.ndarray, cued: np.ndarray, words: np.ndarray) -> np.ndarray:
        return np.minimum(rows.max(axis=0), rows[0] + d)
    return pool


def _cue_cap(d: float, cap: float) -> Pool:
    """`_cue_pen(d)`, and no sentence raises the whole message's score by more than `cap`."""
    cued_pool = _cue_pen(d)

    def pool(rows: np.ndarray, cued: np.ndarray, words: np.ndarray) -> np.ndarray:
        return np.minimum(cued_pool(rows, cued, words), rows[0] + cap)
    return pool


def _max(rows: np.ndarray, cued: np.ndarray, words: np.ndarray) -> np.ndarray:
    return rows.max(axis=0)


def _whole(rows: np.ndarray, cued: np.ndarray, words: np.ndarray) -> np.ndarray:
    return rows[0]


VARIANTS: dict[str, Pool] = {
    "max": _max, "whole": _whole, "pen0.5": _pen(0.5), "pen1": _pen(1.0), "pen2": _pen(2.0),
    "cue1": _cue_pen(1.0), "cue2": _cue_pen(2.0), "cue-only": _cue_pen(50.0),
    "short1": _short_pen(1.0), "short2": _short_pen(2.0), "top2": _top2, "mix0.3": _mix(0.3),
    "mix0.5": _mix(0.5), "cap1": _cap(1.0), "cap2": _cap(2.0), "cap3": _cap(3.0),
    "cue3": _cue_pen(3.0), "cue2cap2": _cue_cap(2.0, 2.0), "cue2cap3": _cue_cap(2.0, 3.0),
    "cue1cap2": _cue_cap(1.0, 2.0),
}


class _Data:
    """The examples, their rows, per-row facts (a strong cue, words), labels, groups and readings."""

    def __init__(self, cache: Path | None) -> None:
        self.examples = load_examples()
        embedder = Embedder()
        self.parts = train.embed_all(embedder, self.examples, cache)
        self.labels = np.asarray([e.label for e in self.examples])
        self.group = groups(np.asarray([e.source for e in self.examples]))
        self.sources = np.asarray([e.source for e in self.examples])
        self.readings = [read_patterns(e.text) for e in self.examples]
        self.spend = train.budget_for(self.examples, self.readings)
        self.rounds = sorted({g for g in self.group if g.startswith("round")}, key=lambda g: int(g[5:]))
        self.facts = [_facts(e.text) for e in self.examples]
        chatty = [Example(q, "none", "heldout_round20.yaml", "question") for q in _questions()]
        self.chatty = chatty
        self.chatty_parts = train.embed_all(embedder, chatty, cache)
        self.chatty_facts = [_facts(e.text) for e in chatty]
        self.chatty_readings = [read_patterns(e.text) for e in chatty]


def _facts(text: str) -> tuple[np.ndarray, np.ndarray]:
    """Per row (the whole message, then each sentence): a strong cue of its own, and its word count."""
    read = as_read(text)
    pieces = [read, *sentences(read)]
    # the bot's own reading of a crisis word (before the review, a copy of its list read on `normalise`d text)
    cued = np.asarray([has_cue(p) for p in pieces])
    words = np.asarray([len(p.split()) for p in pieces], dtype=float)
    return cued, words


def _questions() -> list[str]:
    data = yaml.safe_load((EVAL_DIR / "heldout_round20.yaml").read_text(encoding="utf-8")) or {}
    out = []
    for key in ("answer", "no_match", "questions", "off_topic", "hard"):
        for item in data.get(key) or []:
            text = item if isinstance(item, str) else (item.get("q") or item.get("text"))
            if text:
                out.append(text)
    return out


def _weak_rows(data: _Data) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Sentences of concern messages that the patterns read alone as the message's own concern: their
    vectors, labels and groups (trained as that concern, left out with their message's group)."""
    vectors, labels, group = [], [], []
    for i, example in enumerate(data.examples):
        if example.label == "none" or len(data.parts[i]) == 1:
            continue
        for row, sentence in zip(data.parts[i][1:], sentences(as_read(example.text)), strict=True):
            if read_patterns(sentence).pattern.value == example.label:
                vectors.append(row)
                labels.append(example.label)
                group.append(data.group[i])
    return np.asarray(vectors), np.asarray(labels), np.asarray(group)


def _fold_rows(data: _Data, weak: bool) -> tuple[list[np.ndarray], list[np.ndarray]]:
    """Each message's row logits from a fit without its group; set 20's from a fit on everything."""
    vectors = np.stack([rows[0] for rows in data.parts])
    labels = data.labels
    extra = _weak_rows(data) if weak else None
    if extra is not None:
        print(f"weak labels: {len(extra[1])} sentences", flush=True)
    out: list[np.ndarray] = [np.empty(0)] * len(labels)
    for name in dict.fromkeys(data.group):
        held = data.group == name
        x, y = vectors[~held], labels[~held]
        if extra is not None:
            keep = extra[2] != name
            x, y = np.vstack([x, extra[0][keep]]), np.concatenate([y, extra[1][keep]])
        coef, intercept = train.fit(x, y)
        for i in np.flatnonzero(held):
            out[i] = data.parts[i] @ coef.T + intercept
    x, y = vectors, labels
    if extra is not None:
        x, y = np.vstack([x, extra[0]]), np.concatenate([y, extra[1]])
    coef, intercept = train.fit(x, y)
    return out, [rows @ coef.T + intercept for rows in data.chatty_parts]


def _pooled(rows: list[np.ndarray], facts: list, pool: Pool) -> np.ndarray:
    return np.stack([pool(r, *f) for r, f in zip(rows, facts, strict=True)])


def run(data: _Data, name: str, pool: Pool, rows: list[np.ndarray], chatty: list[np.ndarray]) -> None:
    """Print one variant's out-of-fold-twice, leave-one-round-out and set 20 figures."""
    started = time.time()
    scores = _pooled(rows, data.facts, pool)

    def choose(keep: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        return train.thresholds_for(scores[keep], data.labels[keep],
                                    [data.readings[i] for i in np.flatnonzero(keep)], data.spend.take(keep))

    alarm, maybe = report.nested_thresholds(data.sources, choose)
    twice = report.table(data.examples, train._decide(scores, data.readings, alarm, maybe),
                         np.ones(len(scores), dtype=bool))
    seen: list = [None] * len(scores)
    for k in data.rounds:
        held = data.group == k
        a, m = choose(~held)
        for i, decision in zip(np.flatnonzero(held),
                               train._decide(scores[held], [data.readings[i] for i in np.flatnonzero(held)],
                                             a, m), strict=True):
            seen[i] = decision
    in_rounds = np.isin(data.group, data.rounds)
    from bot.safety import Assessment, Concern

    seen = [Assessment(Concern.NONE) if s is None else s for s in seen]
    loro = report.table(data.examples, seen, in_rounds)
    newest = report.table(data.examples, seen, data.group == data.rounds[-1])
    a, m = choose(np.ones(len(scores), dtype=bool))
    chatty_seen = train._decide(_pooled(chatty, data.chatty_facts, pool), data.chatty_readings, a, m)
    flagged = sum(s.concern.value != "none" for s in chatty_seen)
    print(f"{name} ({time.time() - started:.0f} s); thresholds on all: danger {a[0]:.2f}, "
          f"self-harm {a[1]:.2f}")
    for title, figures in (("out of fold twice", twice), ("leave one round out", loro),
                           (f"{data.rounds[-1]} left out", newest)):
        print(f"  {title}: " + ", ".join(f"{row} {figures[row][0]}/{figures[row][1]}" for row in _ROWS))
    print(f"  heldout_round20 (not trained on) read as a concern: {flagged}/{len(chatty_seen)}", flush=True)


def _objects(arrays: list[np.ndarray]) -> np.ndarray:
    holder = np.empty(len(arrays), dtype=object)
    holder[:] = arrays
    return holder


def main(argv: Sequence[str] | None = None) -> int:
    """Print each named pooling variant's figures (all of them when none is named)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, help="an .npz to keep the embeddings in between runs")
    parser.add_argument("--weak", action="store_true", help="train on weakly labelled concern sentences too")
    parser.add_argument("variants", nargs="*", help=f"variant names, of {', '.join(VARIANTS)}")
    args = parser.parse_args(argv)
    unknown = [name for name in args.variants if name not in VARIANTS]
    if unknown:
        parser.error(f"unknown variant {unknown[0]!r}")
    data = _Data(args.cache)
    started = time.time()
    saved = Path(f"{args.cache}.{'weak' if args.weak else 'whole'}.rows.npz") if args.cache else None
    if saved and saved.exists():
        stored = np.load(saved, allow_pickle=True)
        rows, chatty = list(stored["rows"]), list(stored["chatty"])
    else:
        rows, chatty = _fold_rows(data, args.weak)
        if saved:
            np.savez(saved, rows=_objects(rows), chatty=_objects(chatty))
    kind = "weak labels" if args.weak else "whole messages"
    print(f"{kind}: fits in {time.time() - started:.0f} s", flush=True)
    for name in args.variants or VARIANTS:
        run(data, name, VARIANTS[name], rows, chatty)
    return 0


if __name__ == "__main__":
    sys.exit(main())
