"""STATE_URL and STATE_SECRET: which store the settings give, and one-line errors that never echo them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bot.responder import Responder
from bot.settings import Settings, SettingsError, load_settings
from bot.store import MemoryStore, open_store
from bot.store.fallback import FallbackStore
from bot.telegram.app import build_application
from bot.telegram.state import state_of

GOOD_SECRET = "0123456789abcdef" * 4
REPO = Path(__file__).resolve().parents[2]


def _load(monkeypatch: pytest.MonkeyPatch, **env: str) -> Settings:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return load_settings(env_file=None)


def test_without_a_state_url_the_store_is_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    assert isinstance(open_store(_load(monkeypatch)), MemoryStore)


def test_a_blank_state_url_means_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    assert isinstance(open_store(_load(monkeypatch, STATE_URL="", STATE_SECRET="")), MemoryStore)


async def test_a_state_url_gives_redis_with_a_memory_fallback(monkeypatch: pytest.MonkeyPatch) -> None:
    store = open_store(_load(monkeypatch, STATE_URL="redis://127.0.0.1:1/0", STATE_SECRET=GOOD_SECRET))
    assert isinstance(store, FallbackStore)
    await store.aclose()


def test_a_state_url_needs_a_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(SettingsError, match=r"^STATE_SECRET is required when STATE_URL is set: .*token_hex"):
        _load(monkeypatch, STATE_URL="redis://127.0.0.1:6379/0")


def test_a_short_secret_is_refused_without_repeating_it(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(SettingsError, match=r"^STATE_SECRET is shorter than 32 bytes") as error:
        _load(monkeypatch, STATE_URL="redis://127.0.0.1:6379/0", STATE_SECRET="tooshort-secret-1234")
    assert "tooshort" not in str(error.value)


def test_a_url_that_is_not_redis_is_refused_without_repeating_it(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(SettingsError, match=r"^STATE_URL is not a redis:// URL: use redis://") as error:
        _load(monkeypatch, STATE_URL="http://user:hunter2@cache:6379", STATE_SECRET=GOOD_SECRET)
    assert "hunter2" not in str(error.value)


def test_url_and_secret_never_show_in_the_settings_repr(monkeypatch: pytest.MonkeyPatch) -> None:
    settings = _load(monkeypatch, STATE_URL="redis://:hunter2@cache:6379/0", STATE_SECRET=GOOD_SECRET)
    assert "hunter2" not in repr(settings) and GOOD_SECRET not in repr(settings)


def test_run_stops_with_one_line_and_exit_2_when_the_secret_is_missing(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "bot", "run"],
        cwd=tmp_path,  # no .env there
        env={"PATH": "/usr/bin:/bin", "STATE_URL": "redis://127.0.0.1:6379/0", "PYTHONPATH": str(REPO)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "STATE_SECRET" in lines[0]


async def test_the_application_keeps_ids_limits_and_answered_updates_in_the_one_store(
    monkeypatch: pytest.MonkeyPatch, redis_url: str, responder: Responder
) -> None:
    from redis.asyncio import Redis

    from bot.telegram.offline import OfflineRequest

    settings = _load(monkeypatch, STATE_URL=redis_url, STATE_SECRET=GOOD_SECRET, USER_RATE_LIMIT="5")
    app = build_application(settings, responder, request=OfflineRequest(), flood_control=False)
    state = state_of(app)
    assert isinstance(state.messages, FallbackStore) and state.limiter.store is state.messages
    client = Redis.from_url(redis_url)
    await client.flushdb()
    await state.messages.add(7, 1, from_bot=False)
    await state.limiter.check(7)
    await state.answered.add(11)
    kinds = {key.split(b":")[1] async for key in client.scan_iter()}
    assert kinds == {b"q", b"r", b"a"}  # all three went to Redis, none stayed in this process only
    await client.aclose()
    await state.messages.aclose()
