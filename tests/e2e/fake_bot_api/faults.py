"""Fault injection for the fake Bot API: which call fails, how, and whether before or after processing.

Faults are decided when a request arrives and strike BEFORE it is processed (a dropped connection or a
5xx records nothing), unless the rule says `when="after"`: then the request is processed in full (the
message is sent, the messages are deleted) and only the answer is lost, as when a proxy fails on the way
back. Telegram gives no idempotency key, so a send whose answer was lost is retried and duplicated by any
client that retries.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal

from bot_api_json import error

__all__ = ["Answer", "Fault", "FaultRule", "Faults", "When", "failure"]

Fault = Literal["400", "429", "500", "502", "drop", "slow", "409"]
When = Literal["before", "after"]
# (HTTP status, JSON body), or None to drop the connection unanswered
Answer = tuple[int, dict[str, Any]] | None
_ERRORS: dict[str, tuple[int, str]] = {
    "400": (400, "Bad Request: bad webhook: Failed to resolve host: Name or service not known"),
    "500": (500, "Internal Server Error"),
    "502": (502, "Bad Gateway"),
    "409": (409, "Conflict: terminated by other getUpdates request"),
}


@dataclass(frozen=True)
class FaultRule:
    """Inject `fault` into `method`: on the listed call numbers (1-based), or at random with `rate`.

    `when="after"` processes the request first and then loses its answer (not for "slow" and "409").
    """

    method: str
    fault: Fault
    calls: frozenset[int] = frozenset()
    rate: float = 0.0
    retry_after: int = 1
    delay: float = 0.5
    when: When = "before"

    @property
    def label(self) -> str:
        """How `faults_injected` counts it: "502", or "502-after" when the request was processed."""
        return self.fault if self.when == "before" else f"{self.fault}-after"


class Faults:
    """The rules, the calls counted per method, and the faults injected so far; not thread-safe."""

    def __init__(self, rules: Iterable[FaultRule], seed: int) -> None:
        self.rules = list(rules)
        self.calls: dict[str, int] = {}
        self.injected: dict[str, int] = {}
        self._seed = seed
        # one random stream per method, so the n-th sendMessage meets the same fault in every run
        self._random: dict[str, random.Random] = {}

    def pick(self, method: str) -> FaultRule | None:
        """Count the call and pick its fault; random rules share one draw, in bands, so rates add up."""
        number = self.calls[method] = self.calls.get(method, 0) + 1
        draw = self._random.setdefault(method, random.Random(f"{self._seed}:{method}")).random()
        band = 0.0
        for rule in (r for r in self.rules if r.method == method):
            band += rule.rate
            if number in rule.calls or draw < band:
                self.injected[rule.label] = self.injected.get(rule.label, 0) + 1
                return rule
        return None


def failure(rule: FaultRule) -> Answer:
    """The fault's answer: None drops the connection without a word."""
    if rule.fault == "drop":
        return None
    if rule.fault == "429":
        return 429, error(429, f"Too Many Requests: retry after {rule.retry_after}", rule.retry_after)
    code, description = _ERRORS[rule.fault]
    return code, error(code, description)
