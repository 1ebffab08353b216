"""Classifier margins made by hand, for the safety decision tests of rounds 8, 11 and 12."""

from __future__ import annotations

from bot.safety_model import Margins

__all__ = ["margins"]

_ALL = ("danger", "self_harm", "disclosure", "distress")


def margins(alarm: dict[str, float]) -> Margins:
    """Each named concern this far above its alarm threshold (negative: below); the rest well below."""
    above = {name: alarm.get(name, -3.0) for name in _ALL}
    maybe = {name: value + 2.0 for name, value in above.items()}
    return Margins(scores=dict(above), alarm=above, maybe=maybe)
