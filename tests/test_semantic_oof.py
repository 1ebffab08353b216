"""The leave-one-round-out fit of the embedding fallback: a threshold must pay for its errors twice."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parent.parent / "benchmarks" / "semantic_oof.py"


@pytest.fixture(scope="module")
def oof():
    spec = importlib.util.spec_from_file_location("benchmark_semantic_oof_under_test", _PATH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def _case(oof, kind: str, sim: float, ok: bool, rules: tuple[str, ...] = ()):
    return oof.Case(kind, rules, 0, sim, 0.2, True, rules_ok=not rules, fallback_ok=ok)


def test_no_threshold_is_fitted_when_every_gain_costs_two_errors(oof) -> None:
    cases = [_case(oof, "answer", 0.7, True), _case(oof, "hard", 0.7, False), _case(oof, "off", 0.7, False)]
    assert oof.fit(cases).sim >= 1.0


def test_a_threshold_is_fitted_above_the_errors_and_only_where_the_rules_decline(oof) -> None:
    cases = [
        _case(oof, "answer", 0.76, True), _case(oof, "answer", 0.74, True), _case(oof, "answer", 0.72, True),
        _case(oof, "hard", 0.5, False), _case(oof, "answer", 0.9, False, rules=("a passage",)),
    ]
    fitted = oof.fit(cases)
    assert 0.5 < fitted.sim <= 0.72
    assert oof.gain(cases, fitted) == (3, 0)
