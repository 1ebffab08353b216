"""How a message's row scores (the whole message, then each sentence) become one score per concern
(issue 8, round 20).

Since round 4 a message's score per concern was the highest of its rows, so one sentence of a plan inside a
chatty message counts as if it stood alone. But the classifier is trained on whole messages only, and a
sentence of small talk inside a long ordinary message ("sorry if that's personal", "later tonight I'm hosting
book club") is scored as something it was never taught: issue 11's set 20 (long chatty questions) had 38 of
238 read as a concern, and set 20's long ordinary stories 14 of 71. Now a sentence counts as it is only when
it holds a crisis word of its own (`_CUE`: harm, a means, death, fear, a plea, a threat, hopelessness);
a sentence without one counts `UNCUED_SHIFT` lower, and no sentence raises the whole message's score by more
than `RAISE_CAP`. The whole message always counts as it is. The trainer pools its out-of-fold scores the same
way (`pool`), so the thresholds are chosen for this reading. Variants measured out of fold and leaving one
round out: benchmarks/safety_pooling.py (README, "Round 20 of training").
"""

from __future__ import annotations

import re

import numpy as np

from bot.safety_model.embedder import sentences

__all__ = ["RAISE_CAP", "UNCUED_SHIFT", "has_cue", "pool", "row_shifts"]

# How much lower a sentence without a crisis word of its own counts, in logits.
UNCUED_SHIFT = 2.0
# How far any sentence may raise the whole message's score, in logits. Chosen with the shift out of fold and
# leaving one round out among shifts 1, 2, 3 and caps 2, 3, none (benchmarks/safety_pooling.py).
RAISE_CAP = 3.0
# A narrow crisis vocabulary, on lowercase words without apostrophes: cues.py's broad lexicon holds "sorry",
# "tonight" and "hard", the small talk this is meant to set apart.
_CUE = re.compile(
    r"\b(?:hurt\w*|harm\w*|cut|cuts|cutting|bleed\w*|blood\w*|razors?|blades?|knife|knives|guns?|weapons?|"
    r"kill\w*|die|dying|dead|death|suicid\w*|overdos\w*|pills?|rope|noose|hang\w*|jump\w*|bridge|ledge|"
    r"note|goodbye|end it|end my|exist\w*|wake up|alive|rap(?:e|ed|ist)|assault\w*|touch\w*|forced|"
    r"abus\w*|hit|hits|beat\w*|chok\w*|strangl\w*|threat\w*|scared|afraid|terrified|unsafe|safe|help|"
    r"outside|door|following|followed|hiding|locked|police|911|988|hopeless|worthless|burden|"
    r"better off|no point|give up|cant go on|can not go on|done with)\b"
)
_APOSTROPHES = re.compile(r"['’‘`ʼ]")
_NOT_WORD = re.compile(r"[^a-z0-9]+")


def has_cue(sentence: str) -> bool:
    """Whether a sentence holds a crisis word of its own."""
    words = _NOT_WORD.sub(" ", _APOSTROPHES.sub("", sentence.casefold()))
    return _CUE.search(f" {words} ") is not None


def row_shifts(text: str) -> np.ndarray:
    """Per row of `Embedder.embed_parts(text)` (the whole message, then each sentence), how much lower it
    counts: 0 for the whole message and a sentence with a cue, `UNCUED_SHIFT` for one without."""
    return np.asarray([0.0, *(0.0 if has_cue(s) else UNCUED_SHIFT for s in sentences(text))],
                      dtype=np.float32)


def pool(logits: np.ndarray, shifts: np.ndarray) -> np.ndarray:
    """One score per concern from the rows' logits (one row each, the whole message first)."""
    logits = np.atleast_2d(logits)
    best = (logits - shifts[:, None]).max(axis=0)
    return np.minimum(best, logits[0] + RAISE_CAP)
