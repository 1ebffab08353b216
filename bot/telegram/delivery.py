"""Send with retries: a reply lost to one 502 could be the crisis lines someone needed."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from typing import TypeVar

from telegram.error import BadRequest, NetworkError

__all__ = ["RETRY_DELAYS", "Undelivered", "deliver"]

T = TypeVar("T")

# Seconds to wait before each retry: five tries over about 7.5 s, so a short outage of Telegram or a
# proxy is ridden out with the reply itself. 429s never get here: the rate limiter already waits them out.
RETRY_DELAYS: tuple[float, ...] = (0.5, 1.0, 2.0, 4.0)
_log = logging.getLogger(__name__)


class Undelivered(NetworkError):
    """Every try of a send failed on the way; Telegram may have delivered none of them, or several.

    The error handler sends no apology for it: the retries were the bot's whole effort for that reply,
    and when answers (not requests) are being lost, an apology would only add copies.
    """


async def deliver(send: Callable[[], Awaitable[T]], *, delays: Sequence[float] | None = None) -> T:
    """Call `send`, retrying after network errors and 5xx answers; other errors go straight up.

    Raises `Undelivered` once the last try failed on the way too. A retry can duplicate a message whose
    answer, not its request, was lost. Telegram gives no way to tell the two apart, and for this bot a
    duplicate reply is far better than a missing one: a reply reaches a chat at most once per try,
    `len(RETRY_DELAYS) + 1` times (measured by tests/e2e/test_lost_answers.py; quick exit deletes such
    copies too, as it deletes the chat's whole span).
    """
    waits = RETRY_DELAYS if delays is None else delays
    for delay in waits:
        try:
            return await send()
        except BadRequest:  # our request is wrong (a subclass of NetworkError): retrying cannot help
            raise
        except NetworkError as exc:
            _log.info("send_retry error=%s delay_s=%.1f", type(exc).__name__, delay)
            await asyncio.sleep(delay)
    try:
        return await send()
    except BadRequest:
        raise
    except NetworkError as exc:
        raise Undelivered(f"{len(waits) + 1} tries failed, the last with {type(exc).__name__}") from exc
