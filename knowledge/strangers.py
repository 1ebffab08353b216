"""A question mostly in words the articles never use: "how long is a year on mars", "tips for a leaky faucet
in the bathroom".

The matcher weighs an unknown word heavily, but a short question with one word the articles share ("year",
"hope") can still reach a passage when its other words are few. When the question's ordinary English
words that the articles never use (and the lexicon does not map to theirs) outnumber the words it shares
with them, and it shares at most one, it is about something else: declined. A misspelt word is no English
word, so a typo counts for a question, as the word it may stand for; names and the lexicon's paraphrases
count as shared.
"""

from __future__ import annotations

from collections.abc import Collection

from knowledge.framing import split_frame
from knowledge.lexicon import rewrite_phrases
from knowledge.soundalike import is_english
from knowledge.text import STOPWORDS, stem, words

__all__ = ["Strangers"]

# At most this many words shared with the articles leave a question open to being about something else.
_MAX_SHARED = 1


class Strangers:
    """Tells a question mostly in words foreign to the articles."""

    def __init__(
        self, vocab: Collection[str], paraphrases: Collection[str], generic: Collection[str]
    ) -> None:
        self._known = (vocab, paraphrases)
        self._generic = generic

    def outnumber(self, question: str) -> bool:
        """Whether `question`'s foreign English words outnumber the at most one word it shares."""
        # Words shared count over the whole message, foreign ones only in the question after a chatty
        # opening: "i'm a journalism student, elizabella" asks about her.
        shared, _ = self._count(question)
        _, foreign = self._count(split_frame(question)[1])
        return shared <= _MAX_SHARED and foreign > shared

    def _count(self, text: str) -> tuple[int, int]:
        """How many of `text`'s content words the articles may share, and how many are foreign English."""
        shared = foreign = 0
        # The lexicon's phrases are read ("got the ball rolling" is "started"), but the speller is not: it
        # would read "mars" as "marks", an English word the reader meant as written. A word that is no
        # English word may be an article word misspelt ("luvie"): it counts as shared.
        for word in words(rewrite_phrases(" ".join(words(text, hashtags=False))), hashtags=False):
            term = stem(word)
            if word in STOPWORDS or term in self._generic:
                continue
            if is_english(word) and not any(term in known for known in self._known):
                foreign += 1
            else:
                shared += 1
        return shared, foreign
