"""Safe logs: event lines with kinds and timing, no message text, no names, no chat ids, no token."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator

import pytest

from bot.core import Chat, Reply
from bot.logs import (
    TokenRedactingFilter,
    configure_logging,
    guard_library_records,
    log_event,
    quiet_libraries,
    redact,
)
from bot.responder import Responder
from bot.settings import Settings
from bot.telegram.offline import USER_ID, OfflineTelegram
from knowledge import KnowledgeBase


def _token() -> str:
    # token-shaped but fake, built at run time so no token-like literal is committed
    return "1" * 9 + ":" + "fake" * 9


@pytest.fixture
def restore_logging() -> Iterator[None]:
    """Undo configure_logging's changes to the root logger and the library loggers."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    filters = {h: list(h.filters) for h in handlers}
    levels = {name: logging.getLogger(name).level for name in ("httpx", "httpcore", "telegram")}
    factory = logging.getLogRecordFactory()
    yield
    logging.setLogRecordFactory(factory)
    for handler in list(root.handlers):
        if handler not in handlers:
            root.removeHandler(handler)
    for handler, kept in filters.items():
        handler.filters = kept
    root.setLevel(level)
    for name, old in levels.items():
        logging.getLogger(name).setLevel(old)


def _record(msg: str, *args: object, exc: BaseException | None = None) -> logging.LogRecord:
    exc_info = (type(exc), exc, exc.__traceback__) if exc else None
    return logging.LogRecord("t", logging.ERROR, __file__, 1, msg, args, exc_info)


def test_redact_replaces_anything_shaped_like_a_token() -> None:
    url = f"https://api.telegram.org/bot{_token()}/getMe"
    assert redact(url) == "https://api.telegram.org/bot[REDACTED-TOKEN]/getMe"
    assert redact("ratio 12:30 and id 123456:short") == "ratio 12:30 and id 123456:short"


def test_the_filter_redacts_the_message_its_arguments_and_the_traceback() -> None:
    try:
        raise RuntimeError(f"failed calling {_token()}")
    except RuntimeError as exc:
        record = _record("calling %s with %r", _token(), {"token": _token()}, exc=exc)
    assert TokenRedactingFilter().filter(record) is True
    formatted = logging.Formatter("%(message)s").format(record)
    assert _token() not in formatted
    assert formatted.count("[REDACTED-TOKEN]") == 3


def test_configure_logging_filters_every_root_handler_and_silences_httpx(restore_logging: None) -> None:
    stream = io.StringIO()
    root = logging.getLogger()
    for handler in list(root.handlers):
        root.removeHandler(handler)
    configure_logging("INFO", stream=stream)
    logging.getLogger("bot.test").warning("token %s", _token())
    assert _token() not in stream.getvalue() and "[REDACTED-TOKEN]" in stream.getvalue()
    assert logging.getLogger("httpx").level == logging.WARNING


def test_debug_level_still_keeps_the_telegram_library_from_logging_payloads(restore_logging: None) -> None:
    quiet_libraries("DEBUG")
    assert logging.getLogger("telegram").getEffectiveLevel() == logging.INFO
    assert logging.getLogger("httpx").getEffectiveLevel() == logging.WARNING


def test_an_event_is_one_line_with_its_kind_and_timing(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="bot.events")
    log_event("answer", ms=12.345, chat="private", parts=1)
    (record,) = caplog.records
    assert record.getMessage() == "event=answer ms=12.3 chat=private parts=1"


class _Exploding(Responder):
    """The real responder, except one phrase makes it fail, with the text in the exception."""

    def reply(self, text: str, *, chat: Chat = "private", after_support: bool = False) -> Reply:
        if "kaboom" in text:
            raise RuntimeError(f"cannot answer {text!r}")
        return super().reply(text, chat=chat, after_support=after_support)


async def test_a_full_conversation_leaves_no_text_names_ids_or_token_in_the_logs(
    caplog: pytest.LogCaptureFixture, knowledge_base: KnowledgeBase, restore_logging: None
) -> None:
    quiet_libraries("DEBUG")
    caplog.set_level(logging.DEBUG)
    said = [
        "Who started the me too movement zebra-question?",
        # before the disclosure: after it, the concern window would make this a follow-up support reply
        "what is the weather on the moon tangerine",
        "me too, when I was 15 and nobody listened orchid",
        "please kaboom my secret phrase",
    ]
    settings = Settings(_env_file=None, telegram_bot_token=_token(), user_rate_limit=11)  # type: ignore[call-arg]
    async with OfflineTelegram(_Exploding(knowledge_base), settings) as tg:
        for name in ("start", "help", "hotline", "sources", "privacy"):
            await tg.command(name)
        await tg.send_kind("photo")
        for text in said:
            await tg.send_text(text)
        await tg.press("help")  # the support reply's "Talk to someone now"
        await tg.send_text(said[0], chat="group", mention=True)  # the 12th message: over the limit
        await tg.command("forget")
    logged = "\n".join(r.getMessage() + (r.exc_text or "") for r in caplog.records)
    kinds = {r.getMessage().split()[0] for r in caplog.records if r.name == "bot.events"}
    assert {
        "event=command",
        "event=support",
        "event=no_match",
        "event=error",
        "event=rate_limited",
        "event=quick_exit",
        "event=info",
        "event=notice",
    } <= kinds
    for secret in [*said, "zebra", "orchid", "tangerine", "kaboom", "Person", str(USER_ID), _token()]:
        assert secret not in logged, secret
    assert all("ms=" in r.getMessage() for r in caplog.records if r.name == "bot.events")


def test_library_records_keep_their_wording_but_never_their_payload_at_any_level(
    caplog: pytest.LogCaptureFixture, restore_logging: None
) -> None:
    stream = io.StringIO()
    configure_logging("DEBUG", stream=stream)
    caplog.set_level(logging.DEBUG)
    payload = {"message": {"from": {"first_name": "Quillonia", "username": "quill_x"}, "text": "my secret"}}
    try:
        raise TypeError(f"cannot build {payload}")
    except TypeError as exc:
        # what python-telegram-bot logs when an update cannot be parsed, in polling and webhook mode
        logging.getLogger("telegram.ext._utils.webhookhandler").critical(
            "Received data was *not* processed! Received data was: %r", payload, exc_info=exc
        )
    logging.getLogger("telegram.ext.ExtBot").setLevel(logging.DEBUG)
    logging.getLogger("telegram.ext.ExtBot").debug("Calling with parameters `%s`", payload)
    logging.getLogger("tornado.access").warning(payload)
    captured = stream.getvalue() + "\n".join(r.getMessage() + (r.exc_text or "") for r in caplog.records)
    assert "Received data was *not* processed! Received data was: <withheld>" in captured
    assert "TypeError (message withheld)" in captured
    for needle in ("Quillonia", "quill_x", "my secret"):
        assert needle not in captured


def test_the_guard_leaves_the_bots_own_records_alone(
    caplog: pytest.LogCaptureFixture, restore_logging: None
) -> None:
    guard_library_records()
    guard_library_records()  # twice is once
    caplog.set_level(logging.INFO)
    logging.getLogger("bot.telegram.polling").info("poll_retry error=%s", "NetworkError")
    assert caplog.records[-1].getMessage() == "poll_retry error=NetworkError"
