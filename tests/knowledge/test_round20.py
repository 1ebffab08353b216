"""Round 20 of issue 11: test formats read as one question (claims to check, options, matching, blanks) and
half-remembered quotes checked against the passage nearest their wording."""

from __future__ import annotations

import pytest

from knowledge import KnowledgeBase
from knowledge.asking import told_before
from knowledge.frames import unframe


def _texts(kb: KnowledgeBase, question: str) -> list[str]:
    return [m.passage.text for m in kb.answer(question).matches]


@pytest.mark.parametrize(
    ("question", "text"),
    [
        ("t/f the hashtag went viral in 2017", "is it true that the hashtag went viral in 2017"),
        ("t or f - burke apologized to milano", "is it true that burke apologized to milano"),
        ("true/false, pew counted tweets", "is it true that pew counted tweets"),
        ("true or false \u2014 milano has a son", "is it true that milano has a son"),
        ("match the person to the role: bevy smith", "bevy smith"),
        ("pair them up: who is the founder", "who is the founder"),
        ("fill in both: __ million tweets total, __ a day", "how many million tweets total, how many a day"),
        ("her tweet was 'a call to arms'? not sure that's the phrase", "her tweet was 'a call to arms'?"),
        ("was it 'hundreds of replies'? i think the number was bigger", "was it 'hundreds of replies'?"),
        ("true or false? milano has a daughter", "is it true that milano has a daughter"),
        ("correct me if i'm wrong, burke wrote for time", "is it true that burke wrote for time"),
        ("burke called it 'a crisis'? could be wrong", "burke called it 'a crisis'?"),
        ("the tweet went viral in ____ (year)", "the tweet went viral in what year"),
        # "right?" stays: the claim reader takes it for a claim to check
        ("her son inspired the tweet, right", "her son inspired the tweet, right"),
    ],
)
def test_a_test_format_comes_off_and_leaves_what_is_asked(question: str, text: str) -> None:
    assert unframe(question).text == text


def test_options_listed_with_slashes_are_choices_beside_the_question() -> None:
    framed = unframe("match each number: 12 million / 19 million \u2014 which came in 24 hours?")
    assert framed.choices == ("12 million", "19 million")
    assert framed.text == "which came in 24 hours?"


def test_numbered_choices_are_choices_too() -> None:
    framed = unframe("which group did pew study: 1) tweets 2) facebook posts")
    assert framed.choices == ("tweets", "facebook posts")
    assert framed.text == "which group did pew study"


def test_a_credit_with_a_slash_is_no_list_of_options() -> None:
    assert unframe("who is sylvain gaboury / patrick mcmullan").choices == ()


def test_two_blanks_are_not_read_as_one_copied_sentence() -> None:
    assert unframe("__ million tweets total, __ a day").around is None


def test_a_true_or_false_claim_is_answered_like_the_question_it_states(rules_only: KnowledgeBase) -> None:
    (found,) = _texts(rules_only, "true/false, pew counted more than 55,000 #metoo tweets per day")
    assert "Pew Research Center" in found


def test_a_choice_naming_two_people_is_held_when_the_passage_names_both(rules_only: KnowledgeBase) -> None:
    question = ("which women made sure that burke's work was not erased? a) gwyneth paltrow "
                "b) luvvie ajayi & bevy smith c) reese witherspoon")
    (found,) = _texts(rules_only, question)
    assert "Luvvie Ajayi" in found and "Bevy Smith" in found


def test_a_matching_exercise_is_answered_by_the_passage_holding_an_option(rules_only: KnowledgeBase) -> None:
    question = "match each number: 12 million / 19 million — which one came in the first 24 hours?"
    (found,) = _texts(rules_only, question)
    assert "12 million" in found


def test_a_header_question_asked_as_a_quiz_reads_the_header(knowledge_base: KnowledgeBase) -> None:
    about = knowledge_base.about_sources(
        "how many tweets are in the 2018 article's headline? a) 12 million b) 19 million")
    assert about is not None and about.field == "title"


def test_a_half_remembered_quote_gets_the_passage_with_the_real_wording(rules_only: KnowledgeBase) -> None:
    question = "milano said her tweet was 'a rallying call to action for women'? i might be wrong"
    (found,) = _texts(rules_only, question)
    assert "viral call to action for women" in found


@pytest.mark.parametrize(
    "question",
    [
        "who said 'to be or not to be'? not sure",
        # nothing of the real wording ("a shot in the arm") is left to find, and the nearest is no clear one
        "burke said the movement got 'a kick in the pants'? i think it was something else",
    ],
)
def test_a_quote_the_articles_hold_nothing_near_is_declined(rules_only: KnowledgeBase, question: str) -> None:
    assert not _texts(rules_only, question)


@pytest.mark.parametrize(
    ("question", "text"),
    [
        ("would you mind telling me who started it", "who started it"),
        ("do you mind telling me what pew found", "what pew found"),
        ("could you please let me know when the tweet went viral", "when the tweet went viral"),
        ("please share where i can find the hotline", "where can i find the hotline"),
    ],
)
def test_a_polite_request_comes_off_the_same_way_everywhere(question: str, text: str) -> None:
    assert unframe(question).text == text


def test_a_polite_request_for_a_link_reads_the_page(knowledge_base: KnowledgeBase) -> None:
    about = knowledge_base.about_sources("please share where i can read burke's whole essay")
    assert about is not None and about.field == "link"


def test_a_label_before_a_colon_is_no_part_of_the_sentence_a_pointing_question_reads() -> None:
    text = "i'm fact checking for a newsletter: the essay says the backlash grew. what exactly does it say?"
    assert told_before(text, "what exactly does it say?") == "the essay says the backlash grew."


def test_a_name_asked_with_a_clause_without_who_needs_a_passage_naming_it(rules_only: KnowledgeBase) -> None:
    assert not _texts(rules_only, "what was the name of the first girl burke mentored")
    assert _texts(rules_only, "what is the name of milano's daughter")
