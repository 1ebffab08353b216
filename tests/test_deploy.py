"""The deployment files: the systemd unit, compose.yaml, and the one copy of the articles."""

from __future__ import annotations

import configparser
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from knowledge import DEFAULT_SEEDS_DIR

REPO = Path(__file__).resolve().parents[1]
UNIT = REPO / "deploy" / "metoo-bot.service"


def _unit() -> configparser.ConfigParser:
    parser = configparser.ConfigParser(strict=False, interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(UNIT, encoding="utf-8")
    return parser


def test_the_shipped_articles_are_the_repository_seeds_not_a_second_copy() -> None:
    link = REPO / "knowledge" / "seeds"
    assert link.is_symlink() and link.resolve() == (REPO / "seeds").resolve()
    assert DEFAULT_SEEDS_DIR.resolve() == (REPO / "seeds").resolve()


def test_the_unit_restarts_on_failure_as_a_dedicated_user_with_an_environment_file() -> None:
    service = _unit()["Service"]
    assert service["Restart"] == "on-failure" and service["RestartPreventExitStatus"] == "2"
    assert service["User"] == "metoo-bot" and service["EnvironmentFile"].startswith("/etc/metoo-bot/")
    assert service["ExecStart"].endswith("metoo-bot run")


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("NoNewPrivileges", "yes"),
        ("ProtectSystem", "strict"),
        ("ProtectHome", "yes"),
        ("PrivateTmp", "yes"),
        ("CapabilityBoundingSet", ""),
        ("RestrictAddressFamilies", "AF_INET AF_INET6 AF_UNIX"),
    ],
)
def test_the_unit_is_hardened(option: str, value: str) -> None:
    assert _unit()["Service"][option] == value


def test_systemd_accepts_the_unit_and_rates_its_exposure_low(tmp_path: Path) -> None:
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        pytest.skip("systemd-analyze is not installed")
    environment = tmp_path / "metoo-bot.env"
    environment.write_text("", encoding="utf-8")
    # verify checks that the program and the environment file exist: stand-ins for the installed ones
    program = shutil.which("true") or "/bin/true"
    text = UNIT.read_text(encoding="utf-8").replace("/opt/metoo-bot/bin/metoo-bot", program)
    unit = tmp_path / "metoo-bot.service"
    unit.write_text(text.replace("/etc/metoo-bot/metoo-bot.env", str(environment)), encoding="utf-8")
    verify = subprocess.run([analyze, "verify", str(unit)], capture_output=True, text=True, timeout=60)
    assert verify.returncode == 0 and verify.stderr.strip() == "", verify.stderr
    security = subprocess.run(
        [analyze, "security", "--offline=yes", str(unit)], capture_output=True, text=True, timeout=60
    )
    exposure = re.search(r"Overall exposure level for \S+: ([\d.]+)", security.stdout)
    assert exposure is not None and float(exposure.group(1)) <= 2.0, security.stdout[-300:]


def test_compose_builds_the_image_and_reads_dotenv() -> None:
    compose = yaml.safe_load((REPO / "compose.yaml").read_text(encoding="utf-8"))
    bot = compose["services"]["bot"]
    assert bot["build"] == "." and bot["env_file"] == ".env"
    assert bot["restart"] == "unless-stopped" and bot["read_only"] is True
    assert "no-new-privileges:true" in bot["security_opt"]
