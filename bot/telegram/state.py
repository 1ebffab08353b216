"""What the handlers share, built once at start-up and kept in `application.bot_data`."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Any

from bot.responder import Responder
from bot.settings import Settings
from bot.store import MemoryStore, StateStore
from bot.telegram.deciding import Decisions
from bot.telegram.ratelimit import UserRateLimiter

__all__ = ["STATE_KEY", "AnsweredUpdates", "BotState", "state_of"]

STATE_KEY = "metoo_state"


class AnsweredUpdates:
    """Ids of updates already answered, so a redelivered or failing update never gets two replies.

    Kept in the state store: this process's memory by default (a restart forgets them, so an update handled
    but not yet confirmed to Telegram before a crash is answered again), or the Redis all replicas share.
    """

    def __init__(self, store: StateStore | None = None) -> None:
        self._store = store if store is not None else MemoryStore()

    async def add(self, update_id: int) -> None:
        """Remember one answered update."""
        await self._store.mark_answered(update_id)

    async def has(self, update_id: int) -> bool:
        """True once `update_id` was answered (while it is remembered)."""
        return await self._store.is_answered(update_id)


@dataclass
class BotState:
    """The responder, the limits and the quick-exit log: everything a handler needs, no files."""

    settings: Settings
    responder: Responder
    limiter: UserRateLimiter
    # quick-exit ids; the limiter and the answered ids use the same store: memory, or Redis for replicas
    messages: StateStore = field(default_factory=MemoryStore)
    answered: AnsweredUpdates = field(default_factory=AnsweredUpdates)
    sweeper: asyncio.Task[None] | None = None
    # the Responder's decisions run here, off the event loop, so chats overlap on the cores
    decisions: Decisions = field(default_factory=Decisions)


def state_of(context: Any) -> BotState:
    """The shared state from a handler's context (or the application itself)."""
    return context.bot_data[STATE_KEY]
