"""The National Sexual Assault Hotline, kept in one place.

Every string here is quoted from the second seed article; tests/knowledge/test_hotline.py proves
that each one still appears there word for word, so they cannot drift.
"""

from __future__ import annotations

__all__ = ["HOTLINE_LINE", "HOTLINE_NAME", "HOTLINE_NUMBER", "HOTLINE_PURPOSE", "HOTLINE_TEL"]

HOTLINE_NAME = "National Sexual Assault Hotline"
HOTLINE_NUMBER = "1-800-656-HOPE (4673)"
HOTLINE_PURPOSE = "routes the caller to their nearest sexual assault service provider"
# The digits a phone dials, for a tel: link; HOPE is 4673 on a keypad.
HOTLINE_TEL = "+18006564673"

HOTLINE_LINE = f"{HOTLINE_NAME}: {HOTLINE_NUMBER}"
