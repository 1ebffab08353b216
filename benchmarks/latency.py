"""Query latency as the bot asks (header and page reader in front), and a dump of every tuned answer.

Each question of every tuned set is asked `--runs` times (nine by default); its latency is the median of
those runs, so one preempted run on a shared machine does not count, and the table gives the p50, p99
and slowest of those medians. `--dump FILE` writes every question's answer texts as JSON, so a change
meant to be faster only can be checked to answer every tuned question the same (compare two dumps with
`cmp`). `--profile` prints where the slowest hundredth of questions spends its time instead.

Run from the repository root:  python benchmarks/latency.py [--runs 9] [--dump answers.json] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import statistics
import sys
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from evalsets import TUNED_FILES, Decide, load_eval  # noqa: E402
from retrieval import percentile, project_decide  # noqa: E402

from knowledge import DEFAULT_SEEDS_DIR, load_knowledge  # noqa: E402


def tuned_questions() -> list[str]:
    """Every question of the tuned sets (answerable, off-topic and hard), in file order, repeats kept."""
    return [q for path in TUNED_FILES if path.exists() for q in load_eval(path).questions]


def medians(decide: Decide, questions: Sequence[str], runs: int) -> list[float]:
    """Each question's median latency in milliseconds over `runs` runs, after one warm-up pass."""
    for q in questions:
        decide(q)
    times: list[list[float]] = [[] for _ in questions]
    for _ in range(runs):
        for i, q in enumerate(questions):
            start = time.perf_counter()
            decide(q)
            times[i].append(time.perf_counter() - start)
    return [statistics.median(t) * 1e3 for t in times]


def profile_slowest(decide: Decide, questions: Sequence[str], lat: Sequence[float], sort: str) -> None:
    """Profile the slowest hundredth of the questions, asked ten times each."""
    slow = [q for _, q in sorted(zip(lat, questions, strict=True), reverse=True)[: max(1, len(lat) // 100)]]
    prof = cProfile.Profile()
    prof.enable()
    for _ in range(10):
        for q in slow:
            decide(q)
    prof.disable()
    pstats.Stats(prof).sort_stats(sort).print_stats(45)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--runs", type=int, default=9, help="runs per question (its median counts)")
    parser.add_argument("--dump", type=Path, help="write every tuned question's answer texts as JSON")
    parser.add_argument("--profile", metavar="SORT", help="profile the slowest hundredth (sort: tottime...)")
    args = parser.parse_args(argv)
    decide = project_decide(load_knowledge(DEFAULT_SEEDS_DIR))
    questions = tuned_questions()
    if args.dump:
        answers = [[q, list(decide(q))] for q in questions]
        args.dump.write_text(json.dumps(answers, ensure_ascii=False, indent=0), encoding="utf-8")
    lat = medians(decide, questions, args.runs)
    if args.profile:
        profile_slowest(decide, questions, lat, args.profile)
    print(
        f"{len(questions)} questions, median of {args.runs} runs each, header and page reader in front: "
        f"p50 {percentile(lat, 0.5):.3f} ms, p99 {percentile(lat, 0.99):.3f} ms, slowest {max(lat):.2f} ms"
    )


if __name__ == "__main__":
    main()
