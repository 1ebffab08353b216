"""`deleteMessages` with retries: a quick exit must not give up on one 502 or one dropped connection.

Transient failures (5xx, dropped connections, timeouts, 429 with its `retry_after`) are retried with
back-off until a deadline shared by every batch of one quick exit; the caller learns, per batch, whether
Telegram confirmed it, and only then forgets the ids. Log lines carry error kinds only, never ids.
"""

from __future__ import annotations

import asyncio
import datetime as dtm
import logging
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from telegram.error import BadRequest, NetworkError, RetryAfter, TelegramError

__all__ = ["DELETE_BATCH", "BatchDeleter", "RetryPolicy"]

# Bot API deleteMessages takes 1 to 100 ids per call.
DELETE_BATCH = 100
_log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How long one quick exit may keep trying, in all, and the back-off between tries (seconds)."""

    # A person who pressed quick exit is watching the screen; past ~15 s they need the neutral notice
    # (delete the chat on your side) more than another try.
    budget_seconds: float = 15.0
    first_delay: float = 0.5
    max_delay: float = 4.0


def _retry_seconds(exc: RetryAfter) -> float:
    # ptb 22 warns that retry_after will become a timedelta; accept either without the warning
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        wait: Any = exc.retry_after
    return wait.total_seconds() if isinstance(wait, dtm.timedelta) else float(wait)


def _nothing_there(exc: BadRequest) -> bool:
    # Telegram skips missing ids, but a call where none exists may answer "message to delete not found":
    # then nothing of that batch is on screen, which is what quick exit wanted.
    return "not found" in str(exc).lower()


class BatchDeleter:
    """Deletes batches of one chat, retrying transient failures until the policy's deadline."""

    def __init__(self, bot: Any, chat_id: int, policy: RetryPolicy | None = None) -> None:
        self._bot = bot
        self._chat_id = chat_id
        self._policy = policy or RetryPolicy()
        self._loop = asyncio.get_running_loop()
        self._deadline = self._loop.time() + self._policy.budget_seconds
        self.retries = 0

    def _left(self) -> float:
        return self._deadline - self._loop.time()

    async def delete(self, batch: Sequence[int]) -> bool:
        """True once Telegram confirmed the batch deleted; False if refused or the deadline passed."""
        delay = self._policy.first_delay
        while self._left() > 0:
            try:
                # the rate limiter may wait out a 429 inside the call: the deadline bounds that too
                done = await asyncio.wait_for(self._call(batch), timeout=self._left())
                return bool(done)
            except RetryAfter as exc:
                wait = _retry_seconds(exc)
                _log.warning("delete_batch_flood_wait")
            except BadRequest as exc:  # a subclass of NetworkError, but no retry can fix it
                if _nothing_there(exc):
                    return True
                _log.warning("delete_batch_refused error=%s", type(exc).__name__)
                return False
            except NetworkError as exc:  # 5xx, dropped connection, timeout
                wait, delay = delay, min(delay * 2, self._policy.max_delay)
                _log.warning("delete_batch_retry error=%s", type(exc).__name__)
            except TelegramError as exc:  # forbidden, invalid token: not transient
                _log.warning("delete_batch_failed error=%s", type(exc).__name__)
                return False
            except TimeoutError:
                break
            if wait >= self._left():
                break  # a wait past the deadline would only delay the notice
            self.retries += 1
            await asyncio.sleep(wait)
        _log.warning("delete_batch_gave_up")
        return False

    async def _call(self, batch: Sequence[int]) -> Any:
        return await self._bot.delete_messages(chat_id=self._chat_id, message_ids=list(batch))
