"""Ranking and the decision: a passage must cover the question, not just share a name with it."""

from __future__ import annotations

import pytest

from knowledge.index import Index
from knowledge.search import (
    MIN_COVERAGE,
    MIN_PARAPHRASE_COVERAGE,
    MIN_PREDICATE_COVERAGE,
    Scored,
    Searcher,
)

TEXTS = [
    "Tarana Burke founded the movement for young girls of color.",
    "Tarana Burke gave a speech, and the video of it went viral.",
    "The hashtag went viral on Oct. 15, 2017, with 12 million responses in 24 hours.",
    "Pew Research counted 55,000 tweets a day, and 19 million tweets in all.",
]


@pytest.fixture(scope="module")
def searcher() -> Searcher:
    return Searcher(Index(TEXTS))


def _top(searcher: Searcher, question: str) -> Scored:
    return searcher.rank(searcher.parse(question), 1)[0]


def test_results_are_ranked_best_first_and_limited(searcher: Searcher) -> None:
    ranked = searcher.rank(searcher.parse("tarana burke viral video"), 3)
    assert len(ranked) <= 3
    assert [s.raw for s in ranked] == sorted((s.raw for s in ranked), reverse=True)
    assert ranked[0].pid == 1


def test_a_when_question_prefers_the_passage_with_a_date(searcher: Searcher) -> None:
    assert _top(searcher, "when did it go viral").pid == 2


def test_a_how_many_question_prefers_the_number_next_to_the_thing_counted(searcher: Searcher) -> None:
    assert _top(searcher, "how many tweets a day").pid == 3
    assert _top(searcher, "how many responses").pid == 2


def test_words_side_by_side_beat_the_same_words_apart(searcher: Searcher) -> None:
    assert _top(searcher, "girls of color").pid == 0


def test_a_question_about_something_else_about_a_named_person_is_not_covered(searcher: Searcher) -> None:
    best = _top(searcher, "when was tarana burke born")
    assert best.predicate_coverage < MIN_PREDICATE_COVERAGE
    assert not searcher.covers(best)


def test_a_covered_question_passes_the_decision(searcher: Searcher) -> None:
    best = _top(searcher, "who founded the movement")
    assert best.coverage >= MIN_COVERAGE
    assert searcher.covers(best)


def test_a_question_with_no_content_ranks_nothing(searcher: Searcher) -> None:
    assert searcher.rank(searcher.parse("what is it"), 3) == []
    assert searcher.rank(searcher.parse(""), 3) == []


def test_scores_are_on_a_zero_to_hundred_scale(searcher: Searcher) -> None:
    for scored in searcher.rank(searcher.parse("tarana burke tweets viral"), 4):
        assert 0.0 <= scored.score <= 100.0


def test_a_how_many_question_is_not_answered_by_a_number_that_counts_something_else() -> None:
    searcher = Searcher(Index(["Women and men who were assaulted sent 19 million tweets."]))
    women = _top(searcher, "how many women were assaulted")
    assert not women.counts and not searcher.covers(women)
    tweets = _top(searcher, "how many tweets were sent")
    assert tweets.counts and searcher.covers(tweets)


def test_a_number_counts_a_noun_a_word_or_two_after_it() -> None:
    searcher = Searcher(Index(["Pew counted over 55,000 #MeToo tweets a day."]))
    assert _top(searcher, "how many tweets a day").counts


def test_a_passage_that_shares_only_paraphrases_must_cover_the_question_closely() -> None:
    searcher = Searcher(Index(["Five years later, Alyssa tweeted her original post again."]))
    best = _top(searcher, "when did twitter start")
    assert not best.literal and best.coverage < MIN_PARAPHRASE_COVERAGE
    assert not searcher.covers(best)


def test_a_why_question_prefers_the_passage_that_gives_a_reason() -> None:
    searcher = Searcher(
        Index(["Milano sent the tweet on Oct. 15.", "What spurred Milano to post it was her daughter."])
    )
    assert _top(searcher, "why did milano send the tweet").pid == 1


def test_a_what_is_question_prefers_the_passage_that_says_what_it_is() -> None:
    searcher = Searcher(
        Index(["Many people wrote MeToo on the first day.", "MeToo is a tiny part of a large movement."])
    )
    assert _top(searcher, "what is metoo").pid == 1
    assert _top(searcher, "who wrote metoo").pid == 0


def test_a_passage_covering_exactly_half_of_the_question_does_not_answer_it() -> None:
    searcher = Searcher(Index(["alpha beta gamma delta", "alpha beta epsilon zeta"]))
    best = _top(searcher, "gamma epsilon")
    assert best.coverage == pytest.approx(0.5)
    assert not searcher.covers(best)
