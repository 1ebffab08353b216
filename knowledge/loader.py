"""Read the documents in a folder: a YAML front-matter header, then the article as published."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import yaml

from knowledge.cleaning import clean_body, content_notes, link_lines, photo_credits
from knowledge.model import Document

__all__ = ["DOCUMENT_SUFFIXES", "read_document", "read_documents"]

DOCUMENT_SUFFIXES = (".txt", ".md")
_FENCE = "---"


def read_documents(folder: Path | str) -> list[Document]:
    """Every `.txt` and `.md` document in `folder`, in file-name order.

    Raises:
        ValueError: the folder is missing or empty, or a document's header is not valid.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise ValueError(f"knowledge folder not found: {folder}")
    paths = sorted(
        p
        for p in folder.iterdir()
        if p.suffix.lower() in DOCUMENT_SUFFIXES and p.is_file() and not p.name.startswith(".")
    )
    if not paths:
        raise ValueError(f"no .txt or .md documents in the knowledge folder {folder}")
    return [read_document(p) for p in paths]


def read_document(path: Path | str) -> Document:
    """One document: its header fields and its cleaned paragraphs.

    Raises:
        ValueError: naming the file and what is wrong with its header or body.
    """
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(f"{path.name}: not UTF-8 text ({exc.reason})") from None
    header, body = _split_front_matter(path.name, raw)
    title, date = _required(path.name, header, "title"), _required(path.name, header, "date")
    byline, publisher = _optional(header, "byline"), _optional(header, "publisher")
    paragraphs = clean_body(body, title=title, byline=byline, date=date)
    if not paragraphs:
        raise ValueError(f"{path.name}: the document has a header but no article text after it")
    extras = photo_credits(body), content_notes(body), link_lines(body)
    return Document(title, date, byline, publisher, str(path), paragraphs, *extras)


def _split_front_matter(name: str, raw: str) -> tuple[dict, str]:
    lines = raw.splitlines()
    if not lines or lines[0].strip() != _FENCE:
        raise ValueError(
            f"{name}: missing header: the file must start with a '---' line, then title and date"
        )
    try:
        end = next(i for i, line in enumerate(lines[1:], start=1) if line.strip() == _FENCE)
    except StopIteration:
        raise ValueError(f"{name}: the header is not closed: add a '---' line after its fields") from None
    try:
        header = yaml.safe_load("\n".join(lines[1:end])) or {}
    except yaml.YAMLError as exc:
        problem = getattr(exc, "problem", None) or "unreadable YAML"
        raise ValueError(f"{name}: the header is not valid YAML ({problem})") from None
    if not isinstance(header, dict):
        raise ValueError(f"{name}: the header must be 'field: value' lines (title, date, byline, publisher)")
    return header, "\n".join(lines[end + 1 :])


def _required(name: str, header: dict, field: str) -> str:
    value = _optional(header, field)
    if value is None:
        raise ValueError(f"{name}: the header has no {field}: add a '{field}:' line")
    return value


def _optional(header: dict, field: str) -> str | None:
    value = header.get(field)
    if isinstance(value, dt.date):
        # An unquoted `date: 2018-10-15` arrives as a date; show it the way the article would.
        value = f"{value:%B} {value.day}, {value.year}"
    text = str(value).strip() if value is not None else ""
    return text or None
