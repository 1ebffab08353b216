"""Scripted conversations: YAML files that testers write, run through the real Telegram `Application`.

`python -m bot script PATH...` runs every file (folders are searched for *.yaml and *.yml), prints each
step with what the bot sent back, and exits 0 when every expectation holds, 1 when one fails, 2 when a
file is malformed. The format is described in docs/scripted-conversations.md.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from bot.responder import Responder
from bot.script.runner import ConversationResult, StepResult, check, run_conversation
from bot.script.schema import (
    Conversation,
    Expect,
    ScriptError,
    Step,
    find_files,
    load_conversation,
)
from bot.settings import Settings, SettingsError, load_settings
from bot.startup import load_responder

__all__ = [
    "Conversation",
    "ConversationResult",
    "Expect",
    "ScriptError",
    "Step",
    "StepResult",
    "check",
    "find_files",
    "load_conversation",
    "run_conversation",
    "run_paths",
]


def run_paths(paths: Sequence[Path | str], *, out: TextIO | None = None) -> int:
    """`python -m bot script`: run the files; 0 all passed, 1 an expectation failed, 2 a file is malformed."""
    out = out or sys.stdout
    conversations, problems = _load_all(paths)
    if problems or not conversations:
        for problem in problems or ["no conversation files (*.yaml, *.yml) found"]:
            print(f"malformed: {problem}", file=out)
        return 2
    try:
        settings = load_settings(env_file=None)
        # the articles are loaded once for every file, as the bot does at start-up
        responder = load_responder(settings)
    except SettingsError as exc:
        print(f"settings: {exc}", file=out)
        return 2
    results = asyncio.run(_run_all(conversations, responder, settings, out))
    failed = [r for r in results if not r.passed]
    noun = "conversation" if len(results) == 1 else "conversations"
    print(f"\n{len(results)} {noun}: {len(results) - len(failed)} passed, {len(failed)} failed", file=out)
    for result in failed:
        where = f"{result.conversation.path}: {result.conversation.name}"
        print(f"  FAILED {where} ({result.failed_steps()})", file=out)
    return 1 if failed else 0


def _load_all(paths: Sequence[Path | str]) -> tuple[list[Conversation], list[str]]:
    """Every file checked before any is run, so one run lists every malformed file."""
    try:
        files = find_files(paths)
    except ScriptError as exc:
        return [], [str(exc)]
    conversations, problems = [], []
    for path in files:
        try:
            conversations.append(load_conversation(path))
        except ScriptError as exc:
            problems.append(str(exc))
    return conversations, problems


async def _run_all(
    conversations: Sequence[Conversation], responder: Responder, settings: Settings, out: TextIO
) -> list[ConversationResult]:
    results = []
    for conversation in conversations:
        result = await run_conversation(conversation, responder, settings)
        print(result.report(), file=out, flush=True)
        results.append(result)
    return results
