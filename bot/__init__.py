"""The #MeToo information bot: the reply core, its adapters (terminal, Telegram, scripts) and settings."""

import sys

# httpx (python-telegram-bot's transport) imports its own command-line client when click and pygments are
# installed, as the development and benchmark extras install them: 2.3 MB of an idle bot that never runs
# it. A None entry makes that optional import fail as it does without them (round 19's memory budget).
sys.modules.setdefault("httpx._main", None)
