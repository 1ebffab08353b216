"""The reply core: text in, `Reply` out. No Telegram, no I/O; every adapter renders what this decides."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from knowledge import Match
from knowledge.hotline import HOTLINE_LINE

__all__ = ["Button", "Chat", "Kind", "Quote", "Reply"]

# answer / no_match / support are what a question gets; info is a command or a button's page;
# notice covers input the bot cannot read (empty, emoji-only, a sticker), limits and errors.
Kind = Literal["answer", "no_match", "support", "info", "notice"]
Chat = Literal["private", "group"]


@dataclass(frozen=True, slots=True)
class Button:
    """An inline button: what it says, and the short callback data (<= 64 bytes) it sends back."""

    label: str
    data: str


@dataclass(frozen=True, slots=True)
class Quote:
    """A further passage quoted in a reply, with the article it comes from (title and date)."""

    text: str
    source: str


@dataclass(frozen=True, slots=True)
class Reply:
    """What the bot says, as plain text in parts, so each adapter can format it its own way.

    `quote` is a passage from an article (shown as a quotation); `body` is the bot's own words
    around it. `more` holds further passages, each with its own source, when a question joins two facts
    that two passages hold. `hotline` is never empty: every reply carries the hotline. `help_first` marks
    a "not covered" that offers help before history (the message may be personal).
    """

    kind: Kind
    body: str
    quote: str | None = None
    source: str | None = None
    hotline: str = HOTLINE_LINE
    matches: tuple[Match, ...] = ()
    buttons: tuple[Button, ...] = ()
    more: tuple[Quote, ...] = ()
    help_first: bool = False

    @property
    def supports(self) -> bool:
        """A support reply, or help first: either opens a private chat's concern window (`bot.concern`)."""
        return self.kind == "support" or self.help_first

    @property
    def text(self) -> str:
        """The whole reply as plain text: body, each quotation with its source, hotline."""
        parts = [self.body]
        if self.quote:
            parts.append(f"> {self.quote}")
        if self.source:
            parts.append(f"Source: {self.source}")
        for quote in self.more:
            parts += [f"> {quote.text}", f"Source: {quote.source}"]
        parts.append(self.hotline)
        return "\n\n".join(p for p in parts if p)
