"""The fake Bot API server itself: it must answer like Telegram and misbehave exactly as told."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable

import httpx
import pytest
from fake_bot_api import BOT_USERNAME, FakeBotApi, FaultRule


def _call(api: FakeBotApi, method: str, **params: object) -> httpx.Response:
    # Posted the way python-telegram-bot posts: a form whose non-string values are JSON.
    form = {k: v if isinstance(v, str) else json.dumps(v) for k, v in params.items()}
    return httpx.post(f"{api.base_url}{api.token}/{method}", data=form, timeout=5)


def test_get_me_answers_with_the_bot_user(make_api: Callable[..., FakeBotApi]) -> None:
    api = make_api()
    body = _call(api, "getMe").json()
    assert body["ok"] is True
    assert body["result"]["username"] == BOT_USERNAME


def test_a_wrong_token_is_unauthorized(make_api: Callable[..., FakeBotApi]) -> None:
    api = make_api()
    answer = httpx.post(f"{api.base_url}123:wrong/getMe", timeout=5)
    assert answer.status_code == 401


def test_updates_stay_until_a_later_offset_confirms_them(make_api: Callable[..., FakeBotApi]) -> None:
    api = make_api()
    api.send_message(11, "first")
    api.send_message(12, "second")
    ids = [u["update_id"] for u in _call(api, "getUpdates", timeout=0).json()["result"]]
    assert len(ids) == 2
    assert [u["update_id"] for u in _call(api, "getUpdates", timeout=0).json()["result"]] == ids
    _call(api, "getUpdates", offset=ids[-1] + 1, timeout=0)
    assert api.pending_updates() == 0


def test_a_long_poll_returns_as_soon_as_a_message_arrives(make_api: Callable[..., FakeBotApi]) -> None:
    api = make_api()
    threading.Timer(0.2, api.send_message, args=(5, "hello")).start()
    began = time.monotonic()
    updates = _call(api, "getUpdates", timeout=10).json()["result"]
    assert len(updates) == 1
    assert time.monotonic() - began < 0.9


def test_commands_and_mentions_carry_entities(make_api: Callable[..., FakeBotApi]) -> None:
    api = make_api()
    api.send_message(5, "/start")
    api.send_message(-6, f"hi @{BOT_USERNAME} who")
    first, second = (u["message"] for u in _call(api, "getUpdates", timeout=0).json()["result"])
    assert first["entities"] == [{"type": "bot_command", "offset": 0, "length": 6}]
    assert second["entities"][0]["type"] == "mention"
    assert second["chat"]["type"] == "group"


def test_sent_messages_are_recorded_with_their_buttons(make_api: Callable[..., FakeBotApi]) -> None:
    api = make_api()
    markup = {"inline_keyboard": [[{"text": "Get help now", "callback_data": "help"}]]}
    answer = _call(api, "sendMessage", chat_id=5, text="hello", reply_markup=markup).json()
    assert answer["result"]["chat"]["id"] == 5
    [sent] = api.outgoing()
    assert (sent.chat_id, sent.text, sent.buttons) == (5, "hello", ["Get help now"])


def test_a_429_carries_retry_after_and_records_nothing(make_api: Callable[..., FakeBotApi]) -> None:
    api = make_api([FaultRule("sendMessage", "429", calls=frozenset({1}), retry_after=3)])
    answer = _call(api, "sendMessage", chat_id=5, text="hello")
    assert answer.status_code == 429
    assert answer.json()["parameters"] == {"retry_after": 3}
    assert api.outgoing() == []
    assert _call(api, "sendMessage", chat_id=5, text="hello").status_code == 200


@pytest.mark.parametrize("fault", ["500", "502"])
def test_server_errors_record_nothing(make_api: Callable[..., FakeBotApi], fault: str) -> None:
    api = make_api([FaultRule("sendMessage", fault, calls=frozenset({1}))])  # type: ignore[arg-type]
    assert _call(api, "sendMessage", chat_id=5, text="hello").status_code == int(fault)
    assert api.outgoing() == []
    assert api.faults_injected() == {fault: 1}


def test_a_dropped_connection_gets_no_answer_and_records_nothing(make_api: Callable[..., FakeBotApi]) -> None:
    api = make_api([FaultRule("sendMessage", "drop", calls=frozenset({1}))])
    with pytest.raises(httpx.RemoteProtocolError):
        _call(api, "sendMessage", chat_id=5, text="hello")
    assert api.outgoing() == []
    assert _call(api, "sendMessage", chat_id=5, text="hello").status_code == 200


def test_a_conflict_answers_409(make_api: Callable[..., FakeBotApi]) -> None:
    api = make_api([FaultRule("getUpdates", "409", calls=frozenset({1}))])
    assert _call(api, "getUpdates", timeout=0).status_code == 409
    assert _call(api, "getUpdates", timeout=0).status_code == 200


def test_a_slow_answer_is_late_but_complete(make_api: Callable[..., FakeBotApi]) -> None:
    api = make_api([FaultRule("sendMessage", "slow", calls=frozenset({1}), delay=0.3)])
    began = time.monotonic()
    assert _call(api, "sendMessage", chat_id=5, text="hello").status_code == 200
    assert time.monotonic() - began >= 0.3
    assert len(api.outgoing()) == 1


def test_message_ids_count_up_per_chat_across_both_sides(make_api: Callable[..., FakeBotApi]) -> None:
    api = make_api()
    first = api.send_message(5, "hello")
    reply = _call(api, "sendMessage", chat_id=5, text="answer").json()["result"]["message_id"]
    second = api.send_message(5, "again")
    elsewhere = api.send_message(6, "hello")
    assert (first, reply, second, elsewhere) == (1, 2, 3, 1)
    assert api.on_screen(5) == {1, 2, 3}


def test_delete_messages_deletes_what_exists_and_skips_the_rest(make_api: Callable[..., FakeBotApi]) -> None:
    api = make_api()
    for _ in range(3):
        api.send_message(5, "hello")
    answer = _call(api, "deleteMessages", chat_id=5, message_ids=[2, 3, 4, 50])
    assert answer.json() == {"ok": True, "result": True}
    assert api.on_screen(5) == {1}


def test_delete_messages_refuses_more_than_100_ids(make_api: Callable[..., FakeBotApi]) -> None:
    api = make_api()
    api.send_message(5, "hello")
    assert _call(api, "deleteMessages", chat_id=5, message_ids=list(range(1, 102))).status_code == 400
    assert api.on_screen(5) == {1}


@pytest.mark.parametrize("fault", ["500", "502", "429"])
def test_a_fault_after_processing_sends_the_message_but_loses_the_answer(
    make_api: Callable[..., FakeBotApi], fault: str
) -> None:
    rule = FaultRule("sendMessage", fault, calls=frozenset({1}), when="after")  # type: ignore[arg-type]
    api = make_api([rule])
    assert _call(api, "sendMessage", chat_id=5, text="hello").status_code == int(fault)
    assert [sent.text for sent in api.outgoing()] == ["hello"]
    assert api.on_screen(5) == {1}
    assert api.faults_injected() == {f"{fault}-after": 1}


def test_a_dropped_answer_after_processing_still_deletes(make_api: Callable[..., FakeBotApi]) -> None:
    api = make_api([FaultRule("deleteMessages", "drop", calls=frozenset({1}), when="after")])
    api.send_message(5, "hello")
    with pytest.raises(httpx.RemoteProtocolError):
        _call(api, "deleteMessages", chat_id=5, message_ids=[1])
    assert api.on_screen(5) == set()


def test_a_fault_before_processing_deletes_nothing(make_api: Callable[..., FakeBotApi]) -> None:
    api = make_api([FaultRule("deleteMessages", "502", calls=frozenset({1}))])
    api.send_message(5, "hello")
    assert _call(api, "deleteMessages", chat_id=5, message_ids=[1]).status_code == 502
    assert api.on_screen(5) == {1}
