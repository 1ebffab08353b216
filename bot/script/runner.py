"""Play a conversation through the real Application offline, check each step, write the transcript."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from bot.logs import EVENT_LOGGER
from bot.script.schema import Conversation, Expect, Step
from knowledge.hotline import HOTLINE_NUMBER

if TYPE_CHECKING:
    from bot.responder import Responder
    from bot.settings import Settings
    from bot.telegram.offline import OfflineTelegram, Sent

__all__ = ["ConversationResult", "StepResult", "check", "run_conversation"]


@dataclass
class StepResult:
    """What one step sent back, and the expectations it broke (empty when it passed)."""

    number: int
    step: Step
    replies: list[str] = field(default_factory=list)
    buttons: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)


@dataclass
class ConversationResult:
    """One conversation's steps, in order."""

    conversation: Conversation
    steps: list[StepResult] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not any(step.failures for step in self.steps)

    def report(self) -> str:
        """The transcript: each step, what came back, and on failure what was expected against what came."""
        where = f"  ({self.conversation.path})" if self.conversation.path else ""
        lines = [f"== {self.conversation.name}{where}"]
        for step in self.steps:
            lines += _step_lines(step)
        lines.append("   passed" if self.passed else f"   FAILED ({self.failed_steps()})")
        return "\n".join(lines)

    def failed_steps(self) -> str:
        """Which steps failed, e.g. "step 2" or "steps 2, 5"."""
        numbers = [str(step.number) for step in self.steps if step.failures]
        return ("step " if len(numbers) == 1 else "steps ") + ", ".join(numbers)


def _step_lines(step: StepResult) -> list[str]:
    lines = [f"{step.number:>3} you> {step.step.action}"]
    if not step.replies:
        lines.append("    bot> (no reply)")
    for text in step.replies:
        first, *rest = text.splitlines() or [""]
        lines.append(f"    bot> {first}")
        lines += [f"         {line}".rstrip() for line in rest]
    details = []
    if step.buttons:
        details.append("buttons: " + " | ".join(step.buttons))
    if step.kinds:
        details.append("kind: " + ", ".join(step.kinds))
    if details:
        lines.append("         [" + "; ".join(details) + "]")
    lines += [f"    FAIL {failure}" for failure in step.failures]
    return lines


def check(expect: Expect, replies: Sequence[str], buttons: Sequence[str], kinds: Sequence[str]) -> list[str]:
    """Each broken expectation as one line saying what was expected and what came back."""
    text = "\n\n".join(replies)
    folded = text.casefold()
    got = "" if replies else " (no reply)"
    failures = [
        f"expected to contain {s!r}; it does not{got}"
        for s in expect.contains if s.casefold() not in folded
    ]
    failures += [
        f"expected not to contain {s!r}; it does"
        for s in expect.not_contains if s.casefold() in folded
    ]
    failures += [
        f"expected to match /{p}/; it does not{got}"
        for p in expect.matches if not re.search(p, text)
    ]
    if expect.kind is not None and expect.kind not in kinds:
        failures.append(f"kind: expected {expect.kind}, got {', '.join(kinds) or 'nothing logged'}")
    offered = {label.casefold() for label in buttons}
    missing = [label for label in expect.buttons if label.casefold() not in offered]
    if missing:
        failures.append(f"buttons: expected {_quoted(missing)}, offered {_quoted(buttons) or 'none'}")
    if expect.replies is not None and expect.replies != len(replies):
        failures.append(f"replies: expected {expect.replies}, got {len(replies)}")
    # SAFETY.md: every message the bot sends carries the hotline, whatever the file expects
    failures += [
        f"reply {i} does not carry the hotline ({HOTLINE_NUMBER})"
        for i, reply in enumerate(replies, start=1)
        if HOTLINE_NUMBER not in reply
    ]
    return failures


def _quoted(labels: Sequence[str]) -> str:
    return ", ".join(f"\u201c{label}\u201d" for label in labels)


async def run_conversation(
    conversation: Conversation, responder: Responder | None = None, settings: Settings | None = None
) -> ConversationResult:
    """Play every step through the real Application offline and check what the bot sent back."""
    from bot.telegram.offline import OfflineTelegram

    result = ConversationResult(conversation)
    async with OfflineTelegram(responder=responder, settings=settings) as telegram:
        for number, step in enumerate(conversation.steps, start=1):
            result.steps.append(await _play(telegram, conversation, number, step))
    return result


async def _play(telegram: OfflineTelegram, conversation: Conversation, number: int, step: Step) -> StepResult:
    outcome = StepResult(number, step)
    with _event_kinds() as kinds:
        try:
            sent = await _act(telegram, conversation, step)
        except LookupError as exc:  # a press with no such button: the tester's expectation, not a crash
            outcome.failures.append(f"press: {exc}")
            return outcome
    outcome.replies = [message.plain for message in sent]
    outcome.buttons = [label for message in sent for label, _ in message.buttons]
    outcome.kinds = list(kinds)
    outcome.failures = check(step.expect, outcome.replies, outcome.buttons, outcome.kinds)
    return outcome


async def _act(telegram: OfflineTelegram, conversation: Conversation, step: Step) -> list[Sent]:
    if step.send is not None:
        return await telegram.send_text(
            step.send,
            chat=conversation.chat,
            edited=step.edited,
            mention=step.mention,
            reply_to_bot=step.reply_to_bot,
            forwarded=step.forwarded,
        )
    if step.press is not None:
        return await telegram.press(step.press)
    assert step.send_kind is not None  # the schema guarantees one action
    return await telegram.send_kind(step.send_kind, chat=conversation.chat, reply_to_bot=step.reply_to_bot)


# The bot's event lines start "event=<kind>" (bot/logs.py); nothing else in them is read.
_EVENT = re.compile(r"event=(\w+)")


class _KindCollector(logging.Handler):
    """Reads the event kind from each line the bot logs (`event=answer ...`); the text is never logged."""

    def __init__(self, kinds: list[str]) -> None:
        super().__init__(logging.INFO)
        self.kinds = kinds

    def emit(self, record: logging.LogRecord) -> None:
        found = _EVENT.match(record.getMessage())
        if found and found.group(1) != "start":
            self.kinds.append(found.group(1))


@contextmanager
def _event_kinds() -> Iterator[list[str]]:
    """The kinds of the events the bot logs inside the block, in order."""
    kinds: list[str] = []
    handler = _KindCollector(kinds)
    previous = EVENT_LOGGER.level
    EVENT_LOGGER.addHandler(handler)
    if not EVENT_LOGGER.isEnabledFor(logging.INFO):
        EVENT_LOGGER.setLevel(logging.INFO)
    try:
        yield kinds
    finally:
        EVENT_LOGGER.removeHandler(handler)
        EVENT_LOGGER.setLevel(previous)
