"""The terminal adapters: `ask` (one-shot or JSON lines) and `chat` (a conversation, no token needed)."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable
from typing import TextIO

from bot.core import Reply
from bot.responder import Responder

__all__ = ["ask", "chat", "reply_to_json"]

_PROMPT = "you> "


def reply_to_json(question: str, reply: Reply) -> dict[str, object]:
    """The `ask --json` record for one question."""
    return {
        "question": question,
        "kind": reply.kind,
        "reply": reply.text,
        "passages": [
            {
                "text": m.passage.text,
                "title": m.passage.title,
                "date": m.passage.date,
                "score": round(m.score, 2),
            }
            for m in reply.matches
        ],
    }


def ask(
    question: str,
    *,
    as_json: bool = False,
    responder: Responder | None = None,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
) -> int:
    """Answer `question`, or every line of standard input when it is empty."""
    responder = responder or _default_responder()
    out = stdout or sys.stdout
    questions: Iterable[str] = [question] if question.strip() else _lines(stdin or sys.stdin)
    for q in questions:
        reply = responder.reply(q)
        if as_json:
            out.write(json.dumps(reply_to_json(q, reply), ensure_ascii=False) + "\n")
        else:
            out.write(_render(reply) + "\n\n")
        out.flush()
    return 0


def chat(
    *,
    responder: Responder | None = None,
    read: Callable[[str], str] = input,
    write: Callable[[str], object] = print,
) -> int:
    """A conversation in the terminal: type a question, a /command, or the number of a suggestion."""
    responder = responder or _default_responder()
    write(_render(responder.command("start")))
    last: Reply | None = None
    asked = ""  # the last message typed, for "Not what I meant"; it lives only in this loop
    while True:
        try:
            text = read(_PROMPT)
        except (EOFError, KeyboardInterrupt):
            write("")
            return 0
        if text.strip().lower() in {"/quit", "/exit", "quit", "exit"}:
            return 0
        reply = _pressed(responder, last, text, asked)
        if reply is None:
            reply, asked = responder.reply(text), text
        write(_render(reply))
        last = reply


def _pressed(responder: Responder, last: Reply | None, text: str, asked: str) -> Reply | None:
    """A number typed after a reply with options presses that option."""
    choice = text.strip()
    if last is None or not choice.isdigit() or not 1 <= int(choice) <= len(last.buttons):
        return None
    data = last.buttons[int(choice) - 1].data
    return responder.misread(asked) if data == "wrong" else responder.press(data)


def _render(reply: Reply) -> str:
    options = "".join(f"\n  {i}. {b.label}" for i, b in enumerate(reply.buttons, start=1))
    if options:
        options = "\n\nType a number to choose:" + options
    return reply.text + options


def _lines(stream: TextIO) -> Iterable[str]:
    for line in stream:
        if line.strip():
            yield line.rstrip("\n")


def _default_responder() -> Responder:
    """The responder from the settings (KNOWLEDGE_DIR, RESOURCES_FILE); no token is needed here."""
    from bot.settings import SettingsError, load_settings
    from bot.startup import load_responder

    try:
        return load_responder(load_settings())
    except SettingsError as exc:
        print(f"metoo-bot: {exc}", file=sys.stderr)
        raise SystemExit(2) from None
