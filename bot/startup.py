"""Build the one `Responder` a process uses, from the settings; every adapter starts here.

Start-up is a plain sequence of steps, each turning its own problem into one `SettingsError` line:
the articles, then the operator's resources, then the safety model, then the responder. `metoo-bot check`
runs the same steps.
When Telegram or the webhook port fails `run` at start, the helpers below put the cause and the fix in one
line as well, and keep python-telegram-bot's traceback for LOG_LEVEL=DEBUG.

The learned safety layer is loaded here too, so that every adapter (Telegram, terminal, `ask`, scripts)
fails closed in the same way: a model that cannot be loaded or checked stops start-up with one line.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from bot.logs import redact
from bot.resources import load_resources
from bot.responder import Responder
from bot.safety_model import ModelError, load_model
from bot.settings import Settings, SettingsError
from knowledge import KnowledgeBase, load_knowledge

if TYPE_CHECKING:  # the terminal adapters never import python-telegram-bot (about 0.1 s of `ask`)
    from telegram.error import TelegramError

__all__ = [
    "EXIT_SETTINGS",
    "EXIT_UNREACHABLE",
    "api_host",
    "describe_listen_error",
    "describe_telegram_error",
    "exit_code_for",
    "hide_start_up_tracebacks",
    "load_knowledge_base",
    "load_resource_lines",
    "load_responder",
    "load_safety_model",
]

# A setting to fix (restarting will not help) versus a network that may come back (a restart may).
EXIT_SETTINGS = 2
EXIT_UNREACHABLE = 1

_FIX = "point it at the folder with the seed articles, or unset it for the shipped ones"
_SHIPPED = "or unset KNOWLEDGE_DIR for the shipped articles"


def load_responder(settings: Settings) -> Responder:
    """Load the articles and the operator's resources once; any problem is one `SettingsError` line."""
    knowledge = load_knowledge_base(settings)
    resources = load_resource_lines(settings)
    load_safety_model()
    return Responder(knowledge, resources=resources, shared_store=settings.state_url is not None)


def load_safety_model() -> None:
    """Load and check the learned safety layer once, or stop: a weaker safety layer must not start quietly."""
    try:
        load_model()
    except ModelError as exc:
        raise SettingsError(f"safety model: {exc}") from None


def load_knowledge_base(settings: Settings) -> KnowledgeBase:
    """The articles in KNOWLEDGE_DIR, or one line naming the file and what is wrong with it."""
    folder = settings.knowledge_dir
    if not folder.is_dir() and "knowledge_dir" not in settings.model_fields_set:
        # unset, so the advice to unset it would be no help: the install itself lacks the articles
        raise SettingsError(
            f"The shipped articles are missing from {folder}: reinstall metoo-bot, "
            "or set KNOWLEDGE_DIR to a folder of articles"
        )
    if not folder.is_dir():
        raise SettingsError(f"KNOWLEDGE_DIR {folder} is not a folder: {_FIX}")
    try:
        knowledge = load_knowledge(folder)
    except ValueError as exc:  # the loader's message names the file and the problem, never its text
        raise SettingsError(f"KNOWLEDGE_DIR {folder}: {_one_line(exc)} ({_SHIPPED})") from None
    except Exception as exc:  # unreadable files and the like: still one line, never a traceback
        problem = _one_line(exc) or type(exc).__name__
        raise SettingsError(f"KNOWLEDGE_DIR {folder} cannot be loaded ({problem}): {_FIX}") from None
    if not knowledge.documents:
        raise SettingsError(f"KNOWLEDGE_DIR {folder} holds no articles: {_FIX}")
    return knowledge


def load_resource_lines(settings: Settings) -> tuple[str, ...]:
    """The operator's extra resources (none when RESOURCES_FILE is unset), or one line naming the problem."""
    try:
        return load_resources(settings.resources_file)
    except ValueError as exc:  # the message names the file and line, never the line's text
        raise SettingsError(f"RESOURCES_FILE: {exc}: fix the file or unset RESOURCES_FILE") from None


def describe_telegram_error(exc: TelegramError, settings: Settings) -> str:
    """One line for a Bot API failure at start-up: the cause and the fix, never the token."""
    from telegram.error import BadRequest, InvalidToken, NetworkError

    host = api_host(settings.telegram_base_url)
    reason = redact(_one_line(exc))
    if isinstance(exc, InvalidToken):
        return (
            f"TELEGRAM_BOT_TOKEN was rejected by the Bot API at {host}: copy the current token "
            "from @BotFather (/token)"
        )
    if isinstance(exc, BadRequest) and "webhook" in reason.lower():
        return f"Telegram refused WEBHOOK_URL ({reason}): use a public https:// URL that reaches this bot"
    if isinstance(exc, NetworkError) and not isinstance(exc, BadRequest):
        return f"cannot reach the Bot API at {host} ({reason}): check the network or TELEGRAM_BASE_URL"
    return f"the Bot API at {host} refused the bot ({reason}): check TELEGRAM_BASE_URL and the token"


def describe_listen_error(exc: OSError, settings: Settings) -> str:
    """One line for a webhook server that cannot listen: the address, the reason, and the fix."""
    where = f"{settings.webhook_listen}:{settings.webhook_port}"
    reason = exc.strerror or type(exc).__name__
    return (
        f"WEBHOOK_LISTEN/WEBHOOK_PORT: cannot listen on {where} ({reason}): choose a free port, "
        "stop what uses it, or listen on an address of this machine"
    )


def exit_code_for(exc: TelegramError) -> int:
    """1 when the Bot API could not be reached (a restart may help), 2 when a setting must change."""
    from telegram.error import BadRequest, InvalidToken, NetworkError

    unreachable = isinstance(exc, NetworkError) and not isinstance(exc, BadRequest | InvalidToken)
    return EXIT_UNREACHABLE if unreachable else EXIT_SETTINGS


class _StartUpFailureFilter(logging.Filter):
    """Drops python-telegram-bot's report of a failed start-up request: `run` prints one line instead."""

    def filter(self, record: logging.LogRecord) -> bool:
        # PTB's retry loop logs the failure with 40-100 lines of traceback, once per start-up step
        # ("Bootstrap Initialize Application", "Bootstrap Set Webhook", ...); the error itself still
        # propagates to `run`, which explains it in one line
        return not (record.exc_info and record.getMessage().startswith("Network Retry Loop (Bootstrap"))


def hide_start_up_tracebacks(level: str) -> None:
    """Below DEBUG, a Bot API failure at start-up is the one line `run` prints, without a traceback."""
    logger = logging.getLogger("telegram.ext")  # the name PTB's network retry loop logs under
    for existing in [f for f in logger.filters if isinstance(f, _StartUpFailureFilter)]:
        logger.removeFilter(existing)
    if level.upper() != "DEBUG":
        logger.addFilter(_StartUpFailureFilter())


def api_host(url: str) -> str:
    """Scheme and host only: short, and a base URL never carries the token."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())
