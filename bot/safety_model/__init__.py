"""The learned safety layer: a sentence embedding on this machine, then one logistic score per concern.

`load_model()` loads it once per process (the model file and tokenizer are checked by sha256, the weights
must have been trained on that same model) and raises `ModelError` with one line when it cannot; start-up
(bot/startup.py) turns that into exit 2, because a bot with a silently weaker safety layer must not run.
`bot.safety.assess` combines it with the patterns. Training: `python -m bot.safety_model.train`.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path

from bot.safety_model.classifier import WEIGHTS_PATH, Classifier, Margins
from bot.safety_model.embedder import MODEL_SHA256, TOKENIZER_SHA256, Embedder, ModelError
from bot.safety_model.pooling import row_shifts

__all__ = ["Margins", "ModelError", "SafetyModel", "load_model"]


class SafetyModel:
    """Embedder and classifier together: text in, margins per concern out."""

    def __init__(self, embedder: Embedder, classifier: Classifier) -> None:
        self._embedder = embedder
        self._classifier = classifier

    def margins(self, text: str) -> Margins:
        """How far each concern's score is above its thresholds, for a message read whole and by sentence."""
        return self._classifier.margins(self._embedder.embed_parts(text), row_shifts(text))

    def margins_many(self, texts: list[str]) -> list[Margins]:
        """`margins` of each text, in the order given, the texts embedded in batches (`embed_parts_many`):
        the same numbers, for the benchmarks and the tests that read thousands of messages."""
        parts = self._embedder.embed_parts_many(texts)
        pairs = zip(parts, texts, strict=True)
        return [self._classifier.margins(rows, row_shifts(text)) for rows, text in pairs]


_LOCK = threading.Lock()
_LOADED: SafetyModel | None = None


def load_model(weights_path: Path = WEIGHTS_PATH) -> SafetyModel:
    """The process's one model, loaded on the first call; `ModelError` (one line) when it cannot be."""
    global _LOADED
    with _LOCK:
        if _LOADED is None:
            _LOADED = _load(weights_path)
        return _LOADED


def _load(weights_path: Path) -> SafetyModel:
    try:
        meta = json.loads(weights_path.read_text(encoding="utf-8"))
        classifier = Classifier(meta)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ModelError(
            f"the safety weights {weights_path.name} cannot be read ({type(exc).__name__}): "
            "restore the file or retrain with python -m bot.safety_model.train"
        ) from None
    if meta.get("model_sha256") != MODEL_SHA256 or meta.get("tokenizer_sha256") != TOKENIZER_SHA256:
        raise ModelError(
            f"the safety weights {weights_path.name} were trained on another model: "
            "retrain with python -m bot.safety_model.train"
        )
    return SafetyModel(Embedder(), classifier)
