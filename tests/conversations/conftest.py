"""Every *.yaml file in this folder is one test: it is played through the real Application offline.

A failing conversation reports the runner's transcript, with what each failed step expected and got.
Add a file here and pytest runs it; `python -m bot script tests/conversations` runs the same files.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.responder import Responder
from bot.script import ScriptError, load_conversation, run_conversation
from bot.settings import Settings
from bot.startup import load_responder


def pytest_collect_file(parent: pytest.Collector, file_path: Path) -> pytest.Collector | None:
    if file_path.suffix in {".yaml", ".yml"}:
        return ConversationFile.from_parent(parent, path=file_path)
    return None


class ConversationFile(pytest.File):
    """One conversation file holds one test."""

    def collect(self) -> Iterator[pytest.Item]:
        yield ConversationItem.from_parent(self, name=self.path.stem)


class ConversationFailed(Exception):
    """An expectation in the file did not hold; the message is the transcript."""


class ConversationItem(pytest.Item):
    """Plays the file and fails with the transcript when any step's expectation breaks."""

    def runtest(self) -> None:
        conversation = load_conversation(self.path)
        with _clean_settings() as settings:
            result = asyncio.run(run_conversation(conversation, _shared_responder(), settings))
        if not result.passed:
            raise ConversationFailed(result.report())

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> str:
        if isinstance(excinfo.value, ConversationFailed | ScriptError):
            return str(excinfo.value)
        return str(super().repr_failure(excinfo, style=style))

    def reportinfo(self) -> tuple[Path, int | None, str]:
        return self.path, None, f"conversation {self.path.name}"


@contextlib.contextmanager
def _clean_settings() -> Iterator[Settings]:
    """Default settings, whatever the developer's shell exports (no autouse fixture reaches these items)."""
    with pytest.MonkeyPatch.context() as patch:
        for name in Settings.model_fields:
            patch.delenv(name.upper(), raising=False)
        yield Settings(_env_file=None)  # type: ignore[call-arg]


@functools.cache
def _shared_responder() -> Responder:
    """The articles are loaded once for all conversation files, as the bot does at start-up."""
    with _clean_settings() as settings:
        return load_responder(settings)
