"""Wording benchmark: do right answers stay right when a person types the same question less tidily?

Each question of the first five tuned sets that this project answers right is asked again with one change,
seeded: a keyboard typo in one content word (a letter dropped, two swapped, a neighbouring key, a letter
doubled; never the first letter), one content word typed without its vowels ("twts") or spelled by ear
("foto", "burk", "speach": a sound kept, its letters changed), or the question
wrapped in a chatty opening or closing. The wrappers come in two lists: A was written beside round 5's rules
for chat ("thank you so much in advance"), B apart from them and not looked at while tuning, so B is the
fairer estimate. Off-topic and hard questions the project declines are wrapped, and typed without vowels,
too, and spelled by ear: they should stay declined.

Run from the repository root:  python benchmarks/wording.py [--seeds 5 6 7]
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from evalsets import TUNED_FILES, Decide, Item, load_eval  # noqa: E402
from retrieval import project_decide  # noqa: E402

from knowledge import DEFAULT_SEEDS_DIR, load_knowledge  # noqa: E402
from knowledge.text import STOPWORDS  # noqa: E402

_SETS = 5
_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_OPENINGS_A = (
    "hi, quick question for a class project,", "hey so i was reading about this and", "ok random one but",
    "sorry if this is dumb,", "good evening! i'm writing a paper and need to know",
    "hello there, i hope you can help me:", "i'm a journalism student,", "yo bot",
    "thanks for the earlier answer. next question:", "i saw a documentary and now i'm curious,",
)
_CLOSINGS_A = (
    "thanks!", "thx", "i'm so confused lol", "asking for a school thing", "thank you so much in advance",
)
_OPENINGS_B = (
    "hey hey, me again.", "my grandma asked me something i couldnt answer:",
    "for a podcast episode im researching,", "ugh ok so", "hi! doing some reading tonight and",
    "question from my book club:", "real quick:",
    "apologies in advance if this was covered,", "we were debating this at dinner,",
)
_CLOSINGS_B = ("cheers mate", "much appreciated!!", "if you know", "no rush", "haha", "just curious")


def _neighbours() -> dict[str, str]:
    near: dict[str, str] = {}
    for r, row in enumerate(_ROWS):
        for c, key in enumerate(row):
            near[key] = "".join(o[i] for o in _ROWS[max(r - 1, 0) : r + 2]
                                for i in range(max(c - 1, 0), min(len(o), c + 2)) if o[i] != key)
    return near


_NEAR = _neighbours()


def typo(word: str, rng: random.Random) -> str:
    """`word` with one keyboard slip after its first letter."""
    i = rng.randrange(1, len(word))
    kind = rng.choice("drnx")
    if kind == "d":
        return word[:i] + word[i + 1 :]
    if kind == "r" and i < len(word) - 1:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if kind == "n" and word[i] in _NEAR:
        return word[:i] + rng.choice(_NEAR[word[i]]) + word[i + 1 :]
    return word[:i] + word[i] + word[i:]


def with_typo(question: str, rng: random.Random) -> str | None:
    """The question with a typo in one content word of four letters or more, or None if it has none."""
    words = question.split()
    spots = [i for i, w in enumerate(words) if w.isalpha() and len(w) >= 4 and w.lower() not in STOPWORDS]
    if not spots:
        return None
    i = rng.choice(spots)
    return " ".join([*words[:i], typo(words[i], rng), *words[i + 1 :]])


def without_vowels(question: str, rng: random.Random) -> str | None:
    """The question with one content word typed without its vowels after the first letter ("mvmnt")."""
    words = question.split()
    spots = [
        i for i, w in enumerate(words)
        if w.isalpha() and len(w) >= 4 and w.lower() not in STOPWORDS and set(w[1:].lower()) & set("aeiou")
    ]
    if not spots:
        return None
    i = rng.choice(spots)
    bare = words[i][0] + "".join(c for c in words[i][1:] if c.lower() not in "aeiou")
    return " ".join([*words[:i], bare, *words[i + 1 :]])


# Spellings by ear, as someone dictating or writing English as a second language makes them: each pair is
# a written form and a form that sounds the same (or nearly), tried in this order on a word.
_BY_EAR = (
    ("ph", "f"), ("ck", "k"), ("tion", "shun"), ("ee", "ea"), ("ea", "ee"), ("ou", "u"), ("y", "i"),
    ("ss", "s"), ("ll", "l"), ("tt", "t"), ("rr", "r"), ("nn", "n"), ("mm", "m"), ("ca", "ka"), ("co", "ko"),
    ("i", "e"), ("e", "i"), ("a", "e"), ("o", "u"),
)


def by_ear(word: str, rng: random.Random) -> str | None:
    """`word` spelled as it sounds, one change after its first letter ("photo" -> "foto"), or None."""
    low = word.lower()
    options = [(i, a, b) for a, b in _BY_EAR for i in range(1, len(low)) if low.startswith(a, i)]
    if low.startswith("ph"):
        options.append((0, "ph", "f"))
    if low.endswith("e") and len(low) >= 5:
        options.append((len(low) - 1, "e", ""))  # a silent last e: "burke" -> "burk"
    if not options:
        return None
    i, a, b = rng.choice(options)
    return low[:i] + b + low[i + len(a) :]


def spelled_by_ear(question: str, rng: random.Random) -> str | None:
    """The question with one content word of four letters or more spelled by ear, or None if it has none."""
    words = question.split()
    spots = [i for i, w in enumerate(words) if w.isalpha() and len(w) >= 4 and w.lower() not in STOPWORDS]
    rng.shuffle(spots)
    for i in spots:
        if (heard := by_ear(words[i], rng)) is not None:
            return " ".join([*words[:i], heard, *words[i + 1 :]])
    return None


def wrapped(question: str, rng: random.Random, openings: Sequence[str], closings: Sequence[str]) -> str:
    """The question after a chatty opening (seven times in ten) or before a closing."""
    if rng.random() < 0.7:
        return f"{rng.choice(openings)} {question}"
    return f"{question} {rng.choice(closings)}"


def run(decide: Decide, seed: int) -> dict[str, Counter[str]]:
    """Per change, how many right answers stayed right, and how many declines stayed declined."""
    rng = random.Random(seed)
    # Its own draws, so the other changes ask what they asked before this one was added.
    vowel_rng = random.Random(f"vowels {seed}")
    ear_rng = random.Random(f"by ear {seed}")
    changes = ("typo", "vowels", "by ear", "chat A", "chat B")
    out: dict[str, Counter[str]] = {name: Counter() for name in changes}
    for path in TUNED_FILES[:_SETS]:
        ev = load_eval(path)
        for item in ev.answer:
            if item.answered_by(decide(item.q)):
                _ask(decide, item, with_typo(item.q, rng), out["typo"])
                _ask(decide, item, wrapped(item.q, rng, _OPENINGS_A, _CLOSINGS_A), out["chat A"])
                _ask(decide, item, wrapped(item.q, rng, _OPENINGS_B, _CLOSINGS_B), out["chat B"])
                _ask(decide, item, without_vowels(item.q, vowel_rng), out["vowels"])
                _ask(decide, item, spelled_by_ear(item.q, ear_rng), out["by ear"])
        for q in ev.no_match + ev.hard:
            if not decide(q):
                if (bare := without_vowels(q, vowel_rng)) is not None:
                    declined = not decide(bare)
                    out["vowels"]["declined still" if declined else "declined, now answered"] += 1
                if (heard := spelled_by_ear(q, ear_rng)) is not None:
                    declined = not decide(heard)
                    out["by ear"]["declined still" if declined else "declined, now answered"] += 1
                for name, openings in (("chat A", _OPENINGS_A), ("chat B", _OPENINGS_B)):
                    declined = not decide(f"{rng.choice(openings)} {q}")
                    out[name]["declined still" if declined else "declined, now answered"] += 1
    return out


def _ask(decide: Decide, item: Item, question: str | None, tally: Counter[str]) -> None:
    if question is None:
        return
    texts = decide(question)
    tally["right" if item.answered_by(texts) else "wrong passage" if texts else "declined"] += 1


def main(argv: Sequence[str] | None = None) -> None:
    """Print, per seed and change, the share of right answers that stayed right."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, nargs="*", default=[5, 6, 7])
    args = parser.parse_args(argv)
    decide = project_decide(load_knowledge(DEFAULT_SEEDS_DIR))
    print(f"{'seed':<5} {'change':<7} {'stayed right':>13} {'wrong passage':>14} {'declined':>9} "
          f"{'off-topic/hard still declined':>30}")
    for seed in args.seeds:
        for name, tally in run(decide, seed).items():
            asked = tally["right"] + tally["wrong passage"] + tally["declined"]
            still = tally["declined still"] + tally["declined, now answered"]
            kept = f"{tally['declined still'] / still:.1%}" if still else "-"
            shares = [tally[k] / asked for k in ("right", "wrong passage", "declined")]
            print(f"{seed:<5} {name:<7} {shares[0]:>13.1%} {shares[1]:>14.1%} {shares[2]:>9.1%} {kept:>30}")


if __name__ == "__main__":
    main()
