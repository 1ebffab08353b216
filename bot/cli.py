"""The command line: `ask`, `chat`, `run`, `script`. A thin adapter over the reply core."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    ask = sub.add_parser("ask", help="answer one question, or one per line from standard input")
    ask.add_argument("question", nargs="*", help="the question (omit it to read standard input)")
    ask.add_argument("--json", action="store_true", help="one JSON object per question")
    sub.add_parser("chat", help="talk with the bot in this terminal (no token needed)")
    sub.add_parser("run", help="run the bot in Telegram (needs TELEGRAM_BOT_TOKEN)")
    script = sub.add_parser("script", help="run scripted conversations (YAML files or folders)")
    script.add_argument("paths", nargs="+", help="conversation files or folders of them")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the arguments and run one subcommand; returns the exit code."""
    args = _parser().parse_args(argv)
    if args.command == "run":
        from bot.telegram.app import run_from_env

        return run_from_env()
    if args.command == "script":
        from bot.script import run_paths

        return run_paths(args.paths)
    from bot import terminal

    if args.command == "chat":
        return terminal.chat()
    return terminal.ask(" ".join(args.question), as_json=args.json)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
