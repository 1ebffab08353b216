"""Offline pip for the tests that install the bot: packages come from a wheelhouse, never from an index.

`.ci/run`, the set-up step and the one place allowed to use a package index, fills a folder with wheels of
the runtime and test dependencies and the build backend (`.ci/wheelhouse`), and exports its path as
METOO_WHEELHOUSE. The install tests hand pip that folder and nothing else; without the variable they are
skipped, saying how to run them.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

import pytest

__all__ = ["WHEELHOUSE_VARIABLE", "offline_pip_environment", "wheelhouse"]

WHEELHOUSE_VARIABLE = "METOO_WHEELHOUSE"
_HOW = (
    f"run .ci/run, or build one with `.ci/wheelhouse DIR` and set {WHEELHOUSE_VARIABLE}=DIR "
    "(tests never install from a package index)"
)


def wheelhouse() -> Path:
    """The wheelhouse folder; skips the test when none was given, fails when the one given holds no wheels."""
    value = os.environ.get(WHEELHOUSE_VARIABLE, "").strip()
    if not value:
        pytest.skip(f"installs into a fresh virtual environment from a wheelhouse: {_HOW}")
    folder = Path(value)
    if not any(folder.glob("*.whl")):
        pytest.fail(f"{WHEELHOUSE_VARIABLE}={value} holds no wheels: {_HOW}")
    return folder


def offline_pip_environment(base: Mapping[str, str]) -> dict[str, str]:
    """`base` with every pip run told to use the wheelhouse only: no index, no config file, no self-check.

    The environment reaches pip's isolated build of the project too, so the build backend comes from the
    wheelhouse as well. Skips the test when there is no wheelhouse (see `wheelhouse`).
    """
    index_settings = ("PIP_INDEX_URL", "PIP_EXTRA_INDEX_URL", "PIP_FIND_LINKS", "PIP_CONFIG_FILE")
    env = {k: v for k, v in base.items() if k not in index_settings}
    env.update(
        PIP_NO_INDEX="1",
        PIP_FIND_LINKS=str(wheelhouse()),
        # a developer's or the machine's pip.conf could name an index or other links: read none
        PIP_CONFIG_FILE=os.devnull,
        PIP_DISABLE_PIP_VERSION_CHECK="1",
    )
    return env
