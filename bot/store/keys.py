"""Redis key names that do not identify anyone: an HMAC-SHA256 of each chat, user or update id.

Someone holding a copy of the Redis data but not `STATE_SECRET` cannot tell which chat or person a key
belongs to, nor test a guess (a plain hash of a Telegram id could be reversed by trying every id). Each
kind of id has its own label, so a private chat and its person (the same number in Telegram) get
unrelated keys.
"""

from __future__ import annotations

import hashlib
import hmac

__all__ = ["MIN_SECRET_BYTES", "KeyMaker"]

# 256 bits: the HMAC's own strength; shorter secrets could be guessed offline from a copy of the data.
MIN_SECRET_BYTES = 32
# 128 bits of the HMAC: no collisions among any number of chats a bot could see, half the memory of 256.
_DIGEST_HEX = 32


class KeyMaker:
    """Turns ids into opaque key names under one secret; the secret never leaves this object."""

    __slots__ = ("_prefix", "_secret")

    def __init__(self, secret: bytes, *, prefix: str = "metoo:") -> None:
        if len(secret) < MIN_SECRET_BYTES:
            raise ValueError(f"the state secret must be at least {MIN_SECRET_BYTES} bytes")
        self._secret = secret
        self._prefix = prefix

    def __repr__(self) -> str:
        return f"KeyMaker(prefix={self._prefix!r})"  # never the secret

    @property
    def prefix(self) -> str:
        """What every key starts with, for scans."""
        return self._prefix

    def chat(self, chat_id: int) -> str:
        """The sorted set of a private chat's message ids."""
        return self._key("q", "chat", chat_id)

    def stale(self, chat_id: int) -> str:
        """The count of a chat's messages that could no longer be held."""
        return self._key("s", "chat", chat_id)

    def rate(self, user_id: int) -> str:
        """The sorted set of a person's message times in the current window."""
        return self._key("r", "user", user_id)

    def notice(self, user_id: int) -> str:
        """Present while a person has had their one "please wait" notice of this window."""
        return self._key("n", "user", user_id)

    def answered(self, update_id: int) -> str:
        """Present once an update got its reply."""
        return self._key("a", "update", update_id)

    def concern(self, chat_id: int) -> str:
        """Present while a private chat's concern window is open; holds when it ends."""
        # its own label: the key cannot be matched to the chat's message-id keys, which share a digest
        return self._key("w", "concern", chat_id)

    def _key(self, kind: str, label: str, value: int) -> str:
        digest = hmac.new(self._secret, f"{label}:{value}".encode(), hashlib.sha256).hexdigest()
        return f"{self._prefix}{kind}:{digest[:_DIGEST_HEX]}"
