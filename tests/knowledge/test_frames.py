"""Round 15 of issue 11: quiz, citation and letter frames taken off before the question is read."""

from __future__ import annotations

import pytest

from knowledge import KnowledgeBase
from knowledge.frames import drop_label, unframe


def _texts(kb: KnowledgeBase, question: str) -> list[str]:
    return [m.passage.text for m in kb.answer(question).matches]


def test_lettered_choices_become_candidates_apart_from_the_stem() -> None:
    framed = unframe("who founded me too: a) milano b) burke c) ajayi")
    assert framed.text == "who founded me too"
    assert framed.choices == ("milano", "burke", "ajayi")


def test_a_single_letter_with_a_bracket_is_no_choice() -> None:
    assert unframe("what is plan a) in the article").choices == ()


def test_a_blank_keeps_the_words_either_side_of_it() -> None:
    framed = unframe("fill in the blank: our collective pain became our collective ____")
    assert framed.around == ("our collective pain became our collective", "")


@pytest.mark.parametrize(
    ("question", "text"),
    [
        ("I should be obliged if you would tell me whose needs Ms. Burke says we must respond to.",
         "whose needs Burke says we must respond to."),
        ("Good afternoon. I should like to know what Ms. Burke wrote about the backlash.",
         "what Burke wrote about the backlash."),
        ("please do the needful and share the helpline number", "the helpline number"),
        ("citation needed: milano's tweet was a call to action",
         "is it true that milano's tweet was a call to action"),
        ("i need a citation for burke saying it has been happening for decades",
         "is it true that burke saying it has been happening for decades"),
        ("quiz: what did milano do five years after her tweet",
         "what did milano do five years after her tweet"),
    ],
)
def test_a_frame_comes_off_and_leaves_what_is_asked(question: str, text: str) -> None:
    assert unframe(question).text == text


def test_a_question_without_a_frame_is_left_as_it_came() -> None:
    framed = unframe("who started metoo")
    assert (framed.text, framed.choices, framed.around) == ("who started metoo", (), None)


@pytest.mark.parametrize(
    ("question", "held"),
    [
        ("which organisation counted the daily tweets? a) gallup b) pew research center c) nielsen",
         "pew research center"),
        ("how many years earlier had burke started the movement? a) 5 b) 12 c) 20", "12 years"),
        ("fill in the blank: the #metoo movement is not a ______ sport", "spectator sport"),
        ("fill in the blank: the #metoo movement is what we ____ it", "what we make it"),
        ("I should be obliged if you would tell me whose needs Ms. Burke says we must respond to.", "needs"),
        ("please do the needful and share the helpline number", "1-800-656-hope"),
    ],
)
def test_a_framed_question_finds_the_passage_that_answers_it(
    knowledge_base: KnowledgeBase, question: str, held: str
) -> None:
    texts = _texts(knowledge_base, question)
    assert len(texts) == 1 and held in texts[0].lower()


def test_choices_none_of_which_the_articles_hold_are_declined(knowledge_base: KnowledgeBase) -> None:
    assert not _texts(knowledge_base, "which city did burke grow up in? a) paris b) tokyo c) lima")


# Round 19: a label saying who asks or what for comes off before anything reads the question.
_ARTICLE_WORDS = frozenset(
    {"metoo", "burke", "backlash", "tweet", "the", "essay", "survivor", "what", "happened"}
)


@pytest.mark.parametrize(
    ("question", "text"),
    [
        ("podcaster: what did milano add", "what did milano add"),
        ("quiz clue i'm writing: what does oct 15 mark", "what does oct 15 mark"),
        ("checking my source attribution - who interviewed burke", "who interviewed burke"),
        ("survivor wanting facts: does burke say she is a survivor", "does burke say she is a survivor"),
        ("fact check: did milano apologize right away", "did milano apologize right away"),
        ("fact check: milano apologized right away", "fact check: milano apologized right away"),  # a claim
        # Look-alikes: the lead is what is asked about (a name, a year, the articles' own words), a quote,
        # a request to do something with what follows, or no question follows.
        ("metoo: when did it start", "metoo: when did it start"),
        ("burke: what did she say", "burke: what did she say"),
        ("2017: what happened", "2017: what happened"),
        ("the backlash - what happened", "the backlash - what happened"),
        ("'the essay': whose words", "'the essay': whose words"),
        ("please correct my grammar: burke start metoo", "please correct my grammar: burke start metoo"),
        ("podcaster: hi", "podcaster: hi"),
        ("who started it - milano or burke", "who started it - milano or burke"),
    ],
)
def test_a_purpose_label_comes_off_and_a_subject_before_a_colon_stays(question: str, text: str) -> None:
    assert drop_label(question, _ARTICLE_WORDS.__contains__, frozenset({"burke", "milano"})) == text


@pytest.mark.parametrize(
    ("question", "held"),
    [
        ("radio host: what had the actress woken up to", "woken up to thousands"),
        ("homework helper - what did milano ask women to do in that first tweet", "stand in solidarity"),
    ],
)
def test_a_labelled_question_is_answered_as_the_bare_one(
    rules_only: KnowledgeBase, question: str, held: str
) -> None:
    texts = _texts(rules_only, question)
    assert len(texts) == 1 and held in texts[0].lower()
