"""Key names: keyed hashes that name no one, differ per kind of id and per secret."""

from __future__ import annotations

import pytest

from bot.store.keys import MIN_SECRET_BYTES, KeyMaker

SECRET = b"k" * 32


def test_a_key_does_not_contain_the_id() -> None:
    keys = KeyMaker(SECRET)
    for make in (keys.chat, keys.stale, keys.rate, keys.notice, keys.answered):
        assert "918273645" not in make(918273645)


def test_the_same_id_always_gives_the_same_key() -> None:
    assert KeyMaker(SECRET).chat(5) == KeyMaker(SECRET).chat(5)


def test_a_private_chat_and_its_person_get_unrelated_keys() -> None:
    # in Telegram a private chat's id is the person's user id
    keys = KeyMaker(SECRET)
    assert keys.chat(5).split(":")[-1] != keys.rate(5).split(":")[-1]


def test_another_secret_gives_other_keys() -> None:
    assert KeyMaker(SECRET).chat(5) != KeyMaker(b"j" * 32).chat(5)


def test_every_key_starts_with_the_prefix() -> None:
    assert KeyMaker(SECRET, prefix="x:").answered(1).startswith("x:a:")


def test_a_short_secret_is_refused() -> None:
    with pytest.raises(ValueError, match=str(MIN_SECRET_BYTES)):
        KeyMaker(b"k" * (MIN_SECRET_BYTES - 1))


def test_the_secret_never_shows_in_repr() -> None:
    assert "kkkk" not in repr(KeyMaker(SECRET))
