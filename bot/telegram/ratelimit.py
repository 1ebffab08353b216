"""A per-person message limit: a sliding window per user id, in memory, with a cap.

Over the limit a person gets one notice per window; anything more in that window is dropped silently.
A notice per message would spend the bot's global budget (about 30 messages a second) on one flooding
account and make everybody else wait.
"""

from __future__ import annotations

import math
import time
from collections import OrderedDict, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

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


@dataclass
class _Window:
    stamps: deque[float] = field(default_factory=deque)
    noticed_at: float | None = None
    dropped: int = 0


class UserRateLimiter:
    """Counts each person's messages over the last `window` seconds; `per_window <= 0` turns it off.

    `check` is async so a shared store (Redis) can stand behind the same call later.
    """

    def __init__(
        self,
        per_window: int,
        *,
        window: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
        max_users: int = 10_000,
    ) -> None:
        self.per_window = per_window
        self.window = window
        self._clock = clock
        self._max_users = max_users
        # least recently active first, so the cap evicts people who stopped writing long ago
        self._seen: OrderedDict[int, _Window] = OrderedDict()

    async def check(self, user_id: int) -> Decision:
        """Count one message from `user_id` and say whether to answer it, notify once, or drop it."""
        if self.per_window <= 0:
            return ANSWER
        now = self._clock()
        state = self._touch(user_id)
        while state.stamps and state.stamps[0] <= now - self.window:
            state.stamps.popleft()
        if len(state.stamps) < self.per_window:
            state.stamps.append(now)
            return ANSWER
        # messages over the limit are not counted, so a burst does not push the wait further out
        wait = max(1, math.ceil(state.stamps[0] + self.window - now))
        if state.noticed_at is None or state.noticed_at <= now - self.window:
            state.noticed_at, state.dropped = now, 0
            return Decision("notice", wait=wait)
        state.dropped += 1
        return Decision("drop", dropped=state.dropped)

    def _touch(self, user_id: int) -> _Window:
        state = self._seen.pop(user_id, None) or _Window()
        self._seen[user_id] = state
        if len(self._seen) > self._max_users:
            self._seen.popitem(last=False)
        return state

    def __len__(self) -> int:
        return len(self._seen)
