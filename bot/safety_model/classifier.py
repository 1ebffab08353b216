"""The learned layer's last step: one logistic score per concern from an embedding, with numpy alone.

The weights file (weights.json, written by `python -m bot.safety_model.train`) holds, per concern, 384
weights, an intercept and two thresholds on the logit: `alarm` (chosen out of fold for at least 95% recall
of that concern) and `maybe` (lower: the message may be personal, so help is offered before history).
It also records the sha256 of the model, the tokenizer and the training inputs it was trained from.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from bot.safety_model.pooling import pool

__all__ = ["CALM", "CRISIS", "WEIGHTS_PATH", "Classifier", "Margins"]

WEIGHTS_PATH = Path(__file__).resolve().parent / "weights.json"
# Concerns whose reply leads with a crisis line (911, 988), and the rest.
CRISIS = ("danger", "self_harm")
CALM = ("disclosure", "distress")


@dataclass(frozen=True, slots=True)
class Margins:
    """One message's score per concern (the logit of "this concern rather than none"), and how far each is
    above its thresholds (positive: above), by concern name."""

    scores: dict[str, float]
    alarm: dict[str, float]
    maybe: dict[str, float]

    def alarms(self) -> set[str]:
        """The concerns whose score reaches the alarm threshold (a crisis's line belongs in the reply)."""
        return {name for name, margin in self.alarm.items() if margin >= 0}

    def likeliest(self, among: tuple[str, ...] | None = None) -> str:
        """The concern the classifier finds likeliest (of `among`, or of all), alarmed or not: each score
        is measured from its own alarm threshold, since each was set for its concern's recall out of fold
        (raw scores put "my ex turned up at my door" a hair closer to a disclosure than to danger)."""
        return max(among or tuple(self.alarm), key=self.alarm.__getitem__)

    def may_be_personal(self, among: tuple[str, ...] | None = None) -> bool:
        """Whether any concern (of `among`, or of all) reaches its lower, "may be personal" threshold."""
        return any(self.maybe[name] >= 0 for name in among or tuple(self.maybe))


class Classifier:
    """Logistic regression, one row per concern, read from the committed weights."""

    def __init__(self, meta: dict[str, Any]) -> None:
        self.meta = meta
        self.concerns: tuple[str, ...] = tuple(meta["concerns"])
        self._coef = np.asarray(meta["coef"], dtype=np.float32)
        self._intercept = np.asarray(meta["intercept"], dtype=np.float32)
        self._alarm = np.asarray([meta["thresholds"][c]["alarm"] for c in self.concerns], dtype=np.float32)
        self._maybe = np.asarray([meta["thresholds"][c]["maybe"] for c in self.concerns], dtype=np.float32)

    @classmethod
    def from_file(cls, path: Path = WEIGHTS_PATH) -> Classifier:
        return cls(json.loads(path.read_text(encoding="utf-8")))

    def logits(self, vectors: np.ndarray, shifts: np.ndarray | None = None) -> np.ndarray:
        """The logit of each concern, in `concerns` order: for several vectors (a message and its
        sentences, one row each, the whole message first), pooled by `pooling.pool` with each row's
        `shifts` (round 20: a sentence with no crisis word of its own counts lower; none when omitted), so
        one sentence of a plan or an assault inside a chatty message still counts nearly as if it stood
        alone."""
        rows = np.atleast_2d(vectors) @ self._coef.T + self._intercept
        return pool(rows, np.zeros(len(rows), dtype=np.float32) if shifts is None else shifts)

    def margins(self, vectors: np.ndarray, shifts: np.ndarray | None = None) -> Margins:
        """The logits measured against both thresholds."""
        logits = self.logits(vectors, shifts)
        return Margins(
            scores=dict(zip(self.concerns, logits.tolist(), strict=True)),
            alarm=dict(zip(self.concerns, (logits - self._alarm).tolist(), strict=True)),
            maybe=dict(zip(self.concerns, (logits - self._maybe).tolist(), strict=True)),
        )
