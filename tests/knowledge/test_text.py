"""The normaliser shared by the index and the questions."""

from __future__ import annotations

import pytest

from knowledge.text import fold, marked_terms, stem, terms, words


@pytest.mark.parametrize("spelling", ["me too", "Me Too", "metoo", "MeToo", "me-too", "ME TOO"])
def test_every_spelling_of_me_too_is_one_term(spelling: str) -> None:
    assert terms(spelling) == ["metoo"]


def test_a_hashtag_is_also_indexed_as_a_hashtag() -> None:
    assert terms("#MeToo") == ["hashtag", "metoo"]


def test_question_frames_and_function_words_are_dropped() -> None:
    assert terms("What is it that you do?") == []


def test_plurals_and_tenses_meet_at_one_stem() -> None:
    assert stem("tweeted") == stem("tweets") == stem("tweeting") == stem("tweet")
    assert stem("erased") == stem("erase") == stem("erasing")
    assert stem("stories") == stem("story")


def test_irregular_past_forms_meet_their_verb() -> None:
    assert stem("wrote") == stem("writes")
    assert stem("went") == stem("go")
    assert stem("sent") == stem("send")


def test_numbers_lose_their_commas_and_number_words_become_digits() -> None:
    assert terms("55,000 tweets") == ["55000", "tweet"]
    assert terms("five-year anniversary") == terms("5 year anniversary")
    assert terms("the 5th anniversary") == terms("the fifth anniversary")


def test_month_names_match_the_articles_abbreviations() -> None:
    assert terms("October 15") == terms("Oct. 15")


def test_typographic_quotes_accents_and_possessives_are_folded() -> None:
    assert fold("Burke\u2019s caf\u00e9") == "burke cafe"
    assert terms("Milano\u2019s daughter") == terms("milanos daughter")


def test_chat_shorthand_is_spelled_out() -> None:
    assert words("how many ppl") == ["how", "many", "people"]


def test_text_without_letters_has_no_terms() -> None:
    assert terms("?!  \U0001f622 ...") == []


@pytest.mark.parametrize("written", ["55,000", "55k", "55K", "55 thousand"])
def test_a_number_written_with_its_unit_stuck_on_is_the_articles_number(written: str) -> None:
    assert terms(f"{written} tweets") == ["55000", "tweet"]


def test_units_stuck_to_a_number_are_split_off() -> None:
    assert terms("in 24hrs") == terms("in 24 hours")
    assert terms("19m tweets") == terms("19 million tweets")


def test_a_head_start_is_not_a_start() -> None:
    assert "start" not in terms("Patriarchy had a huge head start")
    assert terms("head start") == terms("Head  Start") != terms("start")


def test_starting_to_do_something_is_not_starting_a_movement() -> None:
    assert "start" not in terms("the outcomes started to revert")
    assert "start" in terms("Burke started the movement")


def test_news_is_not_the_plural_of_new() -> None:
    assert stem("news") != stem("new")


def test_copulas_are_marked_where_they_stood() -> None:
    assert marked_terms("MeToo is a tiny part") == ["metoo", None, "tiny", "part"]
    assert marked_terms("me too has become a battle cry")[:3] == ["metoo", None, "becom"]


def test_chat_fillers_and_contracted_question_words_are_not_content() -> None:
    assert terms("whos luvvie tho") == terms("luvvie")
    assert words("y did she tweet") == ["why", "did", "she", "tweet"]


@pytest.mark.parametrize(("irregular", "plain"), [("broke", "break"), ("broken", "break"), ("saw", "see")])
def test_irregular_forms_meet_their_plain_verb(irregular: str, plain: str) -> None:
    assert stem(irregular) == stem(plain)


def test_a_contracted_question_word_is_the_question_word() -> None:
    assert words("why'd she do it, how'd it go") == ["why", "she", "do", "it", "how", "it", "go"]
