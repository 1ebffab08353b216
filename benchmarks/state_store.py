"""State-store benchmark: what the store costs one update, in memory and in a real Redis on 127.0.0.1.

Run from the repository root:  python benchmarks/state_store.py [--updates 5000] [--redis-url redis://...]

Each update makes the calls the Telegram handlers make: is it answered already, record the person's
message id, count it against the rate limit, record the reply's id, mark the update answered. Without
--redis-url (or METOO_TEST_REDIS_URL) a redis-server on PATH is started on a free loopback port for the run.
`benchmarks/throughput.py --store redis` measures the whole Application on each store.
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
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from bot.store import MemoryStore, StateStore, redis_store  # noqa: E402

_SECRET = b"benchmark-" + b"b" * 32
_CHATS = 200


@contextlib.contextmanager
def redis_url(given: str | None) -> Iterator[str]:
    """The Redis to measure: the one given, CI's, or a redis-server started here for the run."""
    url = given or os.environ.get("METOO_TEST_REDIS_URL")
    if url:
        yield url
        return
    from redis_server import RedisServer

    with tempfile.TemporaryDirectory() as folder:
        server = RedisServer(Path(folder)).start()
        try:
            yield server.url
        finally:
            server.stop()


async def _one_update(store: StateStore, update_id: int) -> None:
    chat = 10_000 + update_id % _CHATS
    if await store.is_answered(update_id):
        return
    await store.add(chat, 2 * update_id, from_bot=False)
    await store.check_rate(chat, limit=20, window=60.0)
    await store.add(chat, 2 * update_id + 1, from_bot=True)
    await store.mark_answered(update_id)


async def _measure(store: StateStore, updates: int) -> tuple[float, list[float]]:
    """Updates per second one after another, and each update's store time in seconds."""
    latencies = []
    began = time.perf_counter()
    for update_id in range(1, updates + 1):
        started = time.perf_counter()
        await _one_update(store, update_id)
        latencies.append(time.perf_counter() - started)
    return updates / (time.perf_counter() - began), latencies


async def _concurrent(store: StateStore, updates: int, width: int = 50) -> float:
    """Updates per second with `width` updates in flight, as with concurrent handling of many chats."""
    began = time.perf_counter()
    for start in range(0, updates, width):
        batch = range(10**7 + start, 10**7 + min(start + width, updates))
        await asyncio.gather(*(_one_update(store, update_id) for update_id in batch))
    return updates / (time.perf_counter() - began)


def _us(latencies: list[float], q: int) -> str:
    return f"{statistics.quantiles(latencies, n=100, method='inclusive')[q - 1] * 1e6:,.0f}"


async def _run(updates: int, url: str) -> list[list[str]]:
    rows = []
    redis = redis_store(url, _SECRET, prefix="bench:")
    for name, store in (("memory", MemoryStore()), ("redis (127.0.0.1)", redis)):
        await _measure(store, 200)  # warm up: connections, script loading
        rate, latencies = await _measure(store, updates)
        parallel = await _concurrent(store, updates)
        rows.append([name, f"{rate:,.0f}", f"{parallel:,.0f}", _us(latencies, 50), _us(latencies, 99)])
    await redis.aclose()
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--updates", type=int, default=5000)
    parser.add_argument("--redis-url", default=None)
    args = parser.parse_args()
    with redis_url(args.redis_url) as url:
        rows = asyncio.run(_run(args.updates, url))
    header = ["store", "updates/s, one at a time", "updates/s, 50 in flight", "p50 us", "p99 us"]
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        cells = zip(row, widths, strict=True)
        print("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(cells)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
