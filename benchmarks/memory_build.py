"""Build knowledge/memory.tsv: every tuned question with the passages that answer it, or "declined".

An answerable question's label is the passages holding one of its `any` phrases (and, for a question
joining two facts, those holding `any2`); off-topic and hard questions are labelled declined; a question
answered from the articles' headers, whose phrase no passage holds, votes for nothing. The first line is a
fingerprint of the passages, so a memory made for other articles is never used.

    python benchmarks/memory_build.py            # write the file
    python benchmarks/memory_build.py --check    # exit 1 when the file is out of step with the eval files
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.evalsets import TUNED_FILES, is_right, load_eval  # noqa: E402
from knowledge import load_knowledge  # noqa: E402
from knowledge.memory import DECLINED, MEMORY_FILE, NOTHING, Entry, fingerprint, memory_text  # noqa: E402

__all__ = ["entries_of", "main", "memory_lines"]


def entries_of(path: Path, texts: Sequence[str]) -> list[Entry]:
    """One eval file's questions as memory entries, in file order (answerable, off-topic, hard)."""
    ev, out = load_eval(path), []
    for item in ev.answer:
        first = tuple(i for i, t in enumerate(texts) if is_right(t, item.any)) or (NOTHING,)
        second = tuple(i for i, t in enumerate(texts) if item.any2 and is_right(t, item.any2))
        out.append(Entry(memory_text(item.q), first, second))
    out += [Entry(memory_text(q), (DECLINED,)) for q in [*ev.no_match, *ev.hard]]
    return out


def memory_lines(texts: Sequence[str], files: Sequence[Path] = TUNED_FILES) -> str:
    """The memory file's text for passages `texts` and eval `files`."""
    lines = [f"# passages {fingerprint(texts)}"]
    lines += [e.line() for path in files for e in entries_of(path, texts)]
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--check", action="store_true", help="compare with the committed file, write nothing")
    args = parser.parse_args(argv)
    text = memory_lines([p.text for p in load_knowledge().passages])
    if args.check:
        same = MEMORY_FILE.exists() and MEMORY_FILE.read_text(encoding="utf-8") == text
        print("memory.tsv is in step" if same else "memory.tsv is out of step: run memory_build.py")
        return 0 if same else 1
    MEMORY_FILE.write_text(text, encoding="utf-8")
    print(f"wrote {MEMORY_FILE.name}: {text.count(chr(10)) - 1} questions")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
