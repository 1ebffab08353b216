"""Quick exit: delete both sides of a private chat on request, failing closed; and the auto-delete sweep.

Telegram lets a bot delete its own and the person's messages in a private chat only while they are under
48 hours old (Bot API `deleteMessages`, at most 100 ids per call, skipping ids that do not exist). Nothing
here reads or keeps text, and the log lines carry event kinds and counts only: no chat ids, no message ids,
no error messages.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from telegram.error import TelegramError

from bot.store.message_ids import MAX_AGE_SECONDS, ChatIds, LogStats, MessageLog
from bot.telegram.deletion import DELETE_BATCH, BatchDeleter, RetryPolicy
from knowledge.hotline import HOTLINE_NUMBER

__all__ = [
    "DELETE_BATCH",
    "MAX_AGE_SECONDS",
    "MAX_SPAN",
    "NOTICE_TEXT",
    "SPAN_MARGIN",
    "ChatIds",
    "ExitResult",
    "LogStats",
    "MessageLog",
    "RetryPolicy",
    "auto_delete",
    "auto_delete_loop",
    "quick_exit",
]

_log = logging.getLogger(__name__)

# Ids in a private chat count up by one for every message, whichever side sent it, so every message the
# bot never learnt of (a send whose answer was lost, a reply of another process) lies between ids it knows
# or just past the last one. Quick exit therefore deletes the whole span, from the first id known in the
# chat to SPAN_MARGIN past the last (deleteMessages skips ids that do not exist). The margin covers a reply
# whose answer was lost after the last known message: up to 4 attempts of a reply of a few parts.
SPAN_MARGIN = 20
# At most this many ids, counted down from the top of the span: 10 deleteMessages calls, a small share of
# Telegram's ~30 requests a second, and five times the 200 ids a chat the log keeps, so only a chat with
# hundreds of unseen messages is cut. Known ids below the cut are reported as not deleted (the notice).
MAX_SPAN = 1_000

# Neutral on purpose: a watched phone may show it, so it names neither the topic nor the bot's purpose.
NOTICE_TEXT = (
    "Some messages here could not be removed. To clear them, delete this chat from your chat list.\n"
    f"{HOTLINE_NUMBER}"
)


@dataclass(frozen=True, slots=True)
class ExitResult:
    """Counts only: known ids confirmed deleted, known ids not (kept or past deleting), notice sent or not."""

    deleted: int
    failed: int
    notice_sent: bool
    span: int = 0
    retries: int = 0


@dataclass(frozen=True, slots=True)
class _Plan:
    """The batches to ask for, newest first, and the known ids below the span's cut."""

    batches: list[list[int]]
    low: int
    beyond: list[int]


def _plan(known: ChatIds, extra_ids: set[int]) -> _Plan:
    """From the first known id (or the first passed in) to SPAN_MARGIN past the last, at most MAX_SPAN."""
    everything = set(known.ids) | extra_ids
    if not everything:
        return _Plan([], 0, [])
    high = max(everything) + SPAN_MARGIN
    start = known.first if known.first is not None else min(extra_ids)
    low = max(start, high - MAX_SPAN + 1)
    # newest first: what is on screen now disappears first
    span = list(range(high, low - 1, -1))
    batches = [span[i : i + DELETE_BATCH] for i in range(0, len(span), DELETE_BATCH)]
    # an id passed in below the span (the old message under a pressed button) goes on its own
    outliers = sorted((mid for mid in extra_ids if mid < low), reverse=True)
    batches += [outliers[i : i + DELETE_BATCH] for i in range(0, len(outliers), DELETE_BATCH)]
    return _Plan(batches, low, [mid for mid in known.ids if mid < low])


async def _forget(log: MessageLog, chat_id: int, batch: Sequence[int]) -> None:
    if batch[0] - batch[-1] == len(batch) - 1:  # a run of the span: one range
        await log.forget(chat_id, batch[-1], batch[0])
        return
    for mid in batch:
        await log.forget(chat_id, mid, mid)


async def _carry_out(
    deleter: BatchDeleter, log: MessageLog, chat_id: int, plan: _Plan, known: ChatIds, extras: set[int]
) -> tuple[int, int, bool]:
    """Delete the batches, forgetting what Telegram confirmed; return (deleted, failed, any batch failed)."""
    counted = set(known.ids) | extras
    deleted = failed = 0
    batch_failed = False
    for batch in plan.batches:
        mine = sum(1 for mid in batch if mid in counted)
        if await deleter.delete(batch):
            await _forget(log, chat_id, batch)
            deleted += mine
            continue
        batch_failed, failed = True, failed + mine
        for mid in extras.intersection(batch):
            if mid >= plan.low:  # the /forget message: kept, so the next quick exit's span starts low enough
                await log.add(chat_id, mid, from_bot=False)
    return deleted, failed, batch_failed


async def _send_notice(bot: Any, chat_id: int, log: MessageLog) -> bool:
    try:
        # silent: a notification sound or banner draws the eye of whoever holds the phone
        sent = await bot.send_message(chat_id=chat_id, text=NOTICE_TEXT, disable_notification=True)
    except TelegramError as exc:
        _log.warning("quick_exit_notice_failed error=%s", type(exc).__name__)
        return False
    await log.add(chat_id, sent.message_id, from_bot=True)
    return True


async def quick_exit(
    bot: Any,
    chat_id: int,
    log: MessageLog,
    *,
    extra_ids: Iterable[int] = (),
    retry: RetryPolicy | None = None,
) -> ExitResult:
    """Delete the chat's whole span of messages, both sides, newest first; stay silent if all went.

    Args:
        bot: a `telegram.Bot` (or anything with the same async `delete_messages` and `send_message`).
        chat_id: the private chat to clear.
        log: where the chat's message ids were recorded; ids leave it only once Telegram confirmed them.
        extra_ids: ids not recorded yet, such as the /forget message or the message holding the button.
        retry: how long to keep retrying transient failures, in all (default: about 15 s).

    Returns:
        Counts only. When anything could not be deleted, one neutral notice was sent (`notice_sent`) and
        recorded in `log`; what failed stays in `log`, so the next quick exit tries it (and the notice) again.
    """
    known = await log.ids(chat_id)
    extras = set(extra_ids)
    plan = _plan(known, extras)
    if plan.beyond:
        await log.forget(chat_id, plan.beyond[0], plan.low - 1)
    deleter = BatchDeleter(bot, chat_id, retry)
    deleted, failed, batch_failed = await _carry_out(deleter, log, chat_id, plan, known, extras)
    failed += known.stale + len(plan.beyond)
    await log.forget_stale(chat_id)
    notice_sent = await _send_notice(bot, chat_id, log) if failed or batch_failed else False
    span = sum(len(batch) for batch in plan.batches)
    _log.info(
        "quick_exit deleted=%d failed=%d notice=%s span=%d retries=%d",
        deleted, failed, notice_sent, span, deleter.retries,
    )
    return ExitResult(deleted, failed, notice_sent, span=span, retries=deleter.retries)


def _check_hours(older_than_hours: float) -> float:
    seconds = older_than_hours * 3600
    if not 0 < seconds < MAX_AGE_SECONDS:
        raise ValueError(f"auto-delete hours must be above 0 and below {MAX_AGE_SECONDS / 3600:g}")
    return seconds


async def auto_delete(
    bot: Any, log: MessageLog, *, older_than_hours: float, retry: RetryPolicy | None = None
) -> int:
    """Delete the bot's own messages at least `older_than_hours` old, in every chat; return how many went."""
    total = 0
    for chat_id, ids in (await log.due(_check_hours(older_than_hours))).items():
        deleter = BatchDeleter(bot, chat_id, retry)
        for start in range(0, len(ids), DELETE_BATCH):
            batch = ids[start : start + DELETE_BATCH]
            total += len(batch) if await deleter.delete(batch) else 0
    if total:
        _log.info("auto_delete deleted=%d", total)
    return total


async def auto_delete_loop(
    bot: Any, log: MessageLog, *, older_than_hours: float, interval_seconds: float = 60.0
) -> None:
    """Run `auto_delete` every `interval_seconds` until cancelled; an error is logged by type and survived."""
    _check_hours(older_than_hours)  # a bad setting fails here, at start, not silently in every round
    while True:
        try:
            await auto_delete(bot, log, older_than_hours=older_than_hours)
        except Exception as exc:
            _log.error("auto_delete_failed error=%s", type(exc).__name__)
        await asyncio.sleep(interval_seconds)
