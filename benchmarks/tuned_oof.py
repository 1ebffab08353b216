"""Every tuned file asked end to end of a memory built from the other files only (the shipped memory rules).

This is round 22's measure of the rules' decisions out of fold: the rules themselves were tuned on every
file, but the memory that fills, overrides and declines for them never holds the file asked. Each question's
answer is kept (`--dump FILE`, JSON) with whether a rival passage was quoted and whether the answer would be
right without it, so two commits can be compared question by question (`--compare OLD NEW`).

    python benchmarks/tuned_oof.py [--dump oof.json]
    python benchmarks/tuned_oof.py --compare before.json after.json
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from evalsets import TUNED_FILES, load_eval  # noqa: E402
from memory_build import entries_of  # noqa: E402
from retrieval import decide_with_rival  # noqa: E402

from knowledge import KnowledgeBase, load_knowledge  # noqa: E402
from knowledge.memory import Memory  # noqa: E402

__all__ = ["main", "run"]


def _verdict(kind: str, item, texts: Sequence[str]) -> str:
    if kind != "answer":
        return "answered" if texts else "declined"
    if item.answered_by(texts):
        return "right"
    return "wrong" if texts else "declined"


def run(files: Sequence[Path] = TUNED_FILES) -> list[dict]:
    """One row per question of `files`: file, kind, question, texts, rival, verdict, verdict without the
    rival."""
    kb = load_knowledge()
    texts = [p.text for p in kb.passages]
    entries = {path: entries_of(path, texts) for path in files}
    rows = []
    for path in files:
        memory = Memory(e for other in files if other != path for e in entries[other])
        held_out = KnowledgeBase(kb.documents, kb.passages, memory=memory)
        ev = load_eval(path)
        asked = [("answer", i.q, i) for i in ev.answer]
        asked += [("off", q, None) for q in ev.no_match] + [("hard", q, None) for q in ev.hard]
        for kind, q, item in asked:
            found, rival = decide_with_rival(held_out, q)
            alone = [t for t in found if t != rival] if rival else found
            rows.append({
                "file": path.stem, "kind": kind, "q": q, "texts": found, "rival": rival,
                "verdict": _verdict(kind, item, found), "alone": _verdict(kind, item, alone),
            })
    return rows


def summary(rows: Sequence[dict]) -> str:
    ans = [r for r in rows if r["kind"] == "answer"]
    c = Counter(r["verdict"] for r in ans)
    off = sum(r["verdict"] == "answered" for r in rows if r["kind"] == "off")
    hard = sum(r["verdict"] == "answered" for r in rows if r["kind"] == "hard")
    n_off = sum(r["kind"] == "off" for r in rows)
    n_hard = sum(r["kind"] == "hard" for r in rows)
    rivals = sum(bool(r["rival"]) for r in ans)
    through = sum(r["verdict"] == "right" and r["alone"] != "right" for r in ans)
    return (f"{len(ans)} answerable: right {c['right']} ({c['right'] / len(ans):.1%}), wrong {c['wrong']} "
            f"({c['wrong'] / len(ans):.1%}), declined {c['declined']} ({c['declined'] / len(ans):.1%}); "
            f"off-topic answered {off}/{n_off}, hard answered {hard}/{n_hard}; rivals quoted {rivals} "
            f"(of answerable), right only through the rival {through}")


def compare(old: Sequence[dict], new: Sequence[dict]) -> None:
    moves = Counter()
    for a, b in zip(old, new, strict=True):
        assert a["q"] == b["q"]
        if a["verdict"] != b["verdict"] or bool(a["rival"]) != bool(b["rival"]):
            key = f"{a['kind']}: {a['verdict']}{'+rival' if a['rival'] else ''} -> " \
                  f"{b['verdict']}{'+rival' if b['rival'] else ''}"
            moves[key] += 1
            if a["verdict"] != b["verdict"]:
                print(f"  [{a['file']}] {key}: {a['q']!r}")
    for key, n in sorted(moves.items()):
        print(f"{n:5d}  {key}")
    changed = sum(a["texts"] != b["texts"] for a, b in zip(old, new, strict=True))
    print(f"answers whose texts changed: {changed}")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--dump", type=Path, help="write every question's row as JSON")
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("OLD", "NEW"))
    args = parser.parse_args(argv)
    if args.compare:
        old, new = (json.loads(p.read_text(encoding="utf-8")) for p in args.compare)
        print("old:", summary(old))
        print("new:", summary(new))
        compare(old, new)
        return
    rows = run()
    if args.dump:
        args.dump.write_text(json.dumps(rows, ensure_ascii=False, indent=0), encoding="utf-8")
    print(summary(rows))


if __name__ == "__main__":
    main(sys.argv[1:])
