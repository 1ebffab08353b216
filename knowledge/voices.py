"""Whose words a passage gives: "what exactly did burke tweet" is not answered by Milano's tweet.

A question asking what someone said, wrote or tweeted is answered by a passage that names her, or by one
that names no one else the articles quote (a quotation continued: "Those millions of people...," she
continued). A passage quoting someone else ("Alyssa tweeted, ...") without naming the speaker asked about
holds other words than hers, however well it matches the rest of the question.
"""

from __future__ import annotations

from knowledge.index import Index

__all__ = ["Voices"]


class Voices:
    """Checks that a passage can hold the words of the speaker a question asks about."""

    def __init__(self, index: Index, quoted: frozenset[int]) -> None:
        self.index = index
        # The people the passages quote somewhere ("Burke says", "Alyssa tweeted").
        self._quoted = quoted

    def gives_words_of(self, speaker: frozenset[int], pids: list[int]) -> bool:
        """Whether a passage names the speaker, or names no one else the articles quote."""
        others = self._quoted - speaker
        for pid in pids:
            held = set(self.index.sequence(pid))
            if held & speaker or not held & others:
                return True
        return False
