"""The Dockerfile's build, performed without Docker: `pip install` of the wheel into a fresh virtual
environment, then the image's command, health check and `ask` from a folder far from the checkout.

Cost: 15 to 50 s (a virtual environment, a wheel build, the runtime dependencies). pip never reaches a
package index: the build backend and the runtime dependencies come from the wheelhouse that `.ci/run`
builds and names in METOO_WHEELHOUSE (`wheelhouse.py`); without it these tests are skipped, saying how to
run them. Deselect them with `-m "not install"`. What it does not exercise: Docker itself, the slim base
image and its Python version, `useradd` and `USER` (the emulation runs as the current user), the mount
syntax beyond what `dockerfile.py` reads, and HEALTHCHECK's timing options.
"""

from __future__ import annotations

import os
import subprocess
import venv
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from bot_process import BotProcess, bot_environment, stop
from dockerfile import Image, Stage, build, read_dockerfile
from fake_bot_api import FakeBotApi
from wheelhouse import offline_pip_environment

from knowledge.hotline import HOTLINE_NUMBER

pytestmark = [pytest.mark.install, pytest.mark.timeout(300)]

REPO = Path(__file__).resolve().parents[2]
QUESTION = "who started me too"


@dataclass
class Installed:
    stages: list[Stage]
    image: Image
    bin: Path
    elsewhere: Path  # an empty folder far from the checkout, the image's working directory stand-in

    def command(self, argv: list[str]) -> list[str]:
        """An exec-form command from the Dockerfile, its program resolved in the installed environment."""
        return [str(self.bin / argv[0]), *argv[1:]]

    def env(self, api: FakeBotApi | None = None) -> dict[str, str]:
        base = bot_environment(api) if api is not None else bot_environment_without_api()
        base.pop("PYTHONPATH", None)  # the installed package only, never the checkout
        return {**base, **self.image.env}


def bot_environment_without_api() -> dict[str, str]:
    prefixes = ("TELEGRAM_", "BOT_", "WEBHOOK_", "KNOWLEDGE_", "RESOURCES_", "LOG_", "USER_RATE")
    return {k: v for k, v in os.environ.items() if not k.startswith(prefixes)}


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Installed]:
    """The Dockerfile's stages performed once, into one fresh virtual environment, pip offline."""
    pip_offline = offline_pip_environment(os.environ)  # skips every test here when there is no wheelhouse
    workspace = tmp_path_factory.mktemp("image")
    environment = workspace / "venv"
    venv.EnvBuilder(with_pip=True).create(environment)
    stages = read_dockerfile(REPO / "Dockerfile")
    image = build(stages, REPO, workspace, environment, pip_offline)
    elsewhere = tmp_path_factory.mktemp("elsewhere")
    yield Installed(stages, image, environment / "bin", elsewhere)


def _run(installed: Installed, argv: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    env = kwargs.pop("env", None) or installed.env()
    return subprocess.run(
        installed.command(argv), cwd=installed.elsewhere, env=env, capture_output=True, text=True,
        timeout=60, **kwargs,  # type: ignore[arg-type]
    )


def test_the_dockerfile_runs_a_slim_image_as_a_non_root_user_with_a_health_check() -> None:
    final = read_dockerfile(REPO / "Dockerfile")[-1]
    assert final.base.startswith("python:") and final.base.endswith("-slim")
    [user] = final.all("USER")
    assert user.args not in {"root", "0"}
    assert final.all("HEALTHCHECK")[0].exec_form() == ["metoo-bot", "check"]
    # exec form: the bot is PID 1 and gets SIGTERM itself
    assert final.all("CMD")[0].exec_form() == ["metoo-bot", "run"]
    runs = " ".join(step.args for step in final.all("RUN"))
    assert "[test]" not in runs and "[bench]" not in runs and "-e " not in runs


def test_the_image_holds_only_the_runtime_dependencies(installed: Installed) -> None:
    listed = _run(installed, ["pip", "list", "--format=freeze"]).stdout.lower()
    assert "metoo-bot==" in listed and "python-telegram-bot==" in listed
    for test_only in ("pytest", "ruff", "bm25s"):
        assert test_only not in listed
    assert installed.image.skipped and installed.image.skipped[0].startswith("useradd")


def test_the_installed_package_answers_from_any_folder(installed: Installed) -> None:
    done = _run(installed, ["metoo-bot", "ask", QUESTION])
    assert done.returncode == 0, done.stderr
    assert "Tarana Burke" in done.stdout and HOTLINE_NUMBER in done.stdout
    where = _run(installed, ["python", "-c", "import knowledge; print(knowledge.DEFAULT_SEEDS_DIR)"]).stdout
    assert str(REPO) not in where and "site-packages" in where
    shipped = {p.name: p.read_bytes() for p in Path(where.strip()).iterdir()}
    assert shipped == {p.name: p.read_bytes() for p in (REPO / "seeds").iterdir()}


def test_the_installed_script_names_itself_in_help(installed: Installed) -> None:
    done = _run(installed, ["metoo-bot", "--help"])
    assert done.returncode == 0 and done.stdout.startswith("usage: metoo-bot ")


def test_the_image_command_answers_and_its_health_check_passes(
    installed: Installed, make_api: Callable[..., FakeBotApi]
) -> None:
    api = make_api()
    final = installed.stages[-1]
    health = _run(installed, final.all("HEALTHCHECK")[0].exec_form(), env=installed.env(api))
    assert health.returncode == 0, health.stderr
    assert "ready to run" in health.stdout
    log = installed.elsewhere / "bot.log"
    with log.open("wb") as sink:
        process = subprocess.Popen(
            installed.command(final.all("CMD")[0].exec_form()),
            cwd=installed.elsewhere, env=installed.env(api), stdout=sink, stderr=subprocess.STDOUT,
        )
    bot = BotProcess(process, log)
    try:
        assert api.wait_until(lambda: api.calls("getUpdates") > 0 or not bot.running, 30), bot.log()
        api.send_message(2001, QUESTION)
        assert api.wait_until(lambda: len(api.outgoing()) >= 1, 30), bot.log()
        assert HOTLINE_NUMBER in api.outgoing()[0].text
        code, seconds = bot.terminate()
        assert code == 0 and seconds < 10
    finally:
        stop(bot)
    assert "Traceback" not in bot.log()


def test_the_health_check_without_a_token_fails_naming_it(installed: Installed) -> None:
    done = _run(installed, ["metoo-bot", "check", "--offline"])
    assert done.returncode == 2 and "TELEGRAM_BOT_TOKEN is not set" in done.stderr
