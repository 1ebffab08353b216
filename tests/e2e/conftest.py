"""End-to-end fixtures: fake Bot API servers on 127.0.0.1, and bot processes, all stopped after each test."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import pytest
from bot_process import TOKEN, BotProcess, start_bot, start_webhook_bot, stop
from fake_bot_api import FakeBotApi, FaultRule


@pytest.fixture
def make_api() -> Iterator[Callable[..., FakeBotApi]]:
    """Start fake servers with the given fault rules; all are stopped after the test."""
    started: list[FakeBotApi] = []

    def make(faults: Iterable[FaultRule] = (), seed: int = 7) -> FakeBotApi:
        api = FakeBotApi(TOKEN, faults=faults, seed=seed).start()
        started.append(api)
        return api

    yield make
    for api in started:
        api.stop()


@pytest.fixture
def launch(tmp_path: Path) -> Iterator[Callable[..., BotProcess]]:
    """Start `python -m bot run` against a fake server, polling or (with `port`) serving its webhook on
    127.0.0.1:`port`; any process still running is stopped after."""
    bots: list[BotProcess] = []

    def run(api: FakeBotApi, *, port: int | None = None, **env: str) -> BotProcess:
        workdir = tmp_path / f"bot{len(bots)}"
        workdir.mkdir()
        bot = start_bot(api, workdir, **env) if port is None else start_webhook_bot(api, workdir, port, **env)
        bots.append(bot)
        return bot

    yield run
    for bot in bots:
        stop(bot)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Print the load figures after the run, passed or failed, so CI logs carry them."""
    lines = [
        f"{report.nodeid.rsplit('::', 1)[-1]}: {value}"
        for reports in terminalreporter.stats.values()
        for report in reports
        if getattr(report, "when", None) == "call"
        for name, value in getattr(report, "user_properties", ())
        if name == "load"
    ]
    if lines:
        terminalreporter.write_sep("-", "end-to-end load")
        for line in lines:
            terminalreporter.write_line(line)
