"""Is the state store reachable? One line for operators (`metoo-bot check`), never a password or key."""

from __future__ import annotations

from urllib.parse import urlsplit

from bot.settings import Settings, SettingsError

__all__ = ["check_store", "safe_location"]


def safe_location(url: str) -> str:
    """Scheme, host, port and database of a Redis URL, without the user name or password it may carry."""
    parts = urlsplit(url)
    if parts.scheme == "unix":
        return f"unix://{parts.path}"
    host = parts.hostname or "localhost"
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{host}{port}{parts.path or ''}"


async def check_store(settings: Settings) -> str:
    """The store the bot will use, and for Redis whether it answers now; `SettingsError` when it does not.

    Returns:
        One line for the report, e.g. "redis at redis://cache:6379/0 answers; keys are HMACs under
        STATE_SECRET".
    """
    if settings.state_url is None:
        return "memory (this process only; a restart forgets it; set STATE_URL to share it between replicas)"
    from redis.asyncio import Redis
    from redis.exceptions import RedisError

    where = safe_location(settings.state_url.get_secret_value())
    client = Redis.from_url(
        settings.state_url.get_secret_value(), socket_connect_timeout=2.0, socket_timeout=2.0
    )
    try:
        await client.ping()
    except (RedisError, OSError) as exc:
        raise SettingsError(
            f"STATE_URL: Redis at {where} does not answer ({type(exc).__name__}): start it or fix STATE_URL "
            "(without a Redis every replica keeps its own state and quick exit misses the others' messages)"
        ) from None
    finally:
        await client.aclose()
    return f"redis at {where} answers; keys are HMACs under STATE_SECRET, every key expires"
