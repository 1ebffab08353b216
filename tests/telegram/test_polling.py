"""The project's polling loop: confirm only what was handled, skip what cannot be parsed, stop in time."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import pytest
from telegram import Update
from telegram.ext import Application, ApplicationHandlerStop, ContextTypes, MessageHandler, filters

from bot.logs import guard_library_records
from bot.responder import Responder
from bot.settings import Settings
from bot.telegram import polling
from bot.telegram.app import build_application
from bot.telegram.fakeapi import text_update
from bot.telegram.offline import USER_ID, OfflineRequest
from bot.telegram.polling import TokenRefused, poll

HANG = "please hang here"
# The raw getUpdates call is deliberate (see bot/telegram/polling.py); pytest resets the module's filter.
pytestmark = pytest.mark.filterwarnings("ignore:Please use 'Bot.getUpdates':telegram.warnings.PTBUserWarning")


def _update(update_id: int, text: str, chat_id: int = USER_ID) -> dict[str, Any]:
    update = text_update(update_id, text, chat_id)
    # a name and username of its own, so the log tests can look for them
    update["message"]["from"].update(first_name="Pat", username="pat_the_person")
    return update


def _old_poll(update_id: int) -> dict[str, Any]:
    """A poll as an older self-hosted server sends it: python-telegram-bot 22 cannot parse it."""
    update = _update(update_id, "")
    del update["message"]["text"]
    update["message"]["poll"] = {
        "id": "p1",
        "question": "Marmalade or jam",
        "options": [{"text": "Marmalade", "voter_count": 0}],
        "total_voter_count": 0,
        "is_closed": False,
        "is_anonymous": True,
        "type": "regular",
        "allows_multiple_answers": False,
    }
    return update


async def _until(condition: Callable[[], bool], seconds: float = 10.0) -> None:
    for _ in range(int(seconds / 0.02)):
        if condition():
            return
        await asyncio.sleep(0.02)
    raise AssertionError("timed out")


class Polling:
    """The real Application over an offline request, polled by `poll` in a task until `stop()`."""

    def __init__(self, application: Application, request: OfflineRequest) -> None:
        self.application, self.request = application, request
        self.release = asyncio.Event()
        self._stop = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._task = asyncio.create_task(poll(self.application, self._stop, timeout=0))

    async def stop(self) -> None:
        self._stop.set()
        assert self._task is not None
        await self._task

    def sent(self) -> int:
        return sum(c.method == "sendMessage" for c in self.request.calls)

    def offsets(self) -> list[int]:
        return [int(c.params.get("offset") or 0) for c in self.request.calls if c.method == "getUpdates"]


@pytest.fixture
def guarded_logs() -> Iterator[None]:
    """Library records without their arguments, as `configure_logging` sets up for `run`."""
    factory = logging.getLogRecordFactory()
    guard_library_records()
    yield
    logging.setLogRecordFactory(factory)


@pytest.fixture
async def polling_app(responder: Responder, make_settings: Callable[..., Settings]) -> AsyncIterator[Polling]:
    request = OfflineRequest()
    application = build_application(make_settings(), responder, request=request)
    harness = Polling(application, request)

    async def hang(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await harness.release.wait()  # a reply that takes as long as the test wants
        raise ApplicationHandlerStop

    application.add_handler(MessageHandler(filters.Text([HANG]), hang), group=-1)
    async with application:
        yield harness


async def test_an_update_is_confirmed_only_after_it_was_handled(polling_app: Polling) -> None:
    polling_app.request.deliver(_update(10, HANG))
    polling_app.request.deliver(_update(11, "who started me too", chat_id=USER_ID + 1))
    polling_app.start()
    await _until(lambda: polling_app.sent() == 1)  # the other chat is answered meanwhile
    await asyncio.sleep(0.3)
    assert max(polling_app.offsets()) <= 10  # update 10 is still in hand: never confirmed
    polling_app.release.set()
    await _until(lambda: max(polling_app.offsets()) == 12)
    await polling_app.stop()
    assert polling_app.request._pending == []


async def test_a_stop_cancels_a_reply_still_in_hand_and_leaves_its_update_with_telegram(
    polling_app: Polling, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(polling, "STOP_GRACE", 0.2)
    polling_app.request.deliver(_update(20, "who started me too"))
    polling_app.request.deliver(_update(21, HANG))
    polling_app.start()
    await _until(lambda: polling_app.sent() == 1)
    began = asyncio.get_running_loop().time()
    await polling_app.stop()
    assert asyncio.get_running_loop().time() - began < 2
    assert [u["update_id"] for u in polling_app.request._pending] == [21]


async def test_an_update_the_library_cannot_parse_is_skipped_with_one_line_of_its_kind(
    polling_app: Polling, caplog: pytest.LogCaptureFixture, guarded_logs: None
) -> None:
    caplog.set_level(logging.DEBUG)
    polling_app.request.deliver(_old_poll(30))
    polling_app.request.deliver(_update(31, "who started me too"))
    polling_app.start()
    await _until(lambda: polling_app.sent() == 1)
    await polling_app.stop()
    skipped = [r.getMessage() for r in caplog.records if "event=skipped" in r.getMessage()]
    assert skipped == ["event=skipped ms=0.0 error=TypeError update=message.poll"]
    assert polling_app.request._pending == []
    logged = "\n".join(r.getMessage() + (r.exc_text or "") for r in caplog.records)
    for needle in ("Marmalade", "Pat", "pat_the_person"):
        assert needle not in logged


async def test_polling_backs_off_after_errors_and_answers_afterwards(polling_app: Polling) -> None:
    polling_app.request.fail("getUpdates", 502, "Bad Gateway")
    polling_app.request.fail("getUpdates", 409, "Conflict: terminated by other getUpdates request")
    polling_app.request.deliver(_update(40, "who started me too"))
    polling_app.start()
    await _until(lambda: polling_app.sent() == 1)
    await polling_app.stop()
    assert polling_app.offsets().count(0) >= 2


async def test_an_idle_poll_against_a_server_that_answers_at_once_does_not_spin(polling_app: Polling) -> None:
    polling_app.start()
    await asyncio.sleep(1.0)
    await polling_app.stop()
    assert len(polling_app.offsets()) <= 15  # about one poll per 0.1 s, not thousands


@pytest.mark.parametrize("code", [401, 404])
async def test_a_token_telegram_keeps_refusing_ends_polling(polling_app: Polling, code: int) -> None:
    polling_app.request.fail("getUpdates", code, "Unauthorized" if code == 401 else "Not Found", times=10)
    with pytest.raises(TokenRefused):
        await asyncio.wait_for(poll(polling_app.application, asyncio.Event(), timeout=0), 10)


async def test_one_refusal_followed_by_success_is_not_a_revoked_token(polling_app: Polling) -> None:
    polling_app.request.fail("getUpdates", 401, "Unauthorized", times=2)
    polling_app.request.deliver(_update(50, "who started me too"))
    polling_app.start()
    await _until(lambda: polling_app.sent() == 1)
    await polling_app.stop()


async def test_an_update_stuck_past_the_ceiling_is_given_up_so_the_rest_flow(
    polling_app: Polling, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(polling, "HANDLER_CEILING", 0.3)
    caplog.set_level(logging.INFO, logger="bot.events")
    polling_app.request.deliver(_update(60, HANG))
    polling_app.request.deliver(_update(61, "who started me too"))  # same chat: waits its turn
    polling_app.start()
    await _until(lambda: polling_app.sent() == 1)
    await _until(lambda: max(polling_app.offsets()) == 62)
    await polling_app.stop()
    assert any("error=TimeoutError where=polling" in r.getMessage() for r in caplog.records)
