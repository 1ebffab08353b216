"""The state seam: what the Telegram adapter keeps between updates, and the one interface every store offers.

Three kinds of state, none of it text: message ids per private chat (for quick exit), message times per
person (for the rate limit) and the ids of answered updates (so a redelivered update gets no second reply).
Chat and user ids reach a store only as arguments; what a store keeps at rest is its own business, and the
Redis store keeps them only as keyed hashes (`bot.store.keys`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

__all__ = [
    "ANSWERED_SECONDS",
    "MAX_AGE_SECONDS",
    "MAX_IDS_PER_CHAT",
    "ChatIds",
    "RateCheck",
    "Sent",
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
class Sent:
    """One message on screen in a private chat: its id, whose it is, and when it was sent (epoch s)."""

    message_id: int
    from_bot: bool
    sent_at: float


@dataclass(frozen=True, slots=True)
class ChatIds:
    """What a store knows of one chat: deletable messages, oldest first, and how many it had to let go."""

    messages: tuple[Sent, ...]
    # still on screen but no longer deletable or no longer held (too old, or past the per-chat cap):
    # quick exit must say that something could not be removed
    lost: int = 0

    @property
    def ids(self) -> tuple[int, ...]:
        """The message ids alone, oldest first."""
        return tuple(sent.message_id for sent in self.messages)


@dataclass(frozen=True, slots=True)
class RateCheck:
    """A rate-limit decision: may this message be answered, and if not, is this the one notice to send."""

    allowed: bool
    wait_seconds: int = 0
    # True for the first refused message of a window only, so a flood costs one notice, not thousands
    notify: bool = False


@runtime_checkable
class StateStore(Protocol):
    """Quick-exit ids, rate-limit windows and answered updates; memory or Redis, callers cannot tell."""

    async def remember(
        self, chat_id: int, message_id: int, *, from_bot: bool, sent_at: float | None = None
    ) -> None:
        """Record one message id of a private chat; `sent_at` (epoch seconds) defaults to now."""
        ...

    async def known(self, chat_id: int) -> ChatIds:
        """The chat's deletable message ids and the count of lost ones; nothing is removed."""
        ...

    async def forget(self, chat_id: int, message_ids: Iterable[int], *, lost_reported: bool = False) -> None:
        """Drop ids Telegram confirmed deleted; `lost_reported` also clears the lost count and aged ids."""
        ...

    async def take_due(self, older_than_seconds: float) -> dict[int, list[int]]:
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

    async def ping(self) -> bool:
        """True when the store can be reached now (always, for memory)."""
        ...

    def describe(self) -> str:
        """One line for operators: which store, and its state; never a URL, password or key."""
        ...

    async def aclose(self) -> None:
        """Release connections; the store is not used afterwards."""
        ...
