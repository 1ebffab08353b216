"""The webhook server: the secret, the size and the JSON are checked before anything reaches the bot."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
import pytest
from ports import free_port
from telegram import Update

from bot.responder import Responder
from bot.settings import Settings
from bot.telegram.app import build_application
from bot.telegram.fakeapi import text_update
from bot.telegram.offline import USER_ID, OfflineRequest
from bot.telegram.webhook import MAX_BODY_BYTES, SECRET_HEADER, WebhookServer, serve_webhook

SECRET = "s3cret-Token_1"
PRIVATE = "my neighbour hurt me last night"


class Hook:
    """A webhook server on 127.0.0.1 whose accepted updates are collected in a list."""

    def __init__(self) -> None:
        self.accepted: list[Update] = []
        self.server = WebhookServer("/hook", self._accept, None, SECRET)
        self.port = 0

    async def _accept(self, update: Update) -> None:
        self.accepted.append(update)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/hook"

    async def post(self, body: bytes, *, secret: str | None = SECRET, **headers: str) -> httpx.Response:
        sent = {"Content-Type": "application/json", **headers}
        if secret is not None:
            sent[SECRET_HEADER] = secret
        async with httpx.AsyncClient(trust_env=False) as client:
            return await client.post(self.url, content=body, headers=sent)

    async def raw(self, head: str) -> bytes:
        """Send only a request head; return what the server answers before any body was sent."""
        reader, writer = await asyncio.open_connection("127.0.0.1", self.port)
        writer.write(head.encode())
        await writer.drain()
        answer = await asyncio.wait_for(reader.read(1000), timeout=5)
        writer.close()
        return answer


@pytest.fixture
async def hook() -> AsyncIterator[Hook]:
    hook = Hook()
    hook.port = hook.server.start("127.0.0.1", 0)
    yield hook
    await hook.server.stop()


async def test_a_post_with_the_secret_is_handed_on(hook: Hook) -> None:
    answer = await hook.post(json.dumps(text_update(1, "who started me too", USER_ID)).encode())
    assert answer.status_code == 200
    assert [u.update_id for u in hook.accepted] == [1]


@pytest.mark.parametrize("secret", [None, "", "nope", SECRET + "x"])
async def test_a_post_without_the_right_secret_is_refused(hook: Hook, secret: str | None) -> None:
    answer = await hook.post(json.dumps(text_update(1, "hi", USER_ID)).encode(), secret=secret)
    assert answer.status_code == 403 and hook.accepted == []


async def test_a_body_that_is_not_json_by_its_type_is_refused(hook: Hook) -> None:
    answer = await hook.post(b"update_id=1", **{"Content-Type": "application/x-www-form-urlencoded"})
    assert answer.status_code == 415 and hook.accepted == []


async def test_a_declared_size_over_the_limit_is_refused_before_the_body_is_sent(hook: Hook) -> None:
    head = (
        "POST /hook HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        f"{SECRET_HEADER}: {SECRET}\r\nContent-Length: {95 * 1024 * 1024}\r\n\r\n"
    )
    answer = await hook.raw(head)
    assert answer.startswith(b"HTTP/1.1 413")
    assert hook.accepted == []


async def test_a_large_post_without_the_secret_is_refused_before_the_body_is_sent(hook: Hook) -> None:
    head = (
        "POST /hook HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        f"Content-Length: {10**8}\r\n\r\n"
    )
    assert (await hook.raw(head)).startswith(b"HTTP/1.1 403")


async def test_a_chunked_body_growing_past_the_limit_is_cut_off(hook: Hook) -> None:
    async def chunks() -> AsyncIterator[bytes]:
        for _ in range(40):
            yield b" " * 64_000

    async with httpx.AsyncClient(trust_env=False) as client:
        try:
            headers = {"Content-Type": "application/json", SECRET_HEADER: SECRET}
            answer = await client.post(hook.url, content=chunks(), headers=headers)
            assert answer.status_code == 413
        except httpx.TransportError:
            pass  # cut off mid-body: the connection closes, which is the point
    assert hook.accepted == []


async def test_a_body_just_under_the_limit_is_read(hook: Hook) -> None:
    body = json.dumps(text_update(5, "who started me too", USER_ID)).encode()
    body = body[:-1] + b" " * (MAX_BODY_BYTES - len(body)) + b"}"
    assert len(body) == MAX_BODY_BYTES
    assert (await hook.post(body)).status_code == 200
    assert len(hook.accepted) == 1


@pytest.mark.parametrize("body", [b"{not json", b"\xff\xfe", b"[1, 2]", b"", b'"text"'])
async def test_malformed_json_is_answered_400(hook: Hook, body: bytes) -> None:
    assert (await hook.post(body)).status_code == 400
    assert hook.accepted == []


async def test_an_update_the_library_cannot_read_is_confirmed_and_skipped(hook: Hook) -> None:
    # a poll without voter counts, as an older self-hosted Bot API server sends it
    poll = {"update_id": 9, "poll": {"id": "1", "question": PRIVATE, "options": [{"text": PRIVATE}]}}
    assert (await hook.post(json.dumps(poll).encode())).status_code == 200
    assert hook.accepted == []


async def test_a_stop_lets_updates_in_hand_finish_within_the_grace_and_answers_the_rest_503() -> None:
    # 503, like no answer at all, makes Telegram post the update again: to the next process
    seconds = {1: 0.1, 2: 30.0, 3: 0.0}
    started: list[int] = []
    handled: list[int] = []

    async def accept(update: Update) -> None:
        started.append(update.update_id)
        await asyncio.sleep(seconds[update.update_id])
        handled.append(update.update_id)

    server = WebhookServer("/hook", accept, None, SECRET)
    url = f"http://127.0.0.1:{server.start('127.0.0.1', 0)}/hook"
    headers = {"Content-Type": "application/json", SECRET_HEADER: SECRET}

    def post(client: httpx.AsyncClient, update_id: int) -> Any:
        body = json.dumps(text_update(update_id, "who started me too", USER_ID)).encode()
        return asyncio.create_task(client.post(url, content=body, headers=headers))

    async with contextlib.AsyncExitStack() as stack:
        kept, one, two = [await stack.enter_async_context(httpx.AsyncClient(trust_env=False)) for _ in "abc"]
        assert (await post(kept, 3)).status_code == 200  # leaves a kept-alive connection
        in_hand = [post(one, 1), post(two, 2)]
        while len(started) < 3:
            await asyncio.sleep(0.01)
        stopping = asyncio.create_task(server.stop(grace=0.5))
        await asyncio.sleep(0.05)
        during = await post(kept, 3)  # on the kept-alive connection: the listening socket is closed
        await stopping
        answers = [(await task).status_code for task in in_hand]
    assert answers == [200, 503]
    assert during.status_code == 503
    assert handled == [3, 1]


async def test_other_paths_and_methods_are_not_served(hook: Hook) -> None:
    async with httpx.AsyncClient(trust_env=False) as client:
        assert (await client.get(hook.url)).status_code == 405
        assert (await client.post(hook.url.replace("/hook", "/other"), content=b"{}")).status_code == 404


async def test_no_log_line_carries_a_body_or_the_secret(hook: Hook, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    poll = {"update_id": 9, "poll": {"id": "1", "question": PRIVATE, "options": []}}
    await hook.post(json.dumps(poll).encode())
    await hook.post(f'{{"text": "{PRIVATE}"'.encode())
    await hook.post(json.dumps(text_update(1, PRIVATE, USER_ID)).encode(), secret=f"{SECRET}-{PRIVATE[:5]}")
    await hook.post(json.dumps(text_update(2, PRIVATE, USER_ID)).encode())
    # the server's side only: the test's own HTTP client logs its requests at DEBUG
    server_side = [r for r in caplog.records if not r.name.startswith(("httpx", "httpcore"))]
    text = "\n".join(f"{r.name} {r.getMessage()}" for r in server_side)
    assert "webhook_refused reason=malformed_json" in text and "webhook_update_skipped" in text
    for needle in (PRIVATE, "neighbour", SECRET, "127.0.0.1"):
        assert needle not in text


async def test_serve_webhook_registers_the_secret_answers_and_stops(
    responder: Responder, make_settings: Callable[..., Settings]
) -> None:
    request = OfflineRequest()
    application = build_application(make_settings(), responder, request=request)
    port, stop = free_port(), asyncio.Event()
    task = asyncio.create_task(
        serve_webhook(
            application,
            listen="127.0.0.1",
            port=port,
            path="/hook",
            webhook_url="https://bot.example.org/hook",
            secret=SECRET,
            stop=stop,
        )
    )
    for _ in range(200):
        if any(c.method == "setWebhook" for c in request.calls) and application.running:
            break
        await asyncio.sleep(0.02)
    async with httpx.AsyncClient(trust_env=False) as client:
        answer = await client.post(
            f"http://127.0.0.1:{port}/hook",
            json=text_update(3, "who started me too", USER_ID),
            headers={SECRET_HEADER: SECRET},
        )
    for _ in range(200):
        if any(c.method == "sendMessage" for c in request.calls):
            break
        await asyncio.sleep(0.02)
    stop.set()
    await asyncio.wait_for(task, timeout=10)
    assert answer.status_code == 200
    (set_webhook,) = [c for c in request.calls if c.method == "setWebhook"]
    assert set_webhook.params["secret_token"] == SECRET
    assert set_webhook.params["drop_pending_updates"] is False
    assert set_webhook.params["allowed_updates"] == list(Update.ALL_TYPES)
    assert len([c for c in request.calls if c.method == "sendMessage"]) == 1
    assert "setMyCommands" in [c.method for c in request.calls]  # post_init ran
    assert not application.running


class _SlowSends(OfflineRequest):
    """Telegram taking a moment to accept each sendMessage, as it does under load."""

    async def do_request(self, url: str, *args: Any, **kwargs: Any) -> tuple[int, bytes]:
        if url.endswith("/sendMessage"):
            await asyncio.sleep(0.3)
        return await super().do_request(url, *args, **kwargs)


async def test_the_200_goes_out_only_once_the_update_was_answered(
    responder: Responder, make_settings: Callable[..., Settings]
) -> None:
    # Telegram forgets an update at the 200: were it sent first, a crash mid-reply would lose the update
    request = _SlowSends()
    application = build_application(make_settings(), responder, request=request)
    port, stop = free_port(), asyncio.Event()
    task = asyncio.create_task(
        serve_webhook(
            application, listen="127.0.0.1", port=port, path="/hook",
            webhook_url="https://bot.example.org/hook", secret=SECRET, stop=stop,
        )
    )
    for _ in range(200):
        if application.running:
            break
        await asyncio.sleep(0.02)
    sent_before_the_answer = []
    async with httpx.AsyncClient(trust_env=False) as client:
        for update_id in (4, 5):
            answer = await client.post(
                f"http://127.0.0.1:{port}/hook",
                json=text_update(update_id, "who started me too", USER_ID),
                headers={SECRET_HEADER: SECRET},
            )
            assert answer.status_code == 200
            sent_before_the_answer.append(len([c for c in request.calls if c.method == "sendMessage"]))
    stop.set()
    await asyncio.wait_for(task, timeout=10)
    assert sent_before_the_answer == [1, 2]
