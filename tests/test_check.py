"""`metoo-bot check`: every setting, then Telegram, in one short report; exit 2 at the first problem."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from bot import startup
from bot.check import CHECKS, run_checks
from bot.safety_model import ModelError
from bot.telegram.fakeapi import BOT_USERNAME, OfflineRequest


def _token() -> str:
    return "1" * 9 + ":" + "fake" * 9


def _check(**kwargs: object) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run_checks(env_file=None, out=out, err=err, **kwargs)  # type: ignore[arg-type]
    return code, out.getvalue(), err.getvalue()


def test_every_check_has_a_name_and_runs_in_the_documented_order() -> None:
    names = [check.name for check in CHECKS]
    assert names == [
        "settings", "knowledge", "resources", "state", "safety model", "token", "telegram", "webhook"
    ]


def test_a_ready_bot_gets_a_report_with_its_name_and_no_token(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", _token())
    request = OfflineRequest()
    code, out, err = _check(request=request)
    assert (code, err) == (0, "")
    assert f"@{BOT_USERNAME}" in out and "2 articles" in out and "mode polling" in out
    assert "none set; 0 updates waiting" in out and out.endswith("ready to run\n")
    assert _token() not in out and _token().split(":")[1] not in out
    assert [call.method for call in request.calls] == ["getMe", "getWebhookInfo"]


def test_without_a_token_the_first_problem_is_the_token(monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = _check(request=OfflineRequest())
    assert code == 2 and "ready to run" not in out
    assert err.startswith("metoo-bot: TELEGRAM_BOT_TOKEN is not set") and err.count("\n") == 1


def test_offline_checks_the_settings_without_asking_telegram(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", _token())
    request = OfflineRequest()
    code, out, _ = _check(offline=True, request=request)
    assert code == 0 and "not asked (--offline)" in out and request.calls == []


def test_a_bad_setting_stops_at_the_settings_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WEBHOOK_URL", "http://bot.example.org/hook")
    code, out, err = _check(offline=True)
    assert code == 2 and out.startswith("settings") and "FAILED" in out
    assert err.startswith("metoo-bot: WEBHOOK_URL ")


def test_a_broken_article_stops_at_the_knowledge_line_naming_the_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / "draft.md").write_text("no header\n", encoding="utf-8")
    monkeypatch.setenv("KNOWLEDGE_DIR", str(tmp_path))
    code, out, err = _check(offline=True)
    assert code == 2 and re.search(r"^knowledge +FAILED$", out, re.M) and "draft.md" in err


def test_a_safety_model_that_cannot_load_stops_the_check_at_its_line(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken() -> None:
        raise ModelError("model.onnx sha256 differs from the pinned one")

    monkeypatch.setattr(startup, "load_model", broken)
    code, out, err = _check(offline=True)
    assert code == 2 and re.search(r"^safety model +FAILED$", out, re.M)
    assert err.startswith("metoo-bot: safety model: model.onnx sha256 differs") and err.count("\n") == 1


def test_webhook_mode_reports_whether_telegram_has_the_webhook(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", _token())
    monkeypatch.setenv("BOT_MODE", "webhook")
    monkeypatch.setenv("WEBHOOK_URL", "https://bot.example.org/hook")
    monkeypatch.setenv("WEBHOOK_SECRET_TOKEN", "s3cret")
    code, out, _ = _check(request=OfflineRequest())
    assert code == 0 and "mode webhook" in out and "not registered at WEBHOOK_URL yet" in out
    assert "s3cret" not in out
