"""The fake Bot API: answers like Telegram, refuses on request, serves queued updates."""

from __future__ import annotations

import pytest
from telegram import Bot
from telegram.error import BadRequest, Forbidden

from bot.telegram.app import offline_token
from bot.telegram.fakeapi import BOT_USERNAME, OfflineRequest


async def test_get_me_describes_the_bot_and_calls_are_recorded_with_their_results() -> None:
    request = OfflineRequest()
    bot = Bot(offline_token(), request=request)
    me = await bot.get_me()
    assert me.username == BOT_USERNAME and me.is_bot
    assert [(c.method, c.result["username"]) for c in request.calls] == [("getMe", BOT_USERNAME)]


async def test_sent_messages_come_back_without_markup_and_with_ids_per_chat() -> None:
    request = OfflineRequest()
    bot = Bot(offline_token(), request=request)
    first = await bot.send_message(1, "<b>a &amp; b</b>", parse_mode="HTML")
    second = await bot.send_message(1, "two")
    other = await bot.send_message(-5, "group")
    assert (first.text, first.message_id, second.message_id, other.message_id) == ("a & b", 1, 2, 1)
    assert other.chat.type == "supergroup"


async def test_a_refusal_can_be_scripted_and_is_raised_like_telegram_would() -> None:
    request = OfflineRequest()
    request.fail("sendMessage", 400, "Bad Request: chat not found")
    with pytest.raises(BadRequest, match=r"(?i)chat not found"):
        await request.post("https://x/botT/sendMessage")
    assert await request.post("https://x/botT/deleteMessages") is True


async def test_get_updates_serves_delivered_updates_until_confirmed() -> None:
    request = OfflineRequest()
    request.deliver({"update_id": 5})
    bot = Bot(offline_token(), request=request, get_updates_request=request)
    assert [u.update_id for u in await bot.get_updates()] == [5]
    assert [u.update_id for u in await bot.get_updates()] == [5]
    assert await bot.get_updates(offset=6) == ()


async def test_a_refusal_can_wait_for_some_calls_to_pass_first() -> None:
    request = OfflineRequest()
    bot = Bot(offline_token(), request=request)
    request.fail("sendMessage", 403, "Forbidden: bot was blocked by the user", after=2)
    await bot.send_message(1, "one")
    await bot.send_message(1, "two")
    with pytest.raises(Forbidden):
        await bot.send_message(1, "three")
    assert (await bot.send_message(1, "four")).message_id == 3
