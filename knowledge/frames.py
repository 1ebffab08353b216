"""The formats a question comes in, read in one place: quizzes, requests for a source, formal letters.

A teacher writes "fill in the blank: the movement is not a ____ sport" or "who founded me too: a) milano
b) burke c) ajayi"; a fact-checker "citation needed: milano's tweet was a call to action"; an older reader
"I should be obliged if you would tell me whose needs Ms. Burke says we must respond to". The frame's words
ask nothing about the articles, and left in they weigh as content words the passages lack. `unframe` takes
the frame off before the question is parsed: a blank becomes what is asked (it is dropped, and the words
around it are matched), lettered choices become candidates (`Framed.choices`) one of which the answering
passage must contain, a request for a source becomes the claim it asks a source for, and a polite
request the question it wraps; a voice assistant's wake word ("hey siri", "alexa") comes off. Everything
else is returned as it came. `drop_label` takes off a label saying who asks or what for ("podcaster:",
"citation help:", "checking my source attribution - "), before anything else reads the message.
`compared` gives the two things an order question weighs ("which came first: burke's speech or milano's
tweet"), which the knowledge base asks about when the whole question declines.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from knowledge.text import terms, words

__all__ = ["Framed", "compared", "drop_label", "unframe"]


@dataclass(frozen=True)
class Framed:
    """A question without its frame, and the choices offered (empty when none were lettered)."""

    text: str
    choices: tuple[str, ...] = ()
    # The words either side of a blank ("our collective pain became our collective", ""): the sentence the
    # quiz copied, which the passage holding it answers.
    around: tuple[str, str] | None = None


# A label before the question that asks nothing itself: the quiz's, the student's ("for my essay:").
_LABEL = re.compile(
    r"^\s*(?:fill in(?: (?:the|both|all|each|these))?(?: (?:blanks?|gaps?|quote|line|numbers?|words?))?"
    r"|complete (?:the|this) (?:tweet|sentence|quote|line)|complete"
    r"|quiz(?: question)?|question \d+|q\d+|for my (?:essay|paper|report|class|homework)"
    # a matching exercise: "match the person to the role:", "match each to her article:", "pair them up:"
    r"|match(?: (?:the|each|every) \w+)?(?: (?:to|with) (?:the|a|an|her|his|its|their) \w+)?"
    r"|pair (?:them|these|each) up)\s*[:\-\u2013\u2014]\s*",
    re.IGNORECASE,
)
# A doubt closing a claim to check, after its "?" or a dash: "... 'a call to arms'? not sure that's the
# phrase", "... ? i think the number was bigger", "... ? or was that someone else" ("right?" stays: the
# claim reader takes it for a claim to check). It asks
# nothing the claim does not; left in, its words ("phrase", "bigger") weigh as content no passage has.
_DOUBT = re.compile(
    r"(?<=[?\w'\u2019\"\u201d])\s*(?:\?|\s[-\u2013\u2014]{1,2}|,)\s*(?:(?:but|or|and) )?"
    r"(?:(?:(?:i'?m|im|i am) )?not (?:sure|certain)(?: (?:that'?s|thats|if|about)\b)?(?:\s+\S+){0,5}"
    r"|i (?:think|thought|believe|guess|remember) (?:it|that|the \w+|they|she|he) (?:was|is|were|said)"
    r"(?:\s+\S+){0,4}"
    r"|(?:or )?(?:was|is) (?:that|it) (?:someone|something|somebody) else"
    r"|(?:i )?(?:might|may|could) be wrong(?:\s+\S+){0,3}"
    r"|or am i (?:wrong|misremembering|mixing (?:it|that|things) up))\W*$",
    re.IGNORECASE,
)
_DOUBT_REACH = 100
# A label asking whether what follows is so, or for its source: what follows is a claim to check.
# "t/f", "t or f", "true/false" and a comma or a long dash are the same label as "true or false:".
_CLAIM_LABEL = re.compile(
    r"^\s*(?:(?:(?:true or false|true/false|t/f|t or f)(?:, two parts)?\s*(?:[:,?\-\u2013\u2014]\s*|\s+)"
    r"|correct me if (?:i'?m|im|i am) wrong\s*[:,\-\u2013\u2014]?\s*"
    r"|(?:fact[ -]?check|citation needed|source needed)\s*[:\-]\s*)"
    r"|(?:please |kindly )?(?:give me |i need |need )?(?:a |the )?(?:source|citation|reference) for\s+)",
    re.IGNORECASE,
)
# A blank to fill: underscores, or dots closing the line ("write ...").
_BLANK = re.compile(r"\s*(?:_{2,}|\.{3,}|\u2026)(?:\s*_{2,})*\s*")
# A hint of the kind a blank asks for, in brackets after it: "(year)", "(two words)".
_HINT = re.compile(r"(?<=what )\((\w+(?: \w+)?)\)")
# A count's words: a blank before one asks for a number.
_COUNT_WORDS = frozenset({"million", "millions", "thousand", "thousands", "hundred", "billion", "percent",
                          "a", "per", "tweets", "people", "years", "days", "hours", "times", "%"})
# Lettered or numbered choices: "a) milano b) burke c) ajayi", "(a) ... (b) ...", "a. ... b. ...", "1) ...".
_CHOICE = re.compile(r"(?:^|\s)\(?([a-d1-4])[).]\s+", re.IGNORECASE)
# A polite request around the question, at its start ("I should be obliged if you would tell me").
_POLITE = re.compile(
    r"^\s*(?:(?:good (?:morning|afternoon|evening)|hello|dear \w+)[,.!]?\s+)?"
    r"(?:(?:i should|i would|i'd|i) (?:be (?:obliged|grateful|glad)|appreciate it) if you (?:would|could)"
    r" (?:kindly )?(?:tell|explain to|inform) me\s*"
    r"|(?:i should|i would|i'd) (?:like|love) to know\s*"
    r"|(?:would|could) you be so kind as to (?:tell|explain to) me\s*"
    r"|i wonder(?:ed)? (?:whether|if) you (?:could|might|would) (?:tell|explain to) me\s*"
    r"|(?:please )?(?:could|would|can) you (?:please )?(?:tell|explain to) me\s*"
    r"|(?:would|do) you mind (?:telling|explaining to|showing) me\s*"
    r"|(?:please )?(?:could|would|can) you (?:please )?let me know\s*"
    r"|please (?:tell|explain to) me\s*"
    r"|kindly (?:clarify|explain|tell me)\s*"
    r"|(?:please )?do the needful and\s*"
    # "share the helpline number", "send me the date": the request's verb, before what is requested.
    r"|(?:please )?(?:share|send|provide|give|list)(?: me| us)?\s+"
    r"(?=(?:the|a|an|her|his|their|where|what|when|who|which|how)\b))",
    re.IGNORECASE,
)
# A question in a statement's order after a request: "where i can read", "how she could amplify".
_EMBEDDED = re.compile(
    r"^(where|when|how|what|who|which|why)\s+(i|we|you|she|he|they|it)\s+(can|could|should|would|will|may|must)\b",
    re.IGNORECASE,
)
# "I would be grateful if you could explain who ...": "explain" without "me" before a question word.
_POLITE_EXPLAIN = re.compile(
    r"^\s*(?:i should|i would|i'd) be (?:obliged|grateful|glad) if you (?:would|could) (?:kindly )?"
    r"(?:explain|say)\s+(?=(?:who|what|when|where|why|how|which|whose|whether)\b)",
    re.IGNORECASE,
)
# A voice assistant's wake word, dictated with the question: "hey siri", "alexa,", "ok google" ("google"
# alone opens ordinary sentences: "google says ...").
_WAKE = re.compile(
    r"^\s*(?:(?:hey|hi|ok|okay)\s+(?:siri|alexa|google|cortana|bixby)|siri|alexa|cortana|bixby)\b[\s,.:!]*(?=\S)",
    re.IGNORECASE,
)
# A title before a surname reads as the surname: "Ms. Burke" is Burke.
_TITLE = re.compile(r"\b(?:ms|mrs|miss|mr|dr)\.?\s+(?=[A-Z]|burke|milano|ajayi|smith)", re.IGNORECASE)


# A short lead closed by a colon or a spaced dash, before the question: no digit ("2017: what happened"), no
# quote ("'me too': whose words"), no question mark.
_LEAD = re.compile(r"^\s*([^:\"?\d\u201c\u201d]{1,60}?)(?::|\s[-\u2013\u2014]{1,2})\s+(?=\S)")
# A quote mark that is no apostrophe inside a word ("quiz clue i'm writing" has one; "'me too': ..." a quote).
_QUOTE_MARK = re.compile(r"(?<![a-z])['\u2018\u2019]|['\u2018\u2019](?![a-z])", re.IGNORECASE)
_LEAD_WORDS = 5
# A lead asking the bot to do something with what follows ("please correct my grammar:", "tweet this for
# me:"): what follows is not a question to the articles, and keeping the lead keeps it declined.
_TASK_WORDS = frozenset({"me", "correct", "fix", "solve", "translate", "tweet", "rewrite", "proofread"})
# A question after a claim label asks for itself: "fact check: did milano apologize right away".
_ASKS_ITSELF = re.compile(
    r"(?:who|whom|whose|what|whats|when|where|why|how|which|did|does|do|is|was|were|are|has|have|had|can"
    r"|could)\b",
    re.IGNORECASE,
)
# A lead with a question word is the question ("who started it - milano or burke").
_ASKING = frozenset({"who", "whom", "whose", "what", "whats", "when", "where", "why", "how", "which"})


def drop_label(text: str, known: Callable[[str], bool], names: frozenset[str] = frozenset()) -> str:
    """`text` without a label before its question that says who asks or what for ("podcaster: ...",
    "quiz clue i'm writing: ...", "checking my source attribution - ..."): a lead of a few words, one of
    them a word the articles never use (`known` says which they do) and none of them one of `names`.
    A lead all of whose words are the articles' may be what is asked about ("metoo: when did it start",
    "the backlash - what happened") and stays; so do the quiz and claim labels `unframe` reads."""
    claim = _CLAIM_LABEL.match(text)
    if claim is not None and _ASKS_ITSELF.match(text, claim.end()):
        # "fact check: does the second article carry a content note": a question, not a claim, follows.
        return text[claim.end():]
    found = _LEAD.match(text)
    if found is None or _QUOTE_MARK.search(found.group(1)) or _LABEL.match(text) or claim is not None:
        return text
    lead = words(found.group(1))
    if not lead or len(lead) > _LEAD_WORDS:
        return text
    if not (_TASK_WORDS.isdisjoint(lead) and _ASKING.isdisjoint(lead) and names.isdisjoint(lead)):
        return text
    if all(known(w) for w in lead if terms(w)):
        return text
    rest = text[found.end():]
    return rest if len(rest.split()) >= 2 else text


def unframe(question: str) -> Framed:
    """`question` without its quiz, citation or letter frame, and its lettered choices."""
    text = _TITLE.sub("", _WAKE.sub("", question, count=1))
    text = _LABEL.sub("", text, count=1)
    text = _CLAIM_LABEL.sub("is it true that ", text, count=1)
    text = _POLITE_EXPLAIN.sub("", text, count=1)
    # Twice: "please do the needful and share the number" wraps one request in another.
    polite = _POLITE.sub("", _POLITE.sub("", text, count=1), count=1)
    # the request wrapped a question in a statement's order: "where i can read" asks "where can i read"
    text = polite if polite == text else _EMBEDDED.sub(r"\1 \3 \2", polite, count=1)
    # a doubt closes the message: only its last characters are searched, so a long message costs no more
    cut = max(0, len(text) - _DOUBT_REACH)
    text = text[:cut] + _DOUBT.sub("?", text[cut:], count=1)
    text, choices = _split_choices(text)
    # One blank: the sentence around it is copied from a passage. Two or more ("__ million tweets total,
    # __ a day") ask as many things, which may stand in different passages.
    around = None
    if "__" in text or "..." in text or "\u2026" in text:  # the blank's marks, looked for before the pattern
        parts = _BLANK.split(text, maxsplit=2)
        around = (parts[0].strip(), parts[1].strip(" ,.?")) if len(parts) == 2 else None
        text = _BLANK.sub(_asked_by_blank, text)
    text = _HINT.sub(r"\1", text).strip()
    return Framed(text or question, choices, around)


def _asked_by_blank(blank: re.Match[str]) -> str:
    """What a blank asks: "how many" before a count's word ("__ million tweets total, __ a day": a count
    is asked twice), "what" before a hint of the kind in brackets ("went viral in ____ (year)": what
    year), else nothing (the words around it are matched)."""
    rest = blank.string[blank.end():]
    if rest.startswith("("):
        return " what "
    after = rest.split(maxsplit=1)
    return " how many " if after and after[0].lower().strip(",.?") in _COUNT_WORDS else " "


def _split_choices(text: str) -> tuple[str, tuple[str, ...]]:
    """The stem before "a)" and the lettered choices after it, when at least two are lettered in order;
    or the options a part of the message lists with slashes ("55,000 / 19 million / 12 million — which
    one is per day?") and the rest of it."""
    marks = list(_CHOICE.finditer(text))
    letters = [m.group(1).lower() for m in marks]
    if len(marks) < 2 or letters[:2] not in (["a", "b"], ["1", "2"]):
        return _slashed(text)
    stem = text[: marks[0].start()].rstrip(" :?-") + ("?" if "?" in text[: marks[0].start()] else "")
    ends = [m.start() for m in marks[1:]] + [len(text)]
    choices = tuple(text[m.end(): end].strip(" ,;?.") for m, end in zip(marks, ends, strict=True))
    return stem.strip(), tuple(c for c in choices if c)


# The parts of a message a colon or a dash set apart, and options joined by a spaced slash within one.
_PART_BREAK = re.compile(r"\s*[:\u2013\u2014]\s*|\s+-\s+")
_SLASH = re.compile(r"\s+/\s+")
_OPTION_WORDS = 4


def _slashed(text: str) -> tuple[str, tuple[str, ...]]:
    """`text` without the one part that only lists options with slashes, and those options; `text` and
    none when no part does, or nothing of two words or more asks beside it ("who is sylvain gaboury /
    patrick mcmullan" names one photo credit)."""
    if "/" not in text:
        return text, ()
    parts = _PART_BREAK.split(text)
    for i, part in enumerate(parts):
        options = [o.strip(" ?.,") for o in _SLASH.split(part)]
        if len(options) < 2 or not all(0 < len(o.split()) <= _OPTION_WORDS for o in options):
            continue
        rest = " ".join(p for j, p in enumerate(parts) if j != i).strip()
        if len(rest.split()) >= 2:
            return rest, tuple(options)
    return text, ()


# "which came first, A or B", "which is older: A or B": the frame asks for an order, which the passage
# dating each thing gives; its own words ("first", "older") are no content of either.
_ORDER_ASKED = re.compile(
    r"^\W*(?:which|what|who)\s+(?:one\s+)?(?:came|comes|happened|was|is|started|began)\s+"
    r"(?:first|older|earlier|the oldest|before)\b\W*(?=.+\bor\b)",
    re.IGNORECASE,
)


def compared(question: str) -> str | None:
    """The "A or B" an order question compares, or None when it asks no order between two things."""
    found = _ORDER_ASKED.search(question)
    return question[found.end():] if found else None
