"""The knowledge base as the bot uses it: load once, then `search` and `best` on what people type."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from knowledge import DEFAULT_SEEDS_DIR, KnowledgeBase, Match, load_knowledge
from knowledge.text import _STEMS

EVAL_DIR = Path(__file__).resolve().parents[2] / "benchmarks" / "eval"
EVAL_FILE = EVAL_DIR / "questions.yaml"
# Written after the matcher was built: heldout.yaml was scored before one round of general changes and
# guided them, heldout2.yaml was written after them and scored once. The floors sit a few points under
# what was measured, so a change that makes unseen questions worse fails here.
HELD_OUT_FLOORS = {"heldout.yaml": 0.88, "heldout2.yaml": 0.72}
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_knowledge(DEFAULT_SEEDS_DIR)


def _says(match: Match | None, *accepted: str) -> bool:
    """Whether the answer's passage contains one of `accepted` (case and typographic quotes aside)."""
    if match is None:
        return False
    text = match.passage.text.translate(_QUOTES).lower()
    return any(a.translate(_QUOTES).lower() in text for a in accepted)


def test_the_default_seeds_folder_is_the_repositorys_seeds() -> None:
    # in a checkout, knowledge/seeds links to seeds/ (an installed wheel holds copies instead)
    assert (Path(__file__).resolve().parents[2] / "seeds").resolve() == DEFAULT_SEEDS_DIR.resolve()
    assert DEFAULT_SEEDS_DIR.is_dir()


def test_the_knowledge_base_holds_both_articles_and_their_passages(kb: KnowledgeBase) -> None:
    assert len(kb.documents) == 2
    assert {p.document for p in kb.passages} == set(kb.documents)
    assert [p.id for p in kb.passages] == list(range(len(kb.passages)))


def test_search_ranks_best_first_within_the_limit(kb: KnowledgeBase) -> None:
    matches = kb.search("tarana burke alyssa milano", limit=5)
    assert 1 < len(matches) <= 5
    assert [m.score for m in matches] == sorted((m.score for m in matches), reverse=True)
    assert len({m.passage.id for m in matches}) == len(matches)


@pytest.mark.parametrize(
    ("question", "accepted"),
    [
        ("who is tarana burke", ("founder of the original", "creator tarana burke", "started the movement")),
        ("how many ppl tweeted metoo", ("19 million",)),
        ("what did alyssa milano tweet in 2017", ("if you've been sexually harassed or assaulted",)),
        ("milano daughter", ("elizabella",)),
        ("what did burke write in time", ("essay for time",)),
        ("which author helped keep burkes work from being erased", ("luvvie ajayi",)),
        ("how many tweets a day", ("55,000",)),
        ("anniversary", ("anniversary",)),
    ],
)
def test_the_shared_sample_questions_find_their_passage(
    kb: KnowledgeBase, question: str, accepted: tuple
) -> None:
    assert _says(kb.best(question), *accepted)


@pytest.mark.parametrize(
    ("question", "accepted"),
    [
        ("tarana burk", ("tarana burke",)),
        ("who is alysa milano", ("actress alyssa milano",)),
        ("weinstien", ("harvey weinstein",)),
        ("alyssa milano daugther", ("elizabella",)),
        ("who foundd the metoo movment", ("founder of the original", "creator tarana burke")),
        ("how mny tweets had #metoo", ("19 million",)),
    ],
)
def test_typos_still_find_the_passage(kb: KnowledgeBase, question: str, accepted: tuple) -> None:
    assert _says(kb.best(question), *accepted)


def test_paraphrases_find_the_passage(kb: KnowledgeBase) -> None:
    assert _says(kb.best("who came up with me too"), "founder of the original", "creator tarana burke")
    assert _says(kb.best("whats the name of milanos kid"), "elizabella")
    assert _says(kb.best("did alyssa say sorry to tarana"), "tweeted an apology")


def test_one_word_questions_are_answered(kb: KnowledgeBase) -> None:
    assert _says(kb.best("Elizabella"), "elizabella")
    assert _says(kb.best("MeToo"), "me too", "#metoo")


def test_every_spelling_of_me_too_finds_the_same_passage(kb: KnowledgeBase) -> None:
    answers = {
        kb.best(f"who started {spelling}").passage.id for spelling in ("me too", "#MeToo", "metoo", "Me-Too")
    }
    assert len(answers) == 1


def test_how_did_it_start_finds_the_founding_not_the_head_start(kb: KnowledgeBase) -> None:
    best = kb.best("how did metoo start")
    assert best is not None and "head start" not in best.passage.text
    assert _says(best, "started the movement", "founder of the original", "creator tarana burke")


def test_a_count_asked_with_another_verb_still_finds_the_count(kb: KnowledgeBase) -> None:
    assert _says(kb.best("how many tweets were sent"), "19 million", "55,000")


def test_why_finds_the_reason_not_the_when(kb: KnowledgeBase) -> None:
    assert _says(kb.best("why did alyssa milano send the tweet"), "elizabella", "scared for you")


def test_number_and_date_questions_find_the_number_and_the_date(kb: KnowledgeBase) -> None:
    assert _says(kb.best("how many responses in 24 hours"), "12 million")
    assert _says(kb.best("when did it go viral"), "oct. 15")
    assert _says(kb.best("how long ago did tarana start metoo"), "12 years ago")


@pytest.mark.parametrize(
    "question",
    [
        "what time is it",
        "how do I reset my password",
        "who is the president of brazil",
        "hi",
        "",
        "?!",
        "asdfgh",
    ],
)
def test_off_topic_messages_get_no_answer(kb: KnowledgeBase, question: str) -> None:
    assert kb.best(question) is None


@pytest.mark.parametrize(
    "question",
    [
        "when was Tarana Burke born?",
        "how old is alyssa milano",
        "where does tarana burke live",
        "did harvey weinstein go to prison",
        "what is tarana burke's phone number",
        "how many women are sexually assaulted every year",
        "when did twitter start",
        "how many people use twitter",
        "is the hotline open 24 hours",
    ],
)
def test_questions_about_people_that_the_articles_leave_open_get_no_answer(
    kb: KnowledgeBase, question: str
) -> None:
    assert kb.best(question) is None


def test_the_words_people_type_are_not_kept_in_memory(kb: KnowledgeBase) -> None:
    kb.search("who is zorblatt quenderfield")
    assert not {"zorblatt", "quenderfield"} & set(_STEMS)


def test_a_very_long_message_is_searched_without_error(kb: KnowledgeBase) -> None:
    question = "who started the me too movement " + "and what happened next " * 50
    assert kb.search(question) is not None


def test_a_document_dropped_into_the_folder_is_searchable(tmp_path: Path) -> None:
    for seed in DEFAULT_SEEDS_DIR.iterdir():
        shutil.copy(seed, tmp_path)
    (tmp_path / "extra.md").write_text(
        "---\ntitle: Survivors Rally\ndate: 2023\n---\nThousands of survivors rallied in Chicago on Saturday "
        "to mark the anniversary, organisers said, and marched to the courthouse.\n",
        encoding="utf-8",
    )
    kb = load_knowledge(tmp_path)
    assert len(kb.documents) == 3
    best = kb.best("rally in chicago")
    assert best is not None and best.passage.title == "Survivors Rally"


def test_the_evaluation_set_is_answered_and_declined_well_enough(kb: KnowledgeBase) -> None:
    data = yaml.safe_load(EVAL_FILE.read_text(encoding="utf-8"))
    assert len(data["answer"]) + len(data["no_match"]) >= 80
    wrong = [item["q"] for item in data["answer"] if not _says(kb.best(item["q"]), *item["any"])]
    answered = [q for q in data["no_match"] if kb.best(q) is not None]
    assert len(wrong) / len(data["answer"]) <= 0.05, wrong
    assert len(answered) / len(data["no_match"]) <= 0.05, answered


def _eval(name: str) -> dict:
    return yaml.safe_load((EVAL_DIR / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize(("name", "floor"), sorted(HELD_OUT_FLOORS.items()))
def test_held_out_questions_are_answered_above_their_floor(
    kb: KnowledgeBase, name: str, floor: float
) -> None:
    data = _eval(name)
    right = [item["q"] for item in data["answer"] if _says(kb.best(item["q"]), *item["any"])]
    assert len(right) / len(data["answer"]) >= floor


@pytest.mark.parametrize("name", ["questions.yaml", *sorted(HELD_OUT_FLOORS)])
def test_questions_the_articles_do_not_answer_are_declined_in_every_set(kb: KnowledgeBase, name: str) -> None:
    no_match = _eval(name)["no_match"]
    answered = [q for q in no_match if kb.best(q) is not None]
    assert len(answered) / len(no_match) <= 0.05, answered


@pytest.mark.parametrize(
    "question", ["who is tarana burke", "milano daughter", "when was tarana burke born", "what time is it"]
)
def test_lookup_agrees_with_best_and_search(question: str) -> None:
    knowledge = load_knowledge()
    best, ranked = knowledge.lookup(question, limit=3)
    assert best == knowledge.best(question)
    assert ranked == knowledge.search(question, limit=3)
