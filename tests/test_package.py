"""The bot package itself: what importing it sets up before anything else loads."""

from __future__ import annotations

import sys

import httpx

import bot


def test_the_bot_never_loads_the_command_line_client_of_its_http_library() -> None:
    # click and pygments (2.3 MB of an idle bot) come only with httpx's CLI, which the bot never runs.
    assert bot.__name__ == "bot" and sys.modules.get("httpx._main") is None
    assert callable(httpx.main)
