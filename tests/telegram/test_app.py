"""The application factory and `python -m bot run`: start-up, defaults, polling, webhook, settings errors."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from telegram.error import InvalidToken, NetworkError
from telegram.ext import AIORateLimiter, Application

from bot.responder import COMMANDS, Responder
from bot.settings import Settings
from bot.startup import load_responder
from bot.telegram import app as app_module
from bot.telegram.app import build_application, run_from_env
from bot.telegram.lanes import ChatLanes
from bot.telegram.offline import OfflineTelegram
from bot.telegram.polling import TokenRefused
from bot.telegram.state import state_of

REPO = Path(__file__).resolve().parents[2]


async def test_start_up_registers_every_command_in_telegrams_menu(tg: OfflineTelegram) -> None:
    (call,) = [c for c in tg.calls if c.method == "setMyCommands"]
    assert {c["command"]: c["description"] for c in call.params["commands"]} == COMMANDS


async def test_messages_are_html_without_link_previews_and_not_protected_by_default(
    tg: OfflineTelegram,
) -> None:
    await tg.command("start")
    params = tg.calls[-1].params
    assert params["parse_mode"] == "HTML"
    assert params["link_preview_options"] == {"is_disabled": True}
    assert params["protect_content"] is False


async def test_protect_content_applies_to_every_message(
    responder: Responder, make_settings: Callable[..., Settings]
) -> None:
    async with OfflineTelegram(responder, make_settings(protect_content=True)) as tg:
        await tg.command("start")
        await tg.send_text("who started me too")
        await tg.press("Get help now")
        await tg.send_kind("sticker")
    sends = [c for c in tg.calls if c.method == "sendMessage"]
    assert len(sends) == 4 and all(c.params["protect_content"] is True for c in sends)


async def test_auto_delete_starts_a_sweep_that_stops_with_the_bot(
    responder: Responder, make_settings: Callable[..., Settings]
) -> None:
    async with OfflineTelegram(responder, make_settings(auto_delete_hours=1)) as tg:
        sweeper = state_of(tg.application).sweeper
        assert sweeper is not None and not sweeper.done()
    assert sweeper.cancelled()


def test_a_real_application_has_flood_control_and_the_self_hosted_server(
    responder: Responder, make_settings: Callable[..., Settings], fake_token: str
) -> None:
    settings = make_settings(telegram_bot_token=fake_token, telegram_base_url="http://127.0.0.1:8081/bot")
    application = build_application(settings, responder)
    assert application.bot.base_url == f"http://127.0.0.1:8081/bot{fake_token}"
    assert application.bot.base_file_url == f"http://127.0.0.1:8081/file/bot{fake_token}"
    limiter = application.bot.rate_limiter
    assert isinstance(limiter, AIORateLimiter) and limiter._max_retries > 0


@pytest.fixture
def run_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, fake_token: str) -> dict[str, Any]:
    """A clean working folder (no .env), a valid token, and run_polling/run_webhook that only record."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", fake_token)
    seen: dict[str, Any] = {}

    def record(name: str) -> Callable[..., None]:
        def run(self: Application, **kwargs: Any) -> None:
            seen.update(mode=name, application=self, **kwargs)

        return run

    monkeypatch.setattr(app_module, "run_polling", record("polling"))
    monkeypatch.setattr(Application, "run_webhook", record("webhook"))

    async def serve(application: Application, **kwargs: Any) -> None:
        seen.update(mode="webhook", application=application, **kwargs)

    monkeypatch.setattr(app_module, "serve_webhook", serve)
    monkeypatch.setattr(app_module, "configure_logging", lambda level: seen.update(log_level=level))
    return seen


def _one_line_error(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err, err
    return err


def test_run_polls_with_the_projects_own_loop(run_env: dict[str, Any]) -> None:
    assert run_from_env() == 0
    assert run_env["mode"] == "polling"
    assert isinstance(run_env["application"].update_processor, ChatLanes)
    assert run_env["log_level"] == "INFO"


def test_run_serves_the_webhook_with_the_secret(
    run_env: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BOT_MODE", "webhook")
    monkeypatch.setenv("WEBHOOK_URL", "https://bot.example.org/metoo/hook")
    monkeypatch.setenv("WEBHOOK_SECRET_TOKEN", "s3cret")
    monkeypatch.setenv("WEBHOOK_PORT", "8088")
    assert run_from_env() == 0
    assert run_env["mode"] == "webhook"
    assert (run_env["listen"], run_env["port"], run_env["path"]) == ("127.0.0.1", 8088, "/metoo/hook")
    assert run_env["webhook_url"] == "https://bot.example.org/metoo/hook"
    assert run_env["secret"] == "s3cret"


@pytest.mark.parametrize(
    ("env", "names"),
    [
        ({"TELEGRAM_BOT_TOKEN": ""}, "TELEGRAM_BOT_TOKEN"),
        ({"TELEGRAM_BOT_TOKEN": "12345:not-a-token"}, "TELEGRAM_BOT_TOKEN"),
        ({"BOT_MODE": "webhook", "WEBHOOK_SECRET_TOKEN": "s3cret"}, "WEBHOOK_URL"),
        ({"BOT_MODE": "webhook", "WEBHOOK_URL": "https://bot.example.org/hook"}, "WEBHOOK_SECRET_TOKEN"),
        ({"BOT_MODE": "sideways"}, "BOT_MODE"),
        ({"KNOWLEDGE_DIR": "no/such/folder"}, "KNOWLEDGE_DIR"),
        ({"USER_RATE_LIMIT": "lots"}, "USER_RATE_LIMIT"),
    ],
)
def test_a_settings_mistake_is_one_line_naming_the_variable_and_exit_code_2(
    run_env: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    env: dict[str, str],
    names: str,
) -> None:
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    assert run_from_env() == 2
    assert names in _one_line_error(capsys)
    assert "mode" not in run_env


def test_an_empty_knowledge_folder_is_refused(
    run_env: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    (tmp_path / "empty").mkdir()
    monkeypatch.setenv("KNOWLEDGE_DIR", str(tmp_path / "empty"))
    assert run_from_env() == 2
    assert "KNOWLEDGE_DIR" in _one_line_error(capsys)


def test_a_bad_resources_file_is_one_line_naming_it(
    run_env: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    (tmp_path / "resources.txt").write_text("Call us now!\n", encoding="utf-8")
    monkeypatch.setenv("RESOURCES_FILE", str(tmp_path / "resources.txt"))
    assert run_from_env() == 2
    line = _one_line_error(capsys)
    assert "RESOURCES_FILE" in line and "line 1" in line and "Call us now" not in line


async def test_operator_resources_appear_on_the_hotline_page(
    make_settings: Callable[..., Settings], tmp_path: Path
) -> None:
    (tmp_path / "resources.txt").write_text("Local centre: 555-0100\n", encoding="utf-8")
    settings = make_settings(resources_file=tmp_path / "resources.txt")
    async with OfflineTelegram(load_responder(settings), settings) as tg:
        (page,) = await tg.command("hotline")
    assert "Local centre: 555-0100" in page.plain


def test_a_broken_dotenv_is_one_line_and_exit_code_2(
    run_env: dict[str, Any], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / ".env").write_bytes(b"TELEGRAM_BOT_TOKEN=\xff\xfe broken\n")
    assert run_from_env() == 2
    assert ".env" in _one_line_error(capsys)


@pytest.mark.parametrize(
    ("error", "code"),
    [(InvalidToken("Unauthorized"), 2), (NetworkError("down"), 1), (TokenRefused("InvalidToken"), 2)],
)
def test_telegram_refusing_or_unreachable_at_start_is_one_line(
    run_env: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    fake_token: str,
    error: Exception,
    code: int,
) -> None:
    def fail(self: Application, **kwargs: Any) -> None:
        raise error

    monkeypatch.setattr(app_module, "run_polling", fail)
    assert run_from_env() == code
    line = _one_line_error(capsys)
    assert fake_token not in line and ("TELEGRAM_BOT_TOKEN" in line or "TELEGRAM_BASE_URL" in line)


def test_python_m_bot_run_without_a_token_exits_2_without_a_traceback(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k.upper() != "TELEGRAM_BOT_TOKEN"}
    env["PYTHONPATH"] = str(REPO)
    done = subprocess.run(
        [sys.executable, "-m", "bot", "run"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert (
        done.stderr.count("\n") == 1
        and "TELEGRAM_BOT_TOKEN" in done.stderr
        and "Traceback" not in done.stderr
    )
