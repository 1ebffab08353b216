"""Reading documents: the header, the body as published, and clear errors for a bad header."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from knowledge import DEFAULT_SEEDS_DIR
from knowledge.loader import read_document, read_documents

SEED_CHROME = (
    "Oops!",
    "Something went wrong",
    "Please try again later",
    "Discussion of sexual assault",
    "Getty Images",
    "Closeup of",
    "MenuGear",
    "full essay here",
    "Watch all of",
    "local center here",
    "By Paulina Cachero",
)


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_seeds_are_two_articles_with_their_headers() -> None:
    first, second = read_documents(DEFAULT_SEEDS_DIR)
    assert first.title.startswith("19 Million #MeToo Tweets Later")
    assert (first.byline, first.date) == ("Paulina Cachero", "Oct. 15, 2018")
    assert second.title.startswith('"Me Too" Creator Tarana Burke')
    assert second.byline is None and second.publisher is None
    assert second.date == "October 2022"


def test_the_seeds_lose_their_page_chrome() -> None:
    for document in read_documents(DEFAULT_SEEDS_DIR):
        text = "\n".join(document.paragraphs)
        for chrome in SEED_CHROME:
            assert chrome not in text, chrome
        assert document.title not in document.paragraphs


def test_the_seeds_keep_the_article_text() -> None:
    first, second = read_documents(DEFAULT_SEEDS_DIR)
    assert first.paragraphs[0].startswith("Oct. 15 marks the moment actress Alyssa Milano")
    assert any("Luvvie Ajayi" in p for p in first.paragraphs)
    assert first.paragraphs[-1].startswith('"The way you dismantle those power structures')
    assert any("If you\u2019ve been sexually harassed or assaulted" in p for p in second.paragraphs)
    assert second.paragraphs[-1].endswith("nearest sexual assault service provider.")


def test_an_extra_markdown_document_is_loaded_with_the_seeds(tmp_path: Path) -> None:
    for seed in DEFAULT_SEEDS_DIR.iterdir():
        shutil.copy(seed, tmp_path)
    _write(
        tmp_path,
        "zz-extra.md",
        "---\ntitle: An Extra Note\ndate: 2024\npublisher: A Paper\n---\nA new paragraph.\n",
    )
    _write(tmp_path, "notes.pdf", "not a document")
    documents = read_documents(tmp_path)
    assert len(documents) == 3
    assert (documents[-1].title, documents[-1].publisher) == ("An Extra Note", "A Paper")
    assert documents[-1].paragraphs == ("A new paragraph.",)


def test_an_unquoted_yaml_date_is_shown_as_a_date(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.txt", "---\ntitle: T\ndate: 2018-10-15\n---\nBody text.\n")
    assert read_document(path).date == "October 15, 2018"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("title: T\ndate: 2020\n\nBody.\n", "missing header"),
        ("---\ntitle: T\ndate: 2020\nBody.\n", "not closed"),
        ("---\ndate: 2020\n---\nBody.\n", "no title"),
        ("---\ntitle: T\n---\nBody.\n", "no date"),
        ("---\ntitle: [unclosed\ndate: 2020\n---\nBody.\n", "not valid YAML"),
        ("---\n- title\n- date\n---\nBody.\n", "field: value"),
        ("---\ntitle: T\ndate: 2020\n---\n\n", "no article text"),
    ],
)
def test_a_bad_header_is_a_value_error_naming_the_file_and_the_problem(
    tmp_path: Path, text: str, problem: str
) -> None:
    path = _write(tmp_path, "broken.md", text)
    with pytest.raises(ValueError, match=problem) as caught:
        read_document(path)
    assert "broken.md" in str(caught.value)


def test_a_bad_document_in_a_folder_stops_the_load(tmp_path: Path) -> None:
    _write(tmp_path, "good.txt", "---\ntitle: T\ndate: 2020\n---\nBody.\n")
    _write(tmp_path, "bad.txt", "no header at all\n")
    with pytest.raises(ValueError, match=r"bad\.txt"):
        read_documents(tmp_path)


def test_a_missing_or_empty_folder_is_a_value_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="not found"):
        read_documents(tmp_path / "nowhere")
    with pytest.raises(ValueError, match=r"no \.txt or \.md documents"):
        read_documents(tmp_path)
