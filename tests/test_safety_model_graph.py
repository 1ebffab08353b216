"""The in-memory model rewrite that keeps the word-embedding table int8: same numbers, less memory."""

from __future__ import annotations

import numpy as np
import onnxruntime as ort
from tokenizers import Tokenizer

from bot.safety_model import embedder
from bot.safety_model.graph import gather_before_dequantise


def _session(model: bytes) -> ort.InferenceSession:
    options = ort.SessionOptions()
    options.intra_op_num_threads = 1
    options.log_severity_level = 3
    return ort.InferenceSession(model, options, providers=["CPUExecutionProvider"])


def _hidden(session: ort.InferenceSession, text: str) -> np.ndarray:
    tokenizer = Tokenizer.from_file(str(embedder.TOKENIZER_PATH))
    tokenizer.no_padding()
    encoding = tokenizer.encode(text)
    ids = np.asarray([encoding.ids], dtype=np.int64)
    feed = {"input_ids": ids, "attention_mask": np.ones_like(ids), "token_type_ids": np.zeros_like(ids)}
    names = {i.name for i in session.get_inputs()}
    return session.run(None, {k: v for k, v in feed.items() if k in names})[0]


def test_the_rewritten_model_gives_exactly_the_same_numbers() -> None:
    model = embedder.model_file().read_bytes()
    rewritten = gather_before_dequantise(model)
    assert rewritten != model
    original, lean = _session(model), _session(rewritten)
    for text in ("he is following me home", "who founded the metoo movement", "i want to die"):
        assert np.array_equal(_hidden(original, text), _hidden(lean, text)), text


def test_the_table_is_looked_up_before_it_is_made_float() -> None:
    rewritten = gather_before_dequantise(embedder.model_file().read_bytes())
    assert b"int8_rows/gather_q" in rewritten
    assert b"word_embeddings.weight_cast" not in rewritten


def test_bytes_of_another_shape_are_left_alone() -> None:
    assert gather_before_dequantise(b"") == b""
    other = bytes([0x3A, 0x05, 0x0A, 0x03, 0x1A, 0x01, 0x78])  # a graph with one node named "x"
    assert gather_before_dequantise(other) == other
