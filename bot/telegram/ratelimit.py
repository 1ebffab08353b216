"""A per-person message limit: a sliding window per user id, kept in the state store.

Over the limit a person gets one notice per window; anything more in that window is dropped silently.
A notice per message would spend the bot's global budget (about 30 messages a second) on one flooding
account and make everybody else wait.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from bot.store import MemoryStore, StateStore

__all__ = ["ANSWER", "Decision", "UserRateLimiter", "Verdict"]

Verdict = Literal["answer", "notice", "drop"]


@dataclass(frozen=True, slots=True)
class Decision:
    """What to do with one message: answer it, answer with the one notice, or drop it unanswered.

    `wait` is the whole seconds until the person is under the limit again (notice only); `dropped` is
    how many of their messages this window has dropped so far, this one included (drop only).
    """

    verdict: Verdict
    wait: int = 0
    dropped: int = 0


ANSWER = Decision("answer")


class UserRateLimiter:
    """Counts each person's messages over the last `window` seconds; `per_window <= 0` turns it off.

    The windows live in a state store: this process's memory by default, or the Redis every replica
    shares, so a person is limited across replicas, with one notice per window in all.
    """

    def __init__(
        self,
        per_window: int,
        *,
        window: float = 60.0,
        store: StateStore | None = None,
        clock: Callable[[], float] = time.monotonic,
        max_users: int = 10_000,
    ) -> None:
        self.per_window = per_window
        self.window = window
        # `clock` and `max_users` shape the default, in-memory store only
        self.store = store if store is not None else MemoryStore(clock=clock, max_users=max_users)

    async def check(self, user_id: int) -> Decision:
        """Count one message from `user_id` and say whether to answer it, notify once, or drop it."""
        if self.per_window <= 0:
            return ANSWER
        found = await self.store.check_rate(user_id, limit=self.per_window, window=self.window)
        if found.allowed:
            return ANSWER
        if found.notify:
            return Decision("notice", wait=found.wait_seconds)
        return Decision("drop", dropped=found.dropped)
