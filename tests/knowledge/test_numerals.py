"""A year typed with two neighbouring digits swapped is the articles' year; "twenty four" is 24."""

from __future__ import annotations

import pytest

from knowledge.numerals import joined_tens, swapped_year

KNOWN = {"2014", "2017", "4673", "19"}


@pytest.mark.parametrize(("typed", "meant"), [("2104", "2014"), ("2071", "2017"), ("0217", "2017")])
def test_two_swapped_digits_of_a_known_year_are_that_year(typed: str, meant: str) -> None:
    assert swapped_year(typed, KNOWN) == meant


@pytest.mark.parametrize("typed", ["2015", "2014", "6473", "1", "20174", "twenty"])
def test_other_numbers_stay_as_typed(typed: str) -> None:
    assert swapped_year(typed, KNOWN) is None


def test_a_ten_and_a_unit_said_in_words_are_one_number() -> None:
    assert joined_tens(["in", "20", "4", "hours"]) == ["in", "24", "hours"]
    assert joined_tens(["20", "tweets", "4", "days"]) == ["20", "tweets", "4", "days"]
