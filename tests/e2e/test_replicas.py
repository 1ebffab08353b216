"""Two `bot run` replicas in webhook mode behind a round-robin forwarder, sharing one real Redis.

Quick exit through either replica erases a conversation spread over both, also after a restart and across
a Redis outage; the rate limit counts a person over both replicas; Redis never holds who wrote what.
"""

from __future__ import annotations

import struct
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fake_bot_api import FakeBotApi
from redis import Redis
from redis_server import RedisServer
from replicas import Feeder, Forwarder, Replica, start_replicas

from bot.telegram.quickexit import NOTICE_TEXT

# Ids and names that cannot turn up in a dump by chance.
CHAT_A = 7_391_846_205
CHAT_B = 6_284_917_350
NAME, USERNAME = "Zephyrine", "zephyrine_quill"
# Each of these gets exactly one message back (as in the end-to-end load test).
QUESTIONS = (
    "who started the me too movement",
    "how many tweets used metoo",
    "what did alyssa milano tweet",
    "me too, when i was 15",
    "/hotline",
    "what is the capital of france",
)
_WAIT = 20.0

Cluster = Callable[..., tuple[Feeder, list[Replica]]]


@pytest.fixture
def cluster(make_api: Callable[..., FakeBotApi], tmp_path: Path) -> Iterator[Cluster]:
    """Start a fake server, a forwarder and replicas on a Redis; everything is stopped afterwards."""
    forwarder = Forwarder().start()
    replicas: list[Replica] = []
    state: dict[str, FakeBotApi] = {}

    def start(redis_url: str | None, count: int = 2, **env: str) -> tuple[Feeder, list[Replica]]:
        api = state.setdefault("api", make_api())
        workdirs = [tmp_path / f"replica{len(replicas) + i}" for i in range(count)]
        started = start_replicas(api, workdirs, redis_url=redis_url, **env)
        replicas.extend(started)
        forwarder.backends = [replica.port for replica in started]
        return Feeder(api, forwarder, first_name=NAME, username=USERNAME), started

    yield start
    for replica in replicas:
        stop_replica(replica)
    forwarder.stop()


@pytest.fixture
def shared_redis(redis_url: str) -> Iterator[str]:
    """The test run's Redis, emptied for this test."""
    client = Redis.from_url(redis_url)
    client.flushdb()
    client.close()
    yield redis_url


def stop_replica(replica: Replica) -> None:
    from bot_process import stop

    stop(replica.bot)


def replies(api: FakeBotApi, chat_id: int) -> list[int]:
    return [o.message_id for o in api.outgoing() if o.chat_id == chat_id and o.message_id is not None]


def converse(feeder: Feeder, chat_id: int, texts: tuple[str, ...] = QUESTIONS, **kwargs: int) -> None:
    """Each message, then its one reply, before the next (so round robin alternates replicas)."""
    for text in texts:
        wanted = len(replies(feeder.api, chat_id)) + 1
        feeder.say(chat_id, text, **kwargs)
        assert feeder.api.wait_until(lambda n=wanted: len(replies(feeder.api, chat_id)) >= n, _WAIT), text


def everything(feeder: Feeder, chat_id: int) -> set[int]:
    """Every message id on screen in the chat: the person's and the bot's."""
    return set(feeder.sent[chat_id]) | set(replies(feeder.api, chat_id))


def forget(feeder: Feeder, chat_id: int, replica: Replica) -> set[int]:
    """/forget through one chosen replica; returns the ids still on screen (none, when it worked)."""
    assert feeder.api.on_screen(chat_id) == everything(feeder, chat_id)  # the whole conversation is there
    feeder.say(chat_id, "/forget", backend=replica.port)
    feeder.api.wait_until(lambda: not feeder.api.on_screen(chat_id), _WAIT)
    return feeder.api.on_screen(chat_id)


def no_notice(api: FakeBotApi, chat_id: int) -> bool:
    return not any(o.text == NOTICE_TEXT for o in api.outgoing() if o.chat_id == chat_id)


def test_forget_through_either_replica_erases_a_conversation_spread_over_both(
    cluster: Cluster, shared_redis: str
) -> None:
    feeder, (first, second) = cluster(shared_redis)
    converse(feeder, CHAT_A)
    converse(feeder, CHAT_B)
    assert feeder.forwarder.served[first.port] >= 4 and feeder.forwarder.served[second.port] >= 4
    # each chat's first message went to the other replica than its /forget
    assert forget(feeder, CHAT_A, second) == set()
    assert forget(feeder, CHAT_B, first) == set()
    assert no_notice(feeder.api, CHAT_A) and no_notice(feeder.api, CHAT_B)


def test_a_restart_between_the_conversation_and_forget_still_erases_everything(
    cluster: Cluster, shared_redis: str
) -> None:
    feeder, old = cluster(shared_redis)
    converse(feeder, CHAT_A)
    for replica in old:
        stop_replica(replica)
    _, (new, _) = cluster(shared_redis)
    assert forget(feeder, CHAT_A, new) == set()
    assert no_notice(feeder.api, CHAT_A)


def test_a_person_over_the_rate_limit_is_limited_across_both_replicas(
    cluster: Cluster, shared_redis: str
) -> None:
    feeder, _ = cluster(shared_redis, USER_RATE_LIMIT="4")
    for _ in range(5):
        for text in ("who started the me too movement", "/hotline"):
            feeder.say(CHAT_A, text)  # all at once: ten messages in a second or two
    assert feeder.api.wait_until(lambda: len(replies(feeder.api, CHAT_A)) >= 5, _WAIT)
    time.sleep(1.5)  # any further (wrong) answers arrive within this
    sent = [o.text for o in feeder.api.outgoing() if o.chat_id == CHAT_A]
    notices = [text for text in sent if "a lot of messages at once" in text]
    assert len(sent) - len(notices) == 4  # per replica it would be 8
    assert len(notices) == 1  # one notice in the window over both replicas; the other five are dropped


def test_redis_going_away_mid_conversation_costs_no_reply_and_quick_exit_recovers(
    cluster: Cluster, own_redis: RedisServer
) -> None:
    own_redis.start()
    feeder, replicas = cluster(own_redis.url)
    converse(feeder, CHAT_A, QUESTIONS[:4])
    _save(own_redis)  # a Redis with persistence keeps what it held across its restart
    own_redis.stop()
    converse(feeder, CHAT_A, QUESTIONS)  # one reply each, during the outage
    assert len(replies(feeder.api, CHAT_A)) == 4 + len(QUESTIONS)
    own_redis.start()
    time.sleep(2.5)  # each replica tries Redis again after 2 s
    for attempt in range(10):
        converse(feeder, CHAT_A, QUESTIONS[attempt % 4 : attempt % 4 + 1])
        if all("state_store_recovered" in replica.log() for replica in replicas):
            break
    assert len(replies(feeder.api, CHAT_A)) == len(feeder.sent[CHAT_A])  # still one reply per message
    for replica in replicas:
        assert replica.log().count("state_store_unreachable") == 1
        assert replica.log().count("state_store_recovered") == 1
    assert forget(feeder, CHAT_A, replicas[1]) == set()


def test_redis_holds_no_chat_id_user_id_name_or_text_after_a_conversation(
    cluster: Cluster, own_redis: RedisServer
) -> None:
    own_redis.start()
    feeder, _ = cluster(own_redis.url, USER_RATE_LIMIT=str(len(QUESTIONS)))
    converse(feeder, CHAT_A)
    converse(feeder, CHAT_B, QUESTIONS[:2])
    converse(feeder, CHAT_A, QUESTIONS[:1])  # over the limit: the notice leaves its own key
    client = Redis.from_url(own_redis.url)
    keys = list(client.scan_iter())
    # chat ids, rate windows, the notice, answered updates: every kind of key is in the scan
    assert {key.split(b":")[1] for key in keys} >= {b"q", b"r", b"n", b"a"}
    assert all(client.pttl(key) > 0 for key in keys)  # and every one expires
    dump = b"".join(key + (client.dump(key) or b"") for key in keys)
    client.save()
    client.close()
    dump += own_redis.rdb_path.read_bytes()
    for number in (CHAT_A, CHAT_B):
        for form in (str(number).encode(), struct.pack("<q", number), struct.pack(">q", number)):
            assert form not in dump
    for word in (NAME, USERNAME, *QUESTIONS, "alyssa", "milano", "hotline", "capital"):
        assert word.encode().lower() not in dump.lower(), word


def _save(server: RedisServer) -> None:
    client = Redis.from_url(server.url)
    client.save()
    client.close()
