"""/privacy says what is kept, where and for how long, for the store the operator chose."""

from __future__ import annotations

from bot.responder import Responder
from bot.settings import Settings
from bot.startup import load_responder
from knowledge import KnowledgeBase


def _privacy(responder: Responder) -> str:
    return responder.command("privacy").text


def test_by_default_privacy_says_memory_only_and_each_lifetime(knowledge_base: KnowledgeBase) -> None:
    text = _privacy(Responder(knowledge_base))
    assert "memory only" in text and "gone when the bot restarts" in text
    for lifetime in ("48 hours", "one minute", "one day"):
        assert lifetime in text
    assert "database" not in text


def test_with_a_shared_store_privacy_says_where_and_how_entries_are_filed(
    knowledge_base: KnowledgeBase,
) -> None:
    text = _privacy(Responder(knowledge_base, shared_store=True))
    assert "database the bot's servers share" in text
    assert "secret key" in text and "never under the number itself" in text
    assert "deletes itself" in text and "memory only" not in text


def test_the_settings_choose_the_privacy_text() -> None:
    url, secret = "redis://127.0.0.1:6379/0", "s" * 32
    shared = Settings(_env_file=None, state_url=url, state_secret=secret)  # type: ignore[call-arg]
    assert "database" in _privacy(load_responder(shared))
    assert "memory only" in _privacy(load_responder(Settings(_env_file=None)))  # type: ignore[call-arg]
