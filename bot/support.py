"""TEMPORARY scaffold: the safety helper replaces this with trauma-informed replies (issue 5)."""

from __future__ import annotations

from collections.abc import Sequence

from bot.core import Button, Chat, Reply
from bot.safety import Concern

__all__ = ["support_reply", "wrong_guess_reply"]


def support_reply(concern: Concern, *, chat: Chat = "private", resources: Sequence[str] = ()) -> Reply:
    """The reply to a disclosure, distress or crisis."""
    return Reply(
        kind="support",
        body="I believe you. It's not your fault, and you're not alone.",
        buttons=(Button("Talk to someone now", "help"), Button("Not what I meant", "wrong")),
    )


def wrong_guess_reply() -> Reply:
    """What the bot says when the person tells it it misread them."""
    return Reply(kind="info", body="Sorry, I misread that. Ask me anything about the #MeToo movement.")
