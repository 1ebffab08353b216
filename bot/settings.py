"""Operator settings, from environment variables or a `.env` file, checked once at start-up."""

from __future__ import annotations

import re
import warnings
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from dotenv.parser import parse_stream
from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

import knowledge

__all__ = [
    "DEFAULT_BASE_URL",
    "Settings",
    "SettingsError",
    "default_knowledge_dir",
    "load_settings",
]

DEFAULT_BASE_URL = "https://api.telegram.org/bot"
# Telegram's own shape for a bot token: the bot's numeric id, a colon, then a long secret.
_TOKEN_SHAPE = re.compile(r"\d+:[A-Za-z0-9_-]{30,}")
# The characters Telegram accepts in setWebhook's secret_token (1-256 of them).
_SECRET_SHAPE = re.compile(r"[A-Za-z0-9_-]{1,256}")
# Telegram deletes bot messages only while they are under 48 hours old; keep an hour of margin.
_MAX_AUTO_DELETE_HOURS = 47.0

# Keys in a shared store are an HMAC under this secret; fewer bytes could be guessed from a copy of the data.
_MIN_STATE_SECRET_BYTES = 32
_STATE_SCHEMES = ("redis", "rediss", "unix")
_STATE_SECRET_FIX = (
    f"set at least {_MIN_STATE_SECRET_BYTES} random bytes, e.g. the output of "
    "python -c 'import secrets; print(secrets.token_hex(32))'"
)

# How to fix each setting, appended to the one-line error an operator sees.
_FIXES: dict[str, str] = {
    "telegram_bot_token": "set it to the token @BotFather gave you (digits, a colon, then 30+ characters)",
    "telegram_base_url": "use a full http(s) URL ending in /bot, or leave it unset for Telegram's servers",
    "bot_mode": "use polling or webhook",
    "webhook_url": "set the public https:// URL Telegram posts updates to (it only posts to https)",
    "webhook_secret_token": "use 1-256 characters from A-Z, a-z, 0-9, _ and -",
    "webhook_listen": "use an IP address to listen on, such as 127.0.0.1 or 0.0.0.0",
    "webhook_port": "use a port number between 1 and 65535",
    "webhook_path": "use a URL path such as /telegram",
    "knowledge_dir": "point it at the folder that holds the seed articles",
    "resources_file": "point it at a readable text file, or leave it unset",
    "log_level": "use DEBUG, INFO, WARNING or ERROR",
    "user_rate_limit": "use a whole number of messages per minute (0 turns the limit off)",
    "protect_content": "use true or false",
    "auto_delete_hours": "use a number of hours above 0 and at most 47, or 0 to turn it off",
    "state_url": "use redis://host:6379/0 (rediss:// for TLS), or leave it unset to keep state in memory",
    "state_secret": _STATE_SECRET_FIX,
}


def default_knowledge_dir() -> Path:
    """The seed articles shipped with the project."""
    shipped = getattr(knowledge, "DEFAULT_SEEDS_DIR", None)
    return Path(shipped) if shipped else Path(__file__).resolve().parents[1] / "seeds"


class SettingsError(Exception):
    """A setting is missing or wrong; the message is one line that names it and says how to fix it."""


class Settings(BaseSettings):
    """Everything an operator can set; see .env.example for a commented list."""

    model_config = SettingsConfigDict(
        env_file=".env",
        env_file_encoding="utf-8",
        case_sensitive=False,
        # a shared .env may hold other tools' variables; they are not ours to reject
        extra="ignore",
        # `VAR=` (as .env.example has it) means "not set", for every variable, in .env and environment
        env_ignore_empty=True,
    )

    telegram_bot_token: SecretStr | None = None
    telegram_base_url: str = DEFAULT_BASE_URL
    bot_mode: Literal["polling", "webhook"] = "polling"
    webhook_url: str | None = None
    webhook_secret_token: SecretStr | None = None
    webhook_listen: str = "127.0.0.1"
    webhook_port: int = Field(default=8443, ge=1, le=65535)
    webhook_path: str | None = None
    knowledge_dir: Path = Field(default_factory=default_knowledge_dir)
    resources_file: Path | None = None
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"] = "INFO"
    user_rate_limit: int = Field(default=20, ge=0)
    protect_content: bool = False
    auto_delete_hours: float | None = Field(default=None, ge=0, le=_MAX_AUTO_DELETE_HOURS)
    # the URL may carry a password, so neither it nor the secret is ever shown
    state_url: SecretStr | None = None
    state_secret: SecretStr | None = None

    @model_validator(mode="before")
    @classmethod
    def _blank_is_unset(cls, data: object) -> object:
        # `VAR=` or `VAR=  ` means "not set" for every variable: its default applies
        if isinstance(data, dict):
            return {k: v for k, v in data.items() if not (isinstance(v, str) and not v.strip())}
        return data

    @field_validator("telegram_bot_token")
    @classmethod
    def _token_shape(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and not _TOKEN_SHAPE.fullmatch(value.get_secret_value().strip()):
            raise ValueError("does not look like a bot token")  # never echo the value
        return SecretStr(value.get_secret_value().strip()) if value is not None else None

    @field_validator("webhook_secret_token")
    @classmethod
    def _secret_shape(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and not _SECRET_SHAPE.fullmatch(value.get_secret_value()):
            raise ValueError("has characters Telegram does not accept, or is longer than 256")
        return value

    @field_validator("telegram_base_url")
    @classmethod
    def _http_url(cls, value: str) -> str:
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ValueError("is not an http(s) URL")
        return value

    @field_validator("webhook_url")
    @classmethod
    def _https_url(cls, value: str | None) -> str | None:
        parts = urlsplit(value) if value is not None else None
        if parts is not None and (parts.scheme != "https" or not parts.netloc):
            raise ValueError("is not an https:// URL")
        return value

    @field_validator("state_url")
    @classmethod
    def _redis_url(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and urlsplit(value.get_secret_value().strip()).scheme not in _STATE_SCHEMES:
            raise ValueError("is not a redis:// URL")  # never echo it: it may hold a password
        return SecretStr(value.get_secret_value().strip()) if value is not None else None

    @field_validator("state_secret")
    @classmethod
    def _long_secret(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and len(value.get_secret_value().encode()) < _MIN_STATE_SECRET_BYTES:
            raise ValueError(f"is shorter than {_MIN_STATE_SECRET_BYTES} bytes")
        return value

    @field_validator("log_level", mode="before")
    @classmethod
    def _upper_level(cls, value: object) -> object:
        return value.strip().upper() if isinstance(value, str) else value

    @field_validator("auto_delete_hours")
    @classmethod
    def _zero_is_off(cls, value: float | None) -> float | None:
        return value or None

    @field_validator("webhook_path")
    @classmethod
    def _leading_slash(cls, value: str | None) -> str | None:
        return None if value is None else "/" + value.strip().lstrip("/")

    @model_validator(mode="after")
    def _state_url_needs_secret(self) -> Settings:
        if self.state_url is not None and self.state_secret is None:
            raise ValueError("STATE_SECRET is required when STATE_URL is set: " + _STATE_SECRET_FIX)
        return self

    @model_validator(mode="after")
    def _webhook_needs_url_and_secret(self) -> Settings:
        if self.bot_mode != "webhook":
            return self
        if not self.webhook_url:
            raise ValueError("WEBHOOK_URL is required when BOT_MODE=webhook: " + _FIXES["webhook_url"])
        if self.webhook_secret_token is None:
            raise ValueError(
                "WEBHOOK_SECRET_TOKEN is required when BOT_MODE=webhook: set a random string of "
                "1-256 characters from A-Z, a-z, 0-9, _ and -"
            )
        return self

    @property
    def uses_telegram_servers(self) -> bool:
        """True unless TELEGRAM_BASE_URL points at a self-hosted Bot API server."""
        return self.telegram_base_url.rstrip("/") == DEFAULT_BASE_URL

    @property
    def base_file_url(self) -> str:
        """Where files are fetched: Telegram's /file/bot, or the same server's for a self-hosted one."""
        base = self.telegram_base_url.rstrip("/")
        if base.endswith("/bot"):
            return base[: -len("/bot")] + "/file/bot"
        return base + "/file/bot"

    @property
    def url_path(self) -> str:
        """The path the webhook server listens on: WEBHOOK_PATH, else the path of WEBHOOK_URL."""
        if self.webhook_path:
            return self.webhook_path
        path = urlsplit(self.webhook_url or "").path
        return path if path not in ("", "/") else "/telegram"


def load_settings(env_file: str | Path | None = ".env") -> Settings:
    """Read the settings; any problem becomes a `SettingsError` with one line naming the variable."""
    try:
        if env_file is not None:
            _check_env_file(Path(env_file))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return Settings(_env_file=env_file)  # type: ignore[call-arg]
    except ValidationError as exc:
        raise SettingsError(_describe(exc)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise SettingsError(
            f"The settings file {env_file} cannot be read ({type(exc).__name__}): "
            "fix or remove it, or set the variables in the environment"
        ) from None


def _check_env_file(path: Path) -> None:
    """Stop at a line python-dotenv cannot read: it would only warn and drop that setting."""
    if not path.is_file():
        return  # no .env is fine: the environment alone may hold everything
    with path.open(encoding="utf-8-sig") as stream:
        for binding in parse_stream(stream):
            # a binding's text may start with the blank lines before it; count to the line itself
            text = binding.original.string
            line = binding.original.line + text[: len(text) - len(text.lstrip())].count("\n")
            if binding.error:
                problem = "cannot be read (an unterminated quote?)"
            elif binding.key is not None and binding.value is None:
                problem = "has no '='"
            else:
                continue
            # never the line's text: it may hold the token
            raise SettingsError(
                f"The settings file {path}, line {line}, {problem}: write it as NAME=value, "
                "or start it with # to make it a comment"
            )


def _describe(exc: ValidationError) -> str:
    """One line for the first problem: the variable, what is wrong, and how to fix it."""
    error = exc.errors()[0]
    field = str(error["loc"][0]) if error["loc"] else ""
    if not field:  # a whole-model check, whose message already names its variables
        return str(error["msg"]).removeprefix("Value error, ")
    problem = str(error["msg"]).removeprefix("Value error, ")
    return f"{field.upper()} {_lowercase_first(problem)}: {_FIXES.get(field, 'check its value')}"


def _lowercase_first(text: str) -> str:
    return text[:1].lower() + text[1:]
