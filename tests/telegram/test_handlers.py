"""The handlers, driven offline through the real Application with updates built from Bot API JSON."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from html.parser import HTMLParser

import pytest

from bot.core import Button, Chat, Reply
from bot.responder import Responder
from bot.settings import Settings
from bot.telegram import delivery
from bot.telegram.offline import BOT_USERNAME, GROUP_ID, USER_ID, OfflineTelegram, Sent
from bot.telegram.quickexit import SPAN_MARGIN
from bot.telegram.render import utf16_len
from bot.telegram.state import state_of
from knowledge import KnowledgeBase
from knowledge.hotline import HOTLINE_NUMBER

QUESTION = "Who started the me too movement?"
DISCLOSURE = "me too, when I was 15"


class SpyResponder(Responder):
    """The real responder, remembering what each typed message looked like and which chat it came from."""

    def __init__(self, knowledge: KnowledgeBase) -> None:
        super().__init__(knowledge)
        self.seen: list[tuple[str, Chat]] = []

    def reply(self, text: str, *, chat: Chat = "private", after_support: bool = False) -> Reply:
        self.seen.append((text, chat))
        return super().reply(text, chat=chat, after_support=after_support)


class FixedResponder(Responder):
    """Answers every typed message with a reply made from the text (to test rendering and limits)."""

    def __init__(self, knowledge: KnowledgeBase, make: Callable[[str], Reply]) -> None:
        super().__init__(knowledge)
        self._make = make

    def reply(self, text: str, *, chat: Chat = "private", after_support: bool = False) -> Reply:
        return self._make(text)


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.open: list[str] = []
        self.used: set[str] = set()
        self.balanced = True

    def handle_starttag(self, tag: str, attrs: object) -> None:
        self.open.append(tag)
        self.used.add(tag)

    def handle_endtag(self, tag: str) -> None:
        self.balanced = self.balanced and bool(self.open) and self.open.pop() == tag


def _assert_safe_html(sent: Sent) -> None:
    parser = _Tags()
    parser.feed(sent.text)
    assert parser.balanced and not parser.open, sent.text
    assert parser.used <= {"b", "i", "blockquote"}, parser.used


def _callback(data: str, *, date: int = 1) -> dict[str, object]:
    """A button press under message 1 of the private chat (date 0: a message Telegram no longer shows)."""
    message = {"message_id": 1, "date": date, "chat": {"id": USER_ID, "type": "private"}}
    person = {"id": USER_ID, "is_bot": False, "first_name": "P"}
    return {
        "callback_query": {"id": "9", "from": person, "chat_instance": "c", "data": data, "message": message}
    }


def _only(sent: list[Sent]) -> Sent:
    assert len(sent) == 1, [s.plain for s in sent]
    return sent[0]


@pytest.mark.parametrize("name", ["start", "help", "hotline", "sources", "privacy"])
async def test_every_command_answers_once_with_the_hotline(tg: OfflineTelegram, name: str) -> None:
    reply = _only(await tg.command(name))
    assert HOTLINE_NUMBER in reply.plain
    assert reply.parse_mode == "HTML" and reply.chat_id == USER_ID
    _assert_safe_html(reply)


async def test_start_says_what_the_bot_is_and_what_it_is_not(
    tg: OfflineTelegram, responder: Responder
) -> None:
    reply = _only(await tg.command("start"))
    assert responder.command("start").body.split("\n\n")[0] in reply.plain
    assert "sexual violence" in reply.plain
    assert ("Get help now", "help") in reply.buttons


async def test_sources_names_both_articles(tg: OfflineTelegram, knowledge_base: KnowledgeBase) -> None:
    reply = _only(await tg.command("sources"))
    for document in knowledge_base.documents:
        assert document.title in reply.plain


async def test_an_unknown_command_gets_the_help_page(tg: OfflineTelegram, responder: Responder) -> None:
    reply = _only(await tg.command("weather"))
    assert responder.command("help").body.splitlines()[0] in reply.plain


async def test_an_unknown_command_goes_to_the_responder_whole_without_the_bots_name(
    knowledge_base: KnowledgeBase, make_settings: Callable[..., Settings]
) -> None:
    spy = SpyResponder(knowledge_base)
    async with OfflineTelegram(spy, make_settings()) as tg:
        await tg.send_text("/weather today")
        await tg.send_text(f"/weather@{BOT_USERNAME} today", chat="group")
    assert spy.seen == [("/weather today", "private"), ("/weather today", "group")]


async def test_a_disclosure_typed_after_a_known_command_gets_support(tg: OfflineTelegram) -> None:
    reply = _only(await tg.command("help", args="he raped me"))
    assert "I believe you" in reply.plain
    assert "/hotline - " not in reply.plain  # not the help page


async def test_a_question_gets_the_same_reply_as_ask(tg: OfflineTelegram, responder: Responder) -> None:
    expected = responder.reply(QUESTION)
    reply = _only(await tg.send_text(QUESTION))
    assert expected.kind == "answer"
    assert expected.quote and expected.quote in reply.plain
    assert expected.source and expected.source in reply.plain
    assert "<blockquote>" in reply.text and "<i>Source: " in reply.text
    assert reply.buttons == tuple((b.label, b.data) for b in expected.buttons)


async def test_pressing_a_suggested_question_answers_it_like_typing_it(tg: OfflineTelegram) -> None:
    await tg.command("start")
    pressed = _only(await tg.press("What did Alyssa Milano tweet?"))
    typed = _only(await tg.send_text("What did Alyssa Milano tweet?"))
    assert pressed.plain == typed.plain
    answered = [c for c in tg.calls if c.method == "answerCallbackQuery"]
    assert len(answered) == 1
    assert tg.calls.index(answered[0]) < tg.calls.index(
        next(
            c for c in tg.calls if c.method == "sendMessage" and c.result["message_id"] == pressed.message_id
        )
    )


async def test_get_help_now_shows_the_hotline_and_what_it_does(tg: OfflineTelegram) -> None:
    await tg.send_text(QUESTION)
    page = _only(await tg.press("Get help now"))
    assert "routes the caller to their nearest sexual assault service provider" in page.plain
    assert "988" in page.plain and "911" in page.plain


async def test_an_unknown_button_still_gets_an_answer_with_the_hotline(tg: OfflineTelegram) -> None:
    reply = _only(await tg.feed(_callback("no-such-button")))
    assert HOTLINE_NUMBER in reply.plain and reply.chat_id == USER_ID


async def test_a_press_too_old_to_acknowledge_is_still_answered(tg: OfflineTelegram) -> None:
    await tg.command("start")
    tg.request.fail("answerCallbackQuery", 400, "Bad Request: query is too old")
    page = _only(await tg.press("Get help now"))
    assert "routes the caller" in page.plain and "Sorry" not in page.plain


async def test_a_button_under_an_inaccessible_old_message_still_answers(tg: OfflineTelegram) -> None:
    reply = _only(await tg.feed(_callback("help", date=0)))
    assert HOTLINE_NUMBER in reply.plain and reply.chat_id == USER_ID


@pytest.mark.parametrize("kind", ["sticker", "photo", "voice", "document", "location", "video", "contact"])
async def test_non_text_messages_get_a_short_reply_that_the_bot_reads_text(
    tg: OfflineTelegram, responder: Responder, kind: str
) -> None:
    reply = _only(await tg.send_kind(kind))
    assert responder.non_text().body in reply.plain
    assert HOTLINE_NUMBER in reply.plain


async def test_an_edited_message_is_answered_as_a_new_question(
    tg: OfflineTelegram, responder: Responder
) -> None:
    await tg.send_text("hello")
    edited = _only(await tg.send_text(QUESTION, edited=True))
    assert responder.reply(QUESTION).quote in edited.plain


async def test_a_moving_live_location_is_not_answered_again(tg: OfflineTelegram) -> None:
    await tg.send_kind("location")
    update = {
        "edited_message": {
            "message_id": 1,
            "date": 1,
            "edit_date": 2,
            "location": {"latitude": 1.0, "longitude": 2.0},
            "chat": {"id": USER_ID, "type": "private"},
            "from": {"id": USER_ID, "is_bot": False, "first_name": "P"},
        }
    }
    assert await tg.feed(update) == []


async def test_a_forwarded_message_is_answered_as_text(tg: OfflineTelegram, responder: Responder) -> None:
    reply = _only(await tg.send_text(QUESTION, forwarded=True))
    assert responder.reply(QUESTION).quote in reply.plain


async def test_group_talk_not_meant_for_the_bot_is_ignored(tg: OfflineTelegram) -> None:
    assert await tg.send_text(QUESTION, chat="group") == []
    assert await tg.send_kind("sticker", chat="group") == []
    assert await tg.send_text("/start@other_bot", chat="group") == []


async def test_a_mention_in_a_group_is_answered_without_the_mention(
    knowledge_base: KnowledgeBase, make_settings: Callable[..., Settings]
) -> None:
    spy = SpyResponder(knowledge_base)
    async with OfflineTelegram(spy, make_settings()) as tg:
        reply = _only(await tg.send_text(QUESTION, chat="group", mention=True))
    assert spy.seen == [(QUESTION, "group")]
    assert reply.chat_id == GROUP_ID and HOTLINE_NUMBER in reply.plain


async def test_a_group_answer_replies_to_the_message_it_answers(tg: OfflineTelegram) -> None:
    await tg.send_text(QUESTION, chat="group", mention=True)
    sent = next(c for c in tg.calls if c.method == "sendMessage")
    asked = sent.params["reply_parameters"]["message_id"]
    assert asked == tg.calls[-1].result["message_id"] - 1


async def test_a_reply_to_the_bot_in_a_group_is_answered(tg: OfflineTelegram, responder: Responder) -> None:
    await tg.command("help", chat="group")
    reply = _only(await tg.send_text(QUESTION, chat="group", reply_to_bot=True))
    assert responder.reply(QUESTION).quote in reply.plain
    sticker = _only(await tg.send_kind("sticker", chat="group", reply_to_bot=True))
    assert HOTLINE_NUMBER in sticker.plain


async def test_a_disclosure_in_a_group_gets_the_group_variant(
    knowledge_base: KnowledgeBase, make_settings: Callable[..., Settings]
) -> None:
    spy = SpyResponder(knowledge_base)
    async with OfflineTelegram(spy, make_settings()) as tg:
        reply = _only(await tg.send_text(DISCLOSURE, chat="group", mention=True))
    assert spy.seen == [(DISCLOSURE, "group")]
    expected = spy.reply(DISCLOSURE, chat="group")
    assert expected.kind == "support"
    assert expected.body.split("\n")[0] in reply.plain and HOTLINE_NUMBER in reply.plain


async def test_commands_addressed_to_the_bot_in_a_group_are_answered(tg: OfflineTelegram) -> None:
    reply = _only(await tg.command("hotline", chat="group"))
    assert reply.chat_id == GROUP_ID and HOTLINE_NUMBER in reply.plain
    assert _only(await tg.send_text(f"/unknown@{BOT_USERNAME}", chat="group")).chat_id == GROUP_ID


async def test_user_controlled_text_is_escaped(
    knowledge_base: KnowledgeBase, make_settings: Callable[..., Settings]
) -> None:
    echo = FixedResponder(
        knowledge_base, lambda text: Reply(kind="notice", body=f"You wrote: {text}", quote=text, source=text)
    )
    nasty = '<b>bold</b> & <a href="x">link</a> <script>alert(1)</script> </blockquote>'
    async with OfflineTelegram(echo, make_settings()) as tg:
        reply = _only(await tg.send_text(nasty))
    _assert_safe_html(reply)
    assert "&lt;script&gt;" in reply.text and "<script>" not in reply.text
    assert reply.plain.count(nasty) == 3


@pytest.mark.parametrize("text", [QUESTION, "what about <i>tarana</i> & co?", "</b><b>", "a" * 5000])
async def test_real_replies_are_well_formed_html(tg: OfflineTelegram, text: str) -> None:
    for sent in await tg.send_text(text):
        _assert_safe_html(sent)
        assert utf16_len(sent.text) <= 4096


async def test_a_long_reply_is_split_with_the_hotline_in_every_part(
    knowledge_base: KnowledgeBase, make_settings: Callable[..., Settings]
) -> None:
    sentence = "The movement grew from one sentence to millions of posts in a single day. "
    long = FixedResponder(
        knowledge_base,
        lambda _: Reply(kind="answer", body=sentence * 120, buttons=(Button("Get help now", "help"),)),
    )
    async with OfflineTelegram(long, make_settings()) as tg:
        parts = await tg.send_text("tell me everything")
    assert len(parts) >= 2
    for part in parts:
        assert utf16_len(part.text) <= 4096
        assert HOTLINE_NUMBER in part.plain
        _assert_safe_html(part)
    assert [bool(p.buttons) for p in parts] == [False] * (len(parts) - 1) + [True]


async def test_a_flooding_user_gets_one_notice_then_silence_and_others_are_answered(
    responder: Responder, make_settings: Callable[..., Settings], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="bot.events")
    async with OfflineTelegram(responder, make_settings(user_rate_limit=3)) as tg:
        replies = [await tg.send_text(QUESTION) for _ in range(6)]
        other = await tg.send_text(QUESTION, user_id=USER_ID + 1)
    assert [len(r) for r in replies] == [1, 1, 1, 1, 0, 0]
    assert all("Here is what the articles say" in r[0].plain for r in replies[:3])
    assert "Please wait about" in replies[3][0].plain and HOTLINE_NUMBER in replies[3][0].plain
    assert "Here is what the articles say" in _only(other).plain
    dropped = [r.getMessage() for r in caplog.records if "event=dropped" in r.getMessage()]
    assert len(dropped) == 1 and "dropped=1" in dropped[0]


async def test_a_crisis_over_the_limit_gets_the_crisis_reply_in_place_of_the_notice(
    responder: Responder, make_settings: Callable[..., Settings]
) -> None:
    async with OfflineTelegram(responder, make_settings(user_rate_limit=1)) as tg:
        await tg.send_text(QUESTION)
        crisis = _only(await tg.send_text("i want to die"))
    assert "988" in crisis.plain and "Please wait" not in crisis.plain


async def test_quick_exit_is_never_rate_limited(
    responder: Responder, make_settings: Callable[..., Settings]
) -> None:
    async with OfflineTelegram(responder, make_settings(user_rate_limit=1)) as tg:
        await tg.send_text(QUESTION)
        await tg.send_text(QUESTION)
        assert await tg.command("forget") == []
        assert tg.deleted


async def test_a_redelivered_update_is_not_answered_twice(tg: OfflineTelegram) -> None:
    update = {
        "update_id": 77,
        "message": {
            "message_id": 1,
            "date": 1,
            "text": QUESTION,
            "chat": {"id": USER_ID, "type": "private"},
            "from": {"id": USER_ID, "is_bot": False, "first_name": "P"},
        },
    }
    assert len(await tg.feed(update)) == 1
    assert await tg.feed(update) == []


async def test_a_failing_responder_gets_an_apology_with_the_hotline(
    knowledge_base: KnowledgeBase, make_settings: Callable[..., Settings]
) -> None:
    def explode(text: str) -> Reply:
        raise RuntimeError("something broke")

    async with OfflineTelegram(FixedResponder(knowledge_base, explode), make_settings()) as tg:
        reply = _only(await tg.send_text(QUESTION))
        assert "Sorry, something went wrong" in reply.plain and HOTLINE_NUMBER in reply.plain
        assert len(_only(await tg.command("help")).plain) > 0  # the bot carries on


async def test_a_refused_send_is_followed_by_exactly_one_apology(tg: OfflineTelegram) -> None:
    tg.request.fail("sendMessage", 400, "Bad Request: can't parse entities")
    reply = _only(await tg.send_text(QUESTION))
    assert "Sorry, something went wrong" in reply.plain and HOTLINE_NUMBER in reply.plain


async def test_a_failure_after_the_first_part_adds_no_apology(
    knowledge_base: KnowledgeBase, make_settings: Callable[..., Settings]
) -> None:
    long = FixedResponder(knowledge_base, lambda _: Reply(kind="answer", body="A full sentence here. " * 400))
    async with OfflineTelegram(long, make_settings()) as tg:
        tg.request.fail("sendMessage", 502, "Bad Gateway", times=10, after=1)  # beyond every retry
        sent = await tg.send_text("tell me everything")
    assert len(sent) == 1 and "Sorry" not in sent[0].plain and HOTLINE_NUMBER in sent[0].plain


async def test_a_reply_that_fails_every_try_on_the_way_gets_no_apology_on_top(tg: OfflineTelegram) -> None:
    # Each failed try may have reached the chat (an answer lost after delivery): an apology with its
    # own tries could double the copies, so the reply's tries are all that is sent.
    tries = len(delivery.RETRY_DELAYS) + 1
    tg.request.fail("sendMessage", 502, "Bad Gateway", times=tries)
    assert await tg.send_text(QUESTION) == []
    assert sum(call.method == "sendMessage" for call in tg.calls) == tries
    assert len(_only(await tg.command("help")).plain) > 0  # the bot carries on


async def test_a_send_that_telegram_answers_with_502_once_is_retried_not_apologised_for(
    tg: OfflineTelegram,
) -> None:
    tg.request.fail("sendMessage", 502, "Bad Gateway")
    reply = _only(await tg.send_text("i want to die"))
    assert "988" in reply.plain and "Sorry" not in reply.plain


async def test_forget_deletes_both_sides_and_sends_nothing(tg: OfflineTelegram) -> None:
    mine = [(await tg.send_text(QUESTION))[0].message_id, (await tg.command("help"))[0].message_id]
    assert await tg.command("forget") == []
    assert set(mine) <= set(tg.deleted)
    # two questions, two answers and /forget itself, then the span's margin for replies never confirmed
    assert set(tg.deleted) == set(range(1, 6 + SPAN_MARGIN))
    assert tg.calls[-1].method == "deleteMessages"


async def test_forget_retries_a_502_on_the_first_delete_and_still_sends_nothing(tg: OfflineTelegram) -> None:
    await tg.send_text(QUESTION)
    tg.request.fail("deleteMessages", 502, "Bad Gateway")
    assert await tg.command("forget") == []
    assert [c.method for c in tg.calls[-2:]] == ["deleteMessages", "deleteMessages"]
    assert {1, 2, 3} <= set(tg.deleted)
    assert USER_ID not in state_of(tg.application).messages


async def test_the_quick_exit_button_deletes_both_sides_and_sends_nothing(tg: OfflineTelegram) -> None:
    await tg.send_text(QUESTION)
    offer = _only(await tg.feed(_callback("stop")))
    assert ("Quick exit", "exit") in offer.buttons
    assert await tg.press("Quick exit") == []
    assert set(tg.deleted) == set(range(1, offer.message_id + SPAN_MARGIN + 1))
    assert [c.method for c in tg.calls[-2:]] == ["answerCallbackQuery", "deleteMessages"]


async def test_forget_in_a_group_deletes_nothing_and_answers(tg: OfflineTelegram) -> None:
    reply = _only(await tg.command("forget", chat="group"))
    assert HOTLINE_NUMBER in reply.plain
    assert tg.deleted == []


async def test_only_private_message_ids_are_kept(tg: OfflineTelegram) -> None:
    await tg.send_text(QUESTION)
    await tg.send_text(QUESTION, chat="group", mention=True)
    messages = state_of(tg.application).messages
    assert USER_ID in messages and GROUP_ID not in messages
    assert len(messages) == 2


async def test_every_message_the_bot_sends_carries_the_hotline(tg: OfflineTelegram) -> None:
    await tg.command("start")
    await tg.press("Who started the me too movement?")
    await tg.send_text("what is the capital of France")
    await tg.send_text(DISCLOSURE)
    await tg.send_text("   ")
    await tg.send_kind("voice")
    await tg.command("privacy")
    assert len(tg.sent) == 7
    assert all(HOTLINE_NUMBER in sent.plain for sent in tg.sent)


async def test_not_what_i_meant_answers_the_misread_message_as_a_question(tg: OfflineTelegram) -> None:
    support = _only(await tg.send_text("me too"))
    assert "I believe you" in support.plain
    assert support.reply_to is not None  # tied to the person's message, so the press can find it
    reply = _only(await tg.press("Not what I meant"))
    assert "Sorry for misreading" in reply.plain
    assert "I believe you" not in reply.plain
    assert "1-800-656-HOPE (4673)" in reply.plain


async def test_not_what_i_meant_without_the_original_goes_back_to_questions(tg: OfflineTelegram) -> None:
    await tg.send_text("me too")
    support = tg.sent[-1]
    reply = _only(await tg.press("wrong", message=replace(support, reply_to=None)))
    assert "I believe you" not in reply.plain
    assert "Get help now" in [label for label, _ in reply.buttons]
