"""Fixtures shared by every test module: one knowledge base, one responder, a clean environment."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pytest
from fake_clock import FakeClock

from bot.responder import Responder
from knowledge import DEFAULT_SEEDS_DIR, KnowledgeBase, load_knowledge
from knowledge.memory import Memory

if TYPE_CHECKING:
    from redis_server import RedisServer

# Settings the bot reads from the environment; a developer's shell or .env must never leak into a test.
_BOT_ENV = (
    "TELEGRAM_BOT_TOKEN",
    "TELEGRAM_BASE_URL",
    "BOT_MODE",
    "WEBHOOK_URL",
    "WEBHOOK_SECRET_TOKEN",
    "WEBHOOK_LISTEN",
    "WEBHOOK_PORT",
    "WEBHOOK_PATH",
    "KNOWLEDGE_DIR",
    "RESOURCES_FILE",
    "LOG_LEVEL",
    "USER_RATE_LIMIT",
    "PROTECT_CONTENT",
    "AUTO_DELETE_HOURS",
    "STATE_URL",
    "STATE_SECRET",
)


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in _BOT_ENV:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="session", autouse=True)
def _embeddings_computed_once() -> Iterator[None]:
    """Each distinct text is embedded once per test run, not once per test that reads it.

    The safety benchmark test, the evaluation-set test and the per-file question tests read the same ~25,000
    texts; the sentence model dominated the run (CI has a 10-minute budget). Only the embedding is kept
    (weights swapped in by a test still score it afresh), only in this test process, only for texts from the
    project's own files and the tests; the bot itself keeps nothing (bot/safety.py).
    Texts read many at a time (`embed_parts_many`: the safety benchmark embeds every file's texts ahead, in
    batches) share the same memo, so each text is embedded once whichever test reads it first.
    """
    from bot.safety_model.embedder import Embedder

    original, original_many = Embedder.embed_parts, Embedder.embed_parts_many
    memo: dict[str, np.ndarray] = {}

    def keep(text: str, vectors: np.ndarray) -> np.ndarray:
        vectors.setflags(write=False)
        memo[text] = vectors
        return vectors

    def embed_parts(self: Embedder, text: str) -> np.ndarray:
        vectors = memo.get(text)
        return vectors if vectors is not None else keep(text, original(self, text))

    def embed_parts_many(self: Embedder, texts: list[str]) -> list[np.ndarray]:
        missing = list(dict.fromkeys(text for text in texts if text not in memo))
        for text, vectors in zip(missing, original_many(self, missing), strict=True):
            keep(text, vectors)
        return [memo[text] for text in texts]

    Embedder.embed_parts = embed_parts  # type: ignore[method-assign]
    Embedder.embed_parts_many = embed_parts_many  # type: ignore[method-assign]
    try:
        yield
    finally:
        Embedder.embed_parts = original  # type: ignore[method-assign]
        Embedder.embed_parts_many = original_many  # type: ignore[method-assign]


@pytest.fixture
def clock() -> FakeClock:
    """A clock at a fixed epoch second that moves only when the test advances it."""
    return FakeClock()


@pytest.fixture(scope="session")
def knowledge_base() -> KnowledgeBase:
    return load_knowledge(DEFAULT_SEEDS_DIR)


@pytest.fixture(scope="session")
def rules_only(knowledge_base: KnowledgeBase) -> KnowledgeBase:
    """The knowledge base without the memory of written questions (round 17): the hand rules alone."""
    return KnowledgeBase(knowledge_base.documents, knowledge_base.passages, memory=Memory(()))


@pytest.fixture(scope="session")
def responder(knowledge_base: KnowledgeBase) -> Responder:
    return Responder(knowledge_base)


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real Redis for the whole run: CI's (METOO_TEST_REDIS_URL), else one started here."""
    from redis_server import RedisServer, url_from_environment

    url = url_from_environment()
    if url:
        yield url
        return
    server = RedisServer(tmp_path_factory.mktemp("redis")).start()
    try:
        yield server.url
    finally:
        server.stop()


@pytest.fixture
def own_redis(tmp_path: Path) -> Iterator[RedisServer]:
    """A redis-server this test may stop and start (not started yet); always stopped afterwards."""
    from redis_server import RedisServer

    server = RedisServer(tmp_path / "redis")
    try:
        yield server
    finally:
        server.stop()
