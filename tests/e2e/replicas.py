"""Several `python -m bot run` processes in webhook mode behind a round-robin forwarder, sharing a Redis.

The forwarder stands in for the reverse proxy of the README's compose example: it passes each post to the
next replica in turn (or to one chosen by the test). `Feeder` plays Telegram's side of webhook mode: it
builds each update (message ids come from the fake server, so both sides share one count per chat, as in
Telegram) and posts it with the secret-token header.
"""

from __future__ import annotations

import http.client
import itertools
import json
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from bot_process import BotProcess, spawn, stop, wait_for_webhook, webhook_environment
from fake_bot_api import FakeBotApi
from ports import free_port

__all__ = ["HOOK_PATH", "SECRET_TOKEN", "STATE_SECRET", "Feeder", "Forwarder", "Replica", "start_replicas"]

HOOK_PATH = "/telegram/hook"
SECRET_TOKEN = "replica-test-secret"
# 32+ bytes, assembled at run time like the test token
STATE_SECRET = "state-" + "r" * 40


class Forwarder:
    """A tiny reverse proxy on 127.0.0.1: each POST goes to the next backend port, round robin."""

    def __init__(self, backends: Sequence[int] = ()) -> None:
        self.backends = list(backends)
        self.served: dict[int, int] = {}
        self._turn = itertools.count()
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _forwarding_handler(self))
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05})
        self._thread.daemon = True

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    def start(self) -> Forwarder:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def next_backend(self) -> int:
        with self._lock:
            port = self.backends[next(self._turn) % len(self.backends)]
            self.served[port] = self.served.get(port, 0) + 1
            return port


def _forwarding_handler(forwarder: Forwarder) -> type[BaseHTTPRequestHandler]:
    class _Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            pinned = self.headers.get("X-Test-Backend")  # the test may choose the replica
            status, answer = _post(int(pinned) if pinned else forwarder.next_backend(), self.path, body,
                                   self.headers.get("X-Telegram-Bot-Api-Secret-Token", ""))
            self.send_response(status)
            self.send_header("Content-Length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer)

        def log_message(self, format: str, *args: Any) -> None:
            """Silent."""

    return _Handler


def _post(port: int, path: str, body: bytes, secret: str) -> tuple[int, bytes]:
    """One request to a replica; a replica that is down answers 502, as a proxy would."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.request("POST", path, body, {"Content-Type": "application/json",
                                                "X-Telegram-Bot-Api-Secret-Token": secret})
        response = connection.getresponse()
        return response.status, response.read()
    except OSError:
        return 502, b""
    finally:
        connection.close()


@dataclass
class Feeder:
    """Telegram's side of webhook mode: people write, their updates are posted through the forwarder."""

    api: FakeBotApi
    forwarder: Forwarder
    first_name: str = "Tester"
    username: str = "tester"
    sent: dict[int, list[int]] = field(default_factory=dict)

    def say(self, chat_id: int, text: str, *, backend: int | None = None) -> int:
        """A person writes `text` in their private chat; returns the message id. Raises on a non-200."""
        message_id = self.api.send_message(chat_id, text)  # on the fake server's screen, with its id
        for update in self.api.take_updates():
            message = update.get("message") or {}
            for person in (message.get("from"), message.get("chat")):
                if person is not None and person.get("id") == chat_id:
                    person.update(first_name=self.first_name, username=self.username)
            self.post(update, backend=backend)
        self.sent.setdefault(chat_id, []).append(message_id)
        return message_id

    def post(self, update: dict[str, Any], *, backend: int | None = None) -> None:
        headers = {"Content-Type": "application/json", "X-Telegram-Bot-Api-Secret-Token": SECRET_TOKEN}
        if backend is not None:
            headers["X-Test-Backend"] = str(backend)
        connection = http.client.HTTPConnection("127.0.0.1", self.forwarder.port, timeout=15)
        try:
            connection.request("POST", HOOK_PATH, json.dumps(update).encode(), headers)
            response = connection.getresponse()
            response.read()
        finally:
            connection.close()
        if response.status != 200:
            raise AssertionError(f"the webhook answered {response.status}")


@dataclass
class Replica:
    """One bot process and the port its webhook server listens on."""

    bot: BotProcess
    port: int

    def log(self) -> str:
        return self.bot.log()


def start_replicas(
    api: FakeBotApi, workdirs: Sequence[Path], *, redis_url: str | None, **env: str
) -> list[Replica]:
    """One `bot run` in webhook mode on a free port per folder, started side by side; returns once every
    webhook server accepts posts, or stops them all and raises with the log of the one that did not."""
    ports = [free_port() for _ in workdirs]
    state = {"STATE_URL": redis_url, "STATE_SECRET": STATE_SECRET} if redis_url else {}
    settings = {"WEBHOOK_URL": f"https://replicas.test{HOOK_PATH}", "WEBHOOK_SECRET_TOKEN": SECRET_TOKEN}
    bots = [
        spawn(api, workdir, **webhook_environment(port, **{**settings, **state, **env}))
        for workdir, port in zip(workdirs, ports, strict=True)
    ]
    try:
        return [Replica(wait_for_webhook(bot, port), port) for bot, port in zip(bots, ports, strict=True)]
    except RuntimeError:
        for bot in bots:
            stop(bot)
        raise
