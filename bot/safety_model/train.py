"""Re-train the learned safety layer: `python -m bot.safety_model.train` (needs `pip install -e ".[train]"`).

1. Embed every training message (bot/safety_model/data.py names the files) with the pinned model, whole and,
   when it has several, sentence by sentence (round 4): a message's score per concern is the highest of them.
2. Out of fold, leaving one file out at a time (a blind round's two files together, round 15), fit a
   class-balanced multinomial logistic regression on the whole messages and score what was left out; choose
   each calm concern's alarm threshold on those scores so that the classifier alone recognises at least 90%
   of disclosure and distress. Each crisis threshold starts where the classifier alone keeps
   CLASSIFIER_FLOOR of that crisis and is lowered, replaying the bot's own decision (patterns included),
   as far as the round sets' ordinary messages stay within the false-alarm and preface budget
   (bot/safety_model/budget.py, round 15; rounds 4 to 14 raised it as far as the decision kept its recall
   targets, and it drifted). The lower "maybe" threshold keeps 97% of each concern (help before history).
3. Report (bot/safety_model/report.py) the decision with thresholds chosen without each file as well, so
   neither weights nor thresholds have seen what they are measured on: recall per concern, 911 and 988 in
   the replies, false alarms on ordinary messages and history questions, the help preface.
4. Fit once more on everything and write weights.json: per concern, the weights of "this concern rather
   than none" (a linear score the bot computes with numpy), the thresholds, and the sha256 of the model,
   the tokenizer and the training files, which tests/test_safety_model.py checks against the committed data.
scikit-learn is imported here only; the bot never imports this module.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from bot.safety_model.budget import ALARM_BUDGET, PREFACE_BUDGET, Budget, lower_for_budget
from bot.safety_model.classifier import CRISIS, WEIGHTS_PATH, Margins
from bot.safety_model.data import CONCERNS, Example, groups, load_examples, round_of, training_sha256
from bot.safety_model.embedder import MODEL_SHA256, TOKENIZER_SHA256, Embedder
from bot.safety_model.pooling import RAISE_CAP, UNCUED_SHIFT, pool, row_shifts

if TYPE_CHECKING:
    from bot.safety import Reading

__all__ = [
    "alarms", "budget_for", "choose_thresholds", "decision_figures", "embed_all", "fit", "main",
    "out_of_fold", "recalls", "relative_to_none", "shifts_for", "thresholds_for",
]

# Inverse regularisation: chosen out of fold among 2, 8, 16, 32 (fewest false alarms at the same recall);
# round 4 re-checked 8 and 32 with the decision out of fold twice: within noise of 16. Round 17 chose it
# leaving one ROUND out (one writer at a time, the next writer's view), with each round's thresholds chosen
# without it: C = 16, 8, 4, 2 gave round-set false alarms 170, 164, 159, 161 of 3,112, first-person preface
# 102, 100, 98, 105 of 1,036, danger 766, 767, 769, 770 and 911 784, 787, 788, 791 of 810, self-harm 801,
# 801, 802, 802 of 823, disclosure 906, 900, 900, 897 of 940, and lost 8, 6, 4, 4 concern messages that the
# same method fitted without round 16's data had caught (round 17's retraining, one writer more).
C = 4.0
RECALL = 0.95
# Disclosure and distress: the patterns recognise most of them and any alarm gives the same calm reply, so
# the classifier alone needs less; at 95% its thresholds fell low enough (round 2's harder training data)
# to flag questions about the movement. Chosen out of fold with the patterns (0.95, 0.92, 0.90, 0.85).
CALM_RECALL = 0.90
MAYBE_RECALL = 0.97
# Round 6: while a crisis threshold rises for the decision, the classifier alone must still recognise this
# much of that crisis out of fold. The decision's recall counts the patterns, which were written against most
# of these files; once round 6's patterns caught nearly every training crisis, the decision alone let
# self-harm's threshold climb from 0.5 to 2.0 and danger's from 2.5 to 3.6, leaving unseen wording to
# patterns that never saw it. Out of fold twice (README, round 6): at 0.93 self-harm 412 -> 420/428 and
# danger 390 -> 392/401 against no floor, for 2 more false alarms of the round sets' 845 ordinary messages
# (0.95: 420 and 394 for 2 more and 17 more disclosures answered as self-harm; 0.90: 419 and 391 for 1).
# Round 6 shipped 0.93 and lost 3 self-harm messages on its blind set that round 5's method had caught;
# 0.95 is the issue's own rule (the classifier alone keeps at least 95% of each concern), so the crisis
# thresholds no longer rise past the classifier's own 95% point (self-harm 0.50, danger 2.48).
CLASSIFIER_FLOOR = 0.95
_NONE = "none"


def fit(vectors: np.ndarray, labels: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Weights and intercepts of "concern rather than none", one row per concern in CONCERNS order."""
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=C, class_weight="balanced", max_iter=10_000)
    model.fit(vectors, labels)
    return relative_to_none(model)


def relative_to_none(model: Any) -> tuple[np.ndarray, np.ndarray]:
    """A fitted multinomial model's weights and intercepts as "concern rather than none", one row per
    concern in CONCERNS order (what the bot's classifier reads)."""
    rows = list(model.classes_)
    base = rows.index(_NONE)
    coef = np.stack([model.coef_[rows.index(c)] - model.coef_[base] for c in CONCERNS])
    intercept = np.asarray([model.intercept_[rows.index(c)] - model.intercept_[base] for c in CONCERNS])
    return coef, intercept


def embed_all(embedder: Embedder, examples: list[Example], cache: Path | None = None) -> list[np.ndarray]:
    """Per example, the rows the bot scores: the whole message first, then its sentences, of the text as the
    bot reads it (`bot.safety.as_read`, round 19: letters joined, runs split). With `cache` (an .npz of
    text -> rows, for trying things: embedding every message takes minutes), only texts it lacks are
    embedded; the cache is keyed by the model's sha256, so another model never reads it."""
    from bot.safety import as_read

    texts = [as_read(e.text) for e in examples]
    known: dict[str, np.ndarray] = {}
    if cache and cache.exists():
        stored = np.load(cache, allow_pickle=True)
        if str(stored["model"]) == MODEL_SHA256:
            known = dict(zip(stored["texts"].tolist(), stored["parts"], strict=True))
    missing = list(dict.fromkeys(text for text in texts if text not in known))
    known.update(zip(missing, embedder.embed_parts_many(missing), strict=True))
    parts = [known[text] for text in texts]
    if cache:
        holder = np.empty(len(known), dtype=object)
        holder[:] = list(known.values())
        np.savez(cache, model=MODEL_SHA256, texts=np.asarray(list(known)), parts=holder)
    return parts


def shifts_for(examples: list[Example]) -> list[np.ndarray]:
    """Per example, each row's shift as the bot pools it (`pooling.row_shifts` of the text as read)."""
    from bot.safety import as_read

    return [row_shifts(as_read(e.text)) for e in examples]


def out_of_fold(parts: list[np.ndarray], labels: np.ndarray, sources: np.ndarray,
                shifts: list[np.ndarray]) -> np.ndarray:
    """Each message's concern scores (its rows pooled as the bot pools them, `pooling.pool`) from a model
    that never saw its file."""
    vectors = np.stack([rows[0] for rows in parts])
    scores = np.zeros((len(labels), len(CONCERNS)))
    for source in dict.fromkeys(sources):
        held = sources == source
        coef, intercept = fit(vectors[~held], labels[~held])
        for i in np.flatnonzero(held):
            scores[i] = pool(parts[i] @ coef.T + intercept, shifts[i])
    return scores


def alarms(scores: np.ndarray, alarm: np.ndarray) -> np.ndarray:
    """Per message and concern, whether the score reaches the alarm threshold."""
    return scores >= alarm


def recalls(alarmed: np.ndarray, labels: np.ndarray) -> dict[str, float]:
    """Recall per concern as the replies count it: a danger message must raise the danger alarm (its
    reply then carries 911), a self-harm message the self-harm alarm (988); a disclosure or distress
    counts when any alarm is raised (every support reply believes and gives the hotline)."""
    result = {}
    for j, concern in enumerate(CONCERNS):
        rows = alarmed[labels == concern]
        hit = rows[:, j] if concern in CRISIS else rows.any(axis=1)
        result[concern] = float(hit.mean())
    return result


def _target(concern: str) -> float:
    return RECALL if concern in CRISIS else CALM_RECALL


def _short(scores: np.ndarray, labels: np.ndarray, alarm: np.ndarray) -> list[str]:
    """The concerns whose classifier-alone recall is under their target."""
    return [c for c, r in recalls(alarms(scores, alarm), labels).items() if r < _target(c)]


def choose_thresholds(scores: np.ndarray, labels: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Alarm thresholds (each concern's recall target met, then as high as that allows) and maybe
    thresholds."""
    alarm = np.asarray([np.quantile(scores[labels == c, j], 1 - _target(c)) for j, c in enumerate(CONCERNS)])
    for _ in range(200):  # lower the first concern under its recall until none is
        short = _short(scores, labels, alarm)
        if not short:
            break
        j = CONCERNS.index(short[0])
        lower = np.sort(scores[labels == short[0], j])
        lower = lower[lower < alarm[j]]
        alarm[j] = lower[-1] if len(lower) else alarm[j] - 0.1
    for _ in range(3):  # then raise each as far as every recall still holds
        for j in range(len(CONCERNS)):
            for value in np.sort(scores[scores[:, j] > alarm[j], j]):
                trial = alarm.copy()
                trial[j] = value
                if _short(scores, labels, trial):
                    break
                alarm[j] = value
    maybe = np.asarray(
        [min(np.quantile(scores[labels == c, j], 1 - MAYBE_RECALL), alarm[j]) for j, c in enumerate(CONCERNS)]
    )
    return alarm, maybe


def _decide(scores: np.ndarray, readings: list[Reading], alarm: np.ndarray,
            maybe: np.ndarray) -> list[Any]:
    """The bot's decision per message; the thresholds are one row for all, or one row per message."""
    from bot.safety import combine

    alarm, maybe = np.broadcast_to(alarm, scores.shape), np.broadcast_to(maybe, scores.shape)
    out = []
    for row, reading, a, m in zip(scores, readings, alarm, maybe, strict=True):
        margins = Margins(dict(zip(CONCERNS, row.tolist(), strict=True)),
                          dict(zip(CONCERNS, (row - a).tolist(), strict=True)),
                          dict(zip(CONCERNS, (row - m).tolist(), strict=True)))
        out.append(combine(reading.pattern, margins, **reading.flags()))
    return out


def decision_figures(scores: np.ndarray, labels: np.ndarray, readings: list[Reading],
                     alarm: np.ndarray, maybe: np.ndarray) -> tuple[dict[str, float], np.ndarray, np.ndarray]:
    """The bot's decision replayed on out-of-fold scores: recall per concern and crisis line, and per
    message whether it raised an alarm and whether it got the help preface (personal, no concern)."""
    seen = _decide(scores, readings, alarm, maybe)
    concern = np.asarray([a.concern.value for a in seen])
    lines = {line: np.asarray([c in CRISIS or line_concern in {x.value for x in a.crises}
                               for c, a in zip(concern, seen, strict=True)])
             for line, line_concern in (("911", "danger"), ("988", "self_harm"))}
    figures = {
        "danger": float((concern[labels == "danger"] == "danger").mean()),
        "911": float(lines["911"][labels == "danger"].mean()),
        "self_harm": float((concern[labels == "self_harm"] == "self_harm").mean()),
        "988": float(lines["988"][labels == "self_harm"].mean()),
        "disclosure": float((concern[labels == "disclosure"] != _NONE).mean()),
        "distress": float((concern[labels == "distress"] != _NONE).mean()),
    }
    preface = np.asarray([a.personal for a in seen]) & (concern == _NONE)
    return figures, concern != _NONE, preface


def thresholds_for(scores: np.ndarray, labels: np.ndarray, readings: list[Reading],
                   spend: Budget) -> tuple[np.ndarray, np.ndarray]:
    """Alarm and maybe thresholds for these out-of-fold scores: the classifier's recall targets first, then
    each crisis threshold from the classifier's floor point down as far as the budget holds (round 15)."""
    alarm, maybe = choose_thresholds(scores, labels)
    on = [readings[i] for i in np.flatnonzero(spend.rows)]

    def decide(a: np.ndarray, m: np.ndarray) -> list[Any]:
        return _decide(scores[spend.rows], on, a, m)

    alarm = lower_for_budget(scores, labels, alarm, maybe, spend, decide, CLASSIFIER_FLOOR)
    return alarm, np.minimum(maybe, alarm)


def budget_for(examples: list[Example], readings: list[Reading]) -> Budget:
    """The rows the budget counts: the blind rounds' ordinary messages, and their first-person ones, that the
    patterns leave alone."""
    from bot.responder import in_first_person

    ordinary = np.asarray([e.label == _NONE and round_of(e.source) is not None for e in examples])
    first = ordinary & np.asarray([e.kind == "first_person" and in_first_person(e.text) for e in examples])
    quiet = np.asarray([r.pattern.value == _NONE for r in readings])
    return Budget(ordinary, first, quiet)


def main(argv: Sequence[str] | None = None) -> int:
    """Train, report the out-of-fold figures, write weights.json."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dry-run", action="store_true", help="report only; leave weights.json alone")
    parser.add_argument("--cache", type=Path, help="an .npz keeping the embeddings between runs")
    args = parser.parse_args(argv)
    from bot.safety import read_patterns

    examples = load_examples()
    parts = embed_all(Embedder(), examples, args.cache)
    labels = np.asarray([e.label for e in examples])
    # Round 15: a round's two files (one writer) are left out together, so neither twin sees the other.
    sources = groups(np.asarray([e.source for e in examples]))
    scores = out_of_fold(parts, labels, sources, shifts_for(examples))
    _report(examples, scores, labels, *choose_thresholds(scores, labels))
    readings = [read_patterns(e.text) for e in examples]
    spend = budget_for(examples, readings)
    alarm, maybe = thresholds_for(scores, labels, readings, spend)
    _report_decision(examples, scores, labels, readings, alarm, maybe)
    _report_nested(examples, scores, labels, sources, readings, spend)
    coef, intercept = fit(np.stack([rows[0] for rows in parts]), labels)
    if not args.dry_run:
        WEIGHTS_PATH.write_text(json.dumps(_weights(coef, intercept, alarm, maybe), indent=1) + "\n")
        print(f"wrote {WEIGHTS_PATH}")
    return 0


def _report_nested(examples: list[Example], scores: np.ndarray, labels: np.ndarray, sources: np.ndarray,
                   readings: list[Reading], spend: Budget) -> None:
    from bot.safety_model import report

    def choose(rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        return thresholds_for(scores[rows], labels[rows], [readings[i] for i in np.flatnonzero(rows)],
                              spend.take(rows))

    alarm, maybe = report.nested_thresholds(sources, choose)
    seen = _decide(scores, readings, alarm, maybe)
    sources = np.asarray([e.source for e in examples])  # the files, for the rows printed apart
    every = np.ones(len(examples), dtype=bool)
    report.print_figures("out of fold twice (weights and thresholds chosen without each file, a round's two "
                         "files together), every file:",
                         report.table(examples, seen, every))
    if report.NEW_FILES:
        report.print_figures(f"the same, every file but {' and '.join(report.NEW_FILES)} (before/after):",
                             report.table(examples, seen, ~np.isin(sources, report.NEW_FILES)))
    fresh = np.isin(sources, report.FRESH_FILES)
    report.print_figures(f"the same, {' and '.join(report.FRESH_FILES)} only (blind until round 24):",
                         report.table(examples, seen, fresh))


def _report(examples: list[Example], scores: np.ndarray, labels: np.ndarray, alarm: np.ndarray,
            maybe: np.ndarray) -> None:
    alarmed = alarms(scores, alarm)
    print(f"{len(examples)} training messages; out of fold (a file or a round left out), classifier alone:")
    for concern, rate in recalls(alarmed, labels).items():
        print(f"  recall {concern:<11} {rate:6.1%}  (of {int((labels == concern).sum())})")
    ordinary = labels == _NONE
    print(f"  false alarms  {int(alarmed[ordinary].any(axis=1).sum())}/{int(ordinary.sum())}")
    print(f"  may be personal (help first) {int((scores[ordinary] >= maybe).any(axis=1).sum())}/"
          f"{int(ordinary.sum())} ordinary messages")
    pairs = zip(CONCERNS, alarm, maybe, strict=True)
    print("  thresholds: " + ", ".join(f"{c} {a:.2f} (maybe {m:.2f})" for c, a, m in pairs))


def _report_decision(examples: list[Example], scores: np.ndarray, labels: np.ndarray,
                     readings: list[Reading], alarm: np.ndarray, maybe: np.ndarray) -> None:
    figures, alarmed, preface = decision_figures(scores, labels, readings, alarm, maybe)
    print("out of fold, the bot's decision (patterns in-sample, classifier out of fold), budget thresholds:")
    print("  " + ", ".join(f"{key} {value:.1%}" for key, value in figures.items()))
    sources = np.asarray([e.source for e in examples])
    ordinary = labels == _NONE
    print(f"  false alarms {int(alarmed[ordinary].sum())}/{int(ordinary.sum())}, help preface "
          f"{int(preface[ordinary].sum())}/{int(ordinary.sum())}; per file:")
    for source in dict.fromkeys(sources[ordinary]):
        rows = ordinary & (sources == source)
        print(f"    {source:<30} false alarms {int(alarmed[rows].sum())}/{int(rows.sum())}, "
              f"preface {int(preface[rows].sum())}")
    pairs = zip(CONCERNS, alarm, maybe, strict=True)
    print("  thresholds: " + ", ".join(f"{c} {a:.2f} (maybe {m:.2f})" for c, a, m in pairs))


def _weights(coef: np.ndarray, intercept: np.ndarray, alarm: np.ndarray, maybe: np.ndarray) -> dict:
    import sklearn

    return {
        "about": "bot/safety_model: logistic regression over all-MiniLM-L6-v2 int8 embeddings; "
        "retrain with python -m bot.safety_model.train",
        "model_sha256": MODEL_SHA256,
        "tokenizer_sha256": TOKENIZER_SHA256,
        "training_sha256": training_sha256(),
        "trainer": {"C": C, "recall": RECALL, "calm_recall": CALM_RECALL, "maybe_recall": MAYBE_RECALL,
                    "alarm_budget": ALARM_BUDGET, "preface_budget": PREFACE_BUDGET,
                    "scikit_learn": sklearn.__version__},
        # Round 20: the pooling the thresholds were chosen for; a test ties it to bot/safety_model/pooling.py.
        "pooling": {"uncued_shift": UNCUED_SHIFT, "raise_cap": RAISE_CAP},
        "concerns": list(CONCERNS),
        "thresholds": {c: {"alarm": _round(a), "maybe": _round(m)}
                       for c, a, m in zip(CONCERNS, alarm, maybe, strict=True)},
        "intercept": [_round(v) for v in intercept],
        "coef": [[_round(v) for v in row] for row in coef],
    }


def _round(value: float) -> float:
    # Six significant digits: far below any threshold's margin, and the file stays a few dozen kilobytes.
    return float(f"{float(value):.6g}")


if __name__ == "__main__":
    sys.exit(main())
