"""Fixtures for the Telegram adapter: an offline Telegram around the real Application."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable

import pytest

from bot.responder import Responder
from bot.settings import Settings
from bot.telegram import delivery
from bot.telegram.offline import OfflineTelegram


@pytest.fixture
def fake_token() -> str:
    """Token-shaped but obviously fake; assembled at run time so no token-like literal is committed."""
    return "1" * 9 + ":" + "fake" * 9


@pytest.fixture
def make_settings() -> Callable[..., Settings]:
    """Settings from keyword values only: a developer's .env never leaks in."""

    def make(**values: object) -> Settings:
        return Settings(_env_file=None, **values)  # type: ignore[call-arg]

    return make


@pytest.fixture
async def tg(responder: Responder, make_settings: Callable[..., Settings]) -> AsyncIterator[OfflineTelegram]:
    """The real Application with default settings, offline, answering as user USER_ID."""
    async with OfflineTelegram(responder, make_settings()) as telegram:
        yield telegram


@pytest.fixture(autouse=True)
def _no_retry_waits(monkeypatch: pytest.MonkeyPatch) -> None:
    """Retries keep their count but not their back-off, so fault tests stay fast."""
    monkeypatch.setattr("bot.telegram.delivery.RETRY_DELAYS", (0.0,) * len(delivery.RETRY_DELAYS))
