"""The conversation file format: a small schema, checked on load, with errors that name the step."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

__all__ = [
    "Conversation",
    "Expect",
    "ExpectedKind",
    "NonText",
    "ScriptError",
    "Step",
    "find_files",
    "load_conversation",
]

NonText = Literal["sticker", "photo", "voice", "document", "location"]
# What the bot logs for a step (bot/logs.py): a reply's kind, or what happened instead of a reply.
ExpectedKind = Literal[
    "answer", "no_match", "support", "info", "notice", "command", "rate_limited", "quick_exit", "error"
]
_ACTIONS = ("send", "press", "send_kind")
_SEND_OPTIONS = ("edited", "mention", "reply_to_bot", "forwarded")
# `send: how many #MeToo tweets` (unquoted): a hashtag right after a space, which YAML takes for a comment.
_CUT_BY_COMMENT = re.compile(r"""^\s*(?:-\s+)?(send|press):\s+([^'"\s#][^#]*?)\s#\S""")


class ScriptError(Exception):
    """A conversation file that cannot be run; the message names the file, the step and the problem."""


def _as_list(value: object) -> object:
    """A single string is accepted where a list of strings is expected."""
    return [value] if isinstance(value, str) else value


class Expect(BaseModel):
    """What must be true of the bot's replies to one step; every field is optional."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    contains: tuple[str, ...] = ()
    not_contains: tuple[str, ...] = ()
    matches: tuple[str, ...] = ()
    kind: ExpectedKind | None = None
    buttons: tuple[str, ...] = ()
    replies: int | None = Field(default=None, ge=0)

    _lists = field_validator("contains", "not_contains", "matches", "buttons", mode="before")(_as_list)

    @field_validator("matches")
    @classmethod
    def _compiles(cls, patterns: tuple[str, ...]) -> tuple[str, ...]:
        for pattern in patterns:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"bad regex {pattern!r}: {exc}") from None
        return patterns


class Step(BaseModel):
    """One thing the person does: send a text, press a button, or send something that is not text."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    send: str | None = None
    press: str | None = None
    send_kind: NonText | None = None
    edited: bool = False
    mention: bool = False
    reply_to_bot: bool = False
    forwarded: bool = False
    expect: Expect = Expect()

    @field_validator("send", "press", mode="before")
    @classmethod
    def _text(cls, value: object) -> object:
        # YAML reads `send: 988` as a number; a tester means the digits
        if isinstance(value, int | float) and not isinstance(value, bool):
            return str(value)
        if value is not None and not isinstance(value, str):
            raise ValueError("must be text (put it in quotes)")
        return value

    @field_validator("expect", mode="before")
    @classmethod
    def _empty_expect(cls, value: object) -> object:
        return {} if value is None else value  # `expect:` with nothing under it

    @model_validator(mode="after")
    def _one_action(self) -> Step:
        given = [name for name in _ACTIONS if getattr(self, name) is not None]
        if len(given) != 1:
            found = " and ".join(given) if given else "none"
            raise ValueError(f"a step needs exactly one of send, press or send_kind (found {found})")
        options = [name for name in _SEND_OPTIONS if getattr(self, name)]
        allowed = _SEND_OPTIONS if self.send is not None else ("reply_to_bot",) if self.send_kind else ()
        wrong = [name for name in options if name not in allowed]
        if wrong:
            raise ValueError(f"{' and '.join(wrong)} cannot go with {given[0]}")
        return self

    @property
    def action(self) -> str:
        """The step as the transcript shows it."""
        flags = "".join(f" [{name}]" for name in _SEND_OPTIONS if getattr(self, name))
        if self.send is not None:
            return f"{self.send}{flags}"
        if self.press is not None:
            return f"(presses \u201c{self.press}\u201d)"
        return f"(sends a {self.send_kind}){flags}"


class Conversation(BaseModel):
    """One file: a name, the kind of chat, and the steps in order."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1)
    chat: Literal["private", "group"] = "private"
    steps: tuple[Step, ...]
    path: Path | None = Field(default=None, exclude=True)

    @field_validator("steps")
    @classmethod
    def _some_steps(cls, steps: tuple[Step, ...]) -> tuple[Step, ...]:
        if not steps:
            raise ValueError("a conversation needs at least one step")
        return steps


def load_conversation(path: Path | str) -> Conversation:
    """Read and check one conversation file; raises `ScriptError` naming the file, step and problem."""
    path = Path(path)
    try:
        source = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or type(exc).__name__
        raise ScriptError(f"{path}: cannot be read ({reason})") from None
    _check_hashtags(path, source)
    try:
        data = yaml.safe_load(source)
    except yaml.YAMLError as exc:
        raise ScriptError(f"{path}: {_yaml_problem(exc)}") from None
    if not isinstance(data, dict):
        raise ScriptError(f"{path}: a conversation is a mapping with name, chat and steps")
    if "path" in data:
        raise ScriptError(f"{path}: unknown key 'path'")
    try:
        return Conversation.model_validate({**data, "path": path})
    except ValidationError as exc:
        raise ScriptError(_describe(path, exc)) from None


def _yaml_problem(exc: yaml.YAMLError) -> str:
    """Where YAML stopped and why, with where the unclosed part began when YAML says so."""
    mark, context_mark = getattr(exc, "problem_mark", None), getattr(exc, "context_mark", None)
    where = f"line {mark.line + 1}: " if mark else ""
    began = ""
    if context_mark is not None and getattr(exc, "context", None):
        began = f" ({exc.context} that starts on line {context_mark.line + 1})"  # type: ignore[attr-defined]
    return f"{where}not valid YAML: {getattr(exc, 'problem', None) or exc}{began}"


def _check_hashtags(path: Path, source: str) -> None:
    """An unquoted ` #MeToo` starts a YAML comment, silently cutting the message: refuse it."""
    for number, line in enumerate(source.splitlines(), start=1):
        found = _CUT_BY_COMMENT.match(line)
        if found:
            raise ScriptError(
                f"{path}: line {number}: {found.group(1)}: YAML reads ' #' as the start of a comment, so "
                f"the text would be cut to {found.group(2).strip()!r}; put the whole text in quotes"
            )


def _describe(path: Path, exc: ValidationError) -> str:
    """Every problem in a file, one per line: where (step number, key) and what is wrong."""
    problems = [_describe_one(error) for error in exc.errors()]
    if len(problems) == 1:
        return f"{path}: {problems[0]}"
    return f"{path}: {len(problems)} problems\n" + "\n".join(f"  {problem}" for problem in problems)


def _describe_one(error: Any) -> str:
    loc = list(error["loc"])
    where = ""
    if len(loc) >= 2 and loc[0] == "steps" and isinstance(loc[1], int):
        where = f"step {loc[1] + 1}: "
        loc = loc[2:]
    key = ".".join(str(part) for part in loc)
    if error["type"] == "extra_forbidden":
        return f"{where}unknown key {key!r}"
    if error["type"] == "missing":
        return f"{where}missing {key!r}"
    message = str(error["msg"]).removeprefix("Value error, ")
    return f"{where}{key + ': ' if key else ''}{message}"


def find_files(paths: Sequence[Path | str]) -> list[Path]:
    """The conversation files named, folders searched recursively for *.yaml and *.yml, in order."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found += sorted(p for p in path.rglob("*") if p.suffix in {".yaml", ".yml"} and p.is_file())
        elif path.is_file():
            found.append(path)
        else:
            raise ScriptError(f"{path}: no such file or folder")
    return found
