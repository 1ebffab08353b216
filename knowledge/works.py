"""Whose work a question names: "what did milano say in burke's essay" asks for words the work never gives.

A question asking what someone said or wrote may name where ("in the time essay", "in burke's video"). The
articles say whose each work is: the passage telling of the Time essay names Burke, not Milano. When the
question names the work as someone else's, or every passage holding the work's words names someone other
than the speaker asked about, the speaker's words are not in it, however well another passage quoting her
matches the rest of the question.
"""

from __future__ import annotations

from knowledge import intents
from knowledge.framing import KIN_WORDS, source_words
from knowledge.index import Index
from knowledge.query import Query
from knowledge.text import STOPWORDS, stem, words

__all__ = ["Works"]

# What a person makes and others quote from: "burke's essay", "milano's video".
_WORK_NOUNS = frozenset("essay essays video videos interview interviews speech piece op ed oped".split())  # noqa: SIM905
_IN = frozenset({"in", "from", "during"})
# Someone named by a relation to a person ("milano's daughter", "burke's mom").
_RELATIVES = KIN_WORDS | frozenset("daughter daughters kid kids child children girl baby".split())  # noqa: SIM905
# A word this close before "says", "wrote"... is someone the passage quotes.
_SPEECH_REACH = 2
# The words naming where something was said that are no part of the work itself.
_NOT_WORK = frozenset({"according"})


class Works:
    """Checks the work a "what did X say" question names against whose the articles say it is."""

    def __init__(self, index: Index) -> None:
        self.index = index
        speech = {index.vocab[stem(w)] for w in intents.SPEECH_WORDS.split() if stem(w) in index.vocab}
        # The words standing just before a speech word somewhere ("her daughter says"): a relative among them
        # is someone quoted.
        self._near_speech = frozenset(
            tid
            for pid in range(index.size)
            for seq in [index.sequence(pid)]
            for i, tid in enumerate(seq)
            if any(t in speech for t in seq[i + 1 : i + _SPEECH_REACH + 1])
        )

    def misattributed(self, question: str, query: Query) -> bool:
        """Whether the question asks for the speaker's words in a work that is someone else's, or for the
        words of a relative of someone named ("what did milano's daughter say"), whom no passage quotes."""
        if not query.speaker:
            return False
        typed = words(question, hashtags=False)
        if self._unquoted_relative(" ".join(typed)):
            return True
        return self._owned_by_other(typed, query) or self._held_by_others(typed, query)

    def _owned_by_other(self, typed: list[str], query: Query) -> bool:
        """"in burke's video" (folded "burke video" or "burkes video") when Milano's words are asked."""
        for i, word in enumerate(typed):
            if word not in _WORK_NOUNS:
                continue
            for j in range(max(1, i - 2), i):
                # Said in the work ("in burke's essay"), not after it ("after the video of burke's speech").
                if typed[j - 1] not in _IN:
                    continue
                ids = self._name_ids(typed[j], query)
                if ids and not ids & query.speaker:
                    return True
        return False

    def _unquoted_relative(self, folded: str) -> bool:
        """"what did milano's daughter say": the speaker is the daughter, quoted nowhere, not Milano."""
        said_by = intents.speaker(folded)
        if len(said_by) != 2 or said_by[-1] not in _RELATIVES:
            return False
        tid = self.index.vocab.get(stem(said_by[-1]))
        return tid is None or tid not in self._near_speech

    def _name_ids(self, word: str, query: Query) -> frozenset[int]:
        """The ids a name in the question may mean (its aliases too), or none if it names no one."""
        for form in (word, word[:-1] if word.endswith("s") else word):
            tid = self.index.vocab.get(stem(form))
            if tid is None or tid not in self.index.names:
                continue
            for term in query.terms:
                if term.name and tid in term.literal:
                    return frozenset(term.candidates)
        return frozenset()

    def _held_by_others(self, typed: list[str], query: Query) -> bool:
        """Every passage holding the named work's words ("time essay") names no speaker asked about."""
        vocab, names = self.index.vocab, self.index.names
        work = {
            vocab[stem(w)]
            for w in source_words(" ".join(typed))
            if w not in STOPWORDS and w not in _NOT_WORK and stem(w) in vocab and vocab[stem(w)] not in names
        }
        if not work:
            return False
        holding = [pid for pid in range(self.index.size) if all(self.index.tf(pid, t) for t in work)]
        return bool(holding) and not any(self.index.tf(pid, s) for pid in holding for s in query.speaker)
