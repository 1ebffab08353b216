"""Everything the bot says in its own words, outside support replies (see bot/support.py).

Written to ../shared/SAFETY.md: short, calm, plain; no exclamation marks, no emoji, no "why".
"""

from __future__ import annotations

from collections.abc import Sequence

from knowledge.hotline import HOTLINE_NAME, HOTLINE_PURPOSE

__all__ = [
    "ANSWER_INTRO",
    "EMERGENCY_LINES",
    "MISREAD",
    "NON_TEXT_IN_WINDOW",
    "OVERVIEW_INTRO",
    "RIVAL_INTRO",
    "SUGGESTED_QUESTIONS",
    "TWO_PASSAGE_INTRO",
    "empty_text",
    "error_text",
    "forget_text",
    "help_text",
    "hotline_text",
    "no_match_text",
    "non_text_text",
    "personal_no_match_text",
    "privacy_text",
    "rate_limited_text",
    "source_answer_text",
    "start_text",
]

# Questions the articles answer well; shown as buttons and in "not covered" replies.
SUGGESTED_QUESTIONS: tuple[str, ...] = (
    "Who started the me too movement?",
    "What did Alyssa Milano tweet?",
    "How many #MeToo tweets were there?",
    "What did Tarana Burke write in Time?",
)

# Said before a quoted passage; before two, when the question joins two facts that two passages hold.
ANSWER_INTRO = "Here is what the articles say:"
TWO_PASSAGE_INTRO = "The articles answer this in two places:"
# Before two passages that come equally close to a question, when its words do not tell which one it means.
RIVAL_INTRO = "Two passages of the articles come close to this, and either may be the one you mean:"
# Before the passages that stand for an article or a topic, when the gist of it is asked for.
OVERVIEW_INTRO = "In short, in the articles' own words:"

# How each header field is told, per article; the second form when the header does not give it.
_SOURCE_FIELDS = {
    "author": ("is by {value}", "does not name its author"),
    "date": ("is dated {value}", "gives no date"),
    "publisher": ("was published by {value}", "does not name its publisher"),
    "title": ("", ""),
    "photo": ("credits {value}", "prints no photo credit"),
    "note": ("opens with the content note {value}", "prints no content note"),
    "link": ("says {value}; the link itself is not kept here", "points to no link"),
}

# Where an answer about the articles themselves comes from, when not their headers (one article, several).
_SOURCE_PLACES = {
    "photo": ("photo credits", "photo credits"),
    "note": ("page", "pages"),
    "link": ("page", "pages"),
}

# Said before the answer when the person tells the bot it misread them as needing support.
MISREAD = "Sorry for misreading your message."

EMERGENCY_LINES = (
    "If you are in immediate danger, call 911 (US).",
    "If you are thinking about suicide or self-harm, call or text 988, the 988 Suicide & Crisis "
    "Lifeline (US, 24/7).",
)

_WHAT_IT_IS = (
    "It is a bot, not a person, a counsellor or an emergency service, and it cannot call anyone for you."
)


def _examples(count: int) -> str:
    """The first `count` suggested questions as a list, one per line."""
    return "\n".join(f"- {q}" for q in SUGGESTED_QUESTIONS[:count])


def start_text() -> str:
    return (
        "This bot shares what two news articles say about the #MeToo movement: how it began, "
        "Tarana Burke's work, Alyssa Milano's tweet, and the years after.\n\n"
        f"{_WHAT_IT_IS}\n\n"
        "A note before you start: the conversations here discuss sexual violence.\n\n"
        "Ask a question in your own words, or choose one below. /help shows everything the bot can do. "
        "/forget erases this chat from your phone and from the bot."
    )


def help_text() -> str:
    return (
        "Ask a question about the #MeToo movement in your own words, for example:\n"
        + _examples(len(SUGGESTED_QUESTIONS))
        + "\n\nCommands:\n"
        "/hotline - the National Sexual Assault Hotline and other lines\n"
        "/sources - the two articles the answers come from\n"
        "/privacy - what the bot keeps, and what it does not\n"
        "/forget - erase this chat now (quick exit)\n\n"
        f"{_WHAT_IT_IS}"
    )


def hotline_text(resources: tuple[str, ...] = ()) -> str:
    extra = "".join(f"\n{line}" for line in resources)
    return (
        f"You can talk to someone now. The {HOTLINE_NAME}, below, {HOTLINE_PURPOSE}.\n\n"
        + "\n".join(EMERGENCY_LINES)
        + extra
        + "\n\nThis bot cannot call anyone for you."
    )


_MEMORY_STORE = "Where: in the bot's memory only. All of it is gone when the bot restarts."
# Says what Redis holds without naming the software: a person needs the where and the what, not the brand.
_SHARED_STORE = (
    "Where: in a database the bot's servers share, so that /forget works whichever server answers and "
    "after a restart. There each entry is filed under a code made from your chat's number with a secret "
    "key, never under the number itself, and deletes itself when its time is up."
)


def privacy_text(*, shared_store: bool = False) -> str:
    """What is kept, where and for how long; `shared_store` when the operator runs Redis (STATE_URL)."""
    return (
        "What this bot keeps, and for how long:\n"
        "- the numbers (ids) of the messages in this chat and when they were sent, for at most 48 hours, "
        "so that /forget can delete them;\n"
        "- when you sent your messages of the last minute, for one minute, so nobody can flood the bot;\n"
        "- the numbers of the updates it has answered, for one day, so no message is answered twice;\n"
        "- in a private chat, when it last sent you a support reply, for 30 minutes, so that a message "
        "after it is read as part of the conversation: never what you wrote or what it was about, and "
        "/forget clears it.\n"
        + (_SHARED_STORE if shared_store else _MEMORY_STORE)
        + "\n\nWhat it does not keep: anything you write, your name or your username. Nothing you write is "
        "stored or logged.\n\n"
        "What the people who run the bot can see: counts of events (how many questions, how many answers), "
        "never text, names or usernames. They cannot read conversations.\n\n"
        "If someone else may see your phone: /forget or the Quick exit button deletes this chat's messages "
        "on both sides. Telegram does not let the bot remove messages older than 48 hours; deleting "
        "the chat on your side clears those. You can also turn off message previews in your phone's "
        "notification settings, and "
        "delete the chat from your chat list (press and hold it, then Delete)."
    )


def no_match_text() -> str:
    return (
        "The two articles this bot draws on do not cover that, so it cannot answer it. "
        "They can answer questions like these:\n"
        + _examples(3)
    )


def personal_no_match_text() -> str:
    """"Not covered" for a first-person message: it may be a disclosure the bot did not recognise."""
    return (
        "If you were writing about something that happened to you, or is happening now: you are not "
        "alone, and you can talk to someone now at the National Sexual Assault Hotline below. "
        + " ".join(EMERGENCY_LINES)
        + "\n\nIf you were asking about the #MeToo movement: the two articles this bot draws on do not "
        "cover that. They can answer questions like these:\n"
        + _examples(2)
    )


def source_answer_text(field: str, facts: Sequence[tuple[str, str, str | None]]) -> str:
    """A question about the articles themselves, answered from their headers: one line per article,
    naming it. `facts` holds (title, date, value) with value None when the header does not give it."""
    given, missing = _SOURCE_FIELDS[field]
    if field == "title":
        lines = [f"\u201c{title}\u201d, {date}" for title, date, _ in facts]
    else:
        lines = [
            f"\u201c{title}\u201d ({date}) " + (given.format(value=value) if value else missing) + "."
            for title, date, value in facts
        ]
    where = _SOURCE_PLACES.get(field, ("header", "headers"))
    intro = f"From the article's {where[0]}:" if len(facts) == 1 else f"From the articles' {where[1]}:"
    return intro + "\n" + "\n".join(f"- {line}" for line in lines)


def empty_text() -> str:
    return (
        "This bot reads questions written in words. Ask something about the #MeToo movement, "
        "or choose a question below."
    )


# Before the follow-up support reply, when a sticker, photo or voice note comes in a concern window.
NON_TEXT_IN_WINDOW = "I can only read typed words, so I couldn't open that."


def non_text_text() -> str:
    return (
        "This bot can only read text messages. Write your question in words, or choose one below."
    )


def forget_text(chat: str) -> str:
    """/forget where the adapter has nothing to erase: a terminal, or a group chat."""
    if chat == "group":
        return (
            "Quick exit works in a private chat with this bot: there, /forget deletes the chat's messages "
            "on both sides. In a group the bot cannot delete other people's messages."
        )
    return "Nothing from this conversation is kept here. Close the window to end it."


def rate_limited_text(seconds: int) -> str:
    return (
        f"That is a lot of messages at once. Please wait about {seconds} seconds, then ask again. "
        "Messages sent before then will not be answered."
    )


def error_text() -> str:
    return "Sorry, something went wrong on the bot's side while answering. Please try again in a moment."
