"""Start-up: the articles and resources an operator points at, and one clear line for each problem."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.settings import Settings, SettingsError
from bot.startup import load_knowledge_base, load_resource_lines, load_responder


def _settings(**values: object) -> Settings:
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


def _problem(**values: object) -> str:
    with pytest.raises(SettingsError) as caught:
        load_responder(_settings(**values))
    message = str(caught.value)
    assert "\n" not in message
    return message


def test_the_shipped_articles_load_without_any_setting() -> None:
    assert len(load_knowledge_base(_settings()).documents) == 2
    assert load_resource_lines(_settings()) == ()


def test_an_empty_knowledge_folder_says_it_holds_no_articles(tmp_path: Path) -> None:
    message = _problem(knowledge_dir=tmp_path)
    assert message.startswith(f"KNOWLEDGE_DIR {tmp_path}") and "no .txt or .md documents" in message


def test_an_article_with_a_bad_header_names_the_file_and_the_problem(tmp_path: Path) -> None:
    (tmp_path / "draft.txt").write_text("---\ntitle: A draft\n---\nSome text.\n", encoding="utf-8")
    message = _problem(knowledge_dir=tmp_path)
    assert "draft.txt" in message and "no date" in message and "ValueError" not in message


def test_an_article_without_a_header_names_the_file(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text("Just text, no header.\n", encoding="utf-8")
    message = _problem(knowledge_dir=tmp_path)
    assert "notes.md" in message and "missing header" in message


def test_a_missing_folder_says_it_is_not_a_folder(tmp_path: Path) -> None:
    assert "is not a folder" in _problem(knowledge_dir=tmp_path / "nope")


def test_a_bad_resources_file_names_the_variable_and_the_line(tmp_path: Path) -> None:
    bad = tmp_path / "resources.txt"
    bad.write_text("A centre: 555-0100\nCall now!\n", encoding="utf-8")
    message = _problem(resources_file=bad)
    assert message.startswith("RESOURCES_FILE") and "line 2" in message


def test_missing_shipped_articles_advise_a_reinstall_not_unsetting_an_unset_variable(tmp_path: Path) -> None:
    broken = Settings.model_construct(knowledge_dir=tmp_path / "gone", resources_file=None, _fields_set=set())
    with pytest.raises(SettingsError) as caught:
        load_knowledge_base(broken)
    assert "reinstall" in str(caught.value) and "unset" not in str(caught.value)
