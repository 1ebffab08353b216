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

from collections.abc import Callable, Collection

from knowledge.framing import split_frame
from knowledge.lexicon import rewrite_phrases
from knowledge.soundalike import is_english
from knowledge.text import STOPWORDS, stem, words

__all__ = ["Strangers"]

# At most this many words shared with the articles leave a question open to being about something else.
_MAX_SHARED = 1
# Shorter words are too often a clipped or slangy form of a known one to be read as a name.
_MIN_NAME = 4


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
        typed_shared, typed_foreign = self._count(words(question, hashtags=False))
        if typed_foreign <= typed_shared or typed_shared > _MAX_SHARED:
            # Reading the lexicon's phrases only turns words into article words, so it seldom adds a foreign
            # word or takes a shared one away: most questions stop here, before the rewrites, which cost more.
            return False
        frame, asked = split_frame(question)
        phrased = _phrased(asked)
        shared = self._count(_phrased(question) if frame else phrased)[0]
        foreign = self._count(phrased)[1]
        return shared <= _MAX_SHARED and foreign > shared

    def unknown_name(self, question: str, read: Callable[[str], bool]) -> bool:
        """Whether `question` holds a word that looks like a name (no English word, nor a form or a join of
        one) that the articles never use and `read` (the reader's typo and sound-alike correction) does not
        take for one of theirs: "was bill cosby part of metoo". The memory's vote answers for the nearest
        written questions, which ask about the articles' people; a stranger's name keeps the rules'
        decline."""
        for word in words(question, hashtags=False):
            term = stem(word)
            if len(word) < _MIN_NAME or not word.isalpha() or word in STOPWORDS or term in self._generic:
                continue
            if any(term in known for known in self._known) or _english_like(word) or read(word):
                continue
            return True
        return False

    def _count(self, text_words: list[str]) -> tuple[int, int]:
        """How many of the words the articles may share, and how many are foreign English. A word that is
        no English word may be an article word misspelt ("luvie"): it counts as shared."""
        shared = foreign = 0
        for word in text_words:
            term = stem(word)
            if word in STOPWORDS or term in self._generic:
                continue
            if is_english(word) and not any(term in known for known in self._known):
                foreign += 1
            else:
                shared += 1
        return shared, foreign


def _phrased(text: str) -> list[str]:
    """`text`'s words with the lexicon's phrases read ("got the ball rolling" is "started"), but not the
    speller's corrections: it would read "mars" as "marks", an English word the reader meant as written."""
    return words(rewrite_phrases(" ".join(words(text, hashtags=False))), hashtags=False)


def _english_like(word: str) -> bool:
    """Whether `word` is English, as written or nearly: a plural or British form ("afterwards",
    "theorise"), a contraction typed without its apostrophe ("couldnt"), or two words run together
    ("themself")."""
    if is_english(word) or is_english(word[:-1]) or is_english(word.replace("is", "iz")):
        return True
    if word.endswith("nt") and (word[:-2] in STOPWORDS or word[:-3] in STOPWORDS):
        return True
    return any(
        all(part in STOPWORDS or is_english(part) for part in (word[:n], word[n:]))
        for n in range(2, len(word) - 1)
    )
