"""One lane per chat: chats are handled side by side, the updates of one chat one after another, in order.

A person waiting for an answer should never wait behind someone else's conversation, and one person's
messages must be answered in the order they were written.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Coroutine
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

__all__ = ["ChatLanes", "lane_of"]

# Updates handled at once, across all chats. Polling holds at most one batch (100) in hand; a webhook
# burst waits here instead of opening hundreds of requests to Telegram at once.
_MAX_CONCURRENT = 256


def lane_of(update: object) -> int | None:
    """The chat an update belongs to (the person, when there is no chat); None for neither."""
    if not isinstance(update, Update):
        return None
    if update.effective_chat is not None:
        return update.effective_chat.id
    return update.effective_user.id if update.effective_user is not None else None


class _Lane:
    __slots__ = ("lock", "users")

    def __init__(self) -> None:
        # asyncio.Lock wakes its waiters first come, first served: tasks created in update order queue
        # in update order
        self.lock = asyncio.Lock()
        self.users = 0


class ChatLanes(BaseUpdateProcessor):
    """python-telegram-bot's update processor, ordered per chat; also used by the polling loop."""

    def __init__(self, max_concurrent_updates: int = _MAX_CONCURRENT) -> None:
        super().__init__(max_concurrent_updates)
        self._lanes: dict[int, _Lane] = {}

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        """Await `coroutine` once every earlier update of the same chat is done."""
        key = lane_of(update)
        if key is None:
            await coroutine
            return
        lane = self._lanes.setdefault(key, _Lane())
        lane.users += 1
        started = False
        try:
            async with lane.lock:
                started = True
                await coroutine
        finally:
            lane.users -= 1
            if lane.users == 0:
                del self._lanes[key]  # an idle chat costs nothing
            if not started and isinstance(coroutine, Coroutine):
                coroutine.close()  # cancelled while waiting: it never ran, and never will

    def busy_chats(self) -> int:
        """How many chats have an update in hand or waiting."""
        return len(self._lanes)

    async def initialize(self) -> None:
        """Nothing to set up: lanes are made on demand."""

    async def shutdown(self) -> None:
        """Nothing to release: a lane disappears with its last update."""
