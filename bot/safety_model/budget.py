"""The crisis thresholds chosen for a stated budget of false alarms (issue 8, round 15).

Rounds 12 to 14 raised each crisis threshold "as far as the decision keeps its recall targets", and the point
where a target broke was set by a handful of crisis messages near it: self-harm's threshold went 0.19 -> 0.36
-> 0.18 in three retrains, and the low one cost set 14 four false alarms and seven first-person prefaces.
Here each crisis threshold starts at the highest value the classifier's own floor allows (it alone still
recognises CLASSIFIER_FLOOR of that crisis) and is lowered, a step of its own crisis's scores at a time, for
as long as the bot's whole decision keeps the round sets' ordinary messages within ALARM_BUDGET and the
first-person ones within PREFACE_BUDGET: the most crisis recall the budget buys. The budget counts what the
thresholds can move (the classifier's alarms and prefaces on messages the patterns leave alone), over the
ordinary messages of the blind rounds, written as people type by a dozen writers: a count over ~2,700
messages, so one message more or less moves a threshold by one small step, not across the range.
Only the trainer imports this module.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from bot.safety_model.classifier import CRISIS
from bot.safety_model.data import CONCERNS

__all__ = ["ALARM_BUDGET", "PREFACE_BUDGET", "STEPS", "Budget", "lower_for_budget"]

# The target for false alarms on ordinary messages is 3% in all; round 23 keeps half a point of it
# for the patterns' own false alarms, so what the classifier adds is held to 2.5%. Leaving one round out with
# round 23's frames: at 3% the crisis thresholds fell to spend what the frames freed (round-set false alarms
# 193/4420, disclosures and distress answered as self-harm 150 -> 169/2335); at 2.5%, 182/4420 with every
# concern's recall at or above round 22's; at 2%, 175/4420 for 2 danger messages fewer.
ALARM_BUDGET = 0.025
# The target for the help preface on ordinary first-person messages.
PREFACE_BUDGET = 0.10
# Candidate thresholds per crisis: its own scores at these recall points, from the floor's 95% upward.
STEPS = np.linspace(0.0, 0.05, 26)

Decide = Callable[[np.ndarray, np.ndarray], list[Any]]


class Budget:
    """The rows the budget is counted on, and whether a decision spends more than it."""

    def __init__(self, ordinary: np.ndarray, first_person: np.ndarray, pattern_none: np.ndarray) -> None:
        self.ordinary = ordinary & pattern_none
        self.first_person = first_person & pattern_none
        self.rows = self.ordinary | self.first_person

    def spent(self, seen: list[Any]) -> tuple[float, float]:
        """False-alarm rate on the ordinary rows and preface rate on the first-person rows."""
        concern = np.asarray([a.concern.value for a in seen])
        personal = np.asarray([a.personal for a in seen])
        ordinary, first = self.ordinary[self.rows], self.first_person[self.rows]
        alarms = float((concern[ordinary] != "none").mean()) if ordinary.any() else 0.0
        preface = personal & (concern == "none")
        prefaces = float(preface[first].mean()) if first.any() else 0.0
        return alarms, prefaces

    def take(self, rows: np.ndarray) -> Budget:
        """The same budget over a subset of the messages (the thresholds chosen without a file)."""
        return Budget(self.ordinary[rows], self.first_person[rows], np.ones(int(rows.sum()), dtype=bool))

    def holds(self, seen: list[Any]) -> bool:
        """Whether both rates are within budget."""
        alarms, prefaces = self.spent(seen)
        return alarms <= ALARM_BUDGET and prefaces <= PREFACE_BUDGET


def lower_for_budget(scores: np.ndarray, labels: np.ndarray, alarm: np.ndarray, maybe: np.ndarray,
                     budget: Budget, decide: Decide, floor: float) -> np.ndarray:
    """Each crisis alarm threshold at the classifier's `floor` point, then lowered step by step (crises in
    turn) while `budget` holds for `decide(alarm_row, maybe_row)` on the budget's rows."""
    alarm = alarm.copy()
    ladders = {}
    for j, concern in enumerate(CONCERNS):
        if concern in CRISIS:
            own = scores[labels == concern, j]
            alarm[j] = np.quantile(own, 1 - floor)
            points = np.clip(np.round(1 - floor - STEPS, 9), 0.0, 1.0)  # the last one is the lowest score
            ladders[j] = [v for v in np.quantile(own, points) if v < alarm[j]]
    if not budget.holds(decide(alarm, np.minimum(maybe, alarm))):
        return alarm
    moving = set(ladders)
    while moving:
        for j in sorted(moving):
            ladder = ladders[j]
            if not ladder:
                moving.discard(j)
                continue
            trial = alarm.copy()
            trial[j] = ladder.pop(0)
            if budget.holds(decide(trial, np.minimum(maybe, trial))):
                alarm = trial
            else:
                moving.discard(j)
    return alarm
