"""Whose words a passage gives: "what exactly did burke tweet" is not answered by Milano's tweet.

A question asking what someone said, wrote or tweeted is answered by a passage that names her, or by one
that names no one else the articles quote (a quotation continued: "Those millions of people...," she
continued). A passage quoting someone else ("Alyssa tweeted, ...") without naming the speaker asked about
holds other words than hers, however well it matches the rest of the question.
"""

from __future__ import annotations

import re

from knowledge.index import Index
from knowledge.text import stem

__all__ = ["Voices"]

# "what happened to harvey weinstein after the tweet": someone's later fate.
_FATE = re.compile(r"\bwhat (?:ever |else )?happened to (\w+(?: \w+)?)")


class Voices:
    """Checks that a passage can hold the words of the speaker a question asks about."""

    def __init__(self, index: Index, quoted: frozenset[int], topic: frozenset[int]) -> None:
        self.index = index
        # The people the passages quote somewhere ("Burke says", "Alyssa tweeted"); the movement's own
        # name ("saying #MeToo") is no one, and what happened to it is what the articles tell.
        self._quoted = quoted - topic
        self._topic = topic

    def gives_words_of(self, speaker: frozenset[int], pids: list[int]) -> bool:
        """Whether a passage names the speaker, or names no one else the articles quote."""
        others = self._quoted - speaker
        for pid in pids:
            held = set(self.index.sequence(pid))
            if held & speaker or not held & others:
                return True
        return False

    def untold_fate(self, question: str) -> bool:
        """Whether the question asks what happened to someone the articles name but never quote or follow
        ("harvey weinstein" appears only in "the Harvey Weinstein story"): they do not tell his fate."""
        if "happened to" not in question:
            return False
        match = _FATE.search(question)
        if match is None:
            return False
        ids = {self.index.vocab.get(stem(w)) for w in match.group(1).split()}
        named = (ids & self.index.names) - self._topic
        return bool(named) and not named & self._quoted
