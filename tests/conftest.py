"""Fixtures shared by every test module: one knowledge base, one responder, a clean environment."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from fake_clock import FakeClock

from bot.responder import Responder
from knowledge import DEFAULT_SEEDS_DIR, KnowledgeBase, load_knowledge

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


@pytest.fixture
def clock() -> FakeClock:
    """A clock at a fixed epoch second that moves only when the test advances it."""
    return FakeClock()


@pytest.fixture(scope="session")
def knowledge_base() -> KnowledgeBase:
    return load_knowledge(DEFAULT_SEEDS_DIR)


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
