"""Telegram's side of webhook mode for the fake server: post each update, post it again until answered 200.

Telegram forgets an update only once the bot's server answered its post with 200. A refused connection, a
connection cut before the answer, a timeout or any other status, and the same update is posted again after
a pause. `WebhookDelivery` plays that part: it takes the updates people write (`FakeBotApi.send_message`),
posts them with up to `connections` at once (Telegram's default `max_connections` is 40), oldest first,
to the path and with the secret token the bot registered with setWebhook. The public https URL lands on
127.0.0.1:`port`, as it would behind a proxy that ends TLS.
"""

from __future__ import annotations

import http.client
import json
import queue
import threading
import time
from collections import Counter
from typing import Literal
from urllib.parse import urlsplit

from fake_bot_api import FakeBotApi
from ports import free_port

__all__ = ["Outcome", "WebhookDelivery"]

# What became of one post: answered 200; refused before it was sent (nothing listened); cut off after it
# was sent, with no answer (the process died or stopped with the update in hand); any other status.
Outcome = Literal["200", "refused", "cut_off", "other"]
# Telegram waits longer between tries; a short pause keeps the tests quick and changes nothing else.
_RETRY_PAUSE_SECONDS = 0.2
# Longer than any reply takes here, so a post is never given up on while the bot still works on it.
_POST_TIMEOUT_SECONDS = 30.0
_IDLE_SECONDS = 0.05


class WebhookDelivery:
    """Posts the fake server's updates to the bot's webhook until each one was answered 200."""

    def __init__(self, api: FakeBotApi, port: int | None = None, *, connections: int = 40) -> None:
        self.api = api
        self.port = port or free_port()
        self.connections = connections
        self._waiting: queue.PriorityQueue[tuple[int, bytes]] = queue.PriorityQueue()
        self._lock = threading.Lock()
        self._taken = 0
        self._delivered: set[int] = set()
        self._posts: Counter[int] = Counter()
        self._outcomes: Counter[Outcome] = Counter()
        self._in_flight = 0
        self._stopping = threading.Event()
        self._threads = [threading.Thread(target=self._collect, daemon=True)]
        self._threads += [threading.Thread(target=self._deliver, daemon=True) for _ in range(connections)]

    def start(self) -> WebhookDelivery:
        for thread in self._threads:
            thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        # one second for all: a post still waiting on a hung process ends with its own timeout, unseen
        deadline = time.monotonic() + 1.0
        for thread in self._threads:
            thread.join(timeout=max(0.0, deadline - time.monotonic()))

    # --- what tests read -----------------------------------------------------------------------

    def undelivered(self) -> int:
        """Updates taken from the server and not yet answered 200."""
        with self._lock:
            return self._taken - len(self._delivered)

    def in_flight(self) -> int:
        """Posts sent and waiting for their answer right now."""
        with self._lock:
            return self._in_flight

    def outcomes(self) -> dict[Outcome, int]:
        """How many posts ended which way, over the whole run."""
        with self._lock:
            return dict(self._outcomes)

    def posted_again(self) -> int:
        """Updates posted more than once."""
        with self._lock:
            return sum(count > 1 for count in self._posts.values())

    # --- the threads ---------------------------------------------------------------------------

    def _collect(self) -> None:
        """Move what people write from the fake server into the queue of updates to post."""
        while not self._stopping.is_set():
            self.api.wait_until(lambda: self.api.pending_updates() > 0, _IDLE_SECONDS * 4)
            for update in self.api.take_updates():
                with self._lock:
                    self._taken += 1
                self._waiting.put((int(update["update_id"]), json.dumps(update).encode()))

    def _deliver(self) -> None:
        """One of Telegram's connections: post the oldest waiting update; on anything but 200, again later."""
        while not self._stopping.is_set():
            try:
                update_id, body = self._waiting.get(timeout=_IDLE_SECONDS)
            except queue.Empty:
                continue
            target = self.api.webhook()
            outcome = self._post(target, body) if target is not None else None
            with self._lock:
                if outcome is not None:
                    self._posts[update_id] += 1
                    self._outcomes[outcome] += 1
                if outcome == "200":
                    self._delivered.add(update_id)
                    continue
            self._stopping.wait(_RETRY_PAUSE_SECONDS if outcome else _IDLE_SECONDS)
            self._waiting.put((update_id, body))  # ordered by id: it goes before every later update

    def _post(self, target: tuple[str, str], body: bytes) -> Outcome:
        url, secret = target
        headers = {"Content-Type": "application/json"}
        if secret:
            headers["X-Telegram-Bot-Api-Secret-Token"] = secret
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=_POST_TIMEOUT_SECONDS)
        try:
            try:
                connection.connect()
            except OSError:
                return "refused"
            with self._lock:
                self._in_flight += 1
            try:
                connection.request("POST", urlsplit(url).path or "/", body, headers)
                response = connection.getresponse()
                response.read()
            except (OSError, http.client.HTTPException):
                return "cut_off"
            finally:
                with self._lock:
                    self._in_flight -= 1
            return "200" if response.status == 200 else "other"
        finally:
            connection.close()
