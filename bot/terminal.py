"""The terminal adapters: `ask` (one-shot or JSON lines) and `chat` (a conversation, no token needed)."""

from __future__ import annotations

import contextlib
import json
import re
import shutil
import sys
import textwrap
from collections.abc import Callable, Iterable
from typing import TextIO

from bot.concern import ConcernWindow
from bot.core import Reply
from bot.responder import Responder
from knowledge.hotline import HOTLINE_NUMBER

__all__ = ["ask", "chat", "reply_to_json"]

_PROMPT = "you> "
_QUICK_EXIT = {"/forget"}
_GLUE = "\u00a0"  # a no-break space, which textwrap does not break at
# What a line starts with that its wrapped lines should line up under: a quote, a bullet, a number.
_LEAD = re.compile(r"\s*(?:>\s|[-*]\s|\d+\.\s)?\s*")


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
            out.write(_wrap(_render(reply), _terminal_width() if out is sys.stdout else None) + "\n\n")
        out.flush()
    return 0


def chat(
    *,
    responder: Responder | None = None,
    read: Callable[[str], str] | None = None,
    write: Callable[[str], object] = print,
    width: int | None = None,
    clear: Callable[[], None] | None = None,
    window: ConcernWindow | None = None,
) -> int:
    """A conversation in the terminal: type a question, a /command, or the number of a suggestion.

    Args:
        responder: decides every reply; None builds one from the settings.
        read: reads one line after a prompt; None uses `input` with line editing when in a terminal.
        write: shows one reply.
        width: wrap replies at word boundaries to this many columns; None follows the terminal's width
            when standard output is a terminal, and does not wrap otherwise.
        clear: erases what the conversation left behind on quick exit; None clears the screen, the
            scrollback and the line history when standard output is a terminal.
        window: the conversation's concern window (`bot.concern`); None keeps a fresh one on the
            monotonic clock. Tests pass one on a clock they move.
    """
    responder = responder or _default_responder()
    if read is None:
        read = _line_editing_input()
    erase = clear or _clear_terminal
    window = window or ConcernWindow()

    def show(reply: Reply) -> None:
        write(_wrap(_render(reply), width or _terminal_width()))

    show(responder.command("start"))
    last: Reply | None = None
    asked = ""  # the last message typed, for "Not what I meant"; it lives only in this loop
    while True:
        try:
            text = read(_PROMPT)
        except (EOFError, KeyboardInterrupt):
            write("")
            return 0
        command = text.strip().lower()
        if command in {"/quit", "/exit", "quit", "exit"}:
            return 0
        if command in _QUICK_EXIT or _chosen(last, text) == "exit":
            # like Telegram's quick exit: nothing stays on screen, and nothing is said afterwards
            window.clear()
            erase()
            return 0
        if _out_of_range(last, text):
            write(_wrap(_range_hint(last), width or _terminal_width()))
            continue
        reply = _pressed(responder, last, text, asked)
        if reply is None:
            reply, asked = responder.reply(text, after_support=window.open), text
        window.note(reply)
        show(reply)
        last = reply


def _chosen(last: Reply | None, text: str) -> str | None:
    """The button data a typed number picks from the last reply's options, if it picks one."""
    choice = text.strip()
    if last is None or not choice.isdigit() or not 1 <= int(choice) <= len(last.buttons):
        return None
    return last.buttons[int(choice) - 1].data


def _pressed(responder: Responder, last: Reply | None, text: str, asked: str) -> Reply | None:
    """A number typed after a reply with options presses that option."""
    data = _chosen(last, text)
    if data is None:
        return None
    return responder.misread(asked) if data == "wrong" else responder.press(data)


def _out_of_range(last: Reply | None, text: str) -> bool:
    """A bare number after a reply with options, but not one of them (9 of four, or 0)."""
    choice = text.strip()
    return bool(last and last.buttons and choice.isdigit() and _chosen(last, text) is None)


def _range_hint(last: Reply | None) -> str:
    count = len(last.buttons) if last else 0
    return f"Type a number from 1 to {count} to choose an option, or type a question."


def _render(reply: Reply) -> str:
    options = "".join(f"\n  {i}. {b.label}" for i, b in enumerate(reply.buttons, start=1))
    if options:
        options = "\n\nType a number to choose:" + options
    return reply.text + options


def _wrap(text: str, width: int | None) -> str:
    """Each line wrapped at spaces only: a phone number such as 1-800-656-HOPE never splits at a dash."""
    if not width:
        return text
    # the number is one unit: a space inside it must not become a line break
    text = text.replace(HOTLINE_NUMBER, HOTLINE_NUMBER.replace(" ", _GLUE))
    lines: list[str] = []
    for line in text.splitlines():
        lead = _LEAD.match(line)
        prefix = lead.group(0) if lead else ""
        # a quote keeps its marker on every line; a list item's lines line up under its text
        follow = prefix if prefix.strip() == ">" else " " * len(prefix)
        lines.extend(
            textwrap.wrap(
                line,
                width=max(width, 20),
                subsequent_indent=follow,
                break_long_words=False,
                break_on_hyphens=False,
            )
            or [""]
        )
    return "\n".join(lines).replace(_GLUE, " ")


def _terminal_width() -> int | None:
    """The terminal's current width (it may change between replies), or None when not a terminal."""
    if not sys.stdout.isatty():
        return None
    return shutil.get_terminal_size().columns - 1  # one spare column: some terminals wrap at the last


def _line_editing_input() -> Callable[[str], str]:
    """`input` with the standard library's line editing (arrows, history) when reading a terminal."""
    if sys.stdin.isatty():
        with contextlib.suppress(ImportError):  # not every platform ships readline
            import readline  # noqa: F401  (importing it is what turns line editing on for input())
    return input


def _clear_terminal() -> None:
    """Erase the screen, the scrollback and the typed-line history; nothing to erase when piped."""
    with contextlib.suppress(ImportError):
        import readline

        readline.clear_history()
    if sys.stdout.isatty():
        # home, clear the screen, clear the scrollback (xterm's extension, widely supported)
        sys.stdout.write("\x1b[H\x1b[2J\x1b[3J")
        sys.stdout.flush()


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
