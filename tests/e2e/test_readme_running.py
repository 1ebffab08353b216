"""README "Running in Telegram", followed word for word in a fresh copy of the repository.

The commands are read from the README's `sh` blocks in that section and run as written, from the copy's
root: once with the virtual environment of "The two commands" linked in (the one running these tests), and
once (marked `install`) after running the first of "The two commands" itself in the fresh copy.
The one edit the README asks for (the token in .env) is made as a person would, and a fake Bot API server
on 127.0.0.1 stands in for Telegram through TELEGRAM_BASE_URL, the setting .env.example offers for it.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from bot_process import TOKEN, BotProcess, stop
from fake_bot_api import FakeBotApi
from wheelhouse import offline_pip_environment

from bot.settings import Settings
from knowledge.hotline import HOTLINE_NUMBER

pytestmark = pytest.mark.timeout(90)

REPO = Path(__file__).resolve().parents[2]
SECTION = "## Running in Telegram"


def readme_commands(section_title: str = SECTION) -> list[str]:
    """Every command line of the `sh` blocks in one README section ("Running in Telegram" by default)."""
    text = (REPO / "README.md").read_text(encoding="utf-8")
    section = text.split(section_title, 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```sh\n(.*?)```", section, flags=re.DOTALL)
    lines = (line.split(" #", 1)[0].strip() for block in blocks for line in block.splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def fresh_clone(target: Path, *, link_venv: bool = True) -> Path:
    """The files git tracks, copied as a clone would have them (links stay links)."""
    try:
        tracked = subprocess.run(
            ["git", "ls-files", "-z"], cwd=REPO, capture_output=True, check=True, timeout=30
        ).stdout.decode().split("\0")
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout")
    for name in filter(None, tracked):
        source, copy = REPO / name, target / name
        if not source.exists() and not source.is_symlink():
            continue  # deleted in the working tree, not yet committed
        copy.parent.mkdir(parents=True, exist_ok=True)
        if source.is_symlink():
            copy.symlink_to(os.readlink(source))
        else:
            shutil.copy2(source, copy)
    if link_venv:  # the environment "The two commands" would make: the one running these tests
        (target / ".venv").symlink_to(Path(sys.prefix))
    return target


def _environment() -> dict[str, str]:
    """The shell of someone who has set nothing yet: none of the bot's variables, no PYTHONPATH."""
    ours = {name.upper() for name in Settings.model_fields}
    return {k: v for k, v in os.environ.items() if k.upper() not in ours and k != "PYTHONPATH"}


def _set(env_file: Path, name: str, value: str) -> None:
    """Edit one `NAME=` line of .env, as the README asks a person to."""
    text = env_file.read_text(encoding="utf-8")
    edited, count = re.subn(rf"(?m)^{name}=.*$", f"{name}={value}", text)
    assert count == 1, f".env.example must have exactly one {name}= line"
    env_file.write_text(edited, encoding="utf-8")


def test_the_readme_section_has_the_commands_this_test_follows() -> None:
    commands = readme_commands()
    assert commands[0] == "cp .env.example .env"
    assert commands[-1].endswith("-m bot run") and any(c.endswith("-m bot check") for c in commands)


def test_running_in_telegram_word_for_word_reaches_a_bot_that_answers(
    make_api: Callable[..., FakeBotApi], tmp_path: Path
) -> None:
    _follow_running_in_telegram(make_api(), fresh_clone(tmp_path / "clone"), tmp_path)


@pytest.mark.install
@pytest.mark.timeout(300)
def test_a_fresh_clone_through_the_two_commands_then_running_in_telegram(
    make_api: Callable[..., FakeBotApi], tmp_path: Path
) -> None:
    """The whole path of a new operator, with its own virtual environment (15 to 50 s: pip installs).

    pip installs from the wheelhouse `.ci/run` builds, never from an index (skipped without it).
    """
    pip_offline = offline_pip_environment(_environment())
    clone = fresh_clone(tmp_path / "clone", link_venv=False)
    # the first of "The two commands"; the second runs this test suite, so it is not run from inside it
    first = readme_commands("## The two commands")[0]
    done = subprocess.run(
        ["bash", "-c", first], cwd=clone, env=pip_offline, input="who started me too\n",
        capture_output=True, text=True, timeout=240,
    )
    assert done.returncode == 0, f"{first}\n{done.stdout}\n{done.stderr}"
    assert "Tarana Burke" in done.stdout
    _follow_running_in_telegram(make_api(), clone, tmp_path)


def _follow_running_in_telegram(api: FakeBotApi, clone: Path, tmp_path: Path) -> None:
    """Every command of the section, as written, until the running bot has answered one message."""
    env = _environment()
    *steps, run = readme_commands()
    for command in steps:
        done = subprocess.run(
            ["bash", "-c", command], cwd=clone, env=env, capture_output=True, text=True, timeout=60
        )
        assert done.returncode == 0, f"{command}\n{done.stdout}\n{done.stderr}"
        if command == "cp .env.example .env":
            _set(clone / ".env", "TELEGRAM_BOT_TOKEN", TOKEN)  # step 2: the token from @BotFather
            _set(clone / ".env", "TELEGRAM_BASE_URL", api.base_url)  # the stand-in for Telegram
        if command.endswith("-m bot check"):
            assert "ready to run" in done.stdout and TOKEN not in done.stdout + done.stderr
    log = tmp_path / "bot.log"
    with log.open("wb") as sink:
        command = ["bash", "-c", f"exec {run}"]  # exec: SIGTERM reaches the bot, as in a terminal
        process = subprocess.Popen(command, cwd=clone, env=env, stdout=sink, stderr=sink)
    bot = BotProcess(process, log)
    try:
        assert api.wait_until(lambda: api.calls("getUpdates") > 0 or not bot.running, 30), bot.log()
        api.send_message(3001, "who started me too")
        assert api.wait_until(lambda: len(api.outgoing()) >= 1, 30), bot.log()
        assert HOTLINE_NUMBER in api.outgoing()[0].text and "Tarana Burke" in api.outgoing()[0].text
        code, _ = bot.terminate()
        assert code == 0, bot.log()
    finally:
        stop(bot)
    assert "Traceback" not in bot.log() and TOKEN not in bot.log()
