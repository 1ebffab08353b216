"""The memory of written questions: its file, its vote, and when the knowledge base acts on it."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.memory_build import memory_lines
from knowledge import KnowledgeBase
from knowledge.memory import (
    DECLINED,
    FILL,
    MEMORY_FILE,
    OVERRIDE,
    Entry,
    Memory,
    MemoryRule,
    fingerprint,
    memory_text,
    read_entries,
    vote,
)


def test_the_shipped_memory_is_in_step_with_the_eval_files(knowledge_base: KnowledgeBase) -> None:
    # Rebuild with `python benchmarks/memory_build.py` after changing an eval file or the passages.
    expected = memory_lines([p.text for p in knowledge_base.passages])
    assert MEMORY_FILE.read_text(encoding="utf-8") == expected


def test_the_knowledge_base_loads_the_shipped_memory(knowledge_base: KnowledgeBase) -> None:
    assert len(knowledge_base.memory) > 5000
    assert knowledge_base.memory.entry(0) == read_entries(MEMORY_FILE)[0]


def test_a_memory_made_for_other_passages_is_not_used(tmp_path: Path) -> None:
    path = tmp_path / "memory.tsv"
    path.write_text(f"# passages {fingerprint(['one passage'])}\n3\t\twho founded metoo\n", encoding="utf-8")
    assert read_entries(path, ["one passage"]) == [Entry("who founded metoo", (3,))]
    assert not len(Memory.load(["another passage"], path))


def test_memory_text_sorts_the_folded_words() -> None:
    assert memory_text("Who STARTED Me Too?") == memory_text("metoo started who") == "metoo started who"


def test_the_vote_goes_to_the_passage_most_neighbours_name() -> None:
    near = [(Entry("a", (4,)), 90.0), (Entry("b", (4, 5)), 80.0), (Entry("c", (DECLINED,)), 70.0)]
    v = vote(near, 3)
    assert v is not None and v.winner == 4 and v.passages == (4,) and v.best == 90.0
    assert v.share == pytest.approx(1.5 / 3)


def test_a_vote_of_two_part_questions_brings_their_second_passage() -> None:
    near = [(Entry("a", (1,), (9,)), 90.0), (Entry("b", (1,), (9,)), 85.0), (Entry("c", (1,)), 80.0)]
    assert vote(near, 3).passages == (1, 9)


def test_each_rule_acts_only_on_its_own_kind_of_question() -> None:
    to_passage = vote([(Entry("a", (4,)), 90.0)], 1)
    declined = vote([(Entry("a", (DECLINED,)), 90.0)], 1)
    assert MemoryRule(FILL, 1, 80, 0.5).fires(to_passage, frozenset())
    assert not MemoryRule(FILL, 1, 95, 0.5).fires(to_passage, frozenset())
    assert not MemoryRule(FILL, 1, 80, 0.5).fires(to_passage, frozenset({2}))
    assert MemoryRule(OVERRIDE, 1, 80, 0.5).fires(to_passage, frozenset({2}))
    assert not MemoryRule(OVERRIDE, 1, 80, 0.5).fires(to_passage, frozenset({4}))
    assert MemoryRule("decline", 1, 80, 0.5).fires(declined, frozenset({2}))
    assert not MemoryRule("decline", 1, 80, 0.5).fires(declined, frozenset())


def _with_memory(kb: KnowledgeBase, questions: list[str], label: tuple[int, ...]) -> KnowledgeBase:
    memory = Memory(Entry(memory_text(q), label) for q in questions)
    return KnowledgeBase(kb.documents, kb.passages, memory=memory)


def test_written_questions_answer_a_wording_the_rules_decline(knowledge_base: KnowledgeBase) -> None:
    alone = KnowledgeBase(knowledge_base.documents, knowledge_base.passages, memory=Memory(()))
    assert not alone.answer("which survey counted the tweets").matches
    found = knowledge_base.answer("which survey counted the tweets").matches
    assert found and "Pew Research Center" in found[0].passage.text


def test_written_questions_saying_declined_decline_what_the_rules_answer(
    knowledge_base: KnowledgeBase,
) -> None:
    question = "who started the me too movement"
    assert knowledge_base.answer(question).matches
    kb = _with_memory(knowledge_base, [question, "who started the metoo movement", question], (DECLINED,))
    assert not kb.answer(question).matches


def test_a_remembered_passage_must_hold_what_is_asked(knowledge_base: KnowledgeBase) -> None:
    # its neighbours ("how many tweets used the hashtag") name the passage of 19 million tweets, which
    # counts tweets, not men
    assert not knowledge_base.answer("how many men used the hashtag").matches


def test_a_stranger_s_name_keeps_the_rules_decline(knowledge_base: KnowledgeBase) -> None:
    # the remembered questions ask whether Milano was part of it; the founder's passage answers them, but
    # not a question about someone the articles never name
    founder = next(p.id for p in knowledge_base.passages if "founder of the original" in p.text)
    written = [
        "was alyssa milano part of metoo", "was milano part of metoo", "was milano part of the movement"
    ]
    kb = _with_memory(knowledge_base, written, (founder,))
    assert [m.passage.id for m in kb.answer("was alysa milano part of metoo").matches] == [founder]
    assert not kb.answer("was bill cosby part of metoo").matches


def test_each_part_of_a_joined_question_asks_the_memory(knowledge_base: KnowledgeBase) -> None:
    def passage(words: str) -> int:
        return next(p.id for p in knowledge_base.passages if words in p.text)

    woke, asked = passage("woken up to thousands"), passage("how she could amplify my work")
    memory = Memory([
        *(Entry(memory_text(q), (woke,)) for q in (
            "what did milano wake up to", "what did milano wake up to the next day",
            "what did milano see when she woke up")),
        *(Entry(memory_text(q), (asked,)) for q in (
            "what did milano ask burke", "what did milano ask burke later", "what did she ask burke")),
    ])
    question = "what did milano wake up to and what did she ask burke later"
    documents, passages = knowledge_base.documents, knowledge_base.passages
    whole_only = KnowledgeBase(documents, passages, memory=memory, part_rule=None)
    assert not whole_only.answer(question).matches
    kb = KnowledgeBase(documents, passages, memory=memory)
    assert [m.passage.id for m in kb.answer(question).matches] == [woke, asked]
