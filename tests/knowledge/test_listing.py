"""A request for a list is read as the question it stands for (round 21 of issue 11), so the kind of thing
asked for decides: "list the laws" needs a passage naming a law, as "which laws" does."""

from __future__ import annotations

import pytest

from knowledge import KnowledgeBase
from knowledge.listing import as_asked


@pytest.mark.parametrize(
    ("message", "asked"),
    [
        ("list the awards the essay won", "which awards the essay won"),
        ("could you enumerate the 3 dates", "which dates"),
        ("give me all the cities named", "which cities named"),
        ("name everybody in the photos", "who in the photos"),
    ],
)
def test_a_request_for_a_list_reads_as_which(message: str, asked: str) -> None:
    assert as_asked(message) == asked


@pytest.mark.parametrize("message", ["name of the hotline", "who is named", "the list of laws", "listen"])
def test_other_messages_are_left_as_they_are(message: str) -> None:
    assert as_asked(message) == message


def test_a_list_of_a_kind_the_articles_never_name_is_declined(rules_only: KnowledgeBase) -> None:
    assert not rules_only.answer("list the states that changed their laws after metoo").matches


def test_a_list_the_articles_hold_is_answered(rules_only: KnowledgeBase) -> None:
    found = rules_only.answer("name the 3 things that had a huge head start").matches
    assert found and "Patriarchy, misogyny, and sexism" in found[0].passage.text
