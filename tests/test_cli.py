"""The command line as a whole process, as testers and benchmarks call it."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from knowledge.hotline import HOTLINE_NUMBER


def _bot(*args: str, stdin: str = "", env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, **(env or {})},
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


def test_ask_with_a_missing_knowledge_folder_says_which_variable_and_exits_2(tmp_path) -> None:
    done = _bot("ask", "who is tarana burke", env={"KNOWLEDGE_DIR": str(tmp_path / "nope")})
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "KNOWLEDGE_DIR" in done.stderr
    assert "Traceback" not in done.stderr
