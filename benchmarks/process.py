"""Time `python -m bot ask` as a whole process, beside the interpreter's own start-up.

Run: python benchmarks/process.py [--runs 20]
The bot's part is the difference: importing the bot, loading and indexing the articles, one answer.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

_CASES = {
    "python -c pass (interpreter only)": [sys.executable, "-c", "pass"],
    "python -c 'import telegram' (for scale)": [sys.executable, "-c", "import telegram"],
    "python -m bot ask (one question)": [sys.executable, "-m", "bot", "ask", "who foundd the metoo movment"],
    "python -m bot ask --json (20 questions)": [sys.executable, "-m", "bot", "ask", "--json"],
}
_QUESTIONS = "\n".join(["how many tweets a day", "milano daughter", "what time is it", "anniversary"] * 5)


def _time(command: list[str], runs: int) -> list[float]:
    seconds = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, input=_QUESTIONS, capture_output=True, text=True, check=True)
        seconds.append(time.perf_counter() - started)
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=20)
    runs = parser.parse_args().runs
    print(f"whole-process wall time, {runs} runs each (seconds)")
    print(f"{'command':44} {'p50':>6} {'max':>6}")
    for name, command in _CASES.items():
        seconds = _time(command, runs)
        print(f"{name:44} {statistics.median(seconds):6.3f} {max(seconds):6.3f}")
    print("target: python -m bot ask under 1.5 s as a whole process (the safety model loads in it)")


if __name__ == "__main__":
    main()
