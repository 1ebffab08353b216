"""Webhook mode as a process, with Telegram posting the updates and posting again any not answered 200.

The bot answers a post 200 only once its update was handled, so an update in hand when the process is
killed or stopped is posted again and answered by the next process: none is lost. Each chat writes one
message, so a chat's replies are that message's replies: none is a loss, two are a duplicate.
A stop leaves the updates it could not finish to be posted again, as a kill does; the kill test shows the
next process answers them, so the stop test ends with the stop.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator

import pytest
from bot_process import BotProcess
from e2e_load import MESSAGES
from fake_bot_api import FakeBotApi, FaultRule
from webhook_delivery import WebhookDelivery

from bot.telegram.webhook import STOP_GRACE_SECONDS

pytestmark = pytest.mark.timeout(90)

Api = Callable[..., FakeBotApi]
Launch = Callable[..., BotProcess]
Record = Callable[[str, object], None]
WEBHOOK = {"WEBHOOK_URL": "https://bot.example.org/telegram/hook", "WEBHOOK_SECRET_TOKEN": "e2e-redelivery-1"}
FIRST_CHAT = 90_000
CHATS = 60
# about a third of the replies before the kill: at ~30 sends a second the rest are still in hand
KILL_AFTER = 20
HANGING = 5


def _feed(api: FakeBotApi, chats: int) -> list[int]:
    """One message from each of `chats` people, each in their own private chat."""
    fed = [FIRST_CHAT + number for number in range(chats)]
    for number, chat in enumerate(fed):
        api.send_message(chat, MESSAGES[number % len(MESSAGES)])
    return fed


def _replies(api: FakeBotApi, chats: list[int]) -> Counter[int]:
    got = Counter(sent.chat_id for sent in api.outgoing())
    return Counter({chat: got[chat] for chat in chats})


def _delivered(api: FakeBotApi, delivery: WebhookDelivery, timeout: float) -> bool:
    """Every update answered 200: each was handled, so every reply it brings has been sent."""
    return api.wait_until(lambda: delivery.undelivered() == 0, timeout)


@pytest.fixture
def telegram(make_api: Api) -> Iterator[Callable[..., tuple[FakeBotApi, WebhookDelivery]]]:
    """A fake server with its webhook side posting to a free port; stopped after the test."""
    started: list[WebhookDelivery] = []

    def make(*faults: FaultRule) -> tuple[FakeBotApi, WebhookDelivery]:
        api = make_api(faults)
        started.append(WebhookDelivery(api).start())
        return api, started[-1]

    yield make
    for delivery in started:
        delivery.stop()


def test_a_kill_while_replies_are_in_flight_loses_no_message(
    telegram: Callable[..., tuple[FakeBotApi, WebhookDelivery]], launch: Launch, record_property: Record
) -> None:
    api, delivery = telegram()
    first = launch(api, port=delivery.port, **WEBHOOK)
    chats = _feed(api, CHATS)
    assert api.wait_until(lambda: api.messages_sent() >= KILL_AFTER, 30), first.log()[-2000:]
    first.kill()
    answered_before = api.messages_sent()
    launch(api, port=delivery.port, **WEBHOOK)
    assert _delivered(api, delivery, 30), f"{delivery.undelivered()} updates never answered 200"
    replies = _replies(api, chats)
    lost = sum(count == 0 for count in replies.values())
    doubled = sum(count - 1 for count in replies.values() if count > 1)
    cut_off = delivery.outcomes().get("cut_off", 0)
    record_property(
        "load",
        f"webhook, SIGKILL after {answered_before} of {CHATS} replies, then a restart: lost {lost}, "
        f"answered twice {doubled}; posts cut off by the kill {cut_off}, updates posted again "
        f"{delivery.posted_again()}",
    )
    assert lost == 0
    assert answered_before < CHATS and cut_off > 0  # the kill met updates in hand
    # only an update in hand at the kill can be answered twice, and Telegram has at most 40 in flight
    assert doubled <= cut_off <= delivery.connections


def test_sigterm_finishes_replies_within_the_grace_and_leaves_the_rest_to_be_posted_again(
    telegram: Callable[..., tuple[FakeBotApi, WebhookDelivery]], launch: Launch, record_property: Record
) -> None:
    # half the sends take a second (they finish within the grace), half hang far longer than the test
    hang = FaultRule("sendMessage", "slow", calls=frozenset(range(1, HANGING + 1)), delay=60.0)
    late = FaultRule("sendMessage", "slow", calls=frozenset(range(HANGING + 1, 2 * HANGING + 1)), delay=1.0)
    api, delivery = telegram(hang, late)
    bot = launch(api, port=delivery.port, **WEBHOOK)
    chats = _feed(api, 2 * HANGING)
    assert api.wait_until(lambda: api.calls("sendMessage") >= 2 * HANGING, 20), bot.log()[-2000:]
    code, seconds = bot.terminate(timeout=30)
    unanswered = delivery.undelivered()
    record_property(
        "load",
        f"webhook, SIGTERM with {HANGING} hanging and {HANGING} one-second replies in hand: exit {code} "
        f"after {seconds:.1f} s, {unanswered} updates left for Telegram to post again",
    )
    assert code == 0, bot.log()[-2000:]
    assert STOP_GRACE_SECONDS <= seconds < STOP_GRACE_SECONDS + 3.0
    assert unanswered == HANGING  # the one-second replies were answered 200; the hanging ones were not
    # each one-second reply arrived once (cut short at once, it would come again); the hanging ones not yet
    assert sorted(_replies(api, chats).values()) == [0] * HANGING + [1] * HANGING, _replies(api, chats)
