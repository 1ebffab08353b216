"""The state seam: what the Telegram adapter keeps between updates, and the one interface every store offers.

Four kinds of state, none of it text: message ids per private chat (for quick exit), message times per
person (for the rate limit), the ids of answered updates (so a redelivered update gets no second reply) and
when each private chat's concern window ends (`bot.concern`: a chat id and a time, never which concern).
Chat and user ids reach a store only as arguments; what a store keeps at rest is its own business, and the
Redis store keeps them only as keyed hashes (`bot.store.keys`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, runtime_checkable

__all__ = [
    "ANSWERED_SECONDS",
    "MAX_AGE_SECONDS",
    "MAX_IDS_PER_CHAT",
    "ChatIds",
    "RateCheck",
    "StateStore",
]

# Telegram lets a bot delete messages in a private chat while they are under 48 hours old. Half an hour
# less covers clock skew and an id recorded a little after its message was sent; past this an id is
# reported as lost rather than failing a whole deleteMessages batch.
MAX_AGE_SECONDS = 47.5 * 3600
# A long conversation on a phone someone else may pick up: enough for hours of chat, bounded for memory.
MAX_IDS_PER_CHAT = 200
# Telegram redelivers an unconfirmed update within minutes; a day covers any restart or outage.
ANSWERED_SECONDS = 24 * 3600.0


@dataclass(frozen=True, slots=True)
class ChatIds:
    """What a store holds for one chat: deletable ids (ascending) and how many known ids are past deleting."""

    ids: tuple[int, ...]
    # still on screen but no longer deletable or no longer held (too old, or past the per-chat cap):
    # quick exit must say that something could not be removed
    stale: int = 0

    @property
    def first(self) -> int | None:
        return self.ids[0] if self.ids else None

    @property
    def last(self) -> int | None:
        return self.ids[-1] if self.ids else None


@dataclass(frozen=True, slots=True)
class RateCheck:
    """A rate-limit decision: may this message be answered, and if not, is this the one notice to send."""

    allowed: bool
    wait_seconds: int = 0
    # True for the first refused message of a window only, so a flood costs one notice, not thousands
    notify: bool = False
    # refused messages of this window after the notice, this one included: counted in the log, unanswered
    dropped: int = 0


@runtime_checkable
class StateStore(Protocol):
    """Quick-exit ids, rate-limit windows, answered updates and concern windows; memory or Redis, callers
    cannot tell."""

    async def add(
        self, chat_id: int, message_id: int, *, from_bot: bool, sent_at: float | None = None
    ) -> None:
        """Record one message id of a private chat; `sent_at` (epoch seconds) defaults to now."""
        ...

    async def ids(self, chat_id: int) -> ChatIds:
        """The chat's deletable ids (ascending) and the count of known ids that are not; changes nothing."""
        ...

    async def forget(self, chat_id: int, low: int, high: int) -> int:
        """Forget the chat's ids from `low` to `high` (Telegram confirmed them deleted); return how many."""
        ...

    async def forget_stale(self, chat_id: int) -> None:
        """Forget the count of ids past deleting (and those ids), once the person has been told."""
        ...

    async def due(self, older_than_seconds: float) -> dict[int, list[int]]:
        """Remove and return, per chat this process has seen, the bot's ids at least this old."""
        ...

    async def check_rate(self, user_id: int, *, limit: int, window: float) -> RateCheck:
        """Count one message of a person against `limit` per `window` seconds (`limit <= 0`: no limit)."""
        ...

    async def mark_answered(self, update_id: int) -> None:
        """Remember that an update got its reply."""
        ...

    async def is_answered(self, update_id: int) -> bool:
        """True when the update already got its reply (here or, with a shared store, in another replica)."""
        ...

    async def mark_concern(self, chat_id: int, *, seconds: float) -> None:
        """A support reply went to this private chat: its concern window ends `seconds` from now."""
        ...

    async def in_concern(self, chat_id: int) -> bool:
        """True while the chat's concern window is open."""
        ...

    async def forget_concern(self, chat_id: int) -> None:
        """Close the chat's concern window and forget it (quick exit)."""
        ...

    async def ping(self) -> bool:
        """True when the store can be reached now (always, for memory)."""
        ...

    def describe(self) -> str:
        """One line for operators: which store, and its state; never a URL, password or key."""
        ...

    async def aclose(self) -> None:
        """Release connections; the store is not used afterwards."""
        ...
