"""Leave-one-round-out: the rules alone against the rules with a memory of the other writers' questions.

The memory (`knowledge/memory.py`) remembers every tuned question with the passages holding its answer, or
"declined". A new question's nearest remembered questions vote; the vote may act three ways, each on its
own questions, so their effects add up:

  fill      the rules decline; the vote's passage answers
  override  the rules answer with passages; the vote names another, which answers instead
  decline   the rules answer with passages; the vote says declined

Each way's thresholds (neighbours read k, the best neighbour's similarity, the winner's share of the vote)
are fitted by a NESTED leave-one-round-out: for held-out file f they are chosen on the other files, each of
those scored with a memory that holds neither it nor f (its neighbours from the memory without f, those of
the other file dropped); then file f is scored with a memory of every other file. The value maximised:
right answers gained minus twice the errors added (a wrong passage, an answered off-topic or hard
question), or where errors go, errors removed minus twice the right answers lost. With the bot's measure,
file f is then asked end to end: the knowledge base holding that memory and the fitted rules, judged by
`benchmarks/evalsets.py`, beside the rules alone.

    python benchmarks/memory_oof.py                        # the bot's measure, end to end
    python benchmarks/memory_oof.py --measure token_sort embed ...   # other measures (see memory_measures.py)
"""

from __future__ import annotations

import argparse
import itertools
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.evalsets import TUNED_FILES, Item, SetScore, load_eval, score_set  # noqa: E402
from benchmarks.memory_build import entries_of  # noqa: E402
from benchmarks.memory_measures import MEASURES, nearest_by  # noqa: E402
from benchmarks.retrieval import project_decide  # noqa: E402
from knowledge import KnowledgeBase, load_knowledge  # noqa: E402
from knowledge.memory import (  # noqa: E402
    DECLINE,
    FILL,
    OVERRIDE,
    Entry,
    Memory,
    MemoryRule,
    vote,
)

__all__ = ["Case", "Table", "build_cases", "fit", "main", "value"]

_MODES = (FILL, OVERRIDE, DECLINE)
_KS = (1, 3, 5)
_SHARES = (0.5, 0.6, 0.7, 0.8, 1.0)
_BESTS = tuple(range(40, 101, 2))


@dataclass(frozen=True)
class Case:
    """One tuned question: its file, kind, the rules' texts and judgement, and its memory entry."""

    file: int
    kind: str  # answer, off, hard
    q: str
    item: Item | None
    rules: tuple[str, ...]
    rules_ok: bool  # right (answerable) or declined (off-topic, hard)
    entry: Entry


def build_cases(kb: KnowledgeBase, files: Sequence[Path] = TUNED_FILES) -> list[Case]:
    """Every question of `files`, asked of `kb` (the rules alone) once, in the memory file's order."""
    decide, texts, out = project_decide(kb), [p.text for p in kb.passages], []
    for f, path in enumerate(files):
        ev, entries = load_eval(path), iter(entries_of(path, texts))
        for item in ev.answer:
            rules = tuple(decide(item.q))
            out.append(Case(f, "answer", item.q, item, rules, item.answered_by(rules), next(entries)))
        for kind, qs in (("off", ev.no_match), ("hard", ev.hard)):
            for q in qs:
                rules = tuple(decide(q))
                out.append(Case(f, kind, q, None, rules, not rules, next(entries)))
    return out


def bot_nearest(cases: Sequence[Case], files: np.ndarray) -> list[list[tuple[int, float]]]:
    """Each question's nearest questions of other files, as the bot's `Memory.nearest` finds them."""
    out: list[list[tuple[int, float]]] = [[] for _ in cases]
    for f in np.unique(files):
        others = np.flatnonzero(files != f)
        memory = Memory(cases[j].entry for j in others)
        for i in np.flatnonzero(files == f):
            out[i] = [(int(others[j]), s) for j, s in memory.nearest(cases[i].q)]
    return out


def value(d_right: int, d_err: int) -> float:
    """The exchange rate: a right answer gained is worth two errors added; an error removed, two rights
    lost."""
    return d_right - 2 * d_err if d_err >= 0 else 2 * d_right - d_err


def _baseline(c: Case) -> tuple[int, int]:
    if c.kind == "answer":
        return int(c.rules_ok), int(bool(c.rules) and not c.rules_ok)
    return 0, int(bool(c.rules))


def _outcome(c: Case, passages: tuple[int, ...], texts: Sequence[str]) -> tuple[int, int]:
    """(right, errors) of answering `c` with `passages` (none: declining)."""
    if c.kind != "answer":
        return 0, int(bool(passages))
    if not passages:
        return 0, 0
    ok = c.item.answered_by([texts[p] for p in passages])
    return int(ok), int(not ok)


class Table:
    """Each question's vote and what acting on it changes, for every k and every extra file left out of
    the memory (None: only the question's own file)."""

    def __init__(self, cases: Sequence[Case], near: Sequence[Sequence[tuple[int, float]]],
                 kb: KnowledgeBase) -> None:
        self.cases = cases
        texts = [p.text for p in kb.passages]
        self.files = np.array([c.file for c in cases])
        index = {t: i for i, t in enumerate(texts)}
        self.arrays: dict[tuple[int | None, int], dict[str, np.ndarray]] = {}
        for extra, k in itertools.product([None, *np.unique(self.files).tolist()], _KS):
            rows = [
                self._row(c, vote([(cases[j].entry, s) for j, s in near[i] if self.files[j] != extra], k),
                          index, texts, kb.admits)
                for i, c in enumerate(cases)
            ]
            self.arrays[extra, k] = {name: np.array([r[n] for r in rows])
                                     for n, name in enumerate(("mode", "best", "share", "dr", "de"))}

    @staticmethod
    def _row(c: Case, v, index: dict[str, int], texts: Sequence[str], admits) -> tuple:
        """(mode index or -1, best, share, right delta, error delta) of acting on the vote."""
        if v is None:
            return -1, 0.0, 0.0, 0, 0
        ruled = frozenset(index[t] for t in c.rules if t in index)
        if len(ruled) < len(c.rules):
            return -1, v.best, v.share, 0, 0  # a header's answer: the memory never sees it
        for m, mode in enumerate(_MODES):
            if MemoryRule(mode, 1, 0.0, 0.0).fires(v, ruled):
                if mode != DECLINE and not admits(c.q, v.passages, mode):
                    break  # the passage fails a check the rules' own answer must pass
                r0, e0 = _baseline(c)
                r1, e1 = _outcome(c, () if mode == DECLINE else v.passages, texts)
                return m, v.best, v.share, r1 - r0, e1 - e0
        return -1, v.best, v.share, 0, 0

    def mask(self, rule: MemoryRule, extra: int | None) -> np.ndarray:
        a = self.arrays[extra, rule.k]
        return (a["mode"] == _MODES.index(rule.mode)) & (a["best"] >= rule.best) & (a["share"] >= rule.share)

    def deltas(self, rule: MemoryRule, extra: int | None, where: np.ndarray) -> tuple[int, int]:
        a, m = self.arrays[extra, rule.k], self.mask(rule, extra) & where
        return int(a["dr"][m].sum()), int(a["de"][m].sum())


def fit(table: Table, held_out: int | None, mode: str) -> MemoryRule | None:
    """The `mode` rule of best value on every file but `held_out`, each scored with a memory holding
    neither itself nor `held_out` (None: every file, each with a memory of the others); None if none gains."""
    where = table.files != held_out if held_out is not None else np.ones(len(table.files), bool)
    best_rule, best_value = None, 0.0
    for k, t, s in itertools.product(_KS, _BESTS, _SHARES):
        rule = MemoryRule(mode, k, t, s)
        v = value(*table.deltas(rule, held_out, where))
        if v > best_value:
            best_rule, best_value = rule, v
    return best_rule


def estimate(table: Table, f: int, rules: Sequence[MemoryRule]) -> SetScore:
    """File f's figures from the table: the rules', moved by the fitted memory rules."""
    s = SetScore()
    for c in (c for c in table.cases if c.file == f):
        _count(s, c.kind, _baseline(c), c.rules_ok)
    for rule in rules:
        a = table.arrays[None, rule.k]
        for i in np.flatnonzero(table.mask(rule, None) & (table.files == f)):
            c = table.cases[i]
            r0, e0 = _baseline(c)
            _count(s, c.kind, (r0, e0), c.rules_ok, sign=-1)
            _count(s, c.kind, (r0 + int(a["dr"][i]), e0 + int(a["de"][i])), c.rules_ok)
    return s


def _count(s: SetScore, kind: str, re: tuple[int, int], _ok: bool, sign: int = 1) -> None:
    right, err = re
    if kind == "answer":
        cell = "right" if right else ("wrong" if err else "declined_wrongly")
        setattr(s, cell, getattr(s, cell) + sign)
    else:
        total, declined = ("off_total", "off_declined") if kind == "off" else ("hard_total", "hard_declined")
        setattr(s, total, getattr(s, total) + sign)
        setattr(s, declined, getattr(s, declined) + sign * (1 - err))


def _cells(s: SetScore) -> str:
    c = s.cells()
    answered = s.off_total - s.off_declined, s.hard_total - s.hard_declined
    return (f"{c[0]} / {c[1]} / {c[2]} / {c[4]} / {c[5]} ({s.right} right, {s.wrong} wrong, "
            f"{answered[0]} off-topic and {answered[1]} hard answered)")


def _add(into: SetScore, s: SetScore) -> None:
    for name in ("right", "wrong", "declined_wrongly", "off_total", "off_declined", "hard_total",
                 "hard_declined"):
        setattr(into, name, getattr(into, name) + getattr(s, name))


def _fitted(rules: Sequence[MemoryRule]) -> str:
    return "; ".join(f"{r.mode} k={r.k} >={r.best} share>={r.share}" for r in rules) or "nothing gains"


def run(measure: str, cases: Sequence[Case], kb: KnowledgeBase, end_to_end: bool) -> None:
    """Print the per-file and pooled leave-one-round-out table for one measure."""
    files = np.array([c.file for c in cases])
    near = bot_nearest(cases, files) if measure == "bot" else nearest_by(measure, [c.q for c in cases], files)
    table = Table(cases, near, kb)
    print(f"\n### measure: {measure}\n\n| left out | fitted on the others (nested) | rules alone: right / "
          "wrong / declined / off-topic / hard | with the memory |\n| --- | --- | --- | --- |")
    pooled = [SetScore(), SetScore()]
    for f, path in enumerate(TUNED_FILES):
        rules = [r for r in (fit(table, f, m) for m in _MODES) if r is not None]
        if end_to_end:
            ev = load_eval(path)
            memory = Memory(c.entry for c in cases if c.file != f)
            alone = KnowledgeBase(kb.documents, kb.passages, memory=Memory(()))
            both = KnowledgeBase(kb.documents, kb.passages, memory=memory, memory_rules=rules)
            a, b = score_set(project_decide(alone), ev), score_set(project_decide(both), ev)
        else:
            a, b = estimate(table, f, ()), estimate(table, f, rules)
        print(f"| {path.stem} | {_fitted(rules)} | {_cells(a)} | {_cells(b)} |")
        _add(pooled[0], a)
        _add(pooled[1], b)
    print(f"| pooled | | {_cells(pooled[0])} | {_cells(pooled[1])} |")
    deployed = [r for r in (fit(table, None, m) for m in _MODES) if r is not None]
    print(f"\nFitted on every file (each with a memory of the others), as the bot ships: {_fitted(deployed)}")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--measure", nargs="+", default=["bot"], choices=["bot", *MEASURES])
    args = parser.parse_args(argv)
    kb = load_knowledge()
    rules_alone = KnowledgeBase(kb.documents, kb.passages, memory=Memory(()))
    cases = build_cases(rules_alone)
    for measure in args.measure:
        run(measure, cases, kb, end_to_end=measure == "bot")


if __name__ == "__main__":
    main(sys.argv[1:])
