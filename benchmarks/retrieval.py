"""Retrieval benchmark: this project against BM25 and plain rapidfuzz on the same passages, then at scale.

Prints the main evaluation set's table, one line per system and set, this project's misses (with
--misses), and the scale table. The blind set is scored only with --blind, once per frozen method.

Run from the repository root:  python benchmarks/retrieval.py [--scale 10000 100000] [--rounds 5] [--misses]
Needs the `bench` extra (bm25s, PyStemmer) for the baselines.
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from evalsets import (  # noqa: E402
    BLIND_FILE,
    TUNED_FILES,
    Decide,
    EvalSet,
    SetScore,
    is_right,
    load_eval,
    score_set,
)

from bot.responder import source_text as source_answer  # noqa: E402
from knowledge import (  # noqa: E402
    DEFAULT_SEEDS_DIR,
    Answer,
    Document,
    KnowledgeBase,
    Passage,
    SourceQuestion,
    load_knowledge,
)
from knowledge.cleaning import split_sentences  # noqa: E402

EVAL_FILE = ROOT / "benchmarks" / "eval" / "questions.yaml"
_DEPTH = 10  # ranked passages per question, for MRR
_LEGEND = """
top-1: the best-ranked passage answers the question (ranking alone). answered: the system answers, and
with a right passage (ranking and decision). no-match: off-topic and unanswerable questions get no answer.
Baselines get the score cutoff that maximises (answered + no-match) / 2 on this very set, an advantage
this project does not get. Latency: one decision per question (answer(), extractOne, BM25 retrieve), warm,
one core."""

# A system's answer to one question: ranked passage ids (best first) and the top score (None: no score).
Ranker = Callable[[str], tuple[list[int], float | None]]


@dataclass
class Row:
    """One system's figures on the evaluation set."""

    name: str
    top1: float
    answered: float
    mrr: float
    no_match: float
    p50_ms: float
    p99_ms: float
    note: str
    decide: Decide

    def cells(self) -> list[str]:
        return [self.name, f"{self.top1:.1%}", f"{self.answered:.1%}", f"{self.mrr:.3f}",
                f"{self.no_match:.1%}", f"{self.p50_ms:.3f}", f"{self.p99_ms:.3f}", self.note]


def percentile(values: Sequence[float], share: float) -> float:
    """The `share` percentile (0-1) of `values`, nearest rank."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def timed(ask: Callable[[str], object], questions: Sequence[str], rounds: int) -> tuple[float, float]:
    """Per-query latency p50 and p99 in milliseconds over `rounds` passes of `questions`, caches warm."""
    for q in questions:
        ask(q)
    times = []
    for _ in range(rounds):
        for q in questions:
            start = time.perf_counter()
            ask(q)
            times.append(time.perf_counter() - start)
    return percentile(times, 0.5) * 1e3, percentile(times, 0.99) * 1e3


def decide_with_rival(kb: KnowledgeBase, question: str) -> tuple[list[str], str | None]:
    """This project's decision: for a question about the articles themselves, the sentence the bot sends
    (none when no header gives the field: the bot then says so, which declines); else the texts of
    `answer()`'s passages (one or two, and a rival quoted beside the best); none when not covered. With it,
    the rival's text when one is quoted (it is then the last text)."""
    overview = kb.overview(question)
    if overview is not None:
        # a summary: the headlines of the articles summed up (if any), then the passages standing for them
        head = [source_answer(SourceQuestion("title", overview.documents))] if overview.documents else []
        return [*head, *(m.passage.text for m in overview.answer.matches)], None
    # A header question joined to a passage question gets both, even when the whole reads as a header
    # question ("where did she publish her essay and where can i read all of it").
    mixed = kb.split_sources(question)
    if mixed is not None and (answer := kb.answer(mixed[1])).quoted:
        return [source_answer(mixed[0]), *(m.passage.text for m in answer.quoted)], _rival_text(answer)
    about = kb.about_sources(question)
    if about is not None:
        facts = [(doc.title, doc.date, about.value(doc)) for doc in about.documents]
        if all(value is None for _, _, value in facts) and about.field != "title":
            return [], None
        return [source_answer(about)], None
    answer = kb.answer(question)
    return [m.passage.text for m in answer.quoted], _rival_text(answer)


def _rival_text(answer: Answer) -> str | None:
    return answer.rival.passage.text if answer.rival is not None else None


def project_decide(kb: KnowledgeBase) -> Decide:
    """`decide_with_rival`'s texts, as every benchmark asks them."""

    def decide(question: str) -> list[str]:
        return decide_with_rival(kb, question)[0]

    return decide


def decision_rates(kb: KnowledgeBase, ev: EvalSet) -> tuple[float, float]:
    """Share of questions answered with a right passage, and share of no-match questions declined."""
    score = score_set(project_decide(kb), ev)
    return score.right / len(ev.answer), score.off_declined / len(ev.no_match)


def project_row(kb: KnowledgeBase, ev: EvalSet, rounds: int) -> Row:
    """This project: `search()` ranks, `answer()` decides."""

    def rank(question: str) -> tuple[list[int], float | None]:
        return [m.passage.id for m in kb.search(question, limit=_DEPTH)], None

    answered, declined = decision_rates(kb, ev)
    p50, p99 = timed(kb.answer, ev.questions, rounds)
    return Row("this project", _top1(rank, kb.passages, ev), answered, _mrr(rank, kb.passages, ev),
               declined, p50, p99, "its own decision (no passages)", project_decide(kb))


def baseline_row(name: str, rank: Ranker, decide: Callable[[str], object], passages: Sequence[Passage],
                 ev: EvalSet, rounds: int) -> Row:
    """A baseline with the score cutoff that suits it best on this set; `decide` is the timed call."""
    cut, answered, declined = _best_cutoff(rank, passages, ev)
    p50, p99 = timed(decide, ev.questions, rounds)

    def decision(question: str) -> list[str]:
        ids, score = rank(question)
        return [passages[ids[0]].text] if ids and score is not None and score >= cut else []

    return Row(name, _top1(rank, passages, ev), answered, _mrr(rank, passages, ev), declined, p50, p99,
               f"top score below {cut:.2f}", decision)


def set_rows(rows: Sequence[Row], sets: Sequence[EvalSet]) -> tuple[list[list[str]], dict[str, SetScore]]:
    """Each system's decisions on each set (baselines keep the cutoff tuned on the main set), and this
    project's scores by set name, for its misses."""
    table, own = [], {}
    for ev in sets:
        for row in rows:
            score = score_set(row.decide, ev)
            if row.name == "this project":
                own[ev.name] = score
            table.append(_set_cells(ev, row.name, score))
    return table, own


def _set_cells(ev: EvalSet, name: str, s: SetScore) -> list[str]:
    n, off, hard = len(ev.answer), len(ev.no_match), len(ev.hard)
    size = f"{n}+{off}" + (f"+{hard}" if hard else "")
    return [ev.name, size, name, *s.cells()]


def _best_cutoff(rank: Ranker, passages: Sequence[Passage], ev: EvalSet) -> tuple[float, float, float]:
    """The cutoff that maximises (answered + declined) / 2, with both rates at that cutoff."""
    answers = [(rank(i.q), i) for i in ev.answer]
    refusals = [rank(q)[1] for q in ev.no_match]
    best = (0.0, 0.0, 0.0)
    for cut in sorted({s for (_, s), _ in answers if s is not None} | {0.0}):
        right = sum(1 for (ids, s), item in answers
                    if ids and s is not None and s >= cut and item.answered_by([passages[ids[0]].text]))
        declined = sum(1 for s in refusals if s is None or s < cut) / len(refusals)
        if right / len(answers) + declined > best[1] + best[2]:
            best = (cut, right / len(answers), declined)
    return best


def _top1(rank: Ranker, passages: Sequence[Passage], ev: EvalSet) -> float:
    hits = sum(1 for i in ev.answer if (ids := rank(i.q)[0]) and i.answered_by([passages[ids[0]].text]))
    return hits / len(ev.answer)


def _mrr(rank: Ranker, passages: Sequence[Passage], ev: EvalSet) -> float:
    total = 0.0
    for item in ev.answer:
        ids = rank(item.q)[0][:_DEPTH]
        ranks = [n for n, pid in enumerate(ids, start=1) if is_right(passages[pid].text, item.any)]
        total += 1.0 / ranks[0] if ranks else 0.0
    return total / len(ev.answer)


def bm25_ranker(passages: Sequence[Passage]) -> Ranker:
    """BM25 (bm25s) with PyStemmer's English stemmer and English stopwords."""
    import bm25s
    import Stemmer

    stemmer = Stemmer.Stemmer("english")
    retriever = bm25s.BM25()
    corpus = bm25s.tokenize([p.text for p in passages], stopwords="en", stemmer=stemmer, show_progress=False)
    retriever.index(corpus, show_progress=False)
    depth = min(_DEPTH, len(passages))

    def rank(question: str) -> tuple[list[int], float | None]:
        tokens = bm25s.tokenize([question], stopwords="en", stemmer=stemmer, show_progress=False,
                                return_ids=False)
        if not tokens[0]:
            return [], None
        docs, scores = retriever.retrieve(tokens, k=depth, show_progress=False)
        return [int(d) for d in docs[0]], float(scores[0][0])

    return rank


def rapidfuzz_rankers(passages: Sequence[Passage], scorer: str) -> tuple[Ranker, Callable[[str], object]]:
    """Plain rapidfuzz over whole passages: `extract` ranks (for MRR), `extractOne` decides (timed)."""
    from rapidfuzz import fuzz, process, utils

    score, texts, clean = getattr(fuzz, scorer), [p.text for p in passages], utils.default_process

    def rank(question: str) -> tuple[list[int], float | None]:
        ranked = process.extract(question, texts, scorer=score, processor=clean, limit=_DEPTH)
        return [i for _, _, i in ranked], (float(ranked[0][1]) if ranked else None)

    def decide(question: str) -> object:
        return process.extractOne(question, texts, scorer=score, processor=clean)

    return rank, decide


def synthetic_passages(base: Sequence[Passage], size: int, seed: int = 2018) -> list[Passage]:
    """`size` passages of two to five sentences drawn at random from the articles (seeded)."""
    rng = random.Random(seed)
    sentences = [s for p in base for s in split_sentences(p.text)]
    doc = Document("synthetic", "2024", None, None, "synthetic", ())
    return [Passage(i, " ".join(rng.sample(sentences, rng.randint(2, 5))), doc) for i in range(size)]


def _rss_mb() -> float | None:
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return None
    return pages * os.sysconf("SC_PAGE_SIZE") / 1e6


def measure_build(build: Callable[[], object]) -> tuple[object, float, str]:
    """What `build` returns, its wall time in seconds, and the resident memory it added (MB, as text)."""
    gc.collect()
    before = _rss_mb()
    start = time.perf_counter()
    built = build()
    seconds = time.perf_counter() - start
    gc.collect()
    after = _rss_mb()
    return built, seconds, "n/a" if before is None or after is None else f"{after - before:.0f}"


def scale_rows(base: Sequence[Passage], sizes: Sequence[int], ev: EvalSet, bm25: bool) -> list[list[str]]:
    """Build time, memory, latency (and this project's decisions) at each synthetic corpus size."""
    rows = []
    for size in sizes:
        passages = synthetic_passages(base, size)
        kb, seconds, mb = measure_build(lambda p=passages: KnowledgeBase([p[0].document], p))
        p50, p99 = timed(kb.best, ev.questions, 1)
        answered, declined = decision_rates(kb, ev)
        rows.append(["this project", f"{size:,}", f"{seconds:.1f}", mb, f"{p50:.2f}", f"{p99:.2f}",
                     f"{answered:.0%}", f"{declined:.0%}"])
        del kb
        if bm25:
            rank, seconds, mb = measure_build(lambda p=passages: bm25_ranker(p))
            p50, p99 = timed(rank, ev.questions, 1)
            timing = [f"{seconds:.1f}", mb, f"{p50:.2f}", f"{p99:.2f}"]
            rows.append(["BM25 (bm25s)", f"{size:,}", *timing, "", ""])
            del rank
    return rows


def print_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    """A plain text table with aligned columns."""
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, ["-" * w for w in widths], *rows]:
        print("  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())


def main(argv: Sequence[str] | None = None) -> None:
    """Run the benchmark and print its tables."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, nargs="*", default=[10_000, 100_000], help="synthetic sizes")
    parser.add_argument("--rounds", type=int, default=5, help="timed passes over the questions")
    parser.add_argument("--no-bm25-scale", action="store_true", help="skip BM25 in the scale part")
    parser.add_argument("--misses", action="store_true", help="list this project's misses on every set")
    parser.add_argument("--blind", action="store_true",
                        help=f"also score {BLIND_FILE.name}: once per frozen method, never to tune on")
    args = parser.parse_args(argv)

    ev = load_eval(EVAL_FILE)
    kb, build_s, _ = measure_build(lambda: load_knowledge(DEFAULT_SEEDS_DIR))
    passages = kb.passages
    print(f"Eval set: {len(ev.answer)} questions with an answer, {len(ev.no_match)} without; "
          f"{len(passages)} passages from {len(kb.documents)} articles; "
          f"index built in {build_s * 1e3:.1f} ms.\n")
    bm25 = bm25_ranker(passages)
    rows = [project_row(kb, ev, args.rounds),
            baseline_row("BM25 (bm25s, stemmed, stopwords)", bm25, bm25, passages, ev, args.rounds)]
    for scorer in ("WRatio", "token_set_ratio"):
        rank, decide = rapidfuzz_rankers(passages, scorer)
        rows.append(baseline_row(f"rapidfuzz extractOne {scorer}", rank, decide, passages, ev, args.rounds))
    print_table(["system", "top-1", "answered", "MRR", "no-match", "p50 ms", "p99 ms", "no answer when"],
                [r.cells() for r in rows])
    print(_LEGEND)
    print_sets(rows, args.misses, args.blind)
    if args.scale:
        print("\nScale: synthetic passages recombined from the articles' sentences (seeded).")
        header = ["system", "passages", "build s", "memory MB", "p50 ms", "p99 ms", "answered", "no-match"]
        print_table(header, scale_rows(passages, args.scale, ev, not args.no_bm25_scale))


def print_sets(rows: Sequence[Row], misses: bool, blind: bool) -> None:
    """Every set, each system; then this project's misses (always for the blind set)."""
    files = [p for p in [*TUNED_FILES, *([BLIND_FILE] if blind else [])] if p.exists()]
    sets = [load_eval(p) for p in files]
    table, own = set_rows(rows, sets)
    print("\nEvery set (baselines keep the cutoff chosen above). Tuned on: "
          f"{', '.join(p.name for p in TUNED_FILES)} (questions.yaml and tuning.yaml written for tuning; "
          "heldout.yaml and heldout2.yaml each scored once, then looked at; heldout_round1-24.yaml were "
          "issue 11's blind sets of rounds 1-21, each scored once, then tuned on); "
          f"{BLIND_FILE.name} only with --blind, once per frozen method.")
    print_table(["set", "questions", "system", "right", "wrong passage", "declined", "two-part",
                 "off-topic declined", "hard declined"], table)
    print("\nquestions: answerable + off-topic (+ hard). declined: an answerable question got no answer. "
          "two-part: both facts in the answer.")
    for name, score in own.items():
        if score.misses and (misses or name == BLIND_FILE.name):
            print(f"\nMisses of this project on {name} ({len(score.misses)}):")
            for question, what in score.misses:
                print(f"  - {question!r}: {what}")


if __name__ == "__main__":
    main()
