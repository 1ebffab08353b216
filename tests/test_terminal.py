"""The terminal adapters: `ask`, `ask --json` and `chat`."""

from __future__ import annotations

import io
import json

from fake_clock import FakeClock

from bot.concern import CONCERN_WINDOW_SECONDS, ConcernWindow
from bot.responder import Responder
from bot.terminal import ask, chat
from knowledge.hotline import HOTLINE_NUMBER


def test_ask_prints_the_reply_as_a_person_sees_it(responder: Responder) -> None:
    out = io.StringIO()
    assert ask("milano daughter", responder=responder, stdout=out) == 0
    assert "Elizabella" in out.getvalue()
    assert HOTLINE_NUMBER in out.getvalue()


def test_ask_json_reads_one_question_per_line(responder: Responder) -> None:
    out = io.StringIO()
    stdin = io.StringIO("who is tarana burke\n\nwhat time is it\n")
    ask("", as_json=True, responder=responder, stdin=stdin, stdout=out)
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["question"] for r in records] == ["who is tarana burke", "what time is it"]
    assert [r["kind"] for r in records] == ["answer", "no_match"]
    assert all(HOTLINE_NUMBER in r["reply"] for r in records)
    first = records[0]["passages"][0]
    assert set(first) == {"text", "title", "date", "score"}
    assert first["text"] in records[0]["reply"] or first["text"][:200] in records[0]["reply"]


def _run_chat(responder: Responder, typed: list[str]) -> list[str]:
    """The replies shown for the lines typed, greeting first."""
    return _chat_with(responder, typed)[0]


def test_chat_greets_then_answers_each_question(responder: Responder) -> None:
    said = _run_chat(responder, ["how many tweets a day"])
    assert "not a person" in said[0]
    assert "55,000" in said[1]
    assert all(HOTLINE_NUMBER in s for s in said if s)


def test_chat_number_presses_the_offered_option(responder: Responder) -> None:
    said = _run_chat(responder, ["what time is it", "4"])
    assert "Type a number to choose" in said[1]
    assert "routes the caller" in said[2]


def test_chat_number_without_options_is_a_question(responder: Responder) -> None:
    said = _run_chat(responder, ["/sources", "7"])
    assert said[2].count(HOTLINE_NUMBER) == 1


def test_chat_ends_on_quit(responder: Responder) -> None:
    said = _run_chat(responder, ["/quit", "who is tarana burke"])
    assert len(said) == 1


def test_chat_not_what_i_meant_answers_the_last_message_as_a_question(responder: Responder) -> None:
    support = responder.reply("me too")
    wrong = 1 + [b.data for b in support.buttons].index("wrong")
    said = _run_chat(responder, ["me too", str(wrong)])
    assert "I believe you" in said[1]
    assert "Sorry for misreading" in said[2]


def _chat_with(responder: Responder, typed: list[str], **options: object) -> tuple[list[str], list[str]]:
    """The replies shown, and what the quick-exit eraser was asked to do."""
    said: list[str] = []
    erased: list[str] = []
    inputs = iter(typed)

    def read(_prompt: str) -> str:
        try:
            return next(inputs)
        except StopIteration:
            raise EOFError from None  # the typed lines are used up: end of input ends the chat

    def clear() -> None:
        erased.append("erased")

    assert chat(responder=responder, read=read, write=said.append, clear=clear, **options) == 0
    return said, erased


def test_chat_wraps_replies_at_word_boundaries_to_the_width(responder: Responder) -> None:
    said, _ = _chat_with(responder, ["who started me too", "/hotline"], width=40)
    for reply in said:
        for line in reply.splitlines():
            assert len(line) <= 40 or " " not in line.strip(), line
    assert any(HOTLINE_NUMBER in line for reply in said for line in reply.splitlines())  # one unit
    assert "Tarana Burke" in " ".join(" ".join(said).split())  # nothing split inside a word


def test_chat_answers_an_out_of_range_number_with_the_valid_range(responder: Responder) -> None:
    said, _ = _chat_with(responder, ["what time is it", "9", "0"])
    count = len(responder.reply("what time is it").buttons)
    assert said[2] == said[3] == f"Type a number from 1 to {count} to choose an option, or type a question."


def test_chat_quick_exit_erases_and_ends_without_a_word(responder: Responder) -> None:
    said, erased = _chat_with(responder, ["i was raped", "/forget", "who started me too"])
    assert erased == ["erased"] and len(said) == 2  # the greeting and the support reply, nothing after


def test_chat_quick_exit_button_erases_too(responder: Responder) -> None:
    support = responder.reply("i was raped")
    number = 1 + [b.data for b in support.buttons].index("exit")
    said, erased = _chat_with(responder, ["i was raped", str(number)])
    assert erased == ["erased"] and len(said) == 2


def test_chat_after_a_disclosure_a_follow_up_gets_support_until_the_window_ends(responder: Responder) -> None:
    clock = FakeClock()
    typed = iter(["someone raped me when i was 16", "are you still there", "wait", "are you still there"])

    def read(_prompt: str) -> str:
        line = next(typed, None)
        if line == "wait":  # the person comes back after the window
            clock.advance(CONCERN_WINDOW_SECONDS)
            line = next(typed)
        if line is None:
            raise EOFError
        return line

    said: list[str] = []
    chat(responder=responder, read=read, write=said.append, window=ConcernWindow(clock=clock))
    assert "I believe you" in said[1]
    assert "I'm still here" in said[2] and "911" in said[2] and "988" in said[2] and HOTLINE_NUMBER in said[2]
    assert "do not cover that" in said[3] and "I'm still here" not in said[3]


def test_ask_reads_each_line_alone_so_it_has_no_window(responder: Responder) -> None:
    out = io.StringIO()
    stdin = io.StringIO("someone raped me when i was 16\nare you still there\n")
    ask("", as_json=True, responder=responder, stdin=stdin, stdout=out)
    kinds = [json.loads(line)["kind"] for line in out.getvalue().splitlines()]
    assert kinds == ["support", "no_match"]
