"""`python -m bot chat` in a real pseudo-terminal, as a person types: arrows, history, width, quick exit."""

from __future__ import annotations

import fcntl
import os
import re
import select
import struct
import subprocess
import sys
import termios
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from knowledge.hotline import HOTLINE_NUMBER

REPO = Path(__file__).resolve().parents[1]
COLUMNS = 50
_ESCAPES = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b[=>]|\r")
_UP = "\x1b[A"


class Terminal:
    """The chat on the far side of a pseudo-terminal COLUMNS wide; `type` returns what came back."""

    def __init__(self, master: int, process: subprocess.Popen[bytes]) -> None:
        self.master, self.process = master, process

    def read_until(self, marker: str, timeout: float = 20.0) -> str:
        seen, deadline = b"", time.monotonic() + timeout
        while marker.encode() not in seen and time.monotonic() < deadline:
            ready, _, _ = select.select([self.master], [], [], 0.1)
            if ready:
                try:
                    chunk = os.read(self.master, 65536)
                except OSError:  # the chat ended and closed the terminal
                    break
                if not chunk:
                    break
                seen += chunk
        return seen.decode("utf-8", errors="replace")

    def type(self, keys: str, until: str = "you> ") -> str:
        os.write(self.master, keys.encode())
        return self.read_until(until)


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[Terminal]:
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, COLUMNS, 0, 0))
    env = {k: v for k, v in os.environ.items() if k not in {"COLUMNS", "LINES"}}
    env.update(TERM="xterm", PYTHONPATH=str(REPO))
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "chat"], stdin=slave, stdout=slave, stderr=slave, cwd=tmp_path, env=env
    )
    os.close(slave)
    try:
        yield Terminal(master, process)
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=10)
        os.close(master)


def _visible(raw: str) -> list[str]:
    return _ESCAPES.sub("", raw).split("\n")


def test_replies_fit_the_terminal_width_without_splitting_words(terminal: Terminal) -> None:
    greeting = terminal.read_until("you> ")
    answer = terminal.type("who started me too\r")
    for line in _visible(greeting + answer):
        assert len(line) <= COLUMNS, line
    assert HOTLINE_NUMBER in answer and "Tarana Burke" in " ".join(answer.split())


def test_arrow_keys_edit_the_line_and_recall_history(terminal: Terminal) -> None:
    terminal.read_until("you> ")
    first = terminal.type("who started me too\r")
    # left arrow twice, then a letter: line editing inserts it, nothing like ^[[D reaches the question
    edited = terminal.type("how many tweets a da\x1b[D\x1b[Dy\x1b[C\x1b[C\r")
    again = terminal.type(_UP + _UP + "\r")  # history: the first question once more
    assert "^[[" not in edited + again
    assert "Tarana Burke" in " ".join(first.split()) and "Tarana Burke" in " ".join(again.split())


def test_quick_exit_clears_the_screen_and_the_scrollback_then_ends(terminal: Terminal) -> None:
    terminal.read_until("you> ")
    terminal.type("i was raped\r")
    erased = terminal.type("/forget\r", until="\x1b[3J")
    assert "\x1b[2J" in erased and "\x1b[3J" in erased
    assert terminal.process.wait(timeout=10) == 0
