"""The Application factory and `python -m bot run`: settings, knowledge, Application, polling or webhook."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sys

from telegram import BotCommand, LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.error import TelegramError
from telegram.ext import Application, ApplicationBuilder, Defaults
from telegram.request import BaseRequest

from bot.logs import configure_logging, log_event
from bot.responder import COMMANDS, Responder
from bot.settings import Settings, SettingsError, load_settings
from bot.startup import (
    EXIT_SETTINGS,
    describe_listen_error,
    describe_telegram_error,
    exit_code_for,
    hide_start_up_tracebacks,
    load_responder,
)
from bot.store import StateStore, open_store
from bot.telegram import handlers
from bot.telegram.fairlimit import FairRateLimiter
from bot.telegram.lanes import ChatLanes
from bot.telegram.polling import TokenRefused, run_polling
from bot.telegram.quickexit import auto_delete_loop
from bot.telegram.ratelimit import UserRateLimiter
from bot.telegram.state import STATE_KEY, AnsweredUpdates, BotState, state_of
from bot.telegram.webhook import serve_webhook

__all__ = ["build_application", "offline_token", "run_from_env"]

_log = logging.getLogger(__name__)
# Seconds. Connecting should be quick; a read may wait behind Telegram's own flood control.
_CONNECT_TIMEOUT = 10.0
_READ_TIMEOUT = 20.0
# Retries of a request Telegram answered with 429 (flood control), after waiting as Telegram asks.
_FLOOD_RETRIES = 3


def offline_token() -> str:
    """A token-shaped placeholder for an Application that never reaches Telegram (tests, scripts)."""
    # assembled at run time so no token-shaped literal sits in the source
    return "0" * 7 + ":" + "offline-" * 5


def build_application(
    settings: Settings,
    responder: Responder,
    *,
    request: BaseRequest | None = None,
    flood_control: bool | None = None,
    store: StateStore | None = None,
) -> Application:
    """The real Application with every handler; `request` replaces the network (offline tests).

    Args:
        settings: operator settings (token, base URL, protect_content, limits).
        responder: decides every reply; built once, shared by all handlers.
        request: a `BaseRequest` for all Bot API calls, e.g. `OfflineRequest`; None uses HTTP.
        flood_control: Telegram's flood control, first come first served (default: only when talking
            to a real server).
        store: where state between updates lives (default: what the settings ask for, see `open_store`).

    Returns:
        An Application, not yet initialized; `post_init` registers the commands menu.
    """
    token = settings.telegram_bot_token.get_secret_value() if settings.telegram_bot_token else offline_token()
    builder = (
        ApplicationBuilder()
        .token(token)
        .base_url(settings.telegram_base_url)
        .base_file_url(settings.base_file_url)
        .defaults(
            Defaults(
                parse_mode=ParseMode.HTML,
                protect_content=settings.protect_content,
                link_preview_options=LinkPreviewOptions(is_disabled=True),
            )
        )
        .post_init(_post_init)
        .post_shutdown(_post_shutdown)
        # chats side by side, each chat in order (the polling loop uses the same lanes)
        .concurrent_updates(ChatLanes())
    )
    if request is not None:
        builder = builder.request(request).get_updates_request(request)
    else:
        builder = (
            builder.connect_timeout(_CONNECT_TIMEOUT)
            .read_timeout(_READ_TIMEOUT)
            .write_timeout(_READ_TIMEOUT)
            .get_updates_connect_timeout(_CONNECT_TIMEOUT)
            .get_updates_read_timeout(_READ_TIMEOUT)
        )
    if flood_control if flood_control is not None else request is None:
        builder = builder.rate_limiter(FairRateLimiter(max_retries=_FLOOD_RETRIES))
    application = builder.build()
    store = store if store is not None else open_store(settings)
    application.bot_data[STATE_KEY] = BotState(
        settings=settings,
        responder=responder,
        limiter=UserRateLimiter(settings.user_rate_limit, store=store),
        messages=store,
        answered=AnsweredUpdates(store),
    )
    handlers.register(application)
    return application


async def _post_init(application: Application) -> None:
    """Register the commands menu and start the auto-delete sweep, once the bot is known."""
    await application.bot.set_my_commands([BotCommand(name, text) for name, text in COMMANDS.items()])
    state = state_of(application)
    hours = state.settings.auto_delete_hours
    if hours:
        state.sweeper = asyncio.create_task(
            auto_delete_loop(application.bot, state.messages, older_than_hours=hours), name="auto-delete"
        )
    log_event("start", ms=0.0, commands=len(COMMANDS), mode=state.settings.bot_mode)


async def _post_shutdown(application: Application) -> None:
    """Stop the auto-delete sweep and the decision workers, then close the state store's connections."""
    state = state_of(application)
    state.decisions.close()
    if state.sweeper is not None:
        state.sweeper.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await state.sweeper
    await state.messages.aclose()


def run_from_env() -> int:
    """`python -m bot run`: check the settings, then poll or serve the webhook until stopped."""
    try:
        settings = load_settings()
        _require_token(settings)
        responder = load_responder(settings)
    except SettingsError as exc:
        print(f"metoo-bot: {exc}", file=sys.stderr)
        return EXIT_SETTINGS
    configure_logging(settings.log_level)
    hide_start_up_tracebacks(settings.log_level)
    application = build_application(settings, responder)
    try:
        _run(application, settings)
    except TelegramError as exc:  # closed port, rejected token, refused webhook: one line, no traceback
        _log.debug("start-up failed", exc_info=exc)
        print(f"metoo-bot: {describe_telegram_error(exc, settings)}", file=sys.stderr)
        return exit_code_for(exc)
    except OSError as exc:  # the webhook server's port is taken, or the address is not this machine's
        if settings.bot_mode != "webhook":
            raise
        _log.debug("start-up failed", exc_info=exc)
        print(f"metoo-bot: {describe_listen_error(exc, settings)}", file=sys.stderr)
        return EXIT_SETTINGS
    except TokenRefused:
        # a supervisor restarts the process or alerts; polling on would answer nobody
        print(
            "metoo-bot: TELEGRAM_BOT_TOKEN was refused by Telegram while running (revoked or wrong): "
            "copy the current token from @BotFather (/token) and restart",
            file=sys.stderr,
        )
        return EXIT_SETTINGS
    return 0


def _run(application: Application, settings: Settings) -> None:
    if settings.bot_mode == "webhook":
        _serve_webhook(application, settings)
        return
    # our own loop: an update is confirmed to Telegram only once handled; stops on SIGINT and SIGTERM
    run_polling(application)


def _serve_webhook(application: Application, settings: Settings) -> None:
    """Our own webhook server: it refuses oversized and malformed posts before reading or logging them."""
    secret = settings.webhook_secret_token
    asyncio.run(
        serve_webhook(
            application,
            listen=settings.webhook_listen,
            port=settings.webhook_port,
            path=settings.url_path,
            webhook_url=settings.webhook_url or "",
            # posts without this value in X-Telegram-Bot-Api-Secret-Token get 403
            secret=secret.get_secret_value() if secret else None,
        )
    )


def _require_token(settings: Settings) -> None:
    if settings.telegram_bot_token is None:
        raise SettingsError(
            "TELEGRAM_BOT_TOKEN is not set: put the token @BotFather gave you in .env or the environment"
        )

