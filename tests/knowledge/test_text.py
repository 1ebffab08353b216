"""The normaliser shared by the index and the questions."""

from __future__ import annotations

import pytest

from knowledge.text import fold, stem, terms, words


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
