"""A year typed with two neighbouring digits swapped is read as the articles' year; other numbers stay."""

from __future__ import annotations

import pytest

from knowledge.years import swapped_year

KNOWN = {"2014", "2017", "4673", "19"}


@pytest.mark.parametrize(("typed", "meant"), [("2104", "2014"), ("2071", "2017"), ("0217", "2017")])
def test_two_swapped_digits_of_a_known_year_are_that_year(typed: str, meant: str) -> None:
    assert swapped_year(typed, KNOWN) == meant


@pytest.mark.parametrize("typed", ["2015", "2014", "6473", "1", "20174", "twenty"])
def test_other_numbers_stay_as_typed(typed: str) -> None:
    assert swapped_year(typed, KNOWN) is None
