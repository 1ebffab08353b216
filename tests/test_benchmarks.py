"""The benchmarks stay runnable: each one imports and has a main (running them is not a test's job)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

BENCHMARKS = sorted((Path(__file__).resolve().parent.parent / "benchmarks").glob("*.py"))


@pytest.mark.parametrize("path", BENCHMARKS, ids=lambda p: p.name)
def test_benchmark_imports_and_has_a_main(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spec = importlib.util.spec_from_file_location(f"benchmark_{path.stem}", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, module)  # dataclasses look their module up there
    monkeypatch.setattr(sys, "path", list(sys.path))  # some benchmarks put their folders on the path
    spec.loader.exec_module(module)
    assert callable(module.main)


def _evalsets(monkeypatch: pytest.MonkeyPatch):
    path = Path(__file__).resolve().parent.parent / "benchmarks" / "evalsets.py"
    spec = importlib.util.spec_from_file_location("benchmark_evalsets_scoring", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, module)
    spec.loader.exec_module(module)
    return module


def test_a_two_part_question_is_right_only_with_both_facts_and_hard_ones_must_be_declined(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    evalsets = _evalsets(monkeypatch)
    path = tmp_path / "set.yaml"
    path.write_text(
        "answer:\n"
        "  - {q: one, any: [apple]}\n"
        "  - {q: two, two: true, any: [apple], any2: [pear]}\n"
        "no_match: [elsewhere]\n"
        "hard:\n  - {q: hard}\n",
        encoding="utf-8",
    )
    ev = evalsets.load_eval(path)
    answers = {"one": ["An Apple."], "two": ["An apple."], "elsewhere": [], "hard": ["something"]}
    score = evalsets.score_set(lambda q: answers[q], ev)
    assert (score.right, score.wrong, score.two_right, score.two_total) == (1, 1, 0, 1)
    assert (score.off_declined, score.hard_declined) == (1, 0)
    assert [q for q, _ in score.misses] == ["two", "hard"]
    assert score.cells() == ["50.0%", "50.0%", "0.0%", "0/1", "100.0%", "0.0%"]
    assert ev.answer[1].answered_by(["An apple.", "A pear."])


def _benchmark(monkeypatch: pytest.MonkeyPatch, name: str):
    """A benchmark script loaded as a module, with the repository and benchmarks/ on the path."""
    root = Path(__file__).resolve().parent.parent
    monkeypatch.setattr(sys, "path", [str(root), str(root / "benchmarks"), *sys.path])
    path = root / "benchmarks" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"benchmark_{name}_under_test", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, module)
    spec.loader.exec_module(module)
    return module


def test_spelling_by_ear_changes_one_content_word_by_sound(monkeypatch: pytest.MonkeyPatch) -> None:
    import random

    wording = _benchmark(monkeypatch, "wording")
    assert {wording.by_ear("photo", random.Random(seed)) for seed in range(30)} == {"foto", "phuto", "photu"}
    for seed in range(20):
        heard = wording.spelled_by_ear("who is the photo of", random.Random(seed))
        assert heard is not None and heard != "who is the photo of"
        assert heard.split()[:3] == ["who", "is", "the"] and heard.split()[-1] == "of"
    assert wording.spelled_by_ear("who is it", random.Random(1)) is None  # no content word of four letters


def test_latency_counts_each_question_by_its_median_run_after_a_warm_up(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    latency = _benchmark(monkeypatch, "latency")
    asked: list[str] = []
    clock = iter([0.0, 0.001, 1.0, 1.005, 2.0, 2.002, 3.0, 3.5, 4.0, 4.003, 5.0, 5.004])
    monkeypatch.setattr(latency.time, "perf_counter", lambda: next(clock))
    lat = latency.medians(asked.append, ["a", "b"], runs=3)
    # One warm-up pass, then three runs: a took 1, 2 and 3 ms (median 2), b 5, 500 and 4 (median 5: one
    # preempted run does not count).
    assert asked == ["a", "b"] * 4
    assert lat == pytest.approx([2.0, 5.0])
    assert all(q for q in latency.tuned_questions()[:5])


def test_the_out_of_fold_summary_counts_answers_right_only_through_their_rival(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    oof = _benchmark(monkeypatch, "tuned_oof")
    from evalsets import Item

    item = Item("q", ("apple",))
    assert oof._verdict("answer", item, ["A pear.", "An apple."]) == "right"
    assert oof._verdict("answer", item, ["A pear."]) == "wrong"
    assert oof._verdict("off", None, []) == "declined"
    rows = [
        {"kind": "answer", "verdict": "right", "alone": "wrong", "rival": "An apple."},
        {"kind": "answer", "verdict": "right", "alone": "right", "rival": None},
        {"kind": "answer", "verdict": "wrong", "alone": "wrong", "rival": None},
        {"kind": "off", "verdict": "answered", "alone": "answered", "rival": None},
        {"kind": "hard", "verdict": "declined", "alone": "declined", "rival": None},
    ]
    text = oof.summary(rows)
    assert "right 2 " in text and "wrong 1 " in text and "off-topic answered 1/1" in text
    assert "hard answered 0/1" in text and "rivals quoted 1" in text and "through the rival 1" in text
