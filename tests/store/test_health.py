"""The store line of `metoo-bot check`: which store, whether Redis answers, never a password."""

from __future__ import annotations

import io
import re

import pytest
from redis_server import RedisServer

from bot.check import run_checks
from bot.settings import Settings, SettingsError
from bot.store.health import check_store, safe_location

SECRET = "h" * 32


def _settings(url: str | None) -> Settings:
    return Settings(_env_file=None, state_url=url, state_secret=SECRET if url else None)  # type: ignore[call-arg]


async def test_without_state_url_the_line_says_memory() -> None:
    assert (await check_store(_settings(None))).startswith("memory")


async def test_a_redis_that_answers_is_reported_without_its_password(redis_url: str) -> None:
    line = await check_store(_settings(redis_url))
    assert line.startswith("redis at redis://127.0.0.1:") and "answers" in line
    assert safe_location("redis://user:hunter2@cache:6380/2") == "redis://cache:6380/2"


async def test_a_redis_that_does_not_answer_is_one_line_naming_state_url(own_redis: RedisServer) -> None:
    url = own_redis.url.replace("redis://", "redis://:hunter2@")  # never started: nothing listens
    expected = r"^STATE_URL: Redis at redis://127\.0\.0\.1:\d+/0 does not answer \(ConnectionError\)"
    with pytest.raises(SettingsError, match=expected) as err:
        await check_store(_settings(url))
    assert "hunter2" not in str(err.value) and "\n" not in str(err.value)


def test_a_unix_socket_location_is_shown_as_its_path() -> None:
    assert safe_location("unix:///run/redis.sock?db=0") == "unix:///run/redis.sock"


def test_check_reports_the_state_store_line(monkeypatch: pytest.MonkeyPatch, redis_url: str) -> None:
    monkeypatch.setenv("STATE_URL", redis_url)
    monkeypatch.setenv("STATE_SECRET", SECRET)
    out, err = io.StringIO(), io.StringIO()
    assert run_checks(env_file=None, offline=True, out=out, err=err) == 2  # no token: stops after state
    assert re.search(r"^state +ok  redis at redis://127\.0\.0\.1:\d+/0 answers", out.getvalue(), re.M)


def test_check_stops_at_the_state_line_when_redis_does_not_answer(
    monkeypatch: pytest.MonkeyPatch, own_redis: RedisServer
) -> None:
    monkeypatch.setenv("STATE_URL", own_redis.url)  # never started
    monkeypatch.setenv("STATE_SECRET", SECRET)
    out, err = io.StringIO(), io.StringIO()
    assert run_checks(env_file=None, offline=True, out=out, err=err) == 2
    assert re.search(r"^state +FAILED$", out.getvalue(), re.M)
    assert err.getvalue().startswith("metoo-bot: STATE_URL: Redis at")
