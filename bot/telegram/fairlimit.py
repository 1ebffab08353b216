"""Telegram's flood control for the whole bot, handed out first come, first served.

python-telegram-bot's AIORateLimiter keeps the bot under about 30 messages a second, but a send that
arrives just as capacity frees up can overtake sends already waiting. Under load some replies then wait
far longer than others: unfair to the person behind, and it holds back the polling offset (an update is
confirmed only once every older one is answered), so a crash repeats more replies. Here each send first
takes a turn in a first-come queue paced just under that limit; AIORateLimiter still applies Telegram's
group limits and waits out 429s.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Coroutine
from typing import Any

from telegram.ext import AIORateLimiter

__all__ = ["FairRateLimiter"]

# Just under AIORateLimiter's 30 a second, so its own bucket never has to hold a send back (and reorder).
_RATE = 29.0


class FairRateLimiter(AIORateLimiter):
    """AIORateLimiter whose overall budget is served in arrival order."""

    def __init__(self, *, max_retries: int, rate: float = _RATE) -> None:
        super().__init__(max_retries=max_retries)
        self._rate = rate
        self._tokens = rate  # a second's worth may go out at once, as Telegram allows
        self._stamp = time.monotonic()
        self._queue = asyncio.Lock()  # wakes its waiters in arrival order

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, Any]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> Any:
        """Wait for this send's turn (calls without a chat, like getUpdates, need none), then send."""
        if data.get("chat_id") is not None:
            await self._turn()
        return await super().process_request(callback, args, kwargs, endpoint, data, rate_limit_args)

    async def _turn(self) -> None:
        async with self._queue:
            self._refill()
            if self._tokens < 1:
                await asyncio.sleep((1 - self._tokens) / self._rate)
                self._refill()
            self._tokens -= 1

    def _refill(self) -> None:
        now = time.monotonic()
        self._tokens = min(self._rate, self._tokens + (now - self._stamp) * self._rate)
        self._stamp = now
