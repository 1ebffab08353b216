"""TEMPORARY scaffold: the safety helper replaces this with real recognition (issue 5)."""

from __future__ import annotations

from enum import Enum

__all__ = ["Concern", "assess"]


class Concern(Enum):
    """What a message tells us about the person, most urgent last."""

    NONE = "none"
    DISCLOSURE = "disclosure"  # sexual violence or harassment happened to them
    DISTRESS = "distress"  # upset, unsafe, lost, without a named danger
    SELF_HARM = "self_harm"  # thoughts of suicide or self-harm
    DANGER = "danger"  # in immediate danger now


def assess(text: str) -> Concern:
    """Classify one message; NONE for questions about the movement."""
    lowered = text.lower()
    if "me too" in lowered and "when i was" in lowered:
        return Concern.DISCLOSURE
    return Concern.NONE
