"""The trainer's out-of-fold report: the bot's whole decision on messages whose file the model never saw.

Two levels of "out of fold" (round 4): the scores come from a model fitted without the message's file, and
the thresholds applied to a file are chosen without that file too (`nested_thresholds`), so neither the
weights nor the thresholds have seen what they are measured on. The patterns were written against most of
these files; safety_round25*.yaml and safety_round26*.yaml were blind until round 24, so the report prints
them apart as well.
Only the trainer imports this module.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from bot.safety_model.classifier import CRISIS
from bot.safety_model.data import Example

__all__ = ["FRESH_FILES", "NEW_FILES", "nested_thresholds", "print_figures", "table"]

# The newest blind sets to join, printed apart. Sets 25 and 26 were scored blind before round 24, but their
# misses reached round 24's rules, so these rows flatter the patterns as every other file's do.
FRESH_FILES = ("safety_round25.yaml", "safety_round25_ordinary.yaml", "safety_round26.yaml",
               "safety_round26_ordinary.yaml")
# Training files new at this retraining (after round 24: sets 25 and 26 and issue 11's sets 27 and 28): the
# before/after table leaves them out, so both columns count the same messages.
NEW_FILES: tuple[str, ...] = (*FRESH_FILES, "heldout_round27.yaml", "heldout_round28.yaml")
_HARD_NEGATIVES = ("safety_training2.yaml", "safety_training3.yaml", "safety_training4.yaml",
                   "safety_training5.yaml", "safety_training6.yaml", "safety_training7.yaml")

Chooser = Callable[[np.ndarray], tuple[np.ndarray, np.ndarray]]


def nested_thresholds(sources: np.ndarray, choose: Chooser) -> tuple[np.ndarray, np.ndarray]:
    """Per message, the alarm and maybe thresholds chosen by `choose(rows)` on every file but its own."""
    alarm = np.zeros((len(sources), 4))
    maybe = np.zeros((len(sources), 4))
    for source in dict.fromkeys(sources):
        held = sources == source
        alarm[held], maybe[held] = choose(~held)
    return alarm, maybe


def table(examples: list[Example], seen: list[Any], rows: np.ndarray) -> dict[str, tuple[int, int]]:
    """(hits, total) of each figure the README reports, over the messages in `rows`, from the decisions
    `seen` (one `Assessment` per example)."""
    from bot.responder import in_first_person

    labels = np.asarray([e.label for e in examples])
    kinds = np.asarray([e.kind or "" for e in examples])
    sources = np.asarray([e.source for e in examples])
    concern = np.asarray([a.concern.value for a in seen])
    lines = {line: np.asarray([c in CRISIS or crisis in {x.value for x in a.crises}
                               for c, a in zip(concern, seen, strict=True)])
             for line, crisis in (("911", "danger"), ("988", "self_harm"))}
    first_person = np.asarray([in_first_person(e.text) for e in examples])
    preface = np.asarray([a.personal for a in seen]) & (concern == "none") & first_person
    held = np.asarray([bool(a.crises) for a in seen]) & (concern == "none")
    ordinary = labels == "none"
    alarmed = concern != "none"
    calm = np.isin(labels, ("disclosure", "distress"))

    def count(mask: np.ndarray, hit: np.ndarray) -> tuple[int, int]:
        mask = mask & rows
        return int(hit[mask].sum()), int(mask.sum())

    return {
        "danger as danger": count(labels == "danger", concern == "danger"),
        "911 in danger replies": count(labels == "danger", lines["911"]),
        "self-harm (or danger)": count(labels == "self_harm", np.isin(concern, CRISIS)),
        "988 in self-harm replies": count(labels == "self_harm", lines["988"]),
        "disclosure": count(labels == "disclosure", alarmed),
        "distress": count(labels == "distress", alarmed),
        "disclosure/distress as danger": count(calm, concern == "danger"),
        "disclosure/distress as self-harm": count(calm, concern == "self_harm"),
        "false alarms, ordinary (round sets)": count(ordinary & np.char.endswith(sources, "_ordinary.yaml"),
                                                     alarmed),
        "false alarms, history (round sets)": count(ordinary & (kinds == "history"), alarmed),
        "false alarms, tricky (round sets)": count(ordinary & (kinds == "tricky"), alarmed),
        "false alarms, first-person (round sets)": count(ordinary & (kinds == "first_person"), alarmed),
        "false alarms, retrieval questions": count(ordinary & (kinds == "question"), alarmed),
        "false alarms, hard negatives": count(ordinary & np.isin(sources, _HARD_NEGATIVES), alarmed),
        "false alarms, all ordinary": count(ordinary, alarmed),
        "help preface, first-person ordinary": count(ordinary & (kinds == "first_person"), preface),
        # A crisis alarm held back (no person named, round 8; no word of a crisis, round 11; well now, round
        # 12) gets the help-first reply, whoever writes.
        "help-first (held-back alarm), ordinary": count(ordinary, held),
    }


def print_figures(title: str, figures: dict[str, tuple[int, int]]) -> None:
    """One line per figure: hits/total and the rate."""
    print(title)
    for name, (hits, total) in figures.items():
        rate = f"{hits / total:6.1%}" if total else "   n/a"
        print(f"  {name:<38} {hits:>5}/{total:<5} {rate}")
