"""Round 16 of issue 11: the question inside a long message is found and answered."""

from __future__ import annotations

from knowledge import KnowledgeBase
from knowledge.asking import asked_parts

_STORY = (
    "I was 15 when the hashtag happened and didn't really understand it, I just remember my older sister "
    "posting it and my mom crying in the kitchen. now I'm older and trying to understand what happened that "
    "week. what was the news story that came out right before everyone started posting?"
)


def test_the_parts_that_ask_are_found_inside_a_story() -> None:
    text = "my roommate says it's made up, who even counted that? anyway I'm just curious, it's late"
    assert asked_parts(text) == ["who even counted that?"]


def test_what_follows_a_request_to_be_told_is_the_question() -> None:
    assert asked_parts("hi there, i'm a student. can you tell me who founded it") == ["who founded it"]


def test_a_story_that_asks_nothing_has_no_asking_part() -> None:
    assert asked_parts("my sister posted it and my mom cried in the kitchen. it was a long week.") == []


def test_a_long_message_gets_the_answer_to_the_question_inside_it(knowledge_base: KnowledgeBase) -> None:
    found = knowledge_base.answer(_STORY).matches
    assert found and "Weinstein" in found[0].passage.text


def test_a_long_story_asking_nothing_the_articles_hold_is_declined(knowledge_base: KnowledgeBase) -> None:
    story = ("so my landlord hasn't fixed the heating in three weeks and it's getting really cold at night, "
             "I've emailed him twice and nothing. what are my options for getting him to actually fix it")
    assert not knowledge_base.answer(story).matches
