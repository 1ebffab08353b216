"""A per-user message limit: a sliding one-minute window per user id, in memory, with a cap."""

from __future__ import annotations

import math
import time
from collections import OrderedDict, deque
from collections.abc import Callable

__all__ = ["UserRateLimiter"]


class UserRateLimiter:
    """Counts each user's messages over the last `window` seconds; `per_window <= 0` turns it off."""

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
        self._seen: OrderedDict[int, deque[float]] = OrderedDict()

    def wait_seconds(self, user_id: int) -> int:
        """0 and count the message if the user is under the limit, else whole seconds until they are."""
        if self.per_window <= 0:
            return 0
        now = self._clock()
        stamps = self._seen.pop(user_id, None) or deque()
        while stamps and stamps[0] <= now - self.window:
            stamps.popleft()
        self._seen[user_id] = stamps
        if len(self._seen) > self._max_users:
            self._seen.popitem(last=False)
        if len(stamps) < self.per_window:
            stamps.append(now)
            return 0
        # messages over the limit are not counted, so a burst does not push the wait further out
        return max(1, math.ceil(stamps[0] + self.window - now))

    def __len__(self) -> int:
        return len(self._seen)
