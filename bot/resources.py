"""Load the operator's optional resources file: more places to turn to, shown after the hotline.

The file is plain UTF-8 text, one resource a line, for example::

    # Resources shown under the National Sexual Assault Hotline (lines starting with # are notes).
    Springfield Rape Crisis Centre: 555-0100, open every day
    - Canada, Assaulted Women's Helpline: 1-866-863-0511

Blank lines and lines starting with ``#`` are skipped; a leading ``- `` or ``* `` is dropped, so a list
written as bullets (or as a simple YAML list) works too. Each line is shown as written, so write it the
way the bot speaks in serious moments: calm and plain, no exclamation marks and no emoji. The National
Sexual Assault Hotline is always shown whatever the file says: the file can only add.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

__all__ = ["MAX_LINE_CHARS", "MAX_RESOURCES", "load_resources"]

# Enough for a name, a number and opening hours; the replies stay short enough to read in a crisis.
MAX_LINE_CHARS = 200
MAX_RESOURCES = 10
_BULLET = re.compile(r"^[-*]\s+")
# Unicode categories of emoji and pictographs ("So") and of invisible control characters ("Cc", "Cf").
_REJECTED = {"So": "an emoji or symbol", "Cc": "a control character", "Cf": "an invisible format character"}


def load_resources(path: Path | None) -> tuple[str, ...]:
    """The resource lines in `path`, in order; () when there is no file setting.

    Args:
        path: the operator's resources file, or None when the operator set none.

    Returns:
        One string per resource, stripped, without comments or blank lines.

    Raises:
        ValueError: the file cannot be read, is not UTF-8 text, or a line breaks a rule above;
            the message names the file and the line number, never the line's text.
    """
    if path is None:
        return ()
    text = _read(Path(path))
    lines: list[str] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = _BULLET.sub("", raw.strip()).strip()
        if not line or line.startswith("#"):
            continue
        _check(line, path, number)
        lines.append(line)
    if len(lines) > MAX_RESOURCES:
        raise ValueError(f"resources file {path}: {len(lines)} resources; at most {MAX_RESOURCES} are shown")
    return tuple(lines)


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise ValueError(f"resources file {path} is not UTF-8 text") from error
    except OSError as error:
        raise ValueError(f"resources file {path} cannot be read: {error.strerror or error}") from error


def _check(line: str, path: Path, number: int) -> None:
    """Raise ValueError when one resource line breaks a rule."""
    where = f"resources file {path}, line {number}"
    if len(line) > MAX_LINE_CHARS:
        raise ValueError(f"{where}: longer than {MAX_LINE_CHARS} characters")
    if "!" in line:
        raise ValueError(f"{where}: exclamation marks are not used in support replies")
    for char in line:
        problem = _REJECTED.get(unicodedata.category(char))
        if problem:
            raise ValueError(f"{where}: contains {problem} (U+{ord(char):04X})")
