"""The learned safety layer's budgets, measured: recognition per message, `ask` as a process, idle memory of
`bot run`, offline throughput. Printed by benchmarks/safety.py; runnable alone.

Run: python benchmarks/budgets.py
Budgets (issue 8): recognition p99 < 15 ms; `python -m bot ask` < 1.5 s; idle RSS of `bot run` < 200 MB;
offline throughput >= 150 updates/s. Reported, never asserted in tests.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUDGETS = {"recognition p99 ms": 15.0, "ask process s": 1.5, "idle rss MB": 200.0, "offline updates/s": 150.0}

__all__ = ["BUDGETS", "ask_seconds", "idle_rss_mb", "main", "offline_rate", "print_budgets", "recognition_ms"]


def recognition_ms(
    recognise: Callable[[str], object], texts: Iterable[str], rounds: int = 3
) -> tuple[float, float]:
    """p50 and p99 of one recognition, in milliseconds (the model warmed up first)."""
    texts = list(texts)
    recognise(texts[0])
    timings = []
    for _ in range(rounds):
        for text in texts:
            started = time.perf_counter()
            recognise(text)
            timings.append((time.perf_counter() - started) * 1000)
    cuts = statistics.quantiles(timings, n=100)
    return cuts[49], cuts[98]


def ask_seconds(runs: int = 5) -> tuple[float, float]:
    """Median and worst wall time of `python -m bot ask` as a whole process."""
    seconds = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "bot", "ask", "who foundd the metoo movment"], cwd=ROOT,
                       capture_output=True, check=True)
        seconds.append(time.perf_counter() - started)
    return statistics.median(seconds), max(seconds)


def idle_rss_mb() -> float:
    """RSS of `python -m bot run` against the fake Bot API on 127.0.0.1, idle after a few messages."""
    sys.path[:0] = [str(ROOT / "tests" / "e2e")]
    from bot_process import TOKEN, start_bot, stop
    from fake_bot_api import FakeBotApi

    api = FakeBotApi(TOKEN).start()
    try:
        with tempfile.TemporaryDirectory() as workdir:
            bot = start_bot(api, Path(workdir))
            try:
                for i, text in enumerate(("who founded metoo", "i was groped on the bus", "/help")):
                    api.send_message(50_000 + i, text)
                api.wait_until(lambda: api.messages_sent() >= 3, timeout=30)
                time.sleep(2.0)
                status = Path(f"/proc/{bot.process.pid}/status").read_text()
                rss = next(line for line in status.splitlines() if line.startswith("VmRSS"))
                kilobytes = int(rss.split()[1])
            finally:
                stop(bot)
    finally:
        api.stop()
    return kilobytes / 1024


def offline_rate(updates: int = 1000) -> str:
    """The offline line of benchmarks/throughput.py (the real Application, no network, one core)."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "throughput.py"), "--offline", str(updates), "--no-e2e"],
        cwd=ROOT, capture_output=True, text=True,
    )
    lines = [line for line in done.stdout.splitlines() if line.strip()]
    return "\n".join(f"    {line}" for line in lines)


def print_budgets(recognise: Callable[[str], object], texts: list[str]) -> None:
    """Measure and print every budget beside its limit."""
    p50, p99 = recognition_ms(recognise, texts)
    print(f"  recognition per message, patterns + model  p50 {p50:.1f} ms, p99 {p99:.1f} ms (p99 < 15 ms)")
    median, worst = ask_seconds()
    print(f"  python -m bot ask, whole process           median {median:.2f} s, max {worst:.2f} s (< 1.5 s)")
    try:
        print(f"  idle RSS of python -m bot run              {idle_rss_mb():.0f} MB (< 200 MB)")
    except (OSError, RuntimeError, StopIteration) as exc:
        print(f"  idle RSS of python -m bot run              not measured ({type(exc).__name__})")
    print("  offline throughput (benchmarks/throughput.py --offline 1000 --no-e2e; budget >= 150 updates/s):")
    print(offline_rate())


def main() -> int:
    from bot.safety import assess

    print("budgets:")
    texts = ["who founded metoo", "got groped on the bus", "a man has been walking behind me"] * 50
    print_budgets(assess, texts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
