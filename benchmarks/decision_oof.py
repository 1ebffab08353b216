"""A learned answer-or-decline decision over the matcher's own signals, against the rules, out of fold.

Round 3 of issue 11 asked whether a model fitted on the tuning sets decides better than the hand rules on
wording it has not seen. For each question of each tuning set, the matcher's best few passages get one row
of numbers each (its scores, coverage, kind-of-thing gates, rank and gaps, the question's length, preamble
and unknown-word weight, and the cosine of all-MiniLM-L6-v2 embeddings of question and passage and of its
closest sentence, the model the safety layer already loads). Leaving one set out at a time, a logistic
regression ranks the passages (is this one right?), a second one decides answer or decline from the chosen
passage's row, with its threshold chosen by a nested leave-one-set-out on the other sets; then the set left
out is judged exactly as benchmarks/evalsets.py judges (header questions and the rules' two-passage answers
are kept as the rules give them). The rules' own figures are printed beside it.

Run from the repository root:  python benchmarks/decision_oof.py [--lexical] [--no-rule-gates] [--cost 2]
Needs the `train` extra (scikit-learn) and the embedding model package (a core dependency).
"""

from __future__ import annotations

import argparse
import math
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from evalsets import TUNED_FILES, Item, SetScore, is_right, load_eval  # noqa: E402
from retrieval import print_table, project_decide  # noqa: E402

from knowledge import KnowledgeBase, load_knowledge  # noqa: E402
from knowledge.cleaning import split_sentences  # noqa: E402
from knowledge.query import Query  # noqa: E402
from knowledge.search import Scored, Searcher  # noqa: E402
from knowledge.text import words  # noqa: E402

# The matcher's best passages per question that the learned ranker chooses among (the rules' pair pool).
DEPTH = 6
LEXICAL = (
    "raw", "share_of_top", "rank", "gap_next", "gap_top", "coverage", "predicate_coverage", "literal",
    "counts", "holds_kinds", "names_ok", "rule_gate", "rule_chosen", "lede", "log_words", "unknown_share",
    "preamble_share", "asks_kind", "joined", "candidates",
)
SEMANTIC = ("cosine", "sentence_cosine", "cosine_gap", "cosine_rank", "best_cosine")
# The rules' own verdicts: with them, the learned decision can only learn to follow the rules.
RULE_GATES = ("rule_gate", "rule_chosen")
THRESHOLDS = tuple(float(t) for t in np.linspace(0.05, 0.95, 37))

Embed = Callable[[str], np.ndarray]


@dataclass
class Record:
    """One question of one set: how the rules answered, and a row of signals per candidate passage."""

    file: str
    kind: str  # answer | off | hard
    item: Item | None
    rule: list[str]
    about: bool
    question: str = ""
    rows: list[list[float]] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    right: list[bool] = field(default_factory=list)

    @property
    def learnable(self) -> bool:
        """Header questions and the rules' two-passage answers stay the rules'; the rest is learned."""
        return bool(self.rows) and not self.about and len(self.rule) < 2


def lexical_row(searcher: Searcher, query: Query, ranked: Sequence[Scored], n: int, chosen: set[int],
                n_words: int) -> list[float]:
    """The LEXICAL columns of the `n`th ranked passage."""
    s, top = ranked[n], ranked[0].raw or 1e-9
    following = ranked[n + 1].raw if n + 1 < len(ranked) else 0.0
    counted = [t for t in query.terms if t.counted]
    total = sum(t.weight for t in counted) or 1.0
    unknown = sum(t.weight for t in counted if not t.candidates) / total
    preamble = sum(t.weight for t in counted if t.optional and not t.expansion) / total
    names_ok = not query.needs_other_name or searcher._names_another(query, s.pid)
    return [
        s.raw, s.raw / top, float(n), s.raw - following, ranked[0].raw - s.raw, s.coverage,
        s.predicate_coverage, float(s.literal), float(s.counts), float(searcher.holds_kinds(query, s.pid)),
        float(names_ok), float(searcher.covers(s, query)), float(s.pid in chosen),
        float(s.pid in searcher.ledes), math.log1p(n_words), unknown, preamble, float(bool(query.kinds)),
        float(query.joined), float(len(ranked)),
    ]


def semantic_rows(passage_cos: Sequence[float], sentence_cos: Sequence[float]) -> list[list[float]]:
    """The SEMANTIC columns of each candidate, from its cosines with the question."""
    best = max(passage_cos)
    order = sorted(range(len(passage_cos)), key=lambda i: -passage_cos[i])
    ranks = {i: float(r) for r, i in enumerate(order)}
    pairs = enumerate(zip(passage_cos, sentence_cos, strict=True))
    return [[c, s, best - c, ranks[i], best] for i, (c, s) in pairs]


class Signals:
    """Computes each question's rows against one knowledge base (and, optionally, one embedder)."""

    def __init__(self, kb: KnowledgeBase, embed: Embed | None) -> None:
        self.kb, self.embed = kb, embed
        self.searcher: Searcher = kb._answerer.searcher
        if embed is not None:
            self.passages = np.stack([embed(p.text) for p in kb.passages])
            self.sentences = [np.stack([embed(s) for s in split_sentences(p.text)]) for p in kb.passages]

    def rows(self, question: str) -> tuple[list[list[float]], list[str]]:
        """One row per candidate passage (best-ranked first), and the candidates' texts."""
        chosen, ranked = self.kb._answerer.answer(question, DEPTH)
        if not ranked:
            return [], []
        query = self.searcher.parse(question)
        picked, n_words = {s.pid for s in chosen}, len(words(question))
        rows = [lexical_row(self.searcher, query, ranked, n, picked, n_words) for n in range(len(ranked))]
        if self.embed is not None:
            vector = self.embed(question)
            cos = [float(self.passages[s.pid] @ vector) for s in ranked]
            near = [float((self.sentences[s.pid] @ vector).max()) for s in ranked]
            rows = [a + b for a, b in zip(rows, semantic_rows(cos, near), strict=True)]
        return rows, [self.kb.passages[s.pid].text for s in ranked]


def collect(signals: Signals, files: Sequence[Path]) -> list[Record]:
    """Every question of every file, with the rules' answer and the candidates' rows and labels."""
    rules = project_decide(signals.kb)
    records = []
    for path in files:
        ev = load_eval(path)
        asked = [(i.q, "answer", i) for i in ev.answer]
        asked += [(q, "off", None) for q in ev.no_match] + [(q, "hard", None) for q in ev.hard]
        for question, kind, item in asked:
            record = Record(path.name, kind, item, list(rules(question)),
                            signals.kb.about_sources(question) is not None, question)
            record.rows, record.texts = signals.rows(question)
            record.right = [item is not None and (is_right(t, item.any) or is_right(t, item.any2))
                            for t in record.texts]
            records.append(record)
    return records


@dataclass
class Learned:
    """A fitted ranker and answer-or-decline gate, with the gate's threshold."""

    rank: Callable[[np.ndarray], np.ndarray]
    gate: Callable[[np.ndarray], float]
    threshold: float = 0.5
    mode: str = "replace"

    def texts(self, record: Record, columns: list[int]) -> list[str]:
        """What the learned decision answers with: the rules' where it does not decide, else one or none."""
        if not record.learnable:
            return record.rule
        pick = self.choose(np.asarray(record.rows, dtype=float)[:, columns])
        return combine(record, pick, self.threshold, self.mode)

    def choose(self, rows: np.ndarray) -> tuple[int, float]:
        """The candidate the ranker likes best, and the gate's probability that it answers."""
        probs = self.rank(rows)
        best = int(np.argmax(probs))
        return best, self.gate(_gate_row(rows, probs, best))


# How the learned decision meets the rules: it decides alone (replace), only answers what the rules
# decline (rescue), or only declines what the rules answer (veto).
MODES = ("replace", "rescue", "veto")


def combine(record: Record, pick: tuple[int, float] | None, threshold: float, mode: str) -> list[str]:
    """The answer's texts, given the learned pick (None: not learnable) and the rules' answer."""
    if pick is None or (mode == "rescue" and record.rule):
        return record.rule
    if mode == "veto":
        return record.rule if pick[1] >= threshold else []
    return [record.texts[pick[0]]] if pick[1] >= threshold else []


def _gate_row(rows: np.ndarray, probs: np.ndarray, best: int) -> np.ndarray:
    """The chosen passage's row, its probability and its lead over the runner-up."""
    runner_up = float(np.sort(probs)[-2]) if len(probs) > 1 else 0.0
    return np.concatenate([rows[best], [probs[best], probs[best] - runner_up]])


def _logistic(x: list[np.ndarray], y: list[bool], c: float) -> Callable[[np.ndarray], np.ndarray]:
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    scaler = StandardScaler().fit(x)
    model = LogisticRegression(C=c, max_iter=5000).fit(scaler.transform(x), y)
    return lambda rows: model.predict_proba(scaler.transform(np.atleast_2d(rows)))[:, 1]


def fit(records: Sequence[Record], columns: list[int], c: float) -> Learned:
    """Fit the ranker on the answerable questions' candidates, then the gate on every question's choice."""
    learnable = [r for r in records if r.learnable]
    x, y = [], []
    for r in learnable:
        if r.kind == "answer" and any(r.right):
            x.extend(np.asarray(r.rows, dtype=float)[:, columns])
            y.extend(r.right)
    rank = _logistic(x, y, c)
    gate_x, gate_y = [], []
    for r in learnable:
        rows = np.asarray(r.rows, dtype=float)[:, columns]
        probs = rank(rows)
        best = int(np.argmax(probs))
        gate_x.append(_gate_row(rows, probs, best))
        gate_y.append(r.right[best])
    gate = _logistic(gate_x, gate_y, c)
    return Learned(rank, lambda row: float(gate(row)[0]))


def tally(records: Sequence[Record], answers: Sequence[Sequence[str]]) -> SetScore:
    """The records' answers judged as evalsets.py judges them."""
    total = SetScore()
    for record, texts in zip(records, answers, strict=True):
        if record.item is not None:
            total.judge_answer(record.item, texts)
        else:
            total.judge_unanswerable(record.question, texts, hard=record.kind == "hard")
    return total


def utility(score: SetScore, cost: float) -> float:
    """Right answers, less `cost` for each wrong passage and each off-topic or hard question answered."""
    mistakes = (score.wrong + score.off_total - score.off_declined + score.hard_total
                - score.hard_declined)
    return score.right - cost * mistakes


def choose_threshold(records: Sequence[Record], columns: list[int], c: float, cost: float,
                     mode: str = "replace") -> float:
    """The gate threshold with the best utility on `records`, each file scored by a model fitted on the
    others (nested leave-one-file-out: the threshold never sees the probabilities of its own fit)."""
    scored: list[tuple[Record, Learned]] = []
    for name in dict.fromkeys(r.file for r in records):
        model = fit([r for r in records if r.file != name], columns, c)
        scored += [(r, model) for r in records if r.file == name]
    choices = [(r, m.choose(np.asarray(r.rows, dtype=float)[:, columns]) if r.learnable else None)
               for r, m in scored]
    best = (-math.inf, 0.5)
    for threshold in THRESHOLDS:
        answers = [combine(r, pick, threshold, mode) for r, pick in choices]
        gain = utility(tally([r for r, _ in choices], answers), cost)
        best = max(best, (gain, threshold))
    return best[1]


def out_of_fold(records: Sequence[Record], columns: list[int], c: float, cost: float,
                mode: str = "replace") -> list[list[str]]:
    """Per file left out: the rules' figures and the learned decision's, fitted on the other files."""
    table = []
    for name in dict.fromkeys(r.file for r in records):
        held = [r for r in records if r.file == name]
        rest = [r for r in records if r.file != name]
        model = fit(rest, columns, c)
        model.threshold = choose_threshold(rest, columns, c, cost, mode)
        model.mode = mode
        table.append([name, "rules", *tally(held, [r.rule for r in held]).cells(), ""])
        learned = tally(held, [model.texts(r, columns) for r in held])
        table.append(["", "learned", *learned.cells(), f"{model.threshold:.2f}"])
    return table


def main(argv: Sequence[str] | None = None) -> None:
    """Collect the signals, run the out-of-fold comparison, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lexical", action="store_true", help="no embedding columns")
    parser.add_argument("--no-rule-gates", action="store_true", help="leave out the rules' own verdicts")
    parser.add_argument("--cost", type=float, default=2.0, help="a mistake costs this many right answers")
    parser.add_argument("--c", type=float, default=1.0, help="inverse regularisation of both fits")
    parser.add_argument("--mode", choices=MODES, default="replace",
                        help="decide alone, answer only what the rules decline, or only veto their answers")
    args = parser.parse_args(argv)

    embed = None
    if not args.lexical:
        from bot.safety_model.embedder import Embedder

        embed = Embedder().embed
    names = [*LEXICAL, *([] if args.lexical else SEMANTIC)]
    columns = [i for i, n in enumerate(names) if not (args.no_rule_gates and n in RULE_GATES)]
    records = collect(Signals(load_knowledge(), embed), [p for p in TUNED_FILES if p.exists()])
    print(f"{len(records)} questions; columns: {', '.join(names[i] for i in columns)}; "
          f"a mistake costs {args.cost:g} right answers; mode {args.mode}.\n")
    print_table(["left out", "decision", "right", "wrong passage", "declined", "two-part",
                 "off-topic declined", "hard declined", "threshold"],
                out_of_fold(records, columns, args.c, args.cost, args.mode))


if __name__ == "__main__":
    main()
