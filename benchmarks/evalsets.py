"""The retrieval evaluation sets: their format, how an answer is judged, and the per-set figures.

Every set is YAML with up to three lists:
  answer:   {q, any} the answer's passages must contain one of `any`; with `two: true` they must also
            contain one of `any2` (a question that joins two facts);
  no_match: questions the articles do not answer (off-topic, or, in the older sets, also hard ones);
  hard:     questions about people or things in the articles that the articles leave open.
A system declines with no passages; "right" needs the decision and the passages both.

Run alone, it prints each tuned set's size:  python benchmarks/evalsets.py
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml

__all__ = [
    "BLIND_FILE",
    "EVAL_DIR",
    "TUNED_FILES",
    "EvalSet",
    "Item",
    "SetScore",
    "is_right",
    "load_eval",
    "score_set",
]

EVAL_DIR = Path(__file__).resolve().parent / "eval"
# Tuned on (questions.yaml, tuning.yaml) or held out once and then looked at (heldout*.yaml; heldout_round1
# was issue 11's first blind set, scored once at 4c7ea23; heldout_round2 its second, once at e561046;
# heldout_round3 its third, once at faa0620; heldout_round4 its fourth, once at 9794480;
# heldout_round5 its fifth, once at 120ff3c; heldout_round6 its sixth, once at fecdeb6;
# heldout_round7 its seventh, once at e37fa54; heldout_round8 its eighth, once at 0d97d0d;
# heldout_round9 its ninth, once at 8e3a9b9; heldout_round10 its tenth, once at beba6f5;
# heldout_round11 its eleventh, once at cfb84f3; heldout_round12 its twelfth, once at 3a7c812;
# heldout_round13 its thirteenth, once at 4af551a; heldout_round14 its fourteenth, once at 12985ca;
# heldout_round15 its fifteenth, once at 748e094; heldout_round16 its sixteenth, once at 84926a2;
# heldout_round17 and heldout_round18 its seventeenth round's two, once each at cb76970;
# heldout_round19 its eighteenth round's, once at b73ab21; heldout_round20 its nineteenth's, once at 5d4919f;
# heldout_round21 its round 19b's, once at 33a93da; heldout_round22 its twentieth's, once at 96f7e45;
# heldout_round23 its round 20b's, once at 860bf75; heldout_round24 its round 21's, once each at eb5c327
# and 1e97ee1; heldout_round25 its round 22's, once each at 6cd0e11, d15aa5a and 13cdc67;
# heldout_round26 its round 23's, once each at d15aa5a, 13cdc67 and ecf5871).
# heldout_round27.yaml and heldout_round28.yaml (round 24's, each scored before round 24 and, not blind, by
# it) are not tuned files yet: in the memory, set 27's "i need help who do i call" made "who do i call to
# fix my sink" answer with the hotline passage (tests/conversations/round9_wording.yaml); the memory's vote
# needs a guard for a question's own unknown words first. They are the safety classifier's negatives
# already.
TUNED_FILES = [
    EVAL_DIR / n
    for n in (
        "questions.yaml", "heldout.yaml", "heldout2.yaml", "tuning.yaml",
        "heldout_round1.yaml", "heldout_round2.yaml", "heldout_round3.yaml", "heldout_round4.yaml",
        "heldout_round5.yaml", "heldout_round6.yaml", "heldout_round7.yaml",
        "heldout_round8.yaml", "heldout_round9.yaml", "heldout_round10.yaml", "heldout_round11.yaml",
        "heldout_round12.yaml", "heldout_round13.yaml", "heldout_round14.yaml",
        "heldout_round15.yaml", "heldout_round16.yaml", "heldout_round17.yaml", "heldout_round18.yaml",
        "heldout_round19.yaml", "heldout_round20.yaml", "heldout_round21.yaml", "heldout_round22.yaml",
        "heldout_round23.yaml", "heldout_round24.yaml", "heldout_round25.yaml", "heldout_round26.yaml",
    )
]
# Written blind, by someone who never saw knowledge/; scored once per frozen method, never tuned on.
BLIND_FILE = EVAL_DIR / "heldout_blind30.yaml"
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})

# A system's decision: the texts it answers with (passages, or a header answer); empty for "not covered".
Decide = Callable[[str], Sequence[str]]


@dataclass(frozen=True)
class Item:
    """A question the articles answer, with what a right answer contains (`any2` for the second part)."""

    q: str
    any: tuple[str, ...]
    any2: tuple[str, ...] = ()

    @property
    def two(self) -> bool:
        return bool(self.any2)

    def answered_by(self, texts: Sequence[str]) -> bool:
        """Whether the answer's texts hold one of `any` and, for a two-part question, one of `any2`."""
        return any(is_right(t, self.any) for t in texts) and (
            not self.any2 or any(is_right(t, self.any2) for t in texts)
        )


@dataclass
class EvalSet:
    """One set: answerable questions, off-topic ones, and hard ones."""

    name: str
    answer: list[Item]
    no_match: list[str]
    hard: list[str] = field(default_factory=list)

    @property
    def questions(self) -> list[str]:
        return [i.q for i in self.answer] + self.no_match + self.hard


@dataclass
class SetScore:
    """One system's figures on one set, and its misses (question, what went wrong)."""

    right: int = 0
    wrong: int = 0
    declined_wrongly: int = 0
    two_right: int = 0
    two_total: int = 0
    off_total: int = 0
    off_declined: int = 0
    hard_total: int = 0
    hard_declined: int = 0
    misses: list[tuple[str, str]] = field(default_factory=list)

    def judge_answer(self, item: Item, texts: Sequence[str]) -> None:
        """Count one answerable question: right (decision and passages), a wrong passage, or declined."""
        self.two_total += item.two
        if item.answered_by(texts):
            self.right += 1
            self.two_right += item.two
        elif texts:
            self.wrong += 1
            self.misses.append((item.q, "wrong passage: " + " | ".join(_start(t) for t in texts)))
        else:
            self.declined_wrongly += 1
            self.misses.append((item.q, "declined"))

    def judge_unanswerable(self, q: str, texts: Sequence[str], hard: bool) -> None:
        """Count one off-topic (or, with `hard`, one hard) question: declined is right."""
        if hard:
            self.hard_total += 1
            self.hard_declined += not texts
        else:
            self.off_total += 1
            self.off_declined += not texts
        if texts:
            self.misses.append((q, ("hard" if hard else "off-topic") + " answered: " + _start(texts[0])))

    def cells(self) -> list[str]:
        """Right, wrong passage, declined (of the answerable), two-part, off-topic and hard declined."""
        n = self.right + self.wrong + self.declined_wrongly or 1
        return [f"{self.right / n:.1%}", f"{self.wrong / n:.1%}", f"{self.declined_wrongly / n:.1%}",
                f"{self.two_right}/{self.two_total}" if self.two_total else "-",
                f"{self.off_declined / self.off_total:.1%}" if self.off_total else "-",
                f"{self.hard_declined / self.hard_total:.1%}" if self.hard_total else "-"]


def load_eval(path: Path) -> EvalSet:
    """An evaluation set from its YAML file."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    items = [
        Item(a["q"], _strings(a["any"]), _strings(a.get("any2")) if a.get("two") or a.get("any2") else ())
        for a in data.get("answer") or ()
    ]
    return EvalSet(path.name, items, _questions(data.get("no_match")), _questions(data.get("hard")))


def _strings(value: object) -> tuple[str, ...]:
    """Accepted strings, written as a list or as one string."""
    if value is None:
        return ()
    return (value,) if isinstance(value, str) else tuple(str(v) for v in value)


def _questions(entries: object) -> list[str]:
    """A list of questions, written either as plain strings or as {q: ...}."""
    return [e["q"] if isinstance(e, dict) else str(e) for e in entries or ()]


def is_right(text: str, accepted: Sequence[str]) -> bool:
    """Whether a text contains one of the accepted strings (case, typographic quotes and full stops aside:
    "Oct. 15, 2018" holds "oct 15, 2018")."""
    plain = _plain(text)
    return any(_plain(a) in plain for a in accepted)


def _plain(text: str) -> str:
    return text.translate(_QUOTES).replace(".", "").lower()


def score_set(decide: Decide, ev: EvalSet) -> SetScore:
    """Run `decide` once over every question of `ev` and count."""
    score = SetScore()
    for item in ev.answer:
        score.judge_answer(item, decide(item.q))
    for q in ev.no_match:
        score.judge_unanswerable(q, decide(q), hard=False)
    for q in ev.hard:
        score.judge_unanswerable(q, decide(q), hard=True)
    return score


def _start(text: str, width: int = 70) -> str:
    return text if len(text) <= width else text[: width - 1] + "\u2026"


def main(argv: Sequence[str] | None = None) -> None:
    """Print each tuned set's size, without its questions (the blind set is left alone)."""
    del argv
    for path in TUNED_FILES:
        if path.exists():
            ev = load_eval(path)
            two = sum(i.two for i in ev.answer)
            print(f"{ev.name}: answer {len(ev.answer)} (two-part {two}), no_match {len(ev.no_match)}, "
                  f"hard {len(ev.hard)}")


if __name__ == "__main__":
    main(sys.argv[1:])
