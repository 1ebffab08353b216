"""Telegram handlers: turn an update into one Responder call and send the rendered `Reply`.

Nothing here decides what to say (the Responder does) or keeps text: only message ids, for quick exit, and
when a private chat's concern window ends (`bot.concern`).
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable
from functools import partial

from telegram import Message, MessageEntity, ReplyParameters, Update
from telegram.constants import ChatType
from telegram.error import Conflict, TelegramError
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot import texts
from bot.concern import CONCERN_WINDOW_SECONDS
from bot.core import Chat, Reply
from bot.logs import EventKind, log_event
from bot.responder import Responder
from bot.telegram.delivery import Undelivered, deliver
from bot.telegram.quickexit import quick_exit
from bot.telegram.ratelimit import ANSWER
from bot.telegram.render import keyboard, render
from bot.telegram.state import state_of

__all__ = [
    "button",
    "error_handler",
    "forget",
    "help_command",
    "hotline",
    "non_text",
    "privacy",
    "register",
    "sources",
    "start",
    "text_message",
    "unknown_command",
]

Context = ContextTypes.DEFAULT_TYPE
_EXIT = "exit"
_WRONG = "wrong"
_log = logging.getLogger(__name__)
# Decides one reply: the Responder, the kind of chat, and whether the chat is in its concern window.
Decide = Callable[[Responder, Chat, bool], Reply]
# A flood over the limit is counted in the log without a line per message.
_DROPPED_EVERY = 100
# Anything a person can send that is not text: stickers, photos, voice, files, places, polls...
# Service messages (someone joined, a pin) are not messages to answer.
_NON_TEXT = filters.UpdateType.MESSAGE & ~filters.TEXT & ~filters.StatusUpdate.ALL


async def start(update: Update, context: Context) -> None:
    """Says what the bot is and is not, that it discusses sexual violence, and gives the hotline."""
    await _command(update, context, "start")


async def help_command(update: Update, context: Context) -> None:
    """Shows how to ask, example questions and every command."""
    await _command(update, context, "help")


async def hotline(update: Update, context: Context) -> None:
    """Shows the National Sexual Assault Hotline, what it does, and the crisis lines."""
    await _command(update, context, "hotline")


async def sources(update: Update, context: Context) -> None:
    """Lists the two articles (title, byline, date) the answers come from."""
    await _command(update, context, "sources")


async def privacy(update: Update, context: Context) -> None:
    """Says what is kept (message ids, 48 hours, memory), what is not, and what operators see."""
    await _command(update, context, "privacy")


async def forget(update: Update, context: Context) -> None:
    """Erases this private chat on both sides and sends nothing afterwards (group: says how)."""
    message = update.effective_message
    if _chat_kind(update) == "group" or message is None:
        await _command(update, context, "forget")
        return
    await _erase(update, context, extra_ids=(message.message_id,))


async def unknown_command(update: Update, context: Context) -> None:
    """Answers a command the bot does not have (the help page, unless the Responder reads more in it)."""
    message = update.effective_message
    if message is None or message.text is None:
        return
    handle = f"@{_username(context)}"
    command, _, rest = message.text.partition(" ")
    if _chat_kind(update) == "group" and not command.lower().endswith(handle):
        return  # meant for another bot in the group
    # the whole message goes to the Responder: "/i was hurt" is typed words, not a menu choice
    text = f"{command[: -len(handle)] if command.lower().endswith(handle) else command} {rest}".strip()
    await _respond(update, context, _reading(text), kind="command")


async def text_message(update: Update, context: Context) -> None:
    """Answers a typed (or forwarded, or edited) message like `python -m bot ask` would."""
    message = update.effective_message
    if message is None or message.text is None:
        return
    text = message.text
    if _chat_kind(update) == "group":
        addressed = _addressed_text(message, context)
        if addressed is None:
            return  # group talk not meant for the bot
        text = addressed
    await _respond(update, context, _reading(text))


async def non_text(update: Update, context: Context) -> None:
    """Says the bot reads text only (stickers, photos, voice, files, locations...), with the hotline."""
    message = update.effective_message
    if message is None:
        return
    if _chat_kind(update) == "group" and not _replies_to_bot(message, context):
        return
    await _respond(update, context, lambda r, chat, after_support: r.non_text(after_support=after_support))


async def button(update: Update, context: Context) -> None:
    """Answers a button press like the typed question; Quick exit erases the chat instead."""
    query = update.callback_query
    if query is None:
        return
    try:
        await query.answer()  # stops the button's spinner; the reply below matters more
    except TelegramError as exc:
        _log.info("callback_answer_failed error=%s", type(exc).__name__)
    data = query.data or ""
    if data == _EXIT and _chat_kind(update) == "private":
        extra = (query.message.message_id,) if query.message else ()
        await _erase(update, context, extra_ids=extra)
        return
    if data == _EXIT:
        await _command(update, context, "forget")
        return
    if data == _WRONG:
        # The support reply was sent as a reply to the person's message, so Telegram hands that text
        # back here: the bot can answer it as a question without ever having kept it.
        replied = query.message.reply_to_message if isinstance(query.message, Message) else None
        original = replied.text if replied is not None else None
        await _respond(update, context, lambda r, chat, _: r.misread(original, chat=chat))
        return
    await _respond(update, context, lambda r, chat, _: r.press(data, chat=chat))


async def error_handler(update: object, context: Context) -> None:
    """Logs the error type (never the update's text), then apologises with the hotline.

    No apology follows a reply whose every try failed on the way (`Undelivered`): see below.
    """
    error = context.error
    log_event("error", ms=0.0, error=type(error).__name__, where=_where(error))
    if isinstance(error, Conflict):
        # 409 from getUpdates: PTB keeps retrying with back-off, but only one process may poll a token
        _log.warning("another process is polling with this token: stop it, or run one instance only")
    if not isinstance(update, Update) or update.effective_chat is None:
        return
    if isinstance(error, Undelivered):
        # Every try of the reply failed on the way, and each may still have reached the chat (answers
        # lost, not requests): an apology with its own tries could add as many copies again, so the
        # reply's retries are all the bot sends for it.
        return
    state = state_of(context)
    if await state.answered.has(update.update_id):
        return  # the person already has their reply; a second one would be noise
    await state.answered.add(update.update_id)
    try:
        await _send(update, context, Reply(kind="notice", body=texts.error_text()))
    except TelegramError as exc:
        log_event("error", ms=0.0, error=type(exc).__name__, where="error_handler")


def register(application: Application) -> None:
    """Add every handler in order: commands, then messages, then buttons, then the error handler."""
    for name, callback in (
        ("start", start),
        ("help", help_command),
        ("hotline", hotline),
        ("sources", sources),
        ("privacy", privacy),
        ("forget", forget),
    ):
        application.add_handler(CommandHandler(name, callback))
    application.add_handler(MessageHandler(filters.COMMAND, unknown_command))
    application.add_handler(MessageHandler(filters.UpdateType.MESSAGES & filters.TEXT, text_message))
    application.add_handler(MessageHandler(_NON_TEXT, non_text))
    application.add_handler(CallbackQueryHandler(button))
    application.add_error_handler(error_handler)


async def _command(update: Update, context: Context, name: str) -> None:
    message = update.effective_message
    typed = message.text if message and message.text else f"/{name}"
    # The whole typed text goes to the Responder, so words after a command are read for safety too.
    await _respond(update, context, _reading(typed), kind="command", name=name)


def _reading(text: str) -> Decide:
    """A typed message's decision: in a concern window, what would be "not covered" is a follow-up."""
    return lambda r, chat, after_support: r.reply(text, chat=chat, after_support=after_support)


async def _respond(
    update: Update,
    context: Context,
    decide: Decide,
    *,
    kind: EventKind | None = None,
    name: str | None = None,
) -> None:
    """The one path every answer takes: dedupe, rate limit, decide, send, record ids and windows, log."""
    started = time.perf_counter()
    state = state_of(context)
    if update.effective_chat is None or await state.answered.has(update.update_id):
        return  # nowhere to answer (a button under an inline-mode message), or answered already
    await _record_incoming(update, context)
    user = update.effective_user
    limit = await state.limiter.check(user.id) if user else ANSWER
    if limit.verdict == "drop":
        _log_dropped(update, limit.dropped, started)
        return
    chat, chat_kind = update.effective_chat, _chat_kind(update)
    private = chat_kind == "private"
    after_support = private and await state.messages.in_concern(chat.id)
    # on a worker thread: the safety model's milliseconds overlap with other chats' (order per chat: lanes)
    reply = await state.decisions.run(partial(decide, state.responder, chat_kind, after_support))
    # a disclosure typed after a command is logged as what it is
    event = reply.kind if reply.kind == "support" else kind or reply.kind
    if limit.verdict == "notice" and reply.kind != "support":
        # the one notice of this window; a support reply takes its place, since it carries the lines
        reply, event = Reply(kind="notice", body=texts.rate_limited_text(limit.wait)), "rate_limited"
    if private and reply.supports:
        # before sending: a reply whose send fails may still have reached the person
        await state.messages.mark_concern(chat.id, seconds=CONCERN_WINDOW_SECONDS)
    parts = await _send(update, context, reply)
    fields: dict[str, str | int] = {"chat": chat_kind, "via": _via(update), "parts": parts}
    if name:
        fields["name"] = name
    log_event(event, ms=(time.perf_counter() - started) * 1000, **fields)


async def _send(update: Update, context: Context, reply: Reply) -> int:
    """Send the rendered parts (buttons under the last), record each id for quick exit; return how many."""
    chat = update.effective_chat
    assert chat is not None  # every caller checked there is a chat to answer
    message = update.effective_message
    in_group = _chat_kind(update) == "group"
    # In a busy group, replying to the message shows whom the answer is for; a support reply is tied to
    # the message so "Not what I meant" can answer it as a question later.
    answers = (in_group or reply.kind == "support") and update.callback_query is None
    reply_to = (
        ReplyParameters(message.message_id, allow_sending_without_reply=True)
        if answers and message is not None
        else None
    )
    thread_id = message.message_thread_id if message and message.is_topic_message else None
    state = state_of(context)
    parts = render(reply)
    for index, part in enumerate(parts):
        send = partial(
            context.bot.send_message,
            chat_id=chat.id,
            text=part,
            reply_markup=keyboard(reply) if index == len(parts) - 1 else None,
            reply_parameters=reply_to if index == 0 else None,
            message_thread_id=thread_id,
        )
        sent = await deliver(send)
        # once one part (hotline included) is out, a later failure must not add an apology on top
        await state.answered.add(update.update_id)
        if not in_group:
            await state.messages.add(chat.id, sent.message_id, from_bot=True)
    return len(parts)


async def _erase(update: Update, context: Context, *, extra_ids: tuple[int, ...]) -> None:
    """Quick exit: delete both sides of this private chat; nothing is sent afterwards."""
    started = time.perf_counter()
    state = state_of(context)
    chat = update.effective_chat
    if chat is None or await state.answered.has(update.update_id):
        return
    await state.answered.add(update.update_id)
    # the person wants no trace: the window goes first, whatever the deletion brings
    await state.messages.forget_concern(chat.id)
    result = await quick_exit(context.bot, chat.id, state.messages, extra_ids=extra_ids)
    log_event(
        "quick_exit",
        ms=(time.perf_counter() - started) * 1000,
        deleted=result.deleted,
        failed=result.failed,
        via=_via(update),
    )


def _log_dropped(update: Update, dropped: int, started: float) -> None:
    """Count silently dropped messages: the first of a window, then every hundredth, never the text."""
    if dropped == 1 or dropped % _DROPPED_EVERY == 0:
        ms = (time.perf_counter() - started) * 1000
        log_event("dropped", ms=ms, chat=_chat_kind(update), dropped=dropped)


async def _record_incoming(update: Update, context: Context) -> None:
    """Keep the id (never the text) of what the person sent in a private chat."""
    message = update.message or update.edited_message
    if message is not None and _chat_kind(update) == "private":
        sent_at = message.date.timestamp() if message.date else None
        messages = state_of(context).messages
        await messages.add(message.chat_id, message.message_id, from_bot=False, sent_at=sent_at)


def _chat_kind(update: Update) -> Chat:
    chat = update.effective_chat
    return "group" if chat is not None and chat.type in (ChatType.GROUP, ChatType.SUPERGROUP) else "private"


def _via(update: Update) -> str:
    if update.callback_query:
        return "button"
    if update.edited_message:
        return "edit"
    message = update.message
    return "forward" if message is not None and message.forward_origin else "message"


def _username(context: Context) -> str:
    return (context.bot.username or "").lower()


def _replies_to_bot(message: Message, context: Context) -> bool:
    replied = message.reply_to_message
    return bool(replied and replied.from_user and replied.from_user.id == context.bot.id)


def _addressed_text(message: Message, context: Context) -> str | None:
    """In a group: the text without the @mention if it mentions or replies to the bot, else None."""
    handle = f"@{_username(context)}"
    mentions = message.parse_entities([MessageEntity.MENTION]).values()
    if any(value.lower() == handle for value in mentions):
        return re.sub(re.escape(handle), " ", message.text or "", flags=re.IGNORECASE).strip()
    return message.text if _replies_to_bot(message, context) else None


def _where(error: BaseException | None) -> str:
    """file:line of the innermost frame, so operators can find the bug without seeing any text."""
    tb = error.__traceback__ if error else None
    while tb and tb.tb_next:
        tb = tb.tb_next
    if tb is None:
        return "-"
    return f"{tb.tb_frame.f_code.co_filename.rsplit('/', 1)[-1]}:{tb.tb_lineno}"
