"""The command line: `ask`, `chat`, `check`, `run`, `script`. A thin adapter over the reply core."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

__all__ = ["main", "program_name"]


def program_name(argv0: str | None = None) -> str:
    """`metoo-bot` when run as the installed script, `python -m bot` when run as a module."""
    name = Path(argv0 if argv0 is not None else sys.argv[0]).name
    return "python -m bot" if name in {"__main__.py", "-m", "-c", ""} else name


def _parser() -> tuple[argparse.ArgumentParser, argparse.ArgumentParser]:
    """The parser, and the `ask` subparser (its usage line is the one an empty question shows)."""
    parser = argparse.ArgumentParser(prog=program_name(), description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    ask = sub.add_parser("ask", help="answer one question, or one per line from standard input")
    ask.add_argument("question", nargs="*", help="the question (omit it to read standard input)")
    ask.add_argument("--json", action="store_true", help="one JSON object per question")
    sub.add_parser("chat", help="talk with the bot in this terminal (no token needed)")
    check = sub.add_parser("check", help="is the bot ready to run? settings, articles, Telegram")
    check.add_argument("--offline", action="store_true", help="check the settings only; do not ask Telegram")
    sub.add_parser("run", help="run the bot in Telegram (needs TELEGRAM_BOT_TOKEN)")
    script = sub.add_parser("script", help="run scripted conversations (YAML files or folders)")
    script.add_argument("paths", nargs="+", help="conversation files or folders of them")
    return parser, ask


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the arguments and run one subcommand; returns the exit code."""
    parser, ask_parser = _parser()
    args = parser.parse_args(argv)
    if args.command == "run":
        from bot.telegram.app import run_from_env

        return run_from_env()
    if args.command == "check":
        from bot.check import run_checks

        return run_checks(offline=args.offline)
    if args.command == "script":
        from bot.script import run_paths

        return run_paths(args.paths)
    from bot import terminal

    if args.command == "chat":
        return terminal.chat()
    question = " ".join(args.question)
    if args.question and not question.strip():
        # an empty question is a mistake (an unset shell variable, say); silence would hide it
        ask_parser.error("the question is empty: give one, or omit it to read questions from standard input")
    return terminal.ask(question, as_json=args.json)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
