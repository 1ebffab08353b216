"""Recognising disclosures, distress, thoughts of suicide and danger, and leaving history questions alone."""

from __future__ import annotations

import importlib.util
import time
from pathlib import Path
from types import ModuleType

import pytest

from bot import safety
from bot.safety import Concern, assess, explain, normalise

ROOT = Path(__file__).resolve().parents[1]
WORD_LIST = Path("/usr/share/dict/words")


def _benchmark() -> ModuleType:
    spec = importlib.util.spec_from_file_location("safety_benchmark", ROOT / "benchmarks" / "safety.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("something happened to me at work and I don't know who to tell", Concern.DISCLOSURE),
        ("he wouldn't stop", Concern.DISCLOSURE),
        ("someone touched me", Concern.DISCLOSURE),
        ("he forced me", Concern.DISCLOSURE),
        ("i was raped", Concern.DISCLOSURE),
        ("it happened to me too", Concern.DISCLOSURE),
        ("me too. when I was 15", Concern.DISCLOSURE),
        ("i want to die", Concern.SELF_HARM),
        ("i dont feel safe at home", Concern.DANGER),
        ("im not safe", Concern.DANGER),
        ("he's here", Concern.DANGER),
        ("i dont know who to tell", Concern.DISTRESS),
    ],
)
def test_the_examples_in_the_specification_are_recognised(text: str, expected: Concern) -> None:
    assert assess(text) is expected


@pytest.mark.parametrize(
    "text",
    ["i was rapd", "i was raepd", "I WAS RAPED", "i was harrased at work", "he asaulted me",
     "i was sexualy assualted", "my teacher tuched me", "i was SA'd", "i was r*ped", "i was molessted"],
)
def test_disclosures_with_typos_and_capitals_are_recognised(text: str) -> None:
    assert assess(text) is Concern.DISCLOSURE


@pytest.mark.parametrize(
    "text",
    ["thinking about sucide", "suicde", "sucidal thoughts", "i wnat to die", "i wanna kil myself", "kms"],
)
def test_thoughts_of_suicide_with_typos_and_shorthand_are_recognised(text: str) -> None:
    assert assess(text) is Concern.SELF_HARM


@pytest.mark.parametrize(
    "text",
    [
        "what is MeToo",
        "who said me too first",
        "what happened to Harvey Weinstein's accusers",
        "how many people said me too",
        "what did milano say about her daughter",
        "was alyssa milano assaulted",
        "what did alyssa milano tweet about being assaulted",
        "what happened to me too",
        "#MeToo",
        "me too movement",
        "did any of the accusers talk about suicide",
        "her story really touched me",
        "i'm afraid i don't understand",
        "help me understand the backlash",
    ],
)
def test_questions_about_the_movement_are_not_flagged(text: str) -> None:
    assert assess(text) is Concern.NONE, explain(text)


@pytest.mark.parametrize(
    ("first_person", "about_someone_else"),
    [
        ("i was assaulted", "was alyssa milano assaulted"),
        ("me too", "who said me too first"),
        ("it happened to me too", "what happened to me too"),
        ("i feel suicidal", "did any of the accusers talk about suicide"),
    ],
)
def test_the_same_words_count_only_when_the_person_speaks_about_themselves(
    first_person: str, about_someone_else: str
) -> None:
    assert assess(first_person) is not Concern.NONE
    assert assess(about_someone_else) is Concern.NONE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("he raped me and now he's here", Concern.DANGER),
        ("i was raped and i want to die", Concern.SELF_HARM),
        ("i want to die, he's outside my door", Concern.DANGER),
        ("i was raped and i feel so alone", Concern.DISCLOSURE),
    ],
)
def test_the_most_urgent_concern_wins(text: str, expected: Concern) -> None:
    assert assess(text) is expected


def test_punctuation_apostrophes_and_contractions_do_not_change_the_reading() -> None:
    assert normalise("I'm NOT safe!!") == normalise("im not safe") == " i am not safe "
    assert normalise("He’s here…") == normalise("hes here") == " he is here "


def test_real_words_near_a_key_word_keep_their_meaning() -> None:
    for text in ("i am content with the answer", "i was amused by the tweet", "he is a stranger to me"):
        assert assess(text) is Concern.NONE, explain(text)
    assert normalise("content") == " content "


@pytest.mark.skipif(not WORD_LIST.exists(), reason="no system word list installed")
def test_no_word_in_the_system_word_list_is_corrected_into_a_key_word() -> None:
    words = {w.strip().lower() for w in WORD_LIST.read_text(encoding="utf-8", errors="ignore").split()}
    corrected = sorted(
        w for w in words
        if w.isalpha() and w.isascii() and w not in safety._TYPOS and w not in safety._SHORTHAND
        and safety._canonical(w) != w
    )
    assert corrected == []


def test_explain_names_the_patterns_that_matched() -> None:
    assert explain("i was raped and he's here") == (
        (Concern.DANGER, "abuser_is_here"),
        (Concern.DISCLOSURE, "i_was_harmed"),
    )
    assert explain("who started the movement") == ()


def test_assess_is_fast_enough_to_run_before_every_question() -> None:
    texts = [text for text, _ in _benchmark().load_safety_set()]
    start = time.perf_counter()
    for text in texts:
        assess(text)
    mean = (time.perf_counter() - start) / len(texts)
    assert mean < 0.001


def test_long_messages_are_read_in_linear_time() -> None:
    start = time.perf_counter()
    assess("me too " + "and then " * 200 + "so")
    assess("i " + "am also " * 200)
    assert time.perf_counter() - start < 0.05


def test_the_evaluation_set_meets_every_target() -> None:
    bench = _benchmark()
    pairs = bench.load_safety_set()
    assert len(pairs) >= 60
    scores = bench.score(pairs, bench.load_questions())
    assert bench._failures(scores) == [], scores


def test_the_evaluation_set_covers_every_concern_and_the_history_questions() -> None:
    pairs = _benchmark().load_safety_set()
    kinds = {concern for _, concern in pairs}
    assert kinds == set(Concern)
    texts = {text for text, _ in pairs}
    assert {"who said me too first", "what happened to Harvey Weinstein's accusers",
            "how many people said me too"} <= texts
