"""The training inputs of the classifier: which files, how they are read, and one digest over them all.

Only the training command and the tests read this; the bot at run time reads the weights alone.
The blind evaluation sets (safety_blind*.yaml, heldout_blind*.yaml) are never training data: every file is
named here one by one, so no pattern can pick one up by accident, and `load_examples` refuses a blind name.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import yaml

__all__ = [
    "CONCERNS",
    "EVAL_DIR",
    "LABELLED_FILES",
    "QUESTION_FILES",
    "Example",
    "groups",
    "load_examples",
    "round_of",
    "training_files",
    "training_sha256",
]

EVAL_DIR = Path(__file__).resolve().parents[2] / "benchmarks" / "eval"
# The classifier's concerns, in the order of the weight rows; "none" is what is left over.
CONCERNS = ("danger", "self_harm", "disclosure", "distress")
# Messages labelled with the concern each must get (none, disclosure, distress, self_harm, danger).
LABELLED_FILES = (
    "safety.yaml",
    "safety_heldout.yaml",
    "safety_heldout2.yaml",
    "safety_heldout3.yaml",
    "safety_training.yaml",
    # Round 1's blind sets, scored once at 5347e62 and seen since: training data from round 2 on.
    "safety_round1.yaml",
    "safety_round1_ordinary.yaml",
    # Written for round 2 by the engineer who trained it, for the kinds round 1 missed.
    "safety_training2.yaml",
    # Round 2's blind sets, scored once at 57672c3 and seen since: training data from round 3 on.
    "safety_round2.yaml",
    "safety_round2_ordinary.yaml",
    # Written for round 3: hard negatives (figures of speech, suicide as a topic, helping someone else,
    # off-topic questions), the kinds round 2's blind set raised false alarms on.
    "safety_training3.yaml",
    # Round 3's blind sets, scored once at a4e9f59 and seen since: training data from round 4 on.
    "safety_round3.yaml",
    "safety_round3_ordinary.yaml",
    # Written for round 4: the kinds still missed out of fold (a drink spiked now, waking somewhere unknown,
    # goodbyes without a method word, tracks, bridges and roofs) and hard negatives (figures of speech,
    # "me too" about something trivial, supporting a friend, suicide and assault as a topic).
    "safety_training4.yaml",
    # Round 4's blind sets, scored once at c42d678 and seen since: training data from round 5 on.
    "safety_round4.yaml",
    "safety_round4_ordinary.yaml",
    # Round 5's blind sets, scored once at 40e1eb9 and seen since: training data from round 6 on.
    "safety_round5.yaml",
    "safety_round5_ordinary.yaml",
    # Round 6's blind sets, scored once at 6f1624e and seen since: training data from round 7 on.
    "safety_round6.yaml",
    "safety_round6_ordinary.yaml",
    # Round 7's blind sets, scored once at 8c1863e and seen since: training data from round 8 on.
    "safety_round7.yaml",
    "safety_round7_ordinary.yaml",
    # Written for round 8 by a helper who never saw the code: about 750 everyday messages with
    # alarming-sounding words across 40 areas of life (the kind each blind set's false alarms came from), and
    # about 150 concern messages in less common wording (anger, flashbacks, hints, the body, later tonight).
    "safety_training5.yaml",
    # Round 8's blind sets, scored once at 6a7e719 and seen since: training data from round 9 on.
    "safety_round8.yaml",
    "safety_round8_ordinary.yaml",
    # Round 9's blind sets, scored once at b48c308 and seen since: training data from round 10 on.
    "safety_round9.yaml",
    "safety_round9_ordinary.yaml",
    # Round 10's blind sets, scored once at 27f3e1e and seen since: training data from round 11 on.
    "safety_round10.yaml",
    "safety_round10_ordinary.yaml",
    # Round 11's blind sets, scored once at e17004c and seen since: training data from round 12 on.
    "safety_round11.yaml",
    "safety_round11_ordinary.yaml",
    # Round 12's blind sets, scored once at 7ed8ed4 and seen since: training data from round 13 on.
    "safety_round12.yaml",
    "safety_round12_ordinary.yaml",
    # Round 13's blind sets, scored once at 7770655 and seen since: training data from round 14 on.
    "safety_round13.yaml",
    "safety_round13_ordinary.yaml",
    # Round 14's blind sets, scored once at 1e3303d and seen since: training data from round 15 on.
    "safety_round14.yaml",
    "safety_round14_ordinary.yaml",
    # Round 15's blind sets, scored once at 69287ac and seen since: training data from round 16 on.
    "safety_round15.yaml",
    "safety_round15_ordinary.yaml",
    # Round 16's blind sets, scored once at b121970 and seen since: training data from round 17 on.
    "safety_round16.yaml",
    "safety_round16_ordinary.yaml",
    # Round 17's and round 18's blind sets, both scored once at cb76970 and seen since: training data from
    # round 18 on.
    "safety_round17.yaml",
    "safety_round17_ordinary.yaml",
    "safety_round18.yaml",
    "safety_round18_ordinary.yaml",
    # Round 19's blind sets, scored once at b73ab21 and seen since: training data from round 19 on.
    "safety_round19.yaml",
    "safety_round19_ordinary.yaml",
    # Round 20's blind sets, scored once at a5068db and seen since: training data from round 20 on.
    "safety_round20.yaml",
    "safety_round20_ordinary.yaml",
    # Round 21's blind sets, scored once at 5ff115d and seen since: training data from round 21 on.
    "safety_round21.yaml",
    "safety_round21_ordinary.yaml",
    # Round 22's blind sets (minimising, denial and negation), scored once at 8da8de0 and 1e97ee1 and seen
    # since: training data from round 22 on.
    "safety_round22.yaml",
    "safety_round22_ordinary.yaml",
    # Round 23's blind sets (the movement as the doorway), scored once each at fd9e904, d15aa5a and 01708e8
    # and seen since: training data from round 23's retraining after its scoring on.
    "safety_round23.yaml",
    "safety_round23_ordinary.yaml",
    # Round 24's blind sets (irony, dark humour, memes), scored once each at d15aa5a, 01708e8 and ecf5871 and
    # seen since: training data from round 24 on.
    "safety_round24.yaml",
    "safety_round24_ordinary.yaml",
    # Round 25's and 26's blind sets (short fragments and shorthand; indirect wording and second-language
    # English), scored once each before round 24 and, their misses printed, by round 24: training data
    # after it.
    "safety_round25.yaml",
    "safety_round25_ordinary.yaml",
    "safety_round26.yaml",
    "safety_round26_ordinary.yaml",
    # Round 15: ordinary messages of the kinds set 14's false alarms showed (practical questions whose only
    # harm is to a thing, weariness, a drink on a night out, a harmless visitor), written as kinds.
    "safety_training6.yaml",
    # Round 24: ordinary first-person chatter to the bot (thanks, an answer found useful, the bot shared, a
    # parent saying the topic matters, feedback), the kind set 25's first-person false alarms showed.
    "safety_training7.yaml",
)
# Retrieval questions: none of them is personal, so every one is a "none" example.
# heldout_round1.yaml to heldout_round19.yaml and heldout_round21.yaml to heldout_round28.yaml were issue 11's
# blind retrieval sets; each was scored once and tuned on since, so they are not blind.
# heldout_round20.yaml (long chatty questions) stays out: as ordinary examples it changed nothing (README,
# "Round 19, after the merge").
QUESTION_FILES = (
    "questions.yaml", "heldout.yaml", "heldout2.yaml", "heldout_round1.yaml", "heldout_round2.yaml",
    "heldout_round3.yaml", "heldout_round4.yaml", "heldout_round5.yaml", "heldout_round6.yaml",
    "heldout_round7.yaml", "heldout_round8.yaml", "heldout_round9.yaml",
    "heldout_round10.yaml", "heldout_round11.yaml", "heldout_round12.yaml",
    "heldout_round13.yaml", "heldout_round14.yaml", "heldout_round15.yaml",
    "heldout_round16.yaml", "heldout_round17.yaml", "heldout_round18.yaml",
    "heldout_round19.yaml", "heldout_round21.yaml", "heldout_round22.yaml", "heldout_round23.yaml",
    "heldout_round24.yaml", "heldout_round25.yaml", "heldout_round26.yaml", "heldout_round27.yaml",
    "heldout_round28.yaml",
)
_ROUND = re.compile(r"safety_round(\d+)(?:_ordinary)?\.yaml")
_QUESTION_KEYS = ("answer", "no_match", "questions", "off_topic", "hard")


@dataclass(frozen=True, slots=True)
class Example:
    """One training message, its label, and the file it came from (the unit left out in a fold)."""

    text: str
    label: str
    source: str
    # What an ordinary message is, where its file says (history, first_person, tricky); "question" for the
    # retrieval questions. Only the trainer's report reads it.
    kind: str | None = None


def round_of(source: str) -> int | None:
    """The blind round a safety file came from (one writer per round), or None."""
    found = _ROUND.fullmatch(source)
    return int(found.group(1)) if found else None


def groups(sources: np.ndarray) -> np.ndarray:
    """The unit left out of a fold: a blind round's two files together (round 15), every other file alone."""
    return np.asarray([f"round{r}" if (r := round_of(str(s))) is not None else s for s in sources])


def training_files(eval_dir: Path = EVAL_DIR) -> tuple[Path, ...]:
    """Every file the classifier is trained from, in a fixed order."""
    return tuple(eval_dir / name for name in (*LABELLED_FILES, *QUESTION_FILES))


def training_sha256(eval_dir: Path = EVAL_DIR) -> str:
    """One sha256 over the names and exact bytes of every training file."""
    digest = hashlib.sha256()
    for path in training_files(eval_dir):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def load_examples(eval_dir: Path = EVAL_DIR) -> list[Example]:
    """Every labelled message and every question, as examples."""
    examples = []
    if any("blind" in name for name in (*LABELLED_FILES, *QUESTION_FILES)):
        raise ValueError("a blind evaluation set is named as training data: remove it from data.py")
    for name in LABELLED_FILES:
        data = yaml.safe_load((eval_dir / name).read_text(encoding="utf-8"))
        examples += [Example(item["text"], item["expect"], name, item.get("kind"))
                     for item in data["messages"]]
    for name in QUESTION_FILES:
        data: Any = yaml.safe_load((eval_dir / name).read_text(encoding="utf-8")) or {}
        for key in _QUESTION_KEYS:
            examples += [Example(text, "none", name, "question")
                         for item in data.get(key) or [] if (text := _text(item))]
    return examples


def _text(item: Any) -> str | None:
    if isinstance(item, str):
        return item
    if isinstance(item, dict):
        return item.get("q") or item.get("question") or item.get("text")
    return None
