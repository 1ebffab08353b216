"""Round 22: two passages a question's words do not tell apart are both quoted, and the memory keeps off a
best passage that stands clear of the rest."""

from __future__ import annotations

from knowledge import KnowledgeBase
from knowledge.memory import Entry, Memory, memory_text


def _pid(kb: KnowledgeBase, words: str) -> int:
    return next(p.id for p in kb.passages if words in p.text)


def test_a_question_two_passages_answer_alike_quotes_the_second_as_a_rival(rules_only: KnowledgeBase) -> None:
    # Milano's video and Burke's Time essay both mark an anniversary: which one is meant, the words do not say
    found = rules_only.answer("what happened on the anniversary")
    assert len(found.matches) == 1 and found.rival is not None
    quoted = {m.passage.id for m in found.quoted}
    assert quoted == {_pid(rules_only, "In a video the actress"), _pid(rules_only, "In an essay for Time")}


def test_a_best_passage_standing_clear_has_no_rival(rules_only: KnowledgeBase) -> None:
    found = rules_only.answer("what did burke say about silence")
    assert len(found.matches) == 1 and found.rival is None
    assert found.quoted == found.matches


def test_a_headline_restated_is_never_a_rival(rules_only: KnowledgeBase) -> None:
    # the lede ("Milano and 'Me Too' creator Tarana Burke marked ...") scores close to the founder's passage,
    # but only echoes the question: the bot's most common question keeps one passage
    found = rules_only.answer("who founded metoo")
    assert [m.passage.id for m in found.matches] == [_pid(rules_only, "founder of the original")]
    assert found.rival is None


def _remembering(kb: KnowledgeBase, question: str, pid: int) -> KnowledgeBase:
    """`kb` with a memory of three wordings of `question`, each answered by passage `pid`."""
    wordings = [question, f"so {question}", f"{question} please"]
    memory = Memory(Entry(memory_text(q), (pid,)) for q in wordings)
    return KnowledgeBase(kb.documents, kb.passages, memory=memory)


def test_the_memory_does_not_override_a_best_passage_that_stands_clear(rules_only: KnowledgeBase) -> None:
    question = "what did burke say about silence"
    (best,) = rules_only.answer(question).matches
    candidates = {m.passage.id for m in rules_only.answer(question).candidates}
    elsewhere = _pid(rules_only, "According to Pew Research Center")
    assert elsewhere not in candidates
    kb = _remembering(rules_only, question, elsewhere)
    assert [m.passage.id for m in kb.answer(question).matches] == [best.passage.id]


def test_the_memory_still_overrides_with_one_of_the_rules_own_candidates(rules_only: KnowledgeBase) -> None:
    question = "what did burke say about silence"
    (best,) = rules_only.answer(question).matches
    ranked = rules_only.answer(question).candidates
    other = next(m.passage.id for m in ranked if m.passage.id != best.passage.id)
    kb = _remembering(rules_only, question, other)
    assert [m.passage.id for m in kb.answer(question).matches] == [other]
