"""The command line as a whole process, as testers and benchmarks call it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import program_name
from knowledge.hotline import HOTLINE_NUMBER

REPO = Path(__file__).resolve().parents[1]


def _bot(
    *args: str, stdin: str = "", env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """`python -m bot ARGS`; run from `cwd` (to read a .env there), the repository stays importable."""
    importable = {"PYTHONPATH": str(REPO)} if cwd is not None else {}
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=cwd,
        env={**os.environ, **importable, **(env or {})},
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


def test_an_empty_question_gives_the_usage_line_and_exit_2() -> None:
    done = _bot("ask", "")
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.startswith("usage: python -m bot ask") and "the question is empty" in done.stderr


def test_the_env_example_copied_unchanged_lets_ask_answer(tmp_path: Path) -> None:
    shutil.copy(REPO / ".env.example", tmp_path / ".env")
    done = _bot("ask", "who started me too", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Tarana Burke" in done.stdout and done.stderr == ""


def test_a_broken_dotenv_line_stops_ask_with_file_and_line(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("LOG_LEVEL=INFO\nKNOWLEDGE_DIR\n", encoding="utf-8")
    done = _bot("ask", "who started me too", cwd=tmp_path)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.count("\n") == 1 and ".env, line 2," in done.stderr


@pytest.mark.parametrize(
    ("argv0", "name"),
    [("/usr/local/bin/metoo-bot", "metoo-bot"), ("/repo/bot/__main__.py", "python -m bot")],
)
def test_help_names_the_program_as_it_was_started(argv0: str, name: str) -> None:
    assert program_name(argv0) == name


def test_the_installed_script_names_itself_in_help() -> None:
    script = Path(sys.executable).with_name("metoo-bot")
    if not script.exists():
        pytest.skip("the metoo-bot script is not installed next to this interpreter")
    done = subprocess.run([str(script), "--help"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stdout.startswith("usage: metoo-bot ")
