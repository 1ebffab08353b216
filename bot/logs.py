"""Safe logs: one line per event with its kind and timing, never what anyone wrote, never the token."""

from __future__ import annotations

import logging
import re
import sys
import traceback
from typing import Any, Literal, TextIO

__all__ = [
    "EVENT_LOGGER",
    "EventKind",
    "TokenRedactingFilter",
    "configure_logging",
    "guard_library_records",
    "log_event",
    "quiet_libraries",
    "redact",
]

EventKind = Literal[
    "command",
    "answer",
    "no_match",
    "support",
    "info",
    "notice",
    "error",
    "rate_limited",
    "quick_exit",
    "start",
    "dropped",
    "skipped",
    "stop",
]

EVENT_LOGGER = logging.getLogger("bot.events")

# Anything shaped like a bot token: a numeric bot id, a colon, a long secret. Looser than Telegram's
# own shape on purpose: a redacted false positive costs nothing, a leaked token costs the bot.
_TOKEN = re.compile(r"\d{6,}:[A-Za-z0-9_-]{30,}")
_REDACTED = "[REDACTED-TOKEN]"
# Loggers that would otherwise print request URLs (which contain the token) or message payloads.
_CHATTY = {"httpx": logging.WARNING, "httpcore": logging.WARNING, "telegram": logging.INFO}
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
# Libraries whose log arguments and exception messages can carry payloads: python-telegram-bot logs whole
# updates ("Received data was %r") at CRITICAL when it cannot parse one, and request parameters at DEBUG.
_LIBRARIES = ("telegram", "httpx", "httpcore", "tornado", "asyncio", "redis")
# A %-placeholder in a log call's format string, or "%%" (a literal percent sign).
_PLACEHOLDER = re.compile(r"%%|%(?:\(\w+\))?[-#0 +]*(?:\*|\d+)?(?:\.(?:\*|\d+))?[diouxXeEfFgGcrsa]")


def redact(text: str) -> str:
    """`text` with every token-shaped string replaced."""
    return _TOKEN.sub(_REDACTED, text)


class TokenRedactingFilter(logging.Filter):
    """Rewrites each record so no token-shaped string survives: message, arguments and traceback."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a malformed call must still not leak its arguments
            message = str(record.msg)
        record.msg, record.args = redact(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
            # the formatter prints exc_text when set; dropping exc_info stops a second, raw rendering
            record.exc_info = None
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


def _is_library(name: str) -> bool:
    return any(name == lib or name.startswith(lib + ".") for lib in _LIBRARIES)


def _withhold(record: logging.LogRecord) -> None:
    """Keep a library record's fixed wording and where it came from; drop whatever it was given."""
    if isinstance(record.msg, str) and record.args:
        record.msg = _PLACEHOLDER.sub(lambda m: "%" if m[0] == "%%" else "<withheld>", record.msg)
    elif not isinstance(record.msg, str):
        record.msg = f"({type(record.msg).__name__})"
    record.args = None
    if record.exc_info and record.exc_info[0] is not None:
        kind, _, tb = record.exc_info
        frames = "".join(traceback.format_tb(tb))
        record.exc_text = f"Traceback (most recent call last):\n{frames}{kind.__name__} (message withheld)"
    record.exc_info = None


def guard_library_records() -> None:
    """From now on, every record from a library logger carries no arguments and no exception message.

    Installed as the record factory, so it holds for every handler and level (pytest's too), not only the
    handlers `configure_logging` knows about.
    """
    previous = logging.getLogRecordFactory()
    if getattr(previous, "_withholds_payloads", False):
        return

    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = previous(*args, **kwargs)
        if _is_library(record.name):
            _withhold(record)
        return record

    factory._withholds_payloads = True  # type: ignore[attr-defined]
    logging.setLogRecordFactory(factory)


def configure_logging(level: str = "INFO", *, stream: TextIO | None = None) -> None:
    """Log to `stream` (stderr) at `level`, with the token filter on every root handler."""
    guard_library_records()
    root = logging.getLogger()
    if not root.handlers:
        handler = logging.StreamHandler(stream or sys.stderr)
        handler.setFormatter(logging.Formatter(_FORMAT))
        root.addHandler(handler)
    root.setLevel(level)
    for handler in root.handlers:
        if not any(isinstance(f, TokenRedactingFilter) for f in handler.filters):
            handler.addFilter(TokenRedactingFilter())
    quiet_libraries(level)


def quiet_libraries(level: str) -> None:
    """Raise httpx and python-telegram-bot above `level` where they would log URLs or payloads."""
    requested = logging.getLevelName(level.upper())
    for name, floor in _CHATTY.items():
        # httpx logs each request URL (the token is in it); at DEBUG, python-telegram-bot logs request
        # parameters (what people wrote and what the bot answered)
        logging.getLogger(name).setLevel(max(floor, requested))


def log_event(kind: EventKind, *, ms: float, **fields: str | int) -> None:
    """One line for one event; `fields` must be counts or names the bot chose, never user content."""
    extra = "".join(f" {key}={value}" for key, value in sorted(fields.items()))
    EVENT_LOGGER.info("event=%s ms=%.1f%s", kind, ms, extra)
