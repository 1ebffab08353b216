"""Decisions on worker threads: the same replies as one at a time, and each chat's replies in order."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path
from typing import Any

import yaml
from telegram import Update

from bot.responder import Responder
from bot.safety_model import load_model
from bot.telegram.deciding import Decisions, default_workers
from bot.telegram.fakeapi import text_update
from bot.telegram.offline import OfflineTelegram

_EVAL = Path(__file__).resolve().parents[2] / "benchmarks" / "eval"


def _messages() -> list[str]:
    """Every concern and ordinary questions, from the project's own (not blind) safety set, plus commands."""
    data = yaml.safe_load((_EVAL / "safety.yaml").read_text(encoding="utf-8"))
    by_kind: dict[str, list[str]] = {}
    for item in data["messages"]:
        by_kind.setdefault(item["expect"], []).append(item["text"])
    picked = [text for texts in by_kind.values() for text in texts[:8]]
    return [*picked, "/help", "who started me too", "how many tweets a day", "/start i was hurt"]


async def test_concurrent_decisions_give_the_same_replies_as_sequential_ones(responder: Responder) -> None:
    messages = _messages() * 2
    expected = [responder.reply(text) for text in messages]
    scores = [load_model().margins(text) for text in messages]
    decisions = Decisions(workers=4)
    try:
        replies = await asyncio.gather(*(decisions.run(lambda t=t: responder.reply(t)) for t in messages))
        margins = await asyncio.gather(
            *(decisions.run(lambda t=t: load_model().margins(t)) for t in messages)
        )
    finally:
        decisions.close()
    assert replies == expected
    assert margins == scores  # the model's numbers, exactly: the ONNX session is shared by the threads


async def test_a_decision_runs_off_the_event_loop_and_its_error_reaches_the_caller() -> None:
    decisions = Decisions(workers=2)
    loop_thread = threading.get_ident()

    def fails() -> None:
        raise ValueError(str(threading.get_ident() != loop_thread))

    try:
        assert await decisions.run(threading.get_ident) != loop_thread
        try:
            await decisions.run(fails)
        except ValueError as exc:
            assert str(exc) == "True"
        else:
            raise AssertionError("the error was lost")
    finally:
        decisions.close()
    assert await decisions.run(lambda: 7) == 7  # closing at shutdown does not break a later start


def test_one_worker_per_core_at_most_four() -> None:
    assert 1 <= default_workers() <= 4


async def test_many_chats_at_once_each_get_their_replies_in_order(responder: Responder) -> None:
    messages = _messages()
    chats = {5000 + i: messages[i::6] for i in range(6)}
    want = {chat: _conversation(responder, texts) for chat, texts in chats.items()}
    async with OfflineTelegram(responder) as tg:
        app, update_id = tg.application, 0
        for round_ in range(max(len(texts) for texts in chats.values())):
            for chat, texts in chats.items():
                if round_ < len(texts):
                    update_id += 1
                    payload = _update(update_id, chat, texts[round_])
                    await app.update_queue.put(Update.de_json(payload, app.bot))
        total = sum(len(parts) for parts in want.values())
        for _ in range(3000):  # at most 30 s; about half a second on a quiet machine
            if len(_sends(tg)) >= total:
                break
            await asyncio.sleep(0.01)
        sends = _sends(tg)
    got = {chat: [c.params["text"] for c in sends if int(c.params["chat_id"]) == chat] for chat in chats}
    assert got == want


def _sends(tg: OfflineTelegram) -> list:  # type: ignore[type-arg]
    return [c for c in tg.calls if c.method == "sendMessage" and c.result]


def _conversation(responder: Responder, texts: list[str]) -> list[str]:
    """The parts one chat gets, in order; after a support reply, its concern window (bot/concern.py) turns
    a "not covered" into the follow-up."""
    from bot.telegram.render import render

    parts: list[str] = []
    after_support = False
    for text in texts:
        reply = responder.reply(text, after_support=after_support)
        after_support = after_support or reply.supports
        parts += render(reply)
    return parts


def _update(update_id: int, chat: int, text: str) -> dict[str, Any]:
    update = text_update(update_id, text, chat)
    if text.startswith("/"):
        command = {"type": "bot_command", "offset": 0, "length": len(text.split()[0])}
        update["message"]["entities"] = [command]
    return update
