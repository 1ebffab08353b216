"""The concern window: for a while after a support reply, a private chat's next messages are read as
possible follow-ups ("he's back", "thanks for trying, i'm done"), not as questions alone.

What is kept is the chat and a time, never the text and never which concern it was. The Telegram adapter
keeps it in the state store (memory or Redis, beside the quick-exit ids); the terminal chat keeps it in a
`ConcernWindow` for its one conversation; `ask` reads single messages and has none. The Responder only
receives a flag (`reply(..., after_support=True)`) and decides what that changes.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from bot.core import Reply

__all__ = ["CONCERN_WINDOW_SECONDS", "ConcernWindow"]

# Half an hour from the bot's last support reply. Follow-ups in a chat come within minutes ("it happened
# again", "last msg, thanks for trying"); a person who comes back after longer usually starts afresh, and
# every hour more is an hour a chat is marked as having had a support reply. Each follow-up support reply
# extends the window, so a conversation that goes on keeps it.
CONCERN_WINDOW_SECONDS = 30 * 60.0


class ConcernWindow:
    """One conversation's window, in memory (the terminal chat): the time it ends, nothing else."""

    __slots__ = ("_clock", "_seconds", "_until")

    def __init__(
        self, *, seconds: float = CONCERN_WINDOW_SECONDS, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._seconds = seconds
        self._clock = clock
        self._until: float | None = None

    @property
    def open(self) -> bool:
        """True while the last support reply is less than the window old."""
        return self._until is not None and self._clock() < self._until

    def note(self, reply: Reply) -> None:
        """After each reply: a support reply (or help first) opens or extends the window."""
        if reply.supports:
            self._until = self._clock() + self._seconds

    def clear(self) -> None:
        """Quick exit: forget that there was a window."""
        self._until = None
