"""What the bot says to a disclosure, distress, thoughts of suicide or danger, written to ../shared/SAFETY.md.

Believe and validate; say plainly what the bot is; offer choices (talk to someone now, learn about the
movement, stop here), never instructions; never ask why or for details, never promise an outcome.
The most urgent line comes first: 911 for immediate danger, 988 for thoughts of suicide or self-harm,
and always the National Sexual Assault Hotline with what it does. No questions, no exclamation marks,
no emoji. In a group chat nothing invites a disclosure: a short kind reply points to a private chat.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from bot import texts
from bot.core import Button, Chat, Reply
from bot.safety import Concern
from knowledge.hotline import HOTLINE_LINE, HOTLINE_PURPOSE

__all__ = ["CHOICE_BUTTONS", "GROUP_BUTTONS", "follow_up_reply", "support_reply", "wrong_guess_reply"]

# The person decides what happens next; "Not what I meant" lets them correct the bot.
CHOICE_BUTTONS: tuple[Button, ...] = (
    Button("Talk to someone now", "help"),
    Button("Learn about the movement", "learn"),
    Button("Stop here", "stop"),
    Button("Not what I meant", "wrong"),
    Button("Quick exit", "exit"),
)
# In a group, no button invites talking about it there; quick exit only works in a private chat.
GROUP_BUTTONS: tuple[Button, ...] = (
    Button("Learn about the movement", "learn"),
    Button("Not what I meant", "wrong"),
)

_CALL_911 = "If you are in immediate danger, you can call 911 (US)."
_CALL_988 = (
    "If you are thinking about suicide or hurting yourself, you can call or text 988, "
    "the 988 Suicide & Crisis Lifeline (US, 24/7)."
)
_BELIEVE = "I believe you. It's not your fault. You're not alone. I'm so sorry this happened."
_VALIDATE = {
    Concern.DANGER: "I believe you, and you're not alone.",
    Concern.SELF_HARM: "I'm so sorry you're hurting this much. You're not alone.",
    Concern.DISCLOSURE: _BELIEVE,
    Concern.DISTRESS: "I'm so sorry you're going through this. You're not alone, and what you feel matters.",
}
# Which crisis lines a concern brings, most urgent first. Fail towards safety: danger and thoughts of suicide
# are told apart by a classifier that can be wrong, so either crisis brings the other's line after its own
# (SAFETY.md: 911 in immediate danger, 988 for suicide or self-harm), in a private chat and in a group.
_CRISIS_ORDER = {
    Concern.DANGER: (Concern.DANGER, Concern.SELF_HARM),
    Concern.SELF_HARM: (Concern.SELF_HARM, Concern.DANGER),
    Concern.DISCLOSURE: (),
    Concern.DISTRESS: (),
}
_PRIVATE_LINES = {Concern.DANGER: _CALL_911, Concern.SELF_HARM: _CALL_988}
# Worded for everyone in the group, so nothing singles the person out.
_GROUP_LINES = {
    Concern.DANGER: "If anyone here is in immediate danger, they can call 911 (US).",
    Concern.SELF_HARM: "Anyone thinking about suicide or self-harm can call or text 988, "
    "the 988 Suicide & Crisis Lifeline (US, 24/7).",
}
_WHAT_I_AM = (
    "I'm a bot that shares information and resources. I'm not a person, a counsellor or an emergency "
    "service, and I can't call anyone for you."
)
_CHOICES = (
    "What happens next is up to you. You can talk to someone now, learn about the movement, or stop here. "
    "You don't have to say anything more."
)
_HOTLINE_BELOW = "If you would like to talk to someone, the National Sexual Assault Hotline is below."
_QUICK_EXIT = "If someone else may see this screen, Quick exit erases this chat."
# After a support reply, a message the bot cannot place may say more about what the person just told it
# ("he's back", "thanks for trying, i'm done"). The bot keeps no record of which concern that was (only the
# time of the reply, `bot.concern`), so the follow-up carries both crisis lines, and it asks for nothing:
# the person need not explain. Shorter than a first support reply; its Quick exit button stays.
_STILL_HERE = "I'm still here, and I'm listening. You don't have to explain anything."
_FOLLOW_UP_CHOICES = (
    "I'm a bot, so I may not understand everything you write, and I can't call anyone for you. "
    "You can keep writing or stop here; it's up to you."
)
_GROUP = (
    "This is a group chat, so for anything personal you can message me in a private chat instead, "
    "where the chat can also be erased. I'm a bot, not an emergency service, and I can't call anyone."
)


def support_reply(
    concern: Concern,
    *,
    chat: Chat = "private",
    resources: Sequence[str] = (),
    crises: Collection[Concern] = (),
) -> Reply:
    """The reply to a disclosure, distress or crisis, most urgent line first.

    Args:
        concern: what `bot.safety.assess` recognised; NONE gets the gentlest (distress) reply.
        chat: "group" gives a short reply that invites nothing personal and points to a private chat.
        resources: operator lines (a local centre, another country's line), shown after the hotline's.
        crises: danger or self-harm that cannot be ruled out (`bot.safety.appraise`): their lines (911,
            988) come first too, so no reply where a crisis is possible goes without its number.

    Returns:
        A `Reply` of kind "support" whose hotline line says what the hotline does.
    """
    if concern is Concern.NONE:
        concern = Concern.DISTRESS
    extra = tuple(c for c in (Concern.DANGER, Concern.SELF_HARM) if c in crises and c is not concern)
    parts = _group_parts(concern, extra) if chat == "group" else _private_parts(concern, extra)
    return _support(parts, resources, GROUP_BUTTONS if chat == "group" else CHOICE_BUTTONS)


def follow_up_reply(*, resources: Sequence[str] = ()) -> Reply:
    """The reply, in a private chat's concern window, to a message that would otherwise get "not covered":
    still here, 911, 988, what the bot is, the choices, the hotline. Never used in a group."""
    crisis = _crisis_lines(Concern.DANGER, (), _PRIVATE_LINES)
    parts = [_STILL_HERE, crisis, f"{_FOLLOW_UP_CHOICES} {_HOTLINE_BELOW}"]
    return _support(parts, resources, CHOICE_BUTTONS)


def _support(parts: list[str], resources: Sequence[str], buttons: tuple[Button, ...]) -> Reply:
    """A support reply's frame: its parts, the operator's lines after them, the hotline and what it does."""
    if resources:
        parts.append("Other places that can help:\n" + "\n".join(f"- {line}" for line in resources))
    return Reply(
        kind="support",
        body="\n\n".join(parts),
        hotline=f"{HOTLINE_LINE}, which {HOTLINE_PURPOSE}.",
        buttons=buttons,
    )


def wrong_guess_reply() -> Reply:
    """What the bot says when the person tells it that it misread them: back to questions."""
    questions = tuple(Button(q, f"q:{i}") for i, q in enumerate(texts.SUGGESTED_QUESTIONS))
    return Reply(
        kind="info",
        body="Sorry, I misread your message. You can ask me anything about the #MeToo movement, "
        "or choose a question below.",
        buttons=(*questions, Button("Get help now", "help")),
    )


def _crisis_lines(concern: Concern, extra: tuple[Concern, ...], wording: dict[Concern, str]) -> str:
    """The crisis lines for `concern` and the crises added to it, each once, in `wording`."""
    crises = dict.fromkeys(c for wanted in (concern, *extra) for c in _CRISIS_ORDER[wanted])
    return " ".join(wording[c] for c in crises)


def _private_parts(concern: Concern, extra: tuple[Concern, ...] = ()) -> list[str]:
    crisis = _crisis_lines(concern, extra, _PRIVATE_LINES)
    parts = [crisis] if crisis else []
    if Concern.DANGER in (concern, *extra):
        # Someone nearby may see the screen: the way out comes straight after 911.
        parts.append(_QUICK_EXIT)
    return [*parts, _VALIDATE[concern], _CHOICES, f"{_WHAT_I_AM} {_HOTLINE_BELOW}"]


def _group_parts(concern: Concern, extra: tuple[Concern, ...] = ()) -> list[str]:
    crisis = _crisis_lines(concern, extra, _GROUP_LINES)
    parts = [crisis] if crisis else []
    return [*parts, "I'm sorry. You're not alone.", _GROUP, _HOTLINE_BELOW]
