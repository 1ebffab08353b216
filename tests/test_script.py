"""Scripted conversations: the file format, the checks, and the runner through the real Application."""

from __future__ import annotations

import io
import logging
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from bot.logs import EVENT_LOGGER
from bot.responder import Responder
from bot.script import (
    Conversation,
    Expect,
    ScriptError,
    check,
    find_files,
    load_conversation,
    run_conversation,
    run_paths,
)
from knowledge.hotline import HOTLINE_LINE

GOOD = """
name: a short visit
steps:
  - send: /start
    expect:
      contains: "1-800-656-hope (4673)"
      kind: command
  - press: Get help now
    expect: {kind: info, contains: ["nearest sexual assault service provider"], replies: 1}
  - send_kind: sticker
    expect: {kind: notice, buttons: ["get help now"]}
"""


def _write(tmp_path: Path, text: str, name: str = "talk.yaml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def _malformed(tmp_path: Path, text: str) -> str:
    with pytest.raises(ScriptError) as caught:
        load_conversation(_write(tmp_path, text))
    return str(caught.value)


def test_a_valid_file_loads_with_its_steps_and_defaults(tmp_path: Path) -> None:
    conversation = load_conversation(_write(tmp_path, GOOD))
    assert conversation.chat == "private"
    actions = [step.action for step in conversation.steps]
    assert actions == ["/start", "(presses \u201cGet help now\u201d)", "(sends a sticker)"]
    assert conversation.steps[0].expect.contains == ("1-800-656-hope (4673)",)


def test_an_unknown_key_is_named_with_its_step_number(tmp_path: Path) -> None:
    error = _malformed(tmp_path, "name: x\nsteps:\n  - send: hi\n  - send: hi\n    expct: {replies: 1}\n")
    assert "talk.yaml" in error
    assert "step 2: unknown key 'expct'" in error


def test_a_step_without_send_press_or_send_kind_is_malformed(tmp_path: Path) -> None:
    error = _malformed(tmp_path, "name: x\nsteps:\n  - expect: {replies: 1}\n")
    assert "step 1: a step needs exactly one of send, press or send_kind (found none)" in error


def test_a_step_with_two_actions_is_malformed(tmp_path: Path) -> None:
    error = _malformed(tmp_path, "name: x\nsteps:\n  - send: hi\n    press: Get help now\n")
    assert "found send and press" in error


def test_a_bad_regex_a_bad_kind_and_a_negative_count_are_all_reported(tmp_path: Path) -> None:
    error = _malformed(
        tmp_path, "name: x\nsteps:\n  - send: hi\n    expect: {matches: '(oops', kind: answr, replies: -1}\n"
    )
    assert "3 problems" in error
    assert "step 1: expect.matches: bad regex '(oops'" in error
    assert "step 1: expect.kind:" in error
    assert "step 1: expect.replies:" in error


def test_send_options_do_not_go_with_a_button_press(tmp_path: Path) -> None:
    error = _malformed(tmp_path, "name: x\nsteps:\n  - press: Get help now\n    mention: true\n")
    assert "step 1: mention cannot go with press" in error


def test_an_unknown_non_text_kind_is_malformed(tmp_path: Path) -> None:
    assert "step 1: send_kind:" in _malformed(tmp_path, "name: x\nsteps:\n  - send_kind: gif\n")


def test_a_yes_that_yaml_reads_as_true_must_be_quoted(tmp_path: Path) -> None:
    assert "must be text (put it in quotes)" in _malformed(tmp_path, "name: x\nsteps:\n  - send: yes\n")


def test_an_unquoted_hashtag_that_yaml_would_cut_off_is_refused(tmp_path: Path) -> None:
    error = _malformed(tmp_path, "name: x\nsteps:\n  - send: how many #MeToo tweets\n")
    assert "line 3" in error
    assert "'how many'" in error


def test_invalid_yaml_names_the_line(tmp_path: Path) -> None:
    assert "line 3" in _malformed(tmp_path, "name: x\nsteps:\n  - send: [unclosed\n")


def test_a_file_that_is_not_a_mapping_or_has_no_steps_is_malformed(tmp_path: Path) -> None:
    assert "a conversation is a mapping" in _malformed(tmp_path, "- send: hi\n")
    assert "at least one step" in _malformed(tmp_path, "name: x\nsteps: []\n")
    assert "missing 'name'" in _malformed(tmp_path, "steps:\n  - send: hi\n")


def test_folders_are_searched_for_yaml_files_in_order(tmp_path: Path) -> None:
    _write(tmp_path, GOOD, "b.yaml")
    (tmp_path / "sub").mkdir()
    _write(tmp_path / "sub", GOOD, "a.yml")
    _write(tmp_path, "not a conversation", "notes.txt")
    assert [p.name for p in find_files([tmp_path])] == ["b.yaml", "a.yml"]
    with pytest.raises(ScriptError, match="no such file"):
        find_files([tmp_path / "missing.yaml"])


def test_contains_is_case_insensitive_and_every_failure_says_expected_and_got() -> None:
    reply = f"Tarana Burke started it.\n\n{HOTLINE_LINE}"
    expect = Expect(
        contains=("tarana burke", "Alyssa"),
        not_contains=("STARTED",),
        matches=(r"\d{4}$",),
        kind="answer",
        buttons=("Get help now",),
        replies=2,
    )
    failures = check(expect, [reply], ["Who started it?"], ["no_match"])
    assert failures == [
        "expected to contain 'Alyssa'; it does not",
        "expected not to contain 'STARTED'; it does",
        "expected to match /\\d{4}$/; it does not",
        "kind: expected answer, got no_match",
        "buttons: expected \u201cGet help now\u201d, offered \u201cWho started it?\u201d",
        "replies: expected 2, got 1",
    ]


def test_every_reply_must_carry_the_hotline_whatever_the_file_expects() -> None:
    missing = "reply 1 does not carry the hotline (1-800-656-HOPE (4673))"
    assert check(Expect(), ["Hello."], [], []) == [missing]
    assert check(Expect(), [HOTLINE_LINE], [], []) == []


def test_no_reply_is_said_plainly_when_text_was_expected() -> None:
    assert check(Expect(contains=("x",)), [], [], []) == ["expected to contain 'x'; it does not (no reply)"]


async def test_a_conversation_plays_through_the_real_application(
    tmp_path: Path, responder: Responder
) -> None:
    result = await run_conversation(load_conversation(_write(tmp_path, GOOD)), responder)
    assert result.passed, result.report()
    assert [step.kinds for step in result.steps] == [["command"], ["info"], ["notice"]]
    assert "Get help now" in result.steps[0].buttons
    assert all("4673" in step.replies[0] for step in result.steps)


async def test_a_failed_step_shows_what_was_expected_and_what_came(
    tmp_path: Path, responder: Responder
) -> None:
    text = "name: wrong\nsteps:\n  - send: /hotline\n    expect: {contains: [a pony], kind: answer}\n"
    result = await run_conversation(load_conversation(_write(tmp_path, text)), responder)
    report = result.report()
    assert not result.passed
    assert "  1 you> /hotline" in report
    assert "    bot> " in report
    assert "FAIL expected to contain 'a pony'; it does not" in report
    assert "FAIL kind: expected answer, got command" in report
    assert report.endswith("FAILED (step 1)")


async def test_pressing_a_button_that_is_not_offered_fails_the_step(
    tmp_path: Path, responder: Responder
) -> None:
    text = "name: x\nsteps:\n  - send: /sources\n  - press: Get help now\n  - send: /help\n"
    result = await run_conversation(load_conversation(_write(tmp_path, text)), responder)
    assert [bool(step.failures) for step in result.steps] == [False, True, False]
    assert "buttons" in result.steps[1].failures[0]


async def test_group_messages_not_meant_for_the_bot_get_no_reply(
    tmp_path: Path, responder: Responder
) -> None:
    text = "name: g\nchat: group\nsteps:\n  - send: hello all\n    expect: {replies: 0}\n"
    conversation: Conversation = load_conversation(_write(tmp_path, text))
    result = await run_conversation(conversation, responder)
    assert result.passed, result.report()
    assert result.steps[0].replies == []


async def test_reading_event_kinds_leaves_the_event_logger_as_it_was(
    tmp_path: Path, responder: Responder
) -> None:
    before = (EVENT_LOGGER.level, list(EVENT_LOGGER.handlers))
    EVENT_LOGGER.setLevel(logging.NOTSET)
    try:
        await run_conversation(load_conversation(_write(tmp_path, GOOD)), responder)
        assert (EVENT_LOGGER.level, list(EVENT_LOGGER.handlers)) == (logging.NOTSET, before[1])
    finally:
        EVENT_LOGGER.setLevel(before[0])


def test_run_paths_exits_0_when_all_pass_and_1_when_one_fails(tmp_path: Path) -> None:
    _write(tmp_path, GOOD, "good.yaml")
    out = io.StringIO()
    assert run_paths([tmp_path], out=out) == 0
    assert "1 conversation: 1 passed, 0 failed" in out.getvalue()
    _write(tmp_path, "name: bad\nsteps:\n  - send: /help\n    expect: {replies: 3}\n", "zbad.yaml")
    out = io.StringIO()
    assert run_paths([tmp_path], out=out) == 1
    assert "FAIL replies: expected 3, got 1" in out.getvalue()
    assert "FAILED" in out.getvalue().splitlines()[-1]


def test_run_paths_exits_2_on_a_malformed_file_without_running_any(tmp_path: Path) -> None:
    _write(tmp_path, GOOD, "good.yaml")
    _write(tmp_path, "name: x\nsteps:\n  - sned: hi\n", "typo.yaml")
    out = io.StringIO()
    assert run_paths([tmp_path], out=out) == 2
    assert "typo.yaml" in out.getvalue()
    assert "step 1: unknown key 'sned'" in out.getvalue()
    assert "you>" not in out.getvalue()


def test_run_paths_exits_2_when_there_is_nothing_to_run(tmp_path: Path) -> None:
    assert run_paths([tmp_path], out=io.StringIO()) == 2


def test_the_script_command_runs_files_as_a_process(tmp_path: Path) -> None:
    path = _write(tmp_path, GOOD)
    done = subprocess.run(
        [sys.executable, "-m", "bot", "script", str(path)], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "== a short visit" in done.stdout
    assert "you> /start" in done.stdout
