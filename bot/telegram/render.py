"""Reply -> Telegram HTML messages: everything escaped, never over Telegram's length limit."""

from __future__ import annotations

import html
import re

from telegram import InlineKeyboardButton, InlineKeyboardMarkup
from telegram.constants import InlineKeyboardButtonLimit, MessageLimit

from bot.core import Reply

__all__ = ["MAX_MESSAGE_CHARS", "MAX_PARTS", "keyboard", "render", "utf16_len"]

MAX_MESSAGE_CHARS = MessageLimit.MAX_TEXT_LENGTH  # 4096
# More parts than this is a wall of text on a phone; the rest is trimmed with an ellipsis.
MAX_PARTS = 3
_MAX_DATA_BYTES = InlineKeyboardButtonLimit.MAX_CALLBACK_DATA  # 64
_SEP = "\n\n"
_SENTENCE = re.compile(r"(?<=[.!?\u201d\"])\s+")
_ELLIPSIS = "\u2026"


def utf16_len(text: str) -> int:
    """Length as Telegram counts it (UTF-16 code units)."""
    return len(text.encode("utf-16-le")) // 2


def render(reply: Reply, *, limit: int = MAX_MESSAGE_CHARS) -> list[str]:
    """The reply as one or more HTML messages, each with the hotline and each within `limit`."""
    hotline = f"<b>{_escape(reply.hotline)}</b>"
    budget = limit - utf16_len(_SEP + hotline)
    chunks = _pack(_blocks(reply, budget), budget)
    if len(chunks) > MAX_PARTS:
        chunks = [*chunks[: MAX_PARTS - 1], _trim_html(chunks[MAX_PARTS - 1], budget)]
    return [f"{chunk}{_SEP}{hotline}" if chunk else hotline for chunk in chunks] or [hotline]


def keyboard(reply: Reply) -> InlineKeyboardMarkup | None:
    """One button per row (labels are whole questions); data too long for Telegram is left out."""
    rows = [
        [InlineKeyboardButton(button.label, callback_data=button.data)]
        for button in reply.buttons
        if 0 < len(button.data.encode("utf-8")) <= _MAX_DATA_BYTES
    ]
    return InlineKeyboardMarkup(rows) if rows else None


def _blocks(reply: Reply, budget: int) -> list[str]:
    """The reply's parts as HTML blocks, each cut to fit in `budget` on its own."""
    blocks = [_escape(p) for part in _paragraphs(reply.body) for p in _fit(part, budget)]
    if reply.quote:
        inner = budget - utf16_len("<blockquote></blockquote>")
        blocks += [f"<blockquote>{_escape(p)}</blockquote>" for p in _fit(reply.quote, inner)]
    if reply.source:
        blocks += _source_blocks(reply.source, budget)
    for quote in reply.more:
        inner = budget - utf16_len("<blockquote></blockquote>")
        blocks += [f"<blockquote>{_escape(p)}</blockquote>" for p in _fit(quote.text, inner)]
        blocks += _source_blocks(quote.source, budget)
    return blocks


def _source_blocks(source: str, budget: int) -> list[str]:
    return [f"<i>{_escape(p)}</i>" for p in _fit(f"Source: {source}", budget - utf16_len("<i></i>"))]


def _paragraphs(text: str) -> list[str]:
    return [p for p in (text or "").split(_SEP) if p.strip()]


def _fit(text: str, budget: int) -> list[str]:
    """`text` split at sentences (then words) into pieces whose escaped form fits in `budget`."""
    if _escaped_len(text) <= budget:
        return [text]
    pieces: list[str] = []
    current = ""
    for sentence in _SENTENCE.split(text):
        for unit in [sentence] if _escaped_len(sentence) <= budget else _hard_split(sentence, budget):
            candidate = f"{current} {unit}" if current else unit
            if _escaped_len(candidate) <= budget:
                current = candidate
            else:
                pieces.append(current)
                current = unit
    return [*pieces, current] if current else pieces


def _hard_split(text: str, budget: int) -> list[str]:
    """A sentence too long for one message, cut at spaces (or anywhere, for one endless word)."""
    pieces: list[str] = []
    current = ""
    for word in text.split(" "):
        while _escaped_len(word) > budget:  # one "word" longer than a message
            cut = _longest_prefix(word, budget)
            if current:
                pieces.append(current)
                current = ""
            pieces.append(word[:cut])
            word = word[cut:]
        candidate = f"{current} {word}" if current else word
        if _escaped_len(candidate) <= budget:
            current = candidate
        else:
            pieces.append(current)
            current = word
    return [*pieces, current] if current else pieces


def _longest_prefix(word: str, budget: int) -> int:
    """How many characters of `word` fit in `budget` once escaped (at least one)."""
    low, high = 1, len(word)
    while low < high:
        middle = (low + high + 1) // 2
        low, high = (middle, high) if _escaped_len(word[:middle]) <= budget else (low, middle - 1)
    return low


def _pack(blocks: list[str], budget: int) -> list[str]:
    """Join whole blocks into as few messages as fit."""
    chunks: list[str] = []
    for block in blocks:
        if chunks and utf16_len(chunks[-1] + _SEP + block) <= budget:
            chunks[-1] = chunks[-1] + _SEP + block
        else:
            chunks.append(block)
    return chunks


def _trim_html(chunk: str, budget: int) -> str:
    """The last allowed part, with an ellipsis to show that the reply went on."""
    marker = _SEP + _ELLIPSIS
    if utf16_len(chunk + marker) <= budget:
        return chunk + marker
    # drop whole blocks from the end until the marker fits; blocks never split tags
    blocks = chunk.split(_SEP)
    while len(blocks) > 1 and utf16_len(_SEP.join(blocks) + marker) > budget:
        blocks.pop()
    return (
        _SEP.join(blocks) + marker
        if len(blocks) > 1 or utf16_len(blocks[0] + marker) <= budget
        else _ELLIPSIS
    )


def _escape(text: str) -> str:
    """Escape <, > and &: quotes only need escaping inside attributes, and we write none."""
    return html.escape(text, quote=False)


def _escaped_len(text: str) -> int:
    return utf16_len(_escape(text))
