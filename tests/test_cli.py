"""The command line as a whole process, as testers and benchmarks call it."""

from __future__ import annotations

import json
import subprocess
import sys

from knowledge.hotline import HOTLINE_NUMBER


def _bot(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args], input=stdin, capture_output=True, text=True, timeout=60
    )


def test_ask_answers_a_question_as_a_process() -> None:
    done = _bot("ask", "how many ppl tweeted metoo")
    assert done.returncode == 0, done.stderr
    assert "19 million" in done.stdout
    assert HOTLINE_NUMBER in done.stdout


def test_ask_json_reads_standard_input() -> None:
    done = _bot("ask", "--json", stdin="anniversary\nwho is the president of brazil\n")
    kinds = [json.loads(line)["kind"] for line in done.stdout.splitlines()]
    assert kinds == ["answer", "no_match"]


def test_chat_runs_without_a_token_and_ends_at_end_of_input() -> None:
    done = _bot("chat", stdin="who is tarana burke\n")
    assert done.returncode == 0, done.stderr
    assert "Tarana Burke" in done.stdout


def test_unknown_subcommand_exits_with_usage() -> None:
    done = _bot("fly")
    assert done.returncode == 2
    assert "usage" in done.stderr
