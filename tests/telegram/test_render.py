"""Rendering a Reply as Telegram HTML: escaped, structured, within 4096, buttons within 64 bytes."""

from __future__ import annotations

import html
import re

from bot.core import Button, Quote, Reply
from bot.telegram.render import MAX_MESSAGE_CHARS, MAX_PARTS, keyboard, render, utf16_len

HOTLINE_HTML = "<b>National Sexual Assault Hotline: 1-800-656-HOPE (4673)</b>"


def _plain(part: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", part))


def test_a_short_reply_is_one_message_with_quote_source_and_hotline_marked_up() -> None:
    reply = Reply(kind="answer", body="Here:", quote="She said it.", source="An article, 2018")
    assert render(reply) == [
        f"Here:\n\n<blockquote>She said it.</blockquote>\n\n<i>Source: An article, 2018</i>\n\n{HOTLINE_HTML}"
    ]


def test_every_piece_of_text_is_escaped() -> None:
    evil = "<b>&amp;</b><script>"
    (part,) = render(Reply(kind="answer", body=evil, quote=evil, source=evil, hotline=evil))
    assert "<script>" not in part and "<b>&amp;</b>" not in part
    assert _plain(part).count(evil) == 4


def test_a_long_body_is_split_at_sentences_with_the_hotline_in_each_part() -> None:
    sentence = "This is one whole sentence about the movement. "
    parts = render(Reply(kind="answer", body=sentence * 150))
    assert len(parts) == 2
    for part in parts:
        assert utf16_len(part) <= MAX_MESSAGE_CHARS
        assert part.endswith(HOTLINE_HTML)
        body = part.removesuffix(HOTLINE_HTML).strip()
        assert body.endswith("movement.")  # never cut inside a sentence


def test_escaping_is_counted_against_the_limit() -> None:
    parts = render(Reply(kind="notice", body="&" * 2000))  # 10,000 characters once escaped
    assert len(parts) == 3
    assert all(utf16_len(p) <= MAX_MESSAGE_CHARS for p in parts)
    assert sum(_plain(p).count("&") for p in parts) == 2000


def test_one_endless_word_is_cut_without_breaking_an_entity() -> None:
    parts = render(Reply(kind="notice", body="<" * 2500))
    assert all(utf16_len(p) <= MAX_MESSAGE_CHARS for p in parts)
    assert all(re.fullmatch(r"(&lt;)+\n\n" + re.escape(HOTLINE_HTML), p) for p in parts)


def test_emoji_count_as_two_units_like_telegram_counts_them() -> None:
    parts = render(Reply(kind="notice", body="\U0001f338" * 3000))
    assert len(parts) == 2
    assert all(utf16_len(p) <= MAX_MESSAGE_CHARS for p in parts)


def test_a_very_long_reply_is_trimmed_to_a_few_parts_with_an_ellipsis() -> None:
    parts = render(Reply(kind="notice", body="A sentence that keeps going on. " * 2000))
    assert len(parts) == MAX_PARTS
    assert "\u2026" in parts[-1]
    assert all(p.endswith(HOTLINE_HTML) and utf16_len(p) <= MAX_MESSAGE_CHARS for p in parts)


def test_a_long_quote_stays_inside_blockquotes_in_every_part() -> None:
    parts = render(Reply(kind="answer", body="Here:", quote="Quoted words here. " * 400, source="S"))
    assert len(parts) >= 2
    for part in parts:
        assert part.count("<blockquote>") == part.count("</blockquote>")
    assert parts[-1].count("<i>Source: S</i>") == 1


def test_buttons_become_one_per_row_with_their_callback_data() -> None:
    markup = keyboard(
        Reply(kind="info", body="b", buttons=(Button("One", "q:0"), Button("Get help now", "help")))
    )
    assert markup is not None
    assert [[(b.text, b.callback_data) for b in row] for row in markup.inline_keyboard] == [
        [("One", "q:0")],
        [("Get help now", "help")],
    ]


def test_callback_data_over_64_bytes_is_left_out_and_no_buttons_means_no_keyboard() -> None:
    too_long = Button("Too long", "x" * 65)
    markup = keyboard(Reply(kind="info", body="b", buttons=(too_long, Button("Ok", "y" * 64))))
    assert markup is not None and [row[0].text for row in markup.inline_keyboard] == ["Ok"]
    assert keyboard(Reply(kind="info", body="b")) is None


def test_a_two_passage_reply_renders_each_quote_with_its_source() -> None:
    reply = Reply(
        kind="answer",
        body="Two places:",
        quote="First <passage>.",
        source="First article",
        more=(Quote("Second & last.", "Second article"),),
    )
    assert render(reply) == [
        "Two places:\n\n<blockquote>First &lt;passage&gt;.</blockquote>\n\n<i>Source: First article</i>\n\n"
        f"<blockquote>Second &amp; last.</blockquote>\n\n<i>Source: Second article</i>\n\n{HOTLINE_HTML}"
    ]
