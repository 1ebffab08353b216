"""Read the project's Dockerfile and perform its file and install steps without Docker.

No Docker daemon runs on the development machines, so the image is approximated: each stage gets a folder
standing for its root file system, `WORKDIR` and `COPY` work on that folder, bind mounts (`RUN --mount`)
point at the other stage's folder, and `RUN` commands run in a shell with one fresh virtual environment
first on PATH, standing for the image's Python, in the environment the caller gives (the tests give one
that points pip at a local wheelhouse, so a build never reaches a package index). Commands that change
the system (`useradd`) are listed as skipped, not run. Only the instructions this project's Dockerfile
uses are understood; any other one fails the reading, so a new instruction cannot slip by untested.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["Image", "Instruction", "Stage", "build", "read_dockerfile"]

_KNOWN = {"FROM", "WORKDIR", "COPY", "RUN", "ENV", "USER", "EXPOSE", "HEALTHCHECK", "STOPSIGNAL", "CMD"}
_SYSTEM_COMMANDS = ("useradd", "groupadd", "apt-get", "chown")


@dataclass(frozen=True)
class Instruction:
    keyword: str
    args: str

    def exec_form(self) -> list[str]:
        """The JSON-array form of CMD (or of HEALTHCHECK's CMD); fails on the shell form."""
        text = self.args.split(" CMD ", 1)[1] if self.keyword == "HEALTHCHECK" else self.args
        value = json.loads(text)
        assert isinstance(value, list), f"{self.keyword} must use the exec (JSON) form"
        return value


@dataclass
class Stage:
    base: str
    name: str
    instructions: list[Instruction] = field(default_factory=list)

    def all(self, keyword: str) -> list[Instruction]:
        return [i for i in self.instructions if i.keyword == keyword]


@dataclass
class Image:
    """What building the stages produced: each stage's root folder, the final ENV, what was skipped."""

    roots: dict[str, Path]
    env: dict[str, str]
    skipped: list[str]


def read_dockerfile(path: Path) -> list[Stage]:
    """The stages of a Dockerfile, each with its instructions (continuation lines joined)."""
    text = re.sub(r"\\\n", " ", path.read_text(encoding="utf-8"))
    stages: list[Stage] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        keyword, _, args = line.partition(" ")
        keyword, args = keyword.upper(), " ".join(args.split())
        assert keyword in _KNOWN, f"the Dockerfile reader does not know {keyword}"
        if keyword == "FROM":
            base, _, name = args.partition(" AS ")
            stages.append(Stage(base.strip(), name.strip() or str(len(stages))))
            continue
        stages[-1].instructions.append(Instruction(keyword, args))
    return stages


def build(
    stages: list[Stage], context: Path, workspace: Path, venv: Path, host_env: Mapping[str, str]
) -> Image:
    """Perform every stage's WORKDIR, COPY, ENV and RUN in folders under `workspace`.

    `RUN` commands see `host_env` plus the stage's ENV, with the virtual environment first on PATH.
    """
    roots: dict[str, Path] = {}
    env: dict[str, str] = {}
    skipped: list[str] = []
    for stage in stages:
        root = roots[stage.name] = workspace / f"stage-{stage.name}"
        root.mkdir(parents=True)
        cwd, env = root, {}
        for step in stage.instructions:
            if step.keyword == "WORKDIR":
                cwd = _inside(root, step.args, cwd)
                cwd.mkdir(parents=True, exist_ok=True)
            elif step.keyword == "COPY":
                _copy(step.args, context, root, cwd)
            elif step.keyword == "ENV":
                env.update(_env_pairs(step.args))
            elif step.keyword == "RUN":
                skipped += _run(step.args, roots, cwd, {**host_env, **env}, venv)
    return Image(roots, env, skipped)


def _inside(root: Path, container_path: str, cwd: Path) -> Path:
    return root / container_path.lstrip("/") if container_path.startswith("/") else cwd / container_path


def _copy(args: str, context: Path, root: Path, cwd: Path) -> None:
    words = shlex.split(args)
    assert not any(w.startswith("--") for w in words), "COPY options are not emulated"
    *sources, target = words
    destination = _inside(root, target, cwd)
    for source in sources:
        origin = context / source.rstrip("/")
        if origin.is_dir():
            # like Docker: a folder's contents go into the target; symlinks stay links
            shutil.copytree(origin, destination, symlinks=True, dirs_exist_ok=True)
        else:
            destination.mkdir(parents=True, exist_ok=True)
            shutil.copy2(origin, destination / origin.name)


def _env_pairs(args: str) -> dict[str, str]:
    return dict(word.split("=", 1) for word in shlex.split(args))


def _run(args: str, roots: dict[str, Path], cwd: Path, env: dict[str, str], venv: Path) -> list[str]:
    mounts: dict[str, Path] = {}
    words = args.split(" ")
    while words and words[0].startswith("--mount="):
        spec = dict(part.split("=", 1) for part in words.pop(0).removeprefix("--mount=").split(","))
        assert spec.get("type") == "bind", "only bind mounts are emulated"
        mounts[spec["target"]] = _inside(roots[spec["from"]], spec["source"], roots[spec["from"]])
    command = " ".join(words)
    if command.split(" ", 1)[0] in _SYSTEM_COMMANDS:
        return [command]
    for target, host in mounts.items():
        command = re.sub(rf"(?<![\w/]){re.escape(target)}(?=/|\s|$)", str(host), command)
    shell_env = {**env, "PATH": f"{venv / 'bin'}{os.pathsep}{env.get('PATH', '')}"}
    shell_env.pop("PYTHONPATH", None)  # the image has no checkout on its path
    done = subprocess.run(
        ["bash", "-c", command], cwd=cwd, env=shell_env, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, f"RUN {command} failed:\n{done.stdout}\n{done.stderr}"
    return []
