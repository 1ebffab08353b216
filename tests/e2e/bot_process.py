"""`python -m bot run` as a real process, pointed at a fake Bot API server, with its log in a file."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from fake_bot_api import BOT_ID, FakeBotApi

__all__ = [
    "TOKEN", "BotProcess", "bot_environment", "spawn", "start_bot", "start_webhook_bot", "stop",
    "wait_for_webhook", "webhook_environment",
]

REPO = Path(__file__).resolve().parents[2]
# Token-shaped, assembled at run time so no token literal sits in the repository.
TOKEN = f"{BOT_ID}:" + "E2eFakeTokenNotReal" + "x" * 16
# The bot's own variables that a developer's shell might carry into the child process.
_BOT_ENV_PREFIXES = (
    "TELEGRAM_", "BOT_", "WEBHOOK_", "KNOWLEDGE_", "RESOURCES_", "LOG_", "USER_RATE", "AUTO_DEL", "PROTECT_",
    "STATE_",
)
STARTUP_SECONDS = 30.0


@dataclass
class BotProcess:
    """`python -m bot run` talking to a fake server; its log goes to a file the test can read."""

    process: subprocess.Popen[bytes]
    log_path: Path

    @property
    def running(self) -> bool:
        return self.process.poll() is None

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def kill(self) -> None:
        """SIGKILL: a crash, with no chance to confirm or clean up anything."""
        self.process.kill()
        self.process.wait(timeout=10)

    def terminate(self, timeout: float = 10.0) -> tuple[int, float]:
        """SIGTERM, then wait; returns the exit code and how long the process took to stop."""
        began = time.monotonic()
        self.process.send_signal(signal.SIGTERM)
        code = self.process.wait(timeout=timeout)
        return code, time.monotonic() - began


def bot_environment(api: FakeBotApi, **overrides: str) -> dict[str, str]:
    """The child's environment: the developer's minus the bot's own variables, plus the fake server's."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(_BOT_ENV_PREFIXES)}
    env.update(
        TELEGRAM_BOT_TOKEN=api.token,
        TELEGRAM_BASE_URL=api.base_url,
        BOT_MODE="polling",
        LOG_LEVEL="INFO",
        PYTHONPATH=os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")])),
        PYTHONUNBUFFERED="1",
    )
    env.update(overrides)
    return env


def spawn(api: FakeBotApi, workdir: Path, **env: str) -> BotProcess:
    """Start `python -m bot run` in `workdir`, its output in workdir/bot.log; returns at once."""
    workdir.mkdir(parents=True, exist_ok=True)
    log_path = workdir / "bot.log"
    with log_path.open("wb") as log:
        # The working directory is empty, so no developer's .env is read.
        process = subprocess.Popen(
            [sys.executable, "-m", "bot", "run"],
            cwd=workdir,
            env=bot_environment(api, **env),
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    return BotProcess(process, log_path)


def start_bot(api: FakeBotApi, workdir: Path, **env: str) -> BotProcess:
    """Start the bot and wait until it polls; raises with the bot's log if it never does."""
    polls_before = api.calls("getUpdates")  # another bot may have polled this server before
    bot = spawn(api, workdir, **env)
    ready = api.wait_until(lambda: api.calls("getUpdates") > polls_before or not bot.running, STARTUP_SECONDS)
    if not ready or not bot.running:
        stop(bot)
        raise RuntimeError(f"the bot did not start polling; its log:\n{bot.log()}")
    return bot


def start_webhook_bot(api: FakeBotApi, workdir: Path, port: int, **env: str) -> BotProcess:
    """Start the bot in webhook mode on 127.0.0.1:`port`; ready once it registered and its port answers."""
    registered = api.calls("setWebhook")  # a process before this one may have registered already
    bot = spawn(api, workdir, **webhook_environment(port, **env))
    api.wait_until(lambda: api.calls("setWebhook") > registered or not bot.running, STARTUP_SECONDS)
    return wait_for_webhook(bot, port)


def webhook_environment(port: int, **env: str) -> dict[str, str]:
    """The variables for webhook mode on 127.0.0.1:`port`, plus `env`."""
    return {"BOT_MODE": "webhook", "WEBHOOK_LISTEN": "127.0.0.1", "WEBHOOK_PORT": str(port), **env}


def wait_for_webhook(bot: BotProcess, port: int) -> BotProcess:
    """`bot` once 127.0.0.1:`port` accepts connections; if it never does, stop it and raise with its log."""
    deadline = time.monotonic() + STARTUP_SECONDS
    while bot.running and time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return bot
        except OSError:
            time.sleep(0.05)
    stop(bot)
    raise RuntimeError(f"the bot did not serve its webhook; its log:\n{bot.log()}")


def stop(bot: BotProcess) -> None:
    """Stop the process if it still runs: SIGTERM, then SIGKILL if it hangs."""
    if bot.running:
        bot.process.send_signal(signal.SIGTERM)
        try:
            bot.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            bot.process.kill()
            bot.process.wait(timeout=10)
