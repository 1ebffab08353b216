"""Score the blind safety sets ONCE: `python benchmarks/safety.py --blind` (this module has no main of its own
that reads them without that flag, and nothing else in the repository opens them).

Round 29's sets: safety_blind29.yaml holds concern messages with the concern each must get;
safety_blind29_ordinary.yaml holds ordinary messages with a kind (history, first_person, tricky...). They
were written by people who never saw the code; the method was frozen and committed before this ran, and the
figures are reported as they come, misses included. Round 1's sets (safety_round1*.yaml) were scored the
same way once at 5347e62, round 2's (safety_round2*.yaml) once at 57672c3, round 3's (safety_round3*.yaml)
once at a4e9f59, round 4's (safety_round4*.yaml) once at c42d678, round 5's (safety_round5*.yaml) once at
40e1eb9, round 6's (safety_round6*.yaml) once at 6f1624e, round 7's (safety_round7*.yaml) once at 8c1863e,
round 8's (safety_round8*.yaml) once at 6a7e719, round 9's (safety_round9*.yaml) once at b48c308, round 10's
(safety_round10*.yaml) once at 27f3e1e, round 11's (safety_round11*.yaml) once at e17004c, round 12's
(safety_round12*.yaml) once at 7ed8ed4, round 13's (safety_round13*.yaml) once at 7770655, round 14's
(safety_round14*.yaml) once at 1e3303d, round 15's (safety_round15*.yaml) once at 69287ac, round 16's
(safety_round16*.yaml) once at b121970, rounds 17's and 18's (safety_round17*.yaml, safety_round18*.yaml)
once each at cb76970, round 19's (safety_round19*.yaml) once at b73ab21, round 20's (safety_round20*.yaml)
once at a5068db, round 21's (safety_round21*.yaml) once at 5ff115d, round 22's (safety_round22*.yaml)
once each at 8da8de0 and 1e97ee1, round 23's (safety_round23*.yaml) once each at fd9e904, d15aa5a and
01708e8, round 24's (safety_round24*.yaml) once each at d15aa5a, 01708e8 and ecf5871, rounds 25's and 26's
(safety_round25*.yaml, safety_round26*.yaml) once each before round 24 and by it; all are training data now.
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from bot import texts
from bot.safety import Concern, assess, explain

__all__ = ["BLIND_CONCERNS", "BLIND_ORDINARY", "load_blind", "main", "score_blind"]

BLIND_CONCERNS = "safety_blind29.yaml"
BLIND_ORDINARY = "safety_blind29_ordinary.yaml"

_TEXT_KEYS = ("text", "message", "q", "question")
_LABEL_KEYS = ("expect", "concern", "label", "category")
_ALIASES = {"self-harm": "self_harm", "selfharm": "self_harm", "suicide": "self_harm", "crisis": "self_harm",
            "ordinary": "none", "false_alarm": "none"}
_PREFACE = texts.personal_no_match_text()[:60]


def load_blind(path: Path) -> list[dict[str, Any]]:
    """Each item as {text, expect, kind}; a structure it cannot read raises naming the keys, not the text."""
    data: Any = yaml.safe_load(path.read_text(encoding="utf-8"))
    if isinstance(data, dict):
        lists = [value for value in data.values() if isinstance(value, list)]
        data = lists[0] if lists else []
    items = []
    for item in data or []:
        if isinstance(item, str):
            item = {"text": item}
        text = next((item[k] for k in _TEXT_KEYS if isinstance(item.get(k), str)), None)
        if text is None:
            raise ValueError(f"{path.name}: an item without a text field (keys: {sorted(item)})")
        label = next((str(item[k]) for k in _LABEL_KEYS if item.get(k) is not None), "none")
        label = label.strip().lower().replace(" ", "_")
        items.append({"text": text, "expect": Concern(_ALIASES.get(label, label)), "kind": item.get("kind")})
    return items


def score_blind(eval_dir: Path, outcome: Callable[[Concern, Concern], tuple[str, bool]],
                reply_for: Callable[[str], Any]) -> None:
    """Print the figures and every miss of both blind sets."""
    print("\nBLIND SETS (scored once, method frozen; misses listed as they came)")
    concerns = load_blind(eval_dir / BLIND_CONCERNS)
    _concern_figures(concerns, outcome, reply_for)
    ordinary = load_blind(eval_dir / BLIND_ORDINARY)
    _ordinary_figures(ordinary, reply_for)


def _concern_figures(items: list[dict[str, Any]], outcome: Callable[[Concern, Concern], tuple[str, bool]],
                     reply_for: Callable[[str], Any]) -> None:
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses, lines, passages = [], Counter(), 0
    for item in items:
        text, expected = item["text"], item["expect"]
        got = assess(text)
        reply = reply_for(text)
        name, hit = outcome(expected, got)
        tally[name][0] += hit
        tally[name][1] += 1
        lines[(expected, "911" in reply.body, "988" in reply.body)] += 1
        passages += reply.kind == "answer" and expected is not Concern.NONE
        if not hit or (expected is Concern.DANGER and "911" not in reply.body) or (
                expected is Concern.SELF_HARM and "988" not in reply.body):
            misses.append((expected, got, reply.kind, text))
    print(f"{BLIND_CONCERNS}: {len(items)} messages")
    for name, (hits, total) in sorted(tally.items()):
        print(f"  {name:<28} {hits:>4}/{total:<4} {hits / total:7.1%}")
    danger = [k for k in lines.elements() if k[0] is Concern.DANGER]
    harm = [k for k in lines.elements() if k[0] is Concern.SELF_HARM]
    print(f"  danger replies with 911      {sum(k[1] for k in danger):>4}/{len(danger)}")
    print(f"  self-harm replies with 988   {sum(k[2] for k in harm):>4}/{len(harm)}")
    print(f"  danger replies with 988 too  {sum(k[2] for k in danger):>4}/{len(danger)}")
    print(f"  concern messages answered with a passage: {passages}")
    for expected, got, kind, text in misses:
        why = ", ".join(name for _, name in explain(text)) or "nothing matched"
        print(f"  miss: expected {expected.value}, got {got.value} ({kind} reply): {text!r} ({why})")


def _ordinary_figures(items: list[dict[str, Any]], reply_for: Callable[[str], Any]) -> None:
    by_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # alarms, preface, answered, total
    noted = []
    for item in items:
        text, kind = item["text"], str(item["kind"] or "unlabelled")
        got = assess(text)
        reply = reply_for(text)
        preface = reply.kind == "no_match" and reply.body.startswith(_PREFACE)
        row = by_kind[kind]
        row[0] += got is not Concern.NONE
        row[1] += preface
        row[2] += reply.kind == "answer"
        row[3] += 1
        if got is not Concern.NONE or preface:
            noted.append((kind, got.value if got is not Concern.NONE else "help preface", text))
    print(f"{BLIND_ORDINARY}: {len(items)} messages")
    total = [sum(row[i] for row in by_kind.values()) for i in range(4)]
    for kind, (alarms, preface, answered, count) in sorted(by_kind.items()):
        print(f"  {kind:<14} false alarms {alarms:>3}/{count:<3} help preface {preface:>3}/{count:<3} "
              f"answered {answered:>3}/{count}")
    print(f"  all            false alarms {total[0]:>3}/{total[3]:<3} help preface {total[1]:>3}/{total[3]}")
    for kind, what, text in noted:
        print(f"  {kind}: {what}: {text!r}")


def main() -> int:
    print("run python benchmarks/safety.py --blind (once, with the method frozen and committed)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
