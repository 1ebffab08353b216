"""The one clock tests move by hand, for everything that takes `clock=` (stores, the id log, the limiter)."""

from __future__ import annotations

__all__ = ["HOUR", "FakeClock"]

HOUR = 3600.0


class FakeClock:
    """Epoch seconds that move only when a test says so."""

    def __init__(self, now: float = 1_800_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float = 0.0, *, hours: float = 0.0) -> None:
        self.now += seconds + hours * HOUR
