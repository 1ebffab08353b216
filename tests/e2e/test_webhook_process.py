"""`python -m bot run` in webhook mode: hostile posts are refused before they cost memory or reach the log,
and an update the library cannot parse is confirmed without a trace, even at DEBUG."""

from __future__ import annotations

import json
import socket
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from bot_api_json import old_poll_message
from bot_process import BotProcess, start_webhook_bot, stop
from fake_bot_api import FakeBotApi
from ports import free_port

pytestmark = pytest.mark.timeout(120)

SECRET = "e2e-webhook-secret_1"
PRIVATE = "my neighbour hurt me last night"
QUESTION = "who started me too"
# What a poll from an older server carries that must never reach the log.
POLL_NAME, POLL_USERNAME = "Quillonia", "quillon_sender"
BIG_POST_BYTES = 95 * 1024 * 1024
BIG_POSTS = 8
_CHUNK = b" " * (1024 * 1024)


def _post(
    port: int, body: bytes, *, secret: str | None = SECRET, length: int | None = None
) -> tuple[int, int]:
    """POST `body` (or `length` bytes of blanks, streamed); returns (status or 0 if cut off, bytes sent)."""
    size = len(body) if length is None else length
    head = "POST /telegram/hook HTTP/1.1\r\nHost: bot\r\nContent-Type: application/json\r\n"
    head += f"Content-Length: {size}\r\n"
    if secret is not None:
        head += f"X-Telegram-Bot-Api-Secret-Token: {secret}\r\n"
    sent = 0
    with socket.create_connection(("127.0.0.1", port), timeout=10) as conn:
        conn.sendall((head + "\r\n").encode())
        try:
            if length is None:
                conn.sendall(body)
                sent = len(body)
            else:
                while sent < length:
                    sent += conn.send(_CHUNK[: min(len(_CHUNK), length - sent)])
        except OSError:
            pass  # the server hung up after answering: it did not want the body
        try:
            answer = conn.recv(200)
        except OSError:
            return 0, sent
    return (int(answer.split()[1]) if answer.startswith(b"HTTP/") else 0), sent


def _rss_mb(bot: BotProcess) -> float:
    for line in Path(f"/proc/{bot.process.pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS")


@pytest.fixture
def webhook_bot(
    make_api: Callable[..., FakeBotApi], tmp_path: Path
) -> Iterator[tuple[FakeBotApi, BotProcess, int]]:
    """The bot serving its webhook on a free port of 127.0.0.1, logging at DEBUG; stopped after the test."""
    api, port = make_api(), free_port()
    bot = start_webhook_bot(
        api, tmp_path, port, WEBHOOK_URL="https://bot.example.org/telegram/hook", WEBHOOK_SECRET_TOKEN=SECRET,
        LOG_LEVEL="DEBUG",
    )
    yield api, bot, port
    stop(bot)


def _update(update_id: int, text: str) -> bytes:
    person = {"id": 77, "is_bot": False, "first_name": "P"}
    message = {"message_id": update_id, "date": 1, "chat": {"id": 77, "type": "private"}, "from": person}
    return json.dumps({"update_id": update_id, "message": {**message, "text": text}}).encode()


def test_large_posts_are_refused_before_they_are_read(
    webhook_bot: tuple[FakeBotApi, BotProcess, int], record_property: Callable[..., None]
) -> None:
    api, bot, port = webhook_bot
    before = _rss_mb(bot)
    # half without the secret (the measured attack), half with it
    secrets = [None if i % 2 else SECRET for i in range(BIG_POSTS)]
    answers = [_post(port, b"", secret=secret, length=BIG_POST_BYTES) for secret in secrets]
    after = _rss_mb(bot)
    record_property(
        "load",
        f"{BIG_POSTS} posts of 95 MB: answers {sorted({a for a, _ in answers})}, "
        f"at most {max(s for _, s in answers) / 2**20:.1f} MB sent before the hang-up; "
        f"RSS {before:.0f} MB -> {after:.0f} MB",
    )
    assert {status for status, _ in answers} <= {413, 403}
    assert after - before < 50, f"RSS {before:.0f} -> {after:.0f} MB"
    # still serving
    assert _post(port, _update(1, QUESTION))[0] == 200
    assert api.wait_until(lambda: len(api.outgoing()) == 1, 30)
    assert bot.running


def test_malformed_json_and_an_unparseable_update_are_answered_and_never_logged(
    webhook_bot: tuple[FakeBotApi, BotProcess, int],
) -> None:
    api, bot, port = webhook_bot
    assert _post(port, f'{{"update_id": 1, "message": "{PRIVATE}'.encode())[0] == 400
    poll = old_poll_message(77, 2, first_name=POLL_NAME, username=POLL_USERNAME, question=PRIVATE)
    # an update the library cannot parse is confirmed, or Telegram would send it again and again
    assert _post(port, json.dumps({"update_id": 2, "message": poll}).encode())[0] == 200
    assert _post(port, _update(3, PRIVATE), secret="wrong")[0] == 403
    assert _post(port, _update(4, QUESTION))[0] == 200
    assert api.wait_until(lambda: len(api.outgoing()) == 1, 30)
    code, _ = bot.terminate()
    log = bot.log()
    assert code == 0, log[-2000:]
    assert "webhook_refused reason=malformed_json" in log and "webhook_update_skipped" in log
    for needle in (PRIVATE, "neighbour", SECRET, POLL_NAME, POLL_USERNAME, QUESTION):
        assert needle not in log, log[-3000:]
