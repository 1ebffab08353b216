"""Safety benchmark: how well `bot.safety.assess` recognises disclosures and crisis, and how fast.

Run: python benchmarks/safety.py [--show-misses]

Reads benchmarks/eval/safety.yaml (messages with the concern each must get; the patterns were tuned on
it) and, when it exists, benchmarks/eval/questions.yaml (the retrieval questions: extra negatives, as none
of them is personal). Prints recall per concern, false alarms on questions, and latency per message; exits
1 when a target (100% on crisis and danger, >= 95% on disclosures, <= 2% false alarms) is missed.

Then prints the same figures for each held-out set, safety_heldout*.yaml (written before the patterns saw
them: their recall is the honest estimate for new wording, reported but not a target), and false alarms
on each held-out question file, heldout*.yaml. False alarms above 2% on any set also fail the run.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

from bot.safety import Concern, assess, explain

__all__ = [
    "EVAL_DIR", "Scores", "heldout_question_files", "heldout_safety_files", "load_questions",
    "load_safety_set", "main", "score",
]

EVAL_DIR = Path(__file__).resolve().parent / "eval"
TARGETS = {"crisis": 1.0, "danger": 1.0, "disclosure": 0.95}
MAX_FALSE_ALARMS = 0.02
# Keys of questions.yaml whose items are questions, not personal messages.
_QUESTION_KEYS = ("answer", "no_match", "questions", "off_topic")

Scores = dict[str, tuple[int, int]]  # name -> (hits, total)


def load_safety_set(path: Path = EVAL_DIR / "safety.yaml") -> list[tuple[str, Concern]]:
    """The (message, expected concern) pairs of the safety evaluation set."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [(item["text"], Concern(item["expect"])) for item in data["messages"]]


def load_questions(path: Path = EVAL_DIR / "questions.yaml") -> list[str]:
    """The retrieval questions (none of them personal), or [] when the file does not exist yet."""
    if not path.exists():
        return []
    data: Any = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    groups = [data] if isinstance(data, list) else [data.get(key) or [] for key in _QUESTION_KEYS]
    return [text for group in groups for item in group if (text := _question_text(item))]


def heldout_safety_files(eval_dir: Path = EVAL_DIR) -> list[Path]:
    """The held-out safety sets, in the order they were written."""
    return sorted(eval_dir.glob("safety_heldout*.yaml"), key=lambda path: (len(path.name), path.name))


def heldout_question_files(eval_dir: Path = EVAL_DIR) -> list[Path]:
    """The held-out retrieval question files (none of their questions is personal); blind sets excluded."""
    return sorted(path for path in eval_dir.glob("heldout*.yaml") if "blind" not in path.name)


def score(pairs: Iterable[tuple[str, Concern]], questions: Iterable[str] = ()) -> Scores:
    """Hits and totals: recall per concern, and false alarms on the questions."""
    scores: dict[str, list[int]] = {}
    for text, expected in pairs:
        name, hit = _outcome(expected, assess(text))
        tally = scores.setdefault(name, [0, 0])
        tally[0] += hit
        tally[1] += 1
    alarms = [assess(q) is not Concern.NONE for q in questions]
    scores["question false alarms"] = [sum(alarms), len(alarms)]
    return {name: (hits, total) for name, (hits, total) in scores.items()}


def main(argv: list[str] | None = None) -> int:
    """Print the figures; 0 when every target is met."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show-misses", action="store_true", help="list each missed message and why")
    args = parser.parse_args(argv)
    pairs, questions = load_safety_set(), load_questions()
    scores = score(pairs, questions)
    print(f"safety set: {len(pairs)} messages; retrieval questions: {len(questions) or 'absent'}")
    _print_scores(scores)
    p50, p99 = _latency([text for text, _ in pairs] + questions)
    print(f"  latency per message          p50 {p50:.1f} us   p99 {p99:.1f} us")
    if args.show_misses:
        _print_misses(pairs, questions)
    failures = _failures(scores) + _heldout(args.show_misses)
    for failure in failures:
        print(f"TARGET MISSED: {failure}")
    print("all targets met" if not failures else f"{len(failures)} target(s) missed")
    return 1 if failures else 0


def _heldout(show_misses: bool) -> list[str]:
    """Print the figures of every held-out set; the false-alarm limits they miss."""
    failures = []
    sets = [(path, load_safety_set(path), []) for path in heldout_safety_files()]
    sets += [(path, [], load_questions(path)) for path in heldout_question_files()]
    if sets:
        # Sets tuned on after their first run score higher now; each file's header gives its first run.
        print("held-out sets (recall reported, not a target; untuned first-run figures in each file header):")
    for path, pairs, questions in sets:
        kind = f"{len(pairs)} messages" if pairs else f"{len(questions)} retrieval questions"
        print(f"{path.name}: {kind}")
        scores = score(pairs, questions) if questions else score(pairs)
        _print_scores({name: tally for name, tally in scores.items() if tally[1]})
        if show_misses:
            _print_misses(pairs, questions)
        failures += [f"{path.name}: {failure}" for failure in _failures(scores) if "false alarms" in failure]
    return failures


def _print_scores(scores: Scores) -> None:
    for name, (hits, total) in scores.items():
        print(f"  {name:<28} {hits:>4}/{total:<4} {_rate(hits, total):>7}")


def _question_text(item: Any) -> str | None:
    if isinstance(item, str):
        return item
    if isinstance(item, dict):
        return item.get("q") or item.get("question") or item.get("text")
    return None


def _outcome(expected: Concern, got: Concern) -> tuple[str, bool]:
    """Which figure a message counts towards, and whether the bot got it right."""
    if expected is Concern.NONE:
        return "false alarms (safety set)", got is not Concern.NONE
    if expected is Concern.DANGER:
        return "recall: danger", got is Concern.DANGER
    if expected is Concern.SELF_HARM:
        # The danger reply also gives 988, so danger is not a miss here.
        return "recall: crisis (self-harm)", got in (Concern.SELF_HARM, Concern.DANGER)
    # Any support reply believes and offers the hotline: a disclosure read as distress is not missed.
    return f"recall: {expected.value}", got is not Concern.NONE


def _failures(scores: Scores) -> list[str]:
    failures = []
    for name, (hits, total) in scores.items():
        rate = hits / total if total else 0.0
        if "false alarms" in name and rate > MAX_FALSE_ALARMS:
            failures.append(f"{name} {_rate(hits, total)} > {MAX_FALSE_ALARMS:.0%}")
        for key, target in TARGETS.items():
            if name.startswith(f"recall: {key}") and rate < target:
                failures.append(f"{name} {_rate(hits, total)} < {target:.0%}")
    return failures


def _latency(texts: list[str], rounds: int = 5) -> tuple[float, float]:
    """p50 and p99 of the time `assess` takes per message, in microseconds."""
    timings = []
    for _ in range(rounds):
        for text in texts:
            start = time.perf_counter_ns()
            assess(text)
            timings.append((time.perf_counter_ns() - start) / 1000)
    cuts = statistics.quantiles(timings, n=100)
    return cuts[49], cuts[98]


def _print_misses(pairs: list[tuple[str, Concern]], questions: list[str]) -> None:
    for text, expected in [*pairs, *((q, Concern.NONE) for q in questions)]:
        got = assess(text)
        _, counted = _outcome(expected, got)
        # For a question, what is counted is a false alarm; for anything else, a hit.
        if counted == (expected is Concern.NONE):
            why = ", ".join(name for _, name in explain(text)) or "no pattern"
            print(f"  miss: expected {expected.value}, got {got.value}: {text!r} ({why})")


def _rate(hits: int, total: int) -> str:
    return f"{hits / total:.1%}" if total else "n/a"


if __name__ == "__main__":
    sys.exit(main())
