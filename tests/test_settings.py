"""Operator settings: defaults, checks, and one clear line for every mistake."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from bot.settings import DEFAULT_BASE_URL, Settings, SettingsError, default_knowledge_dir, load_settings


def _token() -> str:
    # token-shaped but fake, built at run time so no token-like literal is committed
    return "1" * 9 + ":" + "fake" * 9


def _settings(**values: object) -> Settings:
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


def test_defaults_need_nothing_and_point_at_telegram_and_the_shipped_articles() -> None:
    settings = _settings()
    assert settings.telegram_bot_token is None
    assert settings.telegram_base_url == DEFAULT_BASE_URL and settings.uses_telegram_servers
    assert settings.bot_mode == "polling"
    assert (settings.webhook_listen, settings.webhook_port) == ("127.0.0.1", 8443)
    assert settings.knowledge_dir == default_knowledge_dir() and settings.knowledge_dir.is_dir()
    assert settings.user_rate_limit == 20 and settings.protect_content is False
    assert settings.auto_delete_hours is None and settings.log_level == "INFO"


def test_environment_names_are_read_in_any_case(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("telegram_bot_token", _token())
    monkeypatch.setenv("PROTECT_CONTENT", "true")
    monkeypatch.setenv("Log_Level", "debug")
    settings = _settings()
    assert settings.telegram_bot_token is not None
    assert settings.telegram_bot_token.get_secret_value() == _token()
    assert settings.protect_content is True and settings.log_level == "DEBUG"


def test_the_token_is_secret_in_reprs() -> None:
    settings = _settings(telegram_bot_token=_token())
    assert _token() not in repr(settings) and _token() not in str(settings.model_dump())


@pytest.mark.parametrize("bad", ["123", "abc:" + "x" * 40, "1234:short", "1" * 9 + ":" + "bad char!" * 5])
def test_a_malformed_token_is_refused(bad: str) -> None:
    with pytest.raises(ValidationError):
        _settings(telegram_bot_token=bad)


def test_a_blank_value_counts_as_unset() -> None:
    settings = _settings(telegram_bot_token="", auto_delete_hours="", webhook_url=" ")
    assert settings.telegram_bot_token is None and settings.auto_delete_hours is None
    assert settings.webhook_url is None


def test_webhook_mode_needs_a_url_and_a_secret() -> None:
    with pytest.raises(ValidationError, match="WEBHOOK_URL is required"):
        _settings(bot_mode="webhook", webhook_secret_token="s3cret")
    with pytest.raises(ValidationError, match="WEBHOOK_SECRET_TOKEN is required"):
        _settings(bot_mode="webhook", webhook_url="https://bot.example.org/hook")


@pytest.mark.parametrize("secret", ["has space", "x" * 257, "semi;colon"])
def test_the_secret_must_use_telegrams_characters(secret: str) -> None:
    with pytest.raises(ValidationError):
        _settings(webhook_secret_token=secret)


@pytest.mark.parametrize("mode", ["webhook", "polling"])
@pytest.mark.parametrize("base_url", [DEFAULT_BASE_URL, "http://127.0.0.1:8081/bot"])
def test_webhook_url_must_be_https_in_every_mode_and_with_any_server(mode: str, base_url: str) -> None:
    with pytest.raises(ValidationError, match="https"):
        _settings(
            bot_mode=mode,
            webhook_url="http://bot.example.org/hook",
            webhook_secret_token="s",
            telegram_base_url=base_url,
        )


def test_http_webhook_url_stops_load_settings_naming_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WEBHOOK_URL", "http://bot.example.org/hook")
    with pytest.raises(SettingsError) as caught:
        load_settings(env_file=None)
    assert str(caught.value).startswith("WEBHOOK_URL ") and "https://" in str(caught.value)


def test_a_self_hosted_server_gets_its_own_file_url() -> None:
    local = _settings(telegram_base_url="http://127.0.0.1:8081/bot")
    assert not local.uses_telegram_servers
    assert local.base_file_url == "http://127.0.0.1:8081/file/bot"


def test_the_webhook_path_comes_from_the_url_unless_set() -> None:
    settings = _settings(
        bot_mode="webhook", webhook_url="https://bot.example.org/metoo/hook", webhook_secret_token="s"
    )
    assert settings.url_path == "/metoo/hook"
    assert _settings(webhook_path="tg").url_path == "/tg"
    assert _settings().url_path == "/telegram"


@pytest.mark.parametrize("hours", ["48", "-1", "100"])
def test_auto_delete_must_stay_under_telegrams_48_hour_limit(hours: str) -> None:
    with pytest.raises(ValidationError):
        _settings(auto_delete_hours=hours)


def test_auto_delete_zero_means_off() -> None:
    assert _settings(auto_delete_hours="0").auto_delete_hours is None
    assert _settings(auto_delete_hours="47").auto_delete_hours == 47.0


def test_load_settings_names_the_variable_and_the_fix_in_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WEBHOOK_PORT", "eighty")
    with pytest.raises(SettingsError) as caught:
        load_settings(env_file=None)
    message = str(caught.value)
    assert message.startswith("WEBHOOK_PORT ") and "port number" in message and "\n" not in message


def test_load_settings_never_repeats_the_token(monkeypatch: pytest.MonkeyPatch) -> None:
    almost = "1" * 9 + ":" + "short"
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", almost)
    with pytest.raises(SettingsError) as caught:
        load_settings(env_file=None)
    assert "TELEGRAM_BOT_TOKEN" in str(caught.value) and almost not in str(caught.value)


def test_a_dotenv_file_is_read_and_other_tools_variables_in_it_are_ignored(tmp_path: Path) -> None:
    env = tmp_path / ".env"
    env.write_text(f"TELEGRAM_BOT_TOKEN={_token()}\nSOMETHING_ELSE=1\nUSER_RATE_LIMIT=5\n", encoding="utf-8")
    settings = load_settings(env_file=env)
    assert settings.user_rate_limit == 5 and settings.telegram_bot_token is not None


def test_an_unreadable_dotenv_file_is_one_line_naming_the_file(tmp_path: Path) -> None:
    env = tmp_path / ".env"
    env.write_bytes(b"TELEGRAM_BOT_TOKEN=\xff\xfe\x00broken\n")
    with pytest.raises(SettingsError) as caught:
        load_settings(env_file=env)
    assert str(env) in str(caught.value) and "\n" not in str(caught.value)


def test_the_shipped_env_example_copied_unchanged_loads_with_the_defaults() -> None:
    example = Path(__file__).resolve().parents[1] / ".env.example"
    assert load_settings(env_file=example) == _settings(webhook_listen="127.0.0.1")


def test_an_empty_value_in_dotenv_means_unset_for_every_variable(tmp_path: Path) -> None:
    env = tmp_path / ".env"
    env.write_text("".join(f"{name.upper()}=\n" for name in Settings.model_fields), encoding="utf-8")
    assert load_settings(env_file=env) == _settings()


def test_an_empty_environment_variable_means_unset_too(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in Settings.model_fields:
        monkeypatch.setenv(name.upper(), " ")
    assert load_settings(env_file=None) == _settings()


def test_a_dotenv_line_without_equals_stops_naming_file_and_line(tmp_path: Path) -> None:
    env = tmp_path / ".env"
    env.write_text("# settings\n\nUSER_RATE_LIMIT=5\n\nTELEGRAM_BOT_TOKEN\n", encoding="utf-8")
    with pytest.raises(SettingsError) as caught:
        load_settings(env_file=env)
    message = str(caught.value)
    assert f"{env}, line 5," in message and "'='" in message and "\n" not in message


def test_a_dotenv_line_with_an_unterminated_quote_stops_naming_file_and_line(tmp_path: Path) -> None:
    env = tmp_path / ".env"
    env.write_text(f'LOG_LEVEL=INFO\nTELEGRAM_BOT_TOKEN="{_token()}\nUSER_RATE_LIMIT=5\n', encoding="utf-8")
    with pytest.raises(SettingsError) as caught:
        load_settings(env_file=env)
    message = str(caught.value)
    assert f"{env}, line 2," in message and "quote" in message
    assert _token() not in message
