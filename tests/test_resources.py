"""The operator's resources file: one resource a line, read strictly, shown after the hotline."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.resources import MAX_LINE_CHARS, MAX_RESOURCES, load_resources
from bot.responder import Responder
from knowledge import KnowledgeBase
from knowledge.hotline import HOTLINE_NUMBER


def _write(tmp_path: Path, text: str | bytes) -> Path:
    path = tmp_path / "resources.txt"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def test_no_file_setting_means_no_extra_resources() -> None:
    assert load_resources(None) == ()


def test_each_line_is_one_resource_in_order(tmp_path: Path) -> None:
    path = _write(tmp_path, "Springfield Rape Crisis Centre: 555-0100\nCanada: 1-866-863-0511\n")
    assert load_resources(path) == ("Springfield Rape Crisis Centre: 555-0100", "Canada: 1-866-863-0511")


def test_comments_blank_lines_and_bullets_are_left_out(tmp_path: Path) -> None:
    text = "# shown under the hotline\n\n  - Local centre: 555-0100  \n* Campus line: 555-0199\n   \n"
    assert load_resources(_write(tmp_path, text)) == ("Local centre: 555-0100", "Campus line: 555-0199")


def test_an_empty_file_adds_nothing(tmp_path: Path) -> None:
    assert load_resources(_write(tmp_path, "")) == ()


def test_a_missing_file_is_a_clear_error_naming_it(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.txt"
    with pytest.raises(ValueError, match=r"nowhere\.txt cannot be read"):
        load_resources(missing)


def test_a_folder_instead_of_a_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="cannot be read"):
        load_resources(tmp_path)


def test_a_file_that_is_not_utf8_text_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="not UTF-8"):
        load_resources(_write(tmp_path, b"Centre \xff\xfe 555-0100\n"))


def test_a_line_too_long_to_read_in_a_crisis_is_refused_with_its_number(tmp_path: Path) -> None:
    path = _write(tmp_path, "ok line\n" + "x" * (MAX_LINE_CHARS + 1) + "\n")
    with pytest.raises(ValueError, match="line 2: longer than"):
        load_resources(path)


@pytest.mark.parametrize(
    ("line", "problem"),
    [("Call us now!", "exclamation"), ("Centre \U0001f49c 555-0100", "emoji"), ("Centre\x07", "control")],
)
def test_lines_that_break_the_wording_rules_are_refused(tmp_path: Path, line: str, problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        load_resources(_write(tmp_path, line + "\n"))


def test_errors_name_the_line_number_not_its_text(tmp_path: Path) -> None:
    with pytest.raises(ValueError) as caught:
        load_resources(_write(tmp_path, "Secret centre name!\n"))
    assert "Secret" not in str(caught.value)
    assert "line 1" in str(caught.value)


def test_too_many_resources_are_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, "".join(f"Centre {i}: 555-01{i:02d}\n" for i in range(MAX_RESOURCES + 1)))
    with pytest.raises(ValueError, match=f"at most {MAX_RESOURCES}"):
        load_resources(path)


def test_the_file_can_only_add_the_hotline_is_always_shown(
    tmp_path: Path, knowledge_base: KnowledgeBase
) -> None:
    lines = load_resources(_write(tmp_path, "Local centre: 555-0100\n"))
    responder = Responder(knowledge_base, resources=lines)
    for reply in (responder.reply("i was raped"), responder.command("hotline")):
        assert "Local centre: 555-0100" in reply.text
        assert HOTLINE_NUMBER in reply.text
