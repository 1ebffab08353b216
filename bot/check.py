"""`metoo-bot check`: is this configuration ready to run? A list of small checks, then one report.

Each check is a named async step that reads the shared context and returns one line for the report, or
raises `SettingsError` with the problem (one line that names the setting and the fix). The first problem
stops the run with exit code 2. To check something new (a state store, a model file), write one more
function and add it to `CHECKS`. The token is never printed; Telegram is asked only when one is set.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from telegram import Bot
from telegram.error import TelegramError
from telegram.request import BaseRequest, HTTPXRequest

from bot.safety_model.embedder import MODEL_SHA256
from bot.settings import Settings, SettingsError, load_settings
from bot.startup import (
    api_host,
    describe_telegram_error,
    load_knowledge_base,
    load_resource_lines,
    load_safety_model,
)
from bot.store.health import check_store

__all__ = ["CHECKS", "Check", "CheckContext", "run_checks"]

_READY, _NOT_READY = 0, 2
# Seconds: a check is run by hand or by a health check, so it answers quickly rather than waits.
_CONNECT_TIMEOUT, _READ_TIMEOUT = 5.0, 10.0


@dataclass
class CheckContext:
    """What the checks share: the settings once read, and a Bot once Telegram has answered."""

    env_file: str | Path | None = ".env"
    offline: bool = False
    request: BaseRequest | None = None  # tests pass an offline request; None uses HTTP
    settings: Settings | None = None
    bot: Bot | None = None

    @property
    def ready_settings(self) -> Settings:
        if self.settings is None:  # only when a check is listed before "settings"
            raise RuntimeError("the settings check must run first")
        return self.settings


@dataclass(frozen=True)
class Check:
    """One line of the report: its name and the step that produces the line."""

    name: str
    run: Callable[[CheckContext], Awaitable[str]]


async def _settings(ctx: CheckContext) -> str:
    ctx.settings = settings = load_settings(ctx.env_file)
    if settings.bot_mode == "webhook":
        listen = f"{settings.webhook_listen}:{settings.webhook_port}{settings.url_path}"
        return f"mode webhook: Telegram posts to {settings.webhook_url}, the bot listens on {listen}"
    return "mode polling (no public address needed)"


async def _knowledge(ctx: CheckContext) -> str:
    knowledge = load_knowledge_base(ctx.ready_settings)
    documents, passages = len(knowledge.documents), len(knowledge.passages)
    return f"{documents} articles, {passages} passages, from {ctx.ready_settings.knowledge_dir}"


async def _resources(ctx: CheckContext) -> str:
    path = ctx.ready_settings.resources_file
    if path is None:
        return "RESOURCES_FILE unset: the hotline and crisis lines only"
    return f"{len(load_resource_lines(ctx.ready_settings))} extra resources from {path}"


async def _state(ctx: CheckContext) -> str:
    # the operator's own Redis, not Telegram: asked even with --offline
    return await check_store(ctx.ready_settings)


async def _safety_model(ctx: CheckContext) -> str:
    load_safety_model()
    return f"loaded; model file sha256 {MODEL_SHA256[:12]}... as pinned"


async def _token(ctx: CheckContext) -> str:
    if ctx.ready_settings.telegram_bot_token is None:
        raise SettingsError(
            "TELEGRAM_BOT_TOKEN is not set: put the token @BotFather gave you in .env or the environment"
        )
    return "set (shape checked; never shown)"


async def _telegram(ctx: CheckContext) -> str:
    settings = ctx.ready_settings
    if ctx.offline:
        return "not asked (--offline)"
    token = settings.telegram_bot_token.get_secret_value() if settings.telegram_bot_token else ""
    request = ctx.request or HTTPXRequest(connect_timeout=_CONNECT_TIMEOUT, read_timeout=_READ_TIMEOUT)
    ctx.bot = bot = Bot(
        token,
        base_url=settings.telegram_base_url,
        base_file_url=settings.base_file_url,
        request=request,
        get_updates_request=request,
    )
    try:
        await bot.initialize()  # getMe
    except TelegramError as exc:
        raise SettingsError(describe_telegram_error(exc, settings)) from None
    return f"@{bot.username} (id {bot.id}) answers at {api_host(settings.telegram_base_url)}"


async def _webhook(ctx: CheckContext) -> str:
    settings, bot = ctx.ready_settings, ctx.bot
    if bot is None or ctx.offline:
        return "not asked (--offline)"
    try:
        info = await bot.get_webhook_info()
    except TelegramError as exc:
        raise SettingsError(describe_telegram_error(exc, settings)) from None
    count = info.pending_update_count
    pending = f"{count} update{'' if count == 1 else 's'} waiting"
    if settings.bot_mode == "polling":
        state = f"set to {api_host(info.url)}; run removes it and polls" if info.url else "none set"
    elif info.url == settings.webhook_url:
        state = "registered at WEBHOOK_URL"
    else:
        state = "not registered at WEBHOOK_URL yet; run registers it"
    if info.url and info.last_error_date is not None:
        state += f"; Telegram's last delivery error at {info.last_error_date:%Y-%m-%d %H:%M} UTC: "
        state += info.last_error_message or "no message"
    return f"{state}; {pending}"


CHECKS: list[Check] = [
    Check("settings", _settings),
    Check("knowledge", _knowledge),
    Check("resources", _resources),
    Check("state", _state),
    Check("safety model", _safety_model),
    Check("token", _token),
    Check("telegram", _telegram),
    Check("webhook", _webhook),
]


def run_checks(
    *,
    offline: bool = False,
    env_file: str | Path | None = ".env",
    request: BaseRequest | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """Run every check in order and print the report; 0 when ready to run, 2 at the first problem."""
    ctx = CheckContext(env_file=env_file, offline=offline, request=request)
    return asyncio.run(_run_all(ctx, out or sys.stdout, err or sys.stderr))


async def _run_all(ctx: CheckContext, out: TextIO, err: TextIO) -> int:
    width = max(len(check.name) for check in CHECKS)
    try:
        for check in CHECKS:
            try:
                line = await check.run(ctx)
            except SettingsError as exc:
                out.write(f"{check.name:<{width}}  FAILED\n")
                out.flush()
                err.write(f"metoo-bot: {exc}\n")
                return _NOT_READY
            out.write(f"{check.name:<{width}}  ok  {line}\n")
    finally:
        if ctx.bot is not None:
            # closes the HTTP client even when getMe failed (Bot.shutdown skips an uninitialised bot)
            await ctx.bot.request.shutdown()
    out.write("ready to run\n")
    return _READY

