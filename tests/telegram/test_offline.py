"""The offline Telegram: records calls, answers like Telegram, builds realistic updates."""

from __future__ import annotations

import pytest

from bot.telegram.offline import BOT_USERNAME, GROUP_ID, USER_ID, OfflineTelegram, Sent


async def test_start_up_asks_for_the_bot_and_nothing_reaches_the_network(tg: OfflineTelegram) -> None:
    assert [c.method for c in tg.calls][:1] == ["getMe"]
    assert tg.application.bot.username == BOT_USERNAME


async def test_sent_messages_get_increasing_ids_shared_with_the_person(tg: OfflineTelegram) -> None:
    first = (await tg.send_text("hello"))[0]
    second = (await tg.send_text("hello again"))[0]
    assert (first.message_id, second.message_id) == (2, 4)


async def test_sent_reports_text_markup_buttons_and_plain_text(tg: OfflineTelegram) -> None:
    (sent,) = await tg.command("start")
    assert isinstance(sent, Sent) and sent.method == "sendMessage" and sent.chat_id == USER_ID
    assert "<b>" in sent.text and "<b>" not in sent.plain
    assert all(isinstance(label, str) and data for label, data in sent.buttons)


async def test_calls_hold_decoded_parameters(tg: OfflineTelegram) -> None:
    await tg.command("help")
    call = tg.calls[-1]
    assert call.method == "sendMessage"
    assert call.params["parse_mode"] == "HTML"
    assert isinstance(call.params["reply_markup"]["inline_keyboard"], list)
    assert call.result["chat"] == {"id": USER_ID, "type": "private", "first_name": "Person"}


async def test_pressing_needs_a_button_that_exists(tg: OfflineTelegram) -> None:
    with pytest.raises(LookupError):
        await tg.press("Get help now")
    await tg.command("start")
    with pytest.raises(LookupError):
        await tg.press("No such button")


async def test_group_messages_come_from_the_group_chat(tg: OfflineTelegram) -> None:
    (sent,) = await tg.command("help", chat="group")
    assert sent.chat_id == GROUP_ID


async def test_an_unknown_kind_is_refused(tg: OfflineTelegram) -> None:
    with pytest.raises(ValueError, match="unknown kind"):
        await tg.send_kind("hologram")


def test_the_application_is_only_available_inside_async_with() -> None:
    with pytest.raises(RuntimeError):
        _ = OfflineTelegram().application
