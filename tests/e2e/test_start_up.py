"""`run` and `check` when start-up fails: one line naming the cause and the fix, no traceback."""

from __future__ import annotations

import re
import socket
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from bot_process import TOKEN, bot_environment
from fake_bot_api import FakeBotApi, FaultRule
from ports import free_port

pytestmark = pytest.mark.timeout(60)

Api = Callable[..., FakeBotApi]
_WEBHOOK = {
    "BOT_MODE": "webhook", "WEBHOOK_URL": "https://bot.example.org/hook", "WEBHOOK_SECRET_TOKEN": "s3"
}


def _bot(api: FakeBotApi, workdir: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=workdir,
        env=bot_environment(api, **env),
        capture_output=True,
        text=True,
        timeout=45,
    )


def _closed_port() -> int:
    with socket.socket() as probe:  # bound, never listening: connections are refused
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _one_line(done: subprocess.CompletedProcess[str], at_most: int = 1) -> str:
    """The explanation (the last line of standard error), after checking nothing else crowds it."""
    lines = done.stderr.strip().splitlines()
    assert 1 <= len(lines) <= at_most, done.stderr
    assert "Traceback" not in done.stderr and TOKEN not in done.stderr + done.stdout
    assert lines[-1].startswith("metoo-bot: ")
    return lines[-1]


def test_run_against_a_closed_port_says_it_cannot_reach_the_bot_api(make_api: Api, tmp_path: Path) -> None:
    url = f"http://127.0.0.1:{_closed_port()}/bot"
    done = _bot(make_api(), tmp_path, "run", TELEGRAM_BASE_URL=url)
    assert done.returncode == 1
    line = _one_line(done)
    assert "cannot reach the Bot API" in line and "TELEGRAM_BASE_URL" in line


def test_run_with_a_rejected_token_names_the_token_and_botfather(make_api: Api, tmp_path: Path) -> None:
    wrong = TOKEN[:-4] + "Nope"
    done = _bot(make_api(), tmp_path, "run", TELEGRAM_BOT_TOKEN=wrong)
    assert done.returncode == 2
    line = _one_line(done)
    assert "TELEGRAM_BOT_TOKEN was rejected" in line and "@BotFather" in line and wrong not in line


def test_run_when_set_webhook_fails_names_webhook_url(make_api: Api, tmp_path: Path) -> None:
    api = make_api(faults=[FaultRule("setWebhook", "400", calls=frozenset({1}))])
    done = _bot(api, tmp_path, "run", WEBHOOK_PORT=str(free_port()), **_WEBHOOK)
    assert done.returncode == 2
    line = _one_line(done, at_most=2)  # the start event is logged before setWebhook is called
    assert "WEBHOOK_URL" in line and "bad webhook" in line.lower()


def test_run_when_the_webhook_port_is_taken_names_the_port(make_api: Api, tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = str(taken.getsockname()[1])
        done = _bot(make_api(), tmp_path, "run", WEBHOOK_PORT=port, **_WEBHOOK)
    assert done.returncode == 2
    line = _one_line(done, at_most=2)  # the start event is logged before the server listens
    assert f"127.0.0.1:{port}" in line and "WEBHOOK_PORT" in line and "in use" in line


def test_at_debug_the_traceback_is_shown_with_the_token_redacted(make_api: Api, tmp_path: Path) -> None:
    url = f"http://127.0.0.1:{_closed_port()}/bot"
    done = _bot(make_api(), tmp_path, "run", TELEGRAM_BASE_URL=url, LOG_LEVEL="DEBUG")
    assert done.returncode == 1
    assert "Traceback" in done.stderr and TOKEN not in done.stderr
    assert done.stderr.strip().splitlines()[-1].startswith("metoo-bot: cannot reach the Bot API")


def test_check_reports_a_ready_bot_without_showing_the_token(make_api: Api, tmp_path: Path) -> None:
    api = make_api()
    api.send_message(1001, "waiting while the bot is down")
    done = _bot(api, tmp_path, "check")
    assert done.returncode == 0, done.stderr
    report = done.stdout
    assert TOKEN not in report and TOKEN.split(":")[1] not in report
    for expected in ("mode polling", "2 articles", "@", "none set; 1 update waiting", "ready to run"):
        assert expected in report
    assert api.calls("getMe") == 1 and api.calls("getWebhookInfo") == 1 and api.calls("getUpdates") == 0


def test_check_with_a_rejected_token_stops_at_telegram_with_exit_2(make_api: Api, tmp_path: Path) -> None:
    done = _bot(make_api(), tmp_path, "check", TELEGRAM_BOT_TOKEN=TOKEN[:-4] + "Nope")
    assert done.returncode == 2
    assert re.search(r"^telegram +FAILED$", done.stdout, re.MULTILINE) and "ready to run" not in done.stdout
    assert "TELEGRAM_BOT_TOKEN was rejected" in _one_line(done)
