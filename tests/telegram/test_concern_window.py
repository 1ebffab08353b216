"""The concern window through the real Application offline: after a support reply, a message that would get
"not covered" gets the follow-up support reply, until the window ends, /forget or quick exit."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Callable

import pytest
from fake_clock import FakeClock
from leaves import leaves

from bot.concern import CONCERN_WINDOW_SECONDS
from bot.core import Chat, Reply
from bot.responder import Responder
from bot.settings import Settings
from bot.store import MemoryStore, redis_store
from bot.telegram.offline import GROUP_ID, USER_ID, OfflineTelegram, Sent
from knowledge import KnowledgeBase
from knowledge.hotline import HOTLINE_NUMBER

DISCLOSURE = "someone raped me when i was 16"
# Unrecognised alone, and not covered by the articles: after a support reply, a follow-up.
FOLLOW_UP = "are you still there"
QUESTION = "who started the me too movement"
STILL_HERE = "I'm still here, and I'm listening."
NOT_COVERED = "do not cover that"


@pytest.fixture
def clock() -> FakeClock:
    """Now, moved by hand: the offline messages carry the real time, and quick exit compares the two."""
    return FakeClock(time.time())


@pytest.fixture
def store(clock: FakeClock) -> MemoryStore:
    return MemoryStore(clock=clock)


@pytest.fixture
async def tg(
    responder: Responder, make_settings: Callable[..., Settings], store: MemoryStore
) -> AsyncIterator[OfflineTelegram]:
    async with OfflineTelegram(responder, make_settings(), store=store) as telegram:
        yield telegram


def _text(sent: list[Sent]) -> str:
    return "\n".join(message.plain for message in sent)


def _is_follow_up(sent: list[Sent]) -> bool:
    text = _text(sent)
    return STILL_HERE in text and "911" in text and "988" in text and HOTLINE_NUMBER in text


async def test_after_a_disclosure_a_follow_up_gets_support_and_a_question_still_its_answer(
    tg: OfflineTelegram,
) -> None:
    assert "I believe you" in _text(await tg.send_text(DISCLOSURE))
    follow_up = await tg.send_text(FOLLOW_UP)
    assert _is_follow_up(follow_up)
    assert NOT_COVERED not in _text(follow_up)
    assert follow_up[0].reply_to is not None  # tied to the message, so "Not what I meant" can answer it
    assert "Tarana Burke" in _text(await tg.send_text(QUESTION))
    assert _is_follow_up(await tg.send_text("ok"))  # an answer in between does not close the window


async def test_the_same_message_with_no_support_reply_before_gets_not_covered(tg: OfflineTelegram) -> None:
    sent = await tg.send_text(FOLLOW_UP)
    assert NOT_COVERED in _text(sent) and STILL_HERE not in _text(sent)


async def test_after_the_window_the_message_gets_not_covered_again(
    tg: OfflineTelegram, clock: FakeClock
) -> None:
    await tg.send_text(DISCLOSURE)
    clock.advance(CONCERN_WINDOW_SECONDS - 1)
    assert _is_follow_up(await tg.send_text(FOLLOW_UP))
    clock.advance(CONCERN_WINDOW_SECONDS)
    assert NOT_COVERED in _text(await tg.send_text(FOLLOW_UP))


async def test_each_follow_up_support_reply_extends_the_window(tg: OfflineTelegram, clock: FakeClock) -> None:
    await tg.send_text(DISCLOSURE)
    for _ in range(3):
        clock.advance(CONCERN_WINDOW_SECONDS - 60)
        assert _is_follow_up(await tg.send_text(FOLLOW_UP))


async def test_forget_closes_the_window(tg: OfflineTelegram, store: MemoryStore) -> None:
    await tg.send_text(DISCLOSURE)
    assert await tg.command("forget") == []
    assert not await store.in_concern(USER_ID)
    assert NOT_COVERED in _text(await tg.send_text(FOLLOW_UP))


async def test_the_quick_exit_button_closes_the_window(tg: OfflineTelegram, store: MemoryStore) -> None:
    await tg.send_text(DISCLOSURE)
    assert await tg.press("Quick exit") == []
    assert not await store.in_concern(USER_ID)
    assert NOT_COVERED in _text(await tg.send_text(FOLLOW_UP))


async def test_not_what_i_meant_under_the_follow_up_answers_the_message_as_a_question(
    tg: OfflineTelegram,
) -> None:
    await tg.send_text(DISCLOSURE)
    await tg.send_text(QUESTION.replace("who started", "so who started"))  # answered: no buttons to press
    await tg.send_text(FOLLOW_UP)
    sent = await tg.press("Not what I meant")
    assert "Sorry for misreading" in _text(sent) and NOT_COVERED in _text(sent)


async def test_a_recognised_concern_in_the_window_gets_its_own_reply(tg: OfflineTelegram) -> None:
    await tg.send_text(DISCLOSURE)
    sent = await tg.send_text("i want to die")
    assert "988" in _text(sent) and STILL_HERE not in _text(sent)


async def test_a_group_chat_has_no_window(tg: OfflineTelegram, store: MemoryStore) -> None:
    assert "private chat" in _text(await tg.send_text(DISCLOSURE, chat="group", mention=True))
    assert not await store.in_concern(GROUP_ID)
    sent = await tg.send_text(FOLLOW_UP, chat="group", mention=True)
    assert NOT_COVERED in _text(sent) and STILL_HERE not in _text(sent)


class _HelpFirst(Responder):
    """The real responder, except one message gets help first (the safety layer half-sees a concern)."""

    def reply(self, text: str, *, chat: Chat = "private", after_support: bool = False) -> Reply:
        if text == "HELP FIRST" and not after_support:
            return self.answer("what time is it", chat=chat, personal=True)
        return super().reply(text, chat=chat, after_support=after_support)


async def test_help_first_opens_the_window_too(
    knowledge_base: KnowledgeBase, make_settings: Callable[..., Settings], store: MemoryStore
) -> None:
    async with OfflineTelegram(_HelpFirst(knowledge_base), make_settings(), store=store) as tg:
        assert "Talk to someone now" in [label for label, _ in (await tg.send_text("HELP FIRST"))[-1].buttons]
        assert _is_follow_up(await tg.send_text(FOLLOW_UP))


async def test_the_store_holds_no_text_after_a_conversation(tg: OfflineTelegram, store: MemoryStore) -> None:
    for text in (DISCLOSURE, FOLLOW_UP, QUESTION):
        await tg.send_text(text)
    held = leaves(store)
    assert USER_ID in held  # the walk reaches the chat's entries
    assert {type(leaf) for leaf in held} <= {int, float, bool, type(None)}, held


async def test_with_redis_the_window_is_shared_by_replicas_and_forget_clears_it(
    responder: Responder, make_settings: Callable[..., Settings], redis_url: str
) -> None:
    from redis.asyncio import Redis

    client = Redis.from_url(redis_url)
    await client.flushdb()
    await client.aclose()
    secret = b"c" * 32
    other_replica = redis_store(redis_url, secret)
    async with OfflineTelegram(responder, make_settings(), store=redis_store(redis_url, secret)) as tg:
        await tg.send_text(DISCLOSURE)
        assert await other_replica.in_concern(USER_ID)
        assert _is_follow_up(await tg.send_text(FOLLOW_UP))
        assert await tg.command("forget") == []
        assert not await other_replica.in_concern(USER_ID)
        assert NOT_COVERED in _text(await tg.send_text(FOLLOW_UP))
    await other_replica.aclose()


@pytest.mark.parametrize("kind", ["sticker", "voice", "photo"])
async def test_in_the_window_a_sticker_or_voice_note_gets_the_follow_up_saying_the_bot_reads_text(
    tg: OfflineTelegram, kind: str
) -> None:
    assert "text messages" in _text(await tg.send_kind(kind))  # no window: the plain notice
    await tg.send_text(DISCLOSURE)
    sent = await tg.send_kind(kind)
    assert _is_follow_up(sent) and "only read typed words" in _text(sent)


@pytest.mark.parametrize("text", ["😢", "...", "💔💔"])
async def test_in_the_window_a_message_with_no_word_gets_the_follow_up(
    tg: OfflineTelegram, text: str
) -> None:
    assert "questions written in words" in _text(await tg.send_text(text))  # no window: the plain notice
    await tg.send_text(DISCLOSURE)
    assert _is_follow_up(await tg.send_text(text))
