"""Reading a question's shape: what is counted, what is asked about, what kind of answer is wanted."""

from __future__ import annotations

import pytest

from knowledge.intents import (
    QUESTION_WORD_SLIPS,
    asks_rate,
    asks_who_did,
    counted_words,
    follow_up_subject,
    question_start,
    speaker,
    split_clauses,
    split_joined,
    wants_definition,
    wants_person,
    wants_reason,
)
from knowledge.kinds import asked_kinds, kind_frame_words


@pytest.mark.parametrize(
    ("question", "counted"),
    [
        ("how many tweets a day", ("tweets",)),
        ("how many metoo tweets were there", ("tweets",)),
        ("how many tweets since milanos tweet", ("tweets",)),
        ("how many years ago did burke start", ("years",)),
        ("number of responses in 24 hours", ("responses",)),
        ("how many women are assaulted", ("women",)),
    ],
)
def test_a_how_many_question_counts_the_head_of_its_noun_phrase(question: str, counted: tuple) -> None:
    assert counted_words(question) == counted


def test_counting_people_or_times_also_counts_what_they_did() -> None:
    assert counted_words("how many people tweeted metoo") == ("people", "tweeted", "metoo")
    assert counted_words("how many times has metoo been tweeted") == ("times", "metoo", "tweeted")


def test_how_much_followed_by_a_verb_counts_no_noun() -> None:
    assert counted_words("how much did milano earn") == ()
    assert counted_words("what did milano tweet") == ()


def test_a_follow_up_names_only_its_subject() -> None:
    assert follow_up_subject("and milano") == ["milano"]
    assert follow_up_subject("what about burke") == ["burke"]
    assert follow_up_subject("what did alyssa tell elizabella") == ["did", "alyssa", "elizabella"]


def test_what_is_asks_for_a_definition() -> None:
    assert wants_definition("what is metoo")
    assert wants_definition("whats rape culture")
    assert wants_definition("what does antidote mean")
    assert not wants_definition("when is the anniversary")


def test_who_asks_for_a_person_unless_the_who_is_an_object() -> None:
    assert wants_person("who started it")
    assert not wants_person("who was it for")


def test_why_and_what_made_ask_for_a_reason() -> None:
    assert wants_reason("why did milano tweet")
    assert wants_reason("what made milano tweet")
    assert not wants_reason("what did milano tweet")


def test_question_words_typed_with_a_slip_are_recognised() -> None:
    assert QUESTION_WORD_SLIPS["mny"] == "many"
    assert QUESTION_WORD_SLIPS["waht"] == "what"
    assert "many" not in QUESTION_WORD_SLIPS


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        ("what did burke tell makers and what did she write for time",
         ("what did burke tell makers", "what did she write for time")),
        ("who started metoo? when did it go viral", ("who started metoo", "when did it go viral")),
        ("milano and burke", ("milano and burke",)),
        ("patriarchy misogyny and sexism", ("patriarchy misogyny and sexism",)),
        ("what's the hotline, and can i search for a local center?",
         ("what's the hotline", "can i search for a local center?")),
        ("who can call the hotline", ("who can call the hotline",)),
    ],
)
def test_two_questions_in_one_message_are_split_and_one_is_left_whole(question: str, parts: tuple) -> None:
    assert split_clauses(question) == parts


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        ("the total tweet count and the daily average", ("the total tweet count", "the daily average")),
        ("how many responses in 24 hours vs the total tweets",
         ("how many responses in 24 hours", "how many the total tweets")),
        ("what anniversary did burke and milano mark", ("what anniversary did burke and milano mark",)),
        ("i was reading about metoo and i wanted to know who started it",
         ("i was reading about metoo and i wanted to know who started it",)),
    ],
)
def test_two_things_joined_without_a_second_question_word_are_split(question: str, parts: tuple) -> None:
    assert split_joined(question) == parts


@pytest.mark.parametrize(
    ("question", "kinds"),
    [
        ("which outlet broke the story", {"outlet"}),
        ("who reported the weinstein story", {"outlet"}),
        ("which laws were passed", {"law"}),
        ("has any law changed because of metoo", set()),  # yes or no, not "name the law"
        ("where did metoo spread", {"place"}),
        ("when did it go viral", {"time"}),
        ("what did she feel when it went viral", set()),  # "when" joins, it does not ask
        ("what year was the tweet", {"year"}),
        ("what day of the year is the anniversary", {"day"}),
        ("where does the 55k a day figure come from", set()),  # a source, not a place
        ("where did burke publish her essay", {"venue"}),  # an outlet or a place
        ("how many tweets", {"number"}),
    ],
)
def test_a_question_asking_for_a_kind_of_thing_names_that_kind(question: str, kinds: set) -> None:
    assert asked_kinds(question) == kinds


def test_a_chatty_preamble_ends_where_the_question_word_starts() -> None:
    words = ["hi", "quick", "question", "for", "a", "class", "project", "i", "was", "wondering", "who"]
    assert question_start(words) == words.index("who")
    assert question_start(["who", "started", "metoo"]) == 0
    assert question_start(["so", "who", "started", "it"]) == 0  # too short to be a preamble


def test_who_did_is_told_apart_from_who_is_and_from_a_relative_who() -> None:
    assert asks_who_did("who interviewed burke")
    assert not asks_who_did("who is burke")
    assert not asks_who_did("why do the people who responded exist")


def test_a_rate_is_asked_per_day_but_not_in_a_day() -> None:
    assert asks_rate("how many tweets a day")
    assert not asks_rate("how many replies in a day")
    assert not asks_rate("how many tweets after a year")
    assert not asks_rate("how many replies within a day")


def test_a_share_is_a_kind_of_thing_asked_for() -> None:
    assert "percent" in asked_kinds("what percentage of the replies came from men")
    assert "percent" in asked_kinds("what proportion of survivors spoke up")
    assert "percent" not in asked_kinds("how many replies came in a day")


def test_whose_words_are_asked_for() -> None:
    assert speaker("what did bevy smith say about burke") == ("bevy", "smith")
    assert speaker("what did milano tweet") == ("milano",)
    assert speaker("who started metoo") == ()


@pytest.mark.parametrize(
    ("question", "kinds"),
    [
        ("which organization counted the tweets", {"organisation"}),
        ("what city did she grow up in", {"city"}),
        ("which social networks got the responses", {"platform"}),
        ("how long is milanos video", {"length"}),
        ("who was the original movement for", {"group"}),
    ],
)
def test_more_kinds_of_thing_are_read(question: str, kinds: set[str]) -> None:
    assert kinds <= asked_kinds(question)


def test_the_words_that_ask_for_a_kind_frame_it() -> None:
    assert {"meant", "help"} <= kind_frame_words(asked_kinds("who was it meant to help"))
    assert kind_frame_words(frozenset()) == frozenset()


def test_a_span_alone_after_how_many_counts_the_same_thing() -> None:
    halves = ("how many tweets per day", "how many tweets total")
    assert split_joined("how many tweets per day vs total") == halves
