"""A question mostly in ordinary words the articles never use is about something else."""

from __future__ import annotations

import pytest

from knowledge import KnowledgeBase
from knowledge.strangers import Strangers


@pytest.fixture(scope="module")
def strangers(knowledge_base: KnowledgeBase) -> Strangers:
    parser = knowledge_base._searcher.parser
    return Strangers(parser.index.vocab, parser.paraphrase_stems, parser.generic_stems)


@pytest.mark.parametrize(
    "question",
    [
        "how long is a year on mars",
        "how do i bake bread with a lot of hope",
        "tips for a leaky faucet in the bathroom",
    ],
)
def test_foreign_words_outnumbering_the_one_shared_word_mark_another_subject(
    strangers: Strangers, question: str
) -> None:
    assert strangers.outnumber(question)


@pytest.mark.parametrize(
    "question",
    [
        "who got the ball rolling",  # a lexicon phrase: "started"
        "who startd metoo",  # a typo is no foreign word
        "sry typing fast whats the hotline # in the article",  # chat filler
        "how did burke handle being sidelined",
        "what is the power structure of the movement",
        "i'm a journalism student, elizabella",  # the opening is no part of the question
        "hi! doing some reading tonight and whos luvie",  # a misspelt name may be an article word
    ],
)
def test_questions_sharing_words_phrases_or_typos_with_the_articles_are_not_foreign(
    strangers: Strangers, question: str
) -> None:
    assert not strangers.outnumber(question)


def test_a_question_on_mars_is_declined_though_it_shares_year(knowledge_base: KnowledgeBase) -> None:
    assert not knowledge_base.answer("how long is a year on mars").matches


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("was bill cosby part of metoo", True),
        ("did matt lauer apologise", True),
        ("was alysa milano part of metoo", False),  # a misspelt name of the articles
        ("why couldnt people look away from the stories", False),  # a contraction without its apostrophe
        ("can one person do this work by themself", False),  # two words run together
        ("is it true there was a backlash afterwards", False),  # a form of an English word
    ],
)
def test_a_name_the_articles_never_use_is_told_from_typos_and_word_forms(
    strangers: Strangers, knowledge_base: KnowledgeBase, question: str, named: bool
) -> None:
    assert strangers.unknown_name(question, knowledge_base._searcher.parser.corrects) is named
