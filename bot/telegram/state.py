"""What the handlers share, built once at start-up and kept in `application.bot_data`."""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

from bot.responder import Responder
from bot.settings import Settings
from bot.telegram.quickexit import MessageLog
from bot.telegram.ratelimit import UserRateLimiter

__all__ = ["STATE_KEY", "AnsweredUpdates", "BotState", "state_of"]

STATE_KEY = "metoo_state"


class AnsweredUpdates:
    """Ids of updates already answered, so a redelivered or failing update never gets two replies.

    Async so a shared store (Redis) can stand behind the same calls later; in memory, a restart forgets
    them, and an update handled but not yet confirmed to Telegram before a crash is answered again.
    """

    def __init__(self, cap: int = 5_000) -> None:
        self._cap = cap
        self._ids: OrderedDict[int, None] = OrderedDict()

    async def add(self, update_id: int) -> None:
        """Remember one answered update; the oldest are forgotten past the cap."""
        self._ids[update_id] = None
        if len(self._ids) > self._cap:
            self._ids.popitem(last=False)

    async def has(self, update_id: int) -> bool:
        """True once `update_id` was answered (while it is remembered)."""
        return update_id in self._ids


@dataclass
class BotState:
    """The responder, the limits and the quick-exit log: everything a handler needs, no files."""

    settings: Settings
    responder: Responder
    limiter: UserRateLimiter
    messages: MessageLog = field(default_factory=MessageLog)
    answered: AnsweredUpdates = field(default_factory=AnsweredUpdates)
    sweeper: asyncio.Task[None] | None = None


def state_of(context: Any) -> BotState:
    """The shared state from a handler's context (or the application itself)."""
    return context.bot_data[STATE_KEY]
