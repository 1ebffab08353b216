"""Chat lanes: chats side by side, each chat's updates one after another in arrival order."""

from __future__ import annotations

import asyncio
from typing import Any

from telegram import Update

from bot.telegram.lanes import ChatLanes, lane_of


def _update(update_id: int, chat_id: int) -> Update:
    person = {"id": chat_id, "is_bot": False, "first_name": "P"}
    message = {"message_id": update_id, "date": 1, "chat": {"id": chat_id, "type": "private"}, "from": person}
    return Update.de_json({"update_id": update_id, "message": {**message, "text": "hi"}}, None)


async def test_one_chat_is_handled_in_order_while_other_chats_go_ahead() -> None:
    lanes = ChatLanes()
    log: list[tuple[str, int]] = []

    async def handle(update_id: int, seconds: float) -> None:
        log.append(("start", update_id))
        await asyncio.sleep(seconds)
        log.append(("end", update_id))

    work: list[Any] = [
        lanes.process_update(_update(1, 100), handle(1, 0.2)),  # slow, chat 100
        lanes.process_update(_update(2, 100), handle(2, 0.0)),  # must wait for 1
        lanes.process_update(_update(3, 200), handle(3, 0.0)),  # another chat: no waiting
    ]
    await asyncio.gather(*(asyncio.create_task(w) for w in work))
    assert log.index(("end", 3)) < log.index(("end", 1))
    assert log.index(("end", 1)) < log.index(("start", 2))
    assert lanes.busy_chats() == 0


async def test_many_updates_of_one_chat_keep_their_order() -> None:
    lanes = ChatLanes()
    seen: list[int] = []

    async def handle(update_id: int) -> None:
        await asyncio.sleep(0.001 * (update_id % 3))
        seen.append(update_id)

    tasks = [asyncio.create_task(lanes.process_update(_update(i, 7), handle(i))) for i in range(50)]
    await asyncio.gather(*tasks)
    assert seen == list(range(50))


async def test_a_cancelled_waiting_update_frees_its_lane() -> None:
    lanes = ChatLanes()
    gate = asyncio.Event()
    first = asyncio.create_task(lanes.process_update(_update(1, 9), gate.wait()))
    second = asyncio.create_task(lanes.process_update(_update(2, 9), asyncio.sleep(0)))
    await asyncio.sleep(0.01)
    second.cancel()
    gate.set()
    await first
    await asyncio.gather(second, return_exceptions=True)
    assert lanes.busy_chats() == 0


def test_an_update_without_chat_or_person_has_no_lane() -> None:
    assert lane_of(Update(update_id=1)) is None
    assert lane_of(_update(1, 42)) == 42
