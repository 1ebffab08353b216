"""Throughput benchmark: updates handled per second, and the time from update to reply.

Run from the repository root:  python benchmarks/throughput.py [--offline 5000] [--e2e 600] [--no-e2e]
                                   [--redis-url redis://127.0.0.1:6379/15] [--no-redis] [--cores 2]

Offline: the real Application with every handler, on a request object that answers like Telegram without
any network, on two cores (`--cores 1` for one; replies are decided on one worker thread per core, see
bot/telegram/deciding.py). "CPU ms/update" is this process's CPU time, all threads, per update: on a
machine shared with other work it says what an update costs when the wall clock cannot. End to end:
`python -m bot run` as a process against the fake Bot API server of tests/e2e on 127.0.0.1, where the
bot's own flood control (about 30 messages a second, Telegram's limit per bot) is the ceiling by design.
The offline rows run twice: with the state in memory, and in a real Redis on 127.0.0.1 (a redis-server on
PATH is started for the run unless --redis-url names one). Exits 1 when offline throughput is under 150
updates/s in memory or under 300 with Redis.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "e2e")]

from telegram import Update  # noqa: E402

from bot.logs import configure_logging  # noqa: E402
from bot.settings import Settings  # noqa: E402
from bot.startup import load_responder  # noqa: E402
from bot.store import StateStore  # noqa: E402
from bot.telegram.app import build_application  # noqa: E402
from bot.telegram.offline import OfflineRequest  # noqa: E402

# updates per second: five times Telegram's cap; the learned safety layer's few ms a message set the pace
TARGET_OFFLINE = 150.0
TARGET_REDIS = 300.0  # with the shared store: ten times Telegram's cap of about 30 messages a second
_USERS = 200


@dataclass
class Row:
    """One line of the table."""

    name: str
    updates: int
    seconds: float
    latencies: list[float]
    cpu: float | None = None  # CPU seconds of this process, all threads (a redis-server's not included)

    def cells(self) -> list[str]:
        rate = self.updates / self.seconds if self.seconds else float("nan")
        cpu = f"{self.cpu / self.updates * 1000:.2f}" if self.cpu is not None and self.updates else "-"
        return [self.name, str(self.updates), f"{self.seconds:.2f}", f"{rate:,.0f}",
                _ms(self.latencies, 50), _ms(self.latencies, 99), cpu]


def _ms(latencies: list[float], q: int) -> str:
    if len(latencies) < 2:
        return "-"
    return f"{statistics.quantiles(latencies, n=100, method='inclusive')[q - 1] * 1000:.2f}"


class _TimedRequest(OfflineRequest):
    """Notes when each message is sent, to measure the time from update to reply."""

    def __init__(self) -> None:
        super().__init__()
        self.sent_at: dict[int, float] = {}

    async def do_request(self, url: str, method: str, request_data: Any = None, **kwargs: Any) -> Any:
        answer = await super().do_request(url, method, request_data, **kwargs)
        if url.endswith("/sendMessage") and request_data is not None:
            self.sent_at.setdefault(int(request_data.parameters["chat_id"]), time.perf_counter())
        return answer


def _update(update_id: int, chat_id: int, text: str) -> dict[str, Any]:
    message: dict[str, Any] = {
        "message_id": update_id,
        "date": int(time.time()),
        "chat": {"id": chat_id, "type": "private", "first_name": "Person"},
        "from": {"id": chat_id, "is_bot": False, "first_name": "Person"},
        "text": text,
    }
    if text.startswith("/"):
        message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
    return {"update_id": update_id, "message": message}


async def _offline(count: int, *, store: StateStore | None = None, label: str = "") -> list[Row]:
    """Burst through the Application's own queue, then one update at a time for latency."""
    from e2e_load import MESSAGES

    # every update has its own chat, so the limit never refuses one, but each is counted against it
    settings = Settings(_env_file=None, user_rate_limit=20)  # type: ignore[call-arg]
    request = _TimedRequest()
    app = build_application(
        settings, load_responder(settings), request=request, flood_control=False, store=store
    )
    async with app:
        await app.start()
        # Each update gets its own chat, so the first message sent to a chat is its reply.
        payloads = [_update(i, 10_000 + i, MESSAGES[i % len(MESSAGES)]) for i in range(1, count + 1)]
        began, cpu = time.perf_counter(), time.process_time()
        for payload in payloads:
            await app.update_queue.put(Update.de_json(payload, app.bot))
        while len(request.sent_at) < count:
            await asyncio.sleep(0.001)
        burst = Row(f"offline, burst through the update queue{label}", count, time.perf_counter() - began, [],
                    time.process_time() - cpu)
        single = await _one_at_a_time(app, request, count, label)
        await app.stop()
    return [burst, single]


async def _one_at_a_time(app: Any, request: _TimedRequest, count: int, label: str) -> Row:
    from e2e_load import MESSAGES

    latencies = []
    began, cpu = time.perf_counter(), time.process_time()
    for i in range(1, count + 1):
        started = time.perf_counter()
        chat = 1_000_000 + i
        payload = _update(count + i, chat, MESSAGES[i % len(MESSAGES)])
        await app.process_update(Update.de_json(payload, app.bot))
        latencies.append(request.sent_at[chat] - started)
    return Row(f"offline, one update at a time{label}", count, time.perf_counter() - began, latencies,
               time.process_time() - cpu)


def _end_to_end(count: int, pace: float, name: str) -> Row:
    """The bot as a process against the fake server; `pace` seconds between messages (0: all at once)."""
    from bot_process import TOKEN, start_bot, stop
    from e2e_load import run_load
    from fake_bot_api import FakeBotApi

    api = FakeBotApi(TOKEN).start()
    with tempfile.TemporaryDirectory() as workdir:
        bot = start_bot(api, Path(workdir))
        try:
            users = min(_USERS, count)
            report = run_load(api, users=users, per_user=max(1, count // users), pace=pace, timeout=300)
        finally:
            stop(bot)
            api.stop()
    if report.lost or report.duplicated:
        print(f"warning: {name}: lost {report.lost}, duplicated {report.duplicated}", file=sys.stderr)
    return Row(name, report.replies, report.seconds, report.latencies)


def _align(column: int, cell: str, width: int) -> str:
    return cell.ljust(width) if column == 0 else cell.rjust(width)


def _table(rows: list[Row]) -> str:
    header = ["", "updates", "seconds", "updates/s", "p50 ms", "p99 ms", "CPU ms/update"]
    lines = [header, *(row.cells() for row in rows)]
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    return "\n".join(
        "  ".join(_align(i, cell, width) for i, (cell, width) in enumerate(zip(line, widths, strict=True)))
        for line in lines
    )


@contextlib.contextmanager
def _cores(count: int) -> Iterator[None]:
    """Pin this process (and a redis-server it starts) to `count` CPUs (Linux), then give the others back
    for the end-to-end runs."""
    try:
        cpus = os.sched_getaffinity(0)
        os.sched_setaffinity(0, set(sorted(cpus)[:count]))
    except (AttributeError, OSError):
        yield
        return
    try:
        yield
    finally:
        os.sched_setaffinity(0, cpus)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--offline", type=int, default=5000, help="updates for the offline runs")
    parser.add_argument("--e2e", type=int, default=600, help="messages for the end-to-end burst")
    parser.add_argument("--no-e2e", action="store_true", help="offline only")
    parser.add_argument("--redis-url", default=None, help="Redis for the store rows (default: start one)")
    parser.add_argument("--no-redis", action="store_true", help="no shared-store rows")
    parser.add_argument("--cores", type=int, default=2, help="CPUs the offline rows may use (default 2)")
    args = parser.parse_args()
    # Event lines are formatted and written as in production, to a sink instead of a terminal.
    configure_logging("INFO", stream=open(os.devnull, "w"))  # noqa: SIM115 - open for the whole run
    with _cores(max(1, args.cores)):
        rows = asyncio.run(_offline(args.offline, label=", memory store"))
        redis_rows = [] if args.no_redis else _with_redis(args.offline, args.redis_url)
    rows += redis_rows
    if not args.no_e2e:
        rows.append(_end_to_end(args.e2e, 0.0, "end to end, burst (flood control: ~30/s)"))
        rows.append(_end_to_end(200, 0.1, "end to end, paced at 10 messages/s"))
    print(_table(rows))
    offline_rate = rows[0].updates / rows[0].seconds
    print(f"\noffline target: {TARGET_OFFLINE:,.0f} updates/s on {_cores_used(args.cores)} -> "
          f"{'met' if offline_rate >= TARGET_OFFLINE else 'MISSED'} ({offline_rate:,.0f})")
    met = offline_rate >= TARGET_OFFLINE
    if redis_rows:
        redis_rate = redis_rows[0].updates / redis_rows[0].seconds
        added = statistics.median(redis_rows[1].latencies) - statistics.median(rows[1].latencies)
        print(f"redis store target: {TARGET_REDIS:,.0f} updates/s -> "
              f"{'met' if redis_rate >= TARGET_REDIS else 'MISSED'} ({redis_rate:,.0f}); "
              f"added latency per update, p50: {added * 1000:.2f} ms")
        met = met and redis_rate >= TARGET_REDIS
    return 0 if met else 1


def _cores_used(asked: int) -> str:
    try:
        count = min(max(1, asked), len(os.sched_getaffinity(0)))
    except AttributeError:
        count = max(1, asked)
    return "one core" if count == 1 else f"{count} cores"


def _with_redis(count: int, url: str | None) -> list[Row]:
    """The offline rows again, with the state in a real Redis on 127.0.0.1 (started here if need be)."""
    from state_store import redis_url

    from bot.store import redis_store

    with redis_url(url) as found:
        store = redis_store(found, b"throughput-benchmark-" + b"t" * 32, prefix="bench:")
        return asyncio.run(_offline(count, store=store, label=", redis store"))


if __name__ == "__main__":
    sys.exit(main())
