"""Round 16 of issue 11: words run together are split before the question is read."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from knowledge import KnowledgeBase
from knowledge.segment import split_run_together


@pytest.mark.parametrize(
    ("typed", "spaced"),
    [
        ("whofoundedmetoo", "who founded metoo"),
        ("milanodaughtername", "milano daughter name"),
        ("whatdidmilanotweet2017", "what did milano tweet 2017"),
        ("hotlinenumber", "hotline number"),
        ("#Whofoundedmetoo?", "#who founded metoo?"),
    ],
)
def test_a_long_token_that_is_no_word_is_split_into_its_words(typed: str, spaced: str) -> None:
    assert split_run_together(typed) == spaced


@pytest.mark.parametrize(
    "typed",
    [
        "Who founded MeToo, Tarana Burke?",  # no long token: returned as it came, case and all
        "what did elizabellas dad say",  # an article word with an "s"
        "the anniversery of the movement",  # a slip for the spelling reader, not words run together
        "was she realising it",  # a British spelling, not "real i sing"
        "a podium photo by filmmagic",  # a credit line's word
        "the afternoon of october 15",  # a word the list counts rarely is still a word
        "what has the movemint created",  # an article word misspelt: not "move mint"
    ],
)
def test_words_slips_and_names_are_left_as_they_came(typed: str) -> None:
    assert split_run_together(typed) == typed


def test_the_knowledge_base_answers_words_run_together(knowledge_base: KnowledgeBase) -> None:
    found = knowledge_base.answer("whofoundedmetoo").matches
    assert found and "Burke" in found[0].passage.text


def test_a_run_is_split_the_same_way_whatever_the_process_hash_seed() -> None:
    # Under Python's per-process string hash, seeds 76 and 145 left this run unsplit (the word filter
    # answered wrongly for another word in 300 under each seed); the filter now hashes the same everywhere.
    run = "iamgoingtotakeallmypillstonight"
    code = f"from knowledge.segment import split_run_together; print(split_run_together({run!r}))"
    splits = {
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                       env={**os.environ, "PYTHONHASHSEED": seed}).stdout.strip()
        for seed in ("76", "145")
    }
    assert splits == {"i am going to take all my pills tonight"}
