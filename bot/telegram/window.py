"""Which fetched updates are still being handled, and the `getUpdates` offset that confirms the rest."""

from __future__ import annotations

import asyncio

__all__ = ["UpdateWindow"]


class UpdateWindow:
    """Updates fetched and not yet confirmed: which are in hand, and the offset that confirms the rest.

    Telegram forgets every update below the offset of a `getUpdates` call, so the offset is the oldest
    update still in hand; updates finished above it are remembered so a refetch does not start them again.
    """

    def __init__(self) -> None:
        self._in_hand: set[int] = set()
        self._finished: set[int] = set()
        self._next = 0
        self._changed = asyncio.Event()
        self.version = 0  # counts finished updates, so a waiter cannot miss one

    @property
    def offset(self) -> int:
        """What the next getUpdates sends: 0 before anything was fetched (Telegram's oldest)."""
        return min(self._in_hand) if self._in_hand else self._next

    @property
    def busy(self) -> bool:
        return bool(self._in_hand)

    def take(self, update_id: int) -> bool:
        """Claim a fetched update; False when it is already in hand, finished or confirmed."""
        if update_id < self.offset or update_id in self._in_hand or update_id in self._finished:
            return False
        self._in_hand.add(update_id)
        self._next = max(self._next, update_id + 1)
        return True

    def finish(self, update_id: int) -> None:
        """The update was handled (or skipped): it may be confirmed."""
        self._in_hand.discard(update_id)
        self._finished.add(update_id)
        low = self.offset
        self._finished = {u for u in self._finished if u >= low}
        self.version += 1
        self._changed.set()

    async def drained(self) -> None:
        """Wait until no update is in hand."""
        while self._in_hand:
            self._changed.clear()
            await self._changed.wait()

    async def changed_since(self, version: int) -> None:
        """Wait until an update finishes after `version` was read (at once if one already did)."""
        while self.version == version:
            self._changed.clear()
            await self._changed.wait()
