"""Many users writing at once to a bot process through the fake server: lost, duplicated, latency, time."""

from __future__ import annotations

import html
import statistics
import time
from collections import defaultdict
from dataclasses import dataclass, field

from fake_bot_api import FakeBotApi

from bot import texts

__all__ = ["MESSAGES", "LoadReport", "run_load"]

# What people write: questions, a typo, off-topic, a disclosure, a crisis, commands. All get one message.
MESSAGES = (
    "who started the me too movement",
    "how many tweets used metoo",
    "what did alyssa milano tweet",
    "who foundd the metoo movment",
    "what is the capital of france",
    "me too, when i was 15",
    "i want to die",
    "/help",
    "/hotline",
    "/sources",
)
# Waiting this long after the last expected reply shows duplicates that come late (after a 429's wait).
_SETTLE_SECONDS = 2.0
# No reply at all for this long, with replies missing, means they are lost: the longest fault delay is ~2 s
# (a 429's wait, a slow answer, getUpdates' back-off), far below this.
_STALL_SECONDS = 15.0
_FIRST_CHAT = 10_000


@dataclass
class LoadReport:
    """What happened to every message: replies counted per chat, and the time from update to reply."""

    users: int
    messages: int
    replies: int
    lost: int
    duplicated: int
    apologies: int
    seconds: float
    latencies: list[float] = field(default_factory=list)
    faults: dict[str, int] = field(default_factory=dict)

    def percentile(self, q: float) -> float:
        """The q-th percentile (0-100) of update-to-reply times, in seconds."""
        if len(self.latencies) < 2:
            return self.latencies[0] if self.latencies else float("nan")
        return statistics.quantiles(self.latencies, n=100, method="inclusive")[max(0, min(98, round(q) - 1))]

    def summary(self) -> str:
        faults = ", ".join(f"{k}={v}" for k, v in sorted(self.faults.items())) or "none"
        return (
            f"{self.users} users, {self.messages} messages -> {self.replies} replies in {self.seconds:.1f} s "
            f"({self.messages / self.seconds:.0f} msg/s); lost {self.lost}, duplicated {self.duplicated}, "
            f"apologies {self.apologies}; update-to-reply p50 {self.percentile(50) * 1000:.0f} ms, "
            f"p99 {self.percentile(99) * 1000:.0f} ms; faults injected: {faults}"
        )


def run_load(
    api: FakeBotApi, *, users: int, per_user: int, pace: float = 0.0, timeout: float = 180.0
) -> LoadReport:
    """Each user writes `per_user` messages, one round at a time, `pace` seconds apart; then count replies.

    Waiting ends when every reply is in, after `timeout`, or when no reply came for `_STALL_SECONDS`.
    """
    began = time.monotonic()
    fed: dict[int, list[int]] = defaultdict(list)
    for round_number in range(per_user):
        for user in range(users):
            chat = _FIRST_CHAT + user
            fed[chat].append(api.send_message(chat, MESSAGES[(user + round_number) % len(MESSAGES)]))
            if pace:
                time.sleep(pace)
    _wait_for_replies(api, users * per_user, timeout)
    seconds = time.monotonic() - began
    time.sleep(_SETTLE_SECONDS)
    return _report(api, fed, users=users, seconds=seconds)


def _wait_for_replies(api: FakeBotApi, expected: int, timeout: float) -> None:
    """Until `expected` messages were sent (the server is fresh), `timeout`, or a stall."""
    deadline = time.monotonic() + timeout
    seen, last_progress = -1, time.monotonic()
    while time.monotonic() < deadline:
        count = api.messages_sent()
        if count >= expected:
            return
        if count != seen:
            seen, last_progress = count, time.monotonic()
        elif time.monotonic() - last_progress > _STALL_SECONDS:
            return  # the missing replies are lost, not late
        time.sleep(0.05)


def _report(api: FakeBotApi, fed: dict[int, list[int]], *, users: int, seconds: float) -> LoadReport:
    replies: dict[int, list[float]] = defaultdict(list)
    apology = texts.error_text()[:40]
    apologies = 0
    for sent in api.outgoing():
        if sent.chat_id in fed:
            replies[sent.chat_id].append(sent.at)
            apologies += apology in html.unescape(sent.text)
    latencies: list[float] = []
    for chat, message_ids in fed.items():
        # one chat per user, answered in order: the k-th reply in a chat answers its k-th message
        for message_id, replied_at in zip(message_ids, sorted(replies[chat]), strict=False):
            latencies.append(replied_at - (api.fed_at(chat, message_id) or replied_at))
    counts = {chat: len(replies[chat]) for chat in fed}
    return LoadReport(
        users=users,
        messages=sum(len(ids) for ids in fed.values()),
        replies=sum(counts.values()),
        lost=sum(max(0, len(ids) - counts[chat]) for chat, ids in fed.items()),
        duplicated=sum(max(0, counts[chat] - len(ids)) for chat, ids in fed.items()),
        apologies=apologies,
        seconds=seconds,
        latencies=latencies,
        faults=api.faults_injected(),
    )
