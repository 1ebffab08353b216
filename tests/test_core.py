"""The Reply value: how its parts become the text a person reads."""

from __future__ import annotations

from dataclasses import FrozenInstanceError

import pytest

from bot.core import Button, Quote, Reply
from knowledge.hotline import HOTLINE_LINE


def test_reply_text_puts_body_quote_source_then_hotline() -> None:
    reply = Reply(kind="answer", body="Intro.", quote="A passage.", source="Title, Oct. 15, 2018")
    assert reply.text == "Intro.\n\n> A passage.\n\nSource: Title, Oct. 15, 2018\n\n" + HOTLINE_LINE


def test_reply_without_quote_or_source_still_ends_with_hotline() -> None:
    assert Reply(kind="info", body="Hello.").text.endswith(HOTLINE_LINE)


def test_reply_is_frozen_and_buttons_are_plain_values() -> None:
    reply = Reply(kind="info", body="x", buttons=(Button("Get help now", "help"),))
    assert reply.buttons[0] == Button("Get help now", "help")
    with pytest.raises(FrozenInstanceError):
        reply.body = "changed"  # type: ignore[misc]


def test_a_two_passage_reply_quotes_each_passage_with_its_own_source() -> None:
    reply = Reply(
        kind="answer",
        body="Two places:",
        quote="First passage.",
        source="First article, 2018",
        more=(Quote("Second passage.", "Second article, 2022"),),
    )
    assert reply.text == (
        "Two places:\n\n> First passage.\n\nSource: First article, 2018\n\n"
        "> Second passage.\n\nSource: Second article, 2022\n\n" + HOTLINE_LINE
    )
