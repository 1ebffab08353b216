"""Read a question's shape: who, when, where, why, how long, how many, what is X, or only a name.

Each reader works on the folded question (lowercase words, shorthand spelled out, phrases rewritten) and
only says what kind of answer is asked for; what the words mean is the lexicon's business.
"""

from __future__ import annotations

import re

from knowledge.text import STOPWORDS

__all__ = [
    "QUESTION_WORD_SLIPS",
    "SPEECH_WORDS",
    "asks_how_to",
    "asks_rate",
    "asks_sum",
    "asks_total",
    "asks_who_did",
    "counted_words",
    "follow_up_subject",
    "joins_two",
    "mentions_topic",
    "question_start",
    "speaker",
    "split_clauses",
    "split_joined",
    "wants_date",
    "wants_definition",
    "wants_duration",
    "wants_number",
    "wants_person",
    "wants_place",
    "wants_reason",
]

_IT = re.compile(r"\bit\b")
# "whose idea was it" asks who, as "who" does.
_WHO = re.compile(r"\bwho(?:se)?\b")
_WHO_IS = re.compile(r"\bwho (?:is|was|are|were)\b")
# "who" asking, at the start or after "i wonder", "tell me"; not "the people who responded".
_WHO_ASKS = re.compile(
    r"(?:^|\b(?:wondering|wonder|know|tell me|ask|asking|asked|and|but|so|guess|out|idea|sure|curious|"
    r"remember) )who(?:se)?\b"
)
# "who was it for", "who did she apologise to": the who is not the one who did it.
_TRAILING_PREPOSITION = re.compile(r"\b(?:for|to|with|about|from)\W*$")
_WHY = re.compile(r"\bwhy\b|\bwhat (?:made|inspired|spurred|caused|prompted|drove|motivated)\b")
_WHEN = re.compile(r"\bwhen\b|\bwhat (?:year|day|date|month)\b|\bwhich (?:year|day|date)\b")
_WHERE = re.compile(r"\bwhere\b")
_HOW_LONG = re.compile(r"\bhow long\b|\bsince when\b")
_HOW_MANY = re.compile(r"\bhow (?:many|much)\b|\bnumber of\b|\bhow often\b|\bcount\b")
# "what is X", "whats X", "define X", "what does X mean": the answer says what X is.
_DEFINITION = re.compile(
    r"^(?:\w+ )?(?:what (?:is|are|was)|whats|define)\b|\bmeaning of\b|\bwhat does \w+ mean\b"
    r"|\bdescribes?\b|\bdefines?\b"
    # "what does burke think metoo is", "what burke says the movement is not": what X is, in someone's words.
    r"|\bwhat\b.*\b(?:is|are|was)(?: not)?\W*$"
    # "what does burke call sexual violence": what she says it is.
    r"|\bwhat (?:does|did|do) (?:\w+ ){1,2}call\b"
)
_COUNTED = re.compile(r"\b(?:how (?:many|much)|number of)\s+(?:(?:the|of|a|an|those|these)\s+)*([a-z0-9 ]+)")
# Counting people or times is often counting what they did: "how many people tweeted metoo" is answered
# by the number of tweets, "how many times was it tweeted" too.
_PROXY_NOUNS = frozenset({"people", "persons", "users", "times", "survivors", "victims", "accounts"})
# Words after a count that say when or how long, not what is counted ("how many years ago").
_NOT_COUNTED = frozenset({"ago", "there", "now", "today", "in", "on", "per", "every", "each"})
# Plurals without an "s": "how many men used the hashtag" counts men, not what was used.
_IRREGULAR_PLURALS = frozenset({"men", "women", "children", "people", "feet", "teeth", "mice", "geese"})

# "how many a day": the question asks for a rate, not a total.
# "in a day" is within one day, a total.
# "after a year", "within a day" are spans of time that end in a total too.
_RATE = re.compile(
    r"(?<!\bin )(?<!\bafter )(?<!\bwithin )(?<!\bover )(?<!\bfor )\b(?:a|per|each|every) "
    r"(?:day|week|month|year|hour)\b|\bdaily\b|\baverage\b"
)
_TOTAL = re.compile(r"\b(?:total|in all|altogether|overall|so far)\b")
# Words that join two questions in one ("what X and what Y", "A compared to B").
_JOINS = re.compile(r"\b(?:and|vs|versus|compared?|comparison|against|both|than|plus|whereas|also)\b")
# Where a message asks a second question: "... and what did she write for time", "...? and who ...".
_SECOND_QUESTION = re.compile(
    r"(?:\?+\s*|,?\s+\b(?:and|but|also|plus|then)\s+)(?=(?:and\s+)?(?:who|what|whats|when|where|why|how|which|"
    r"did|does|do|is|was|were|has|have|can|could|are)\b)",
    re.IGNORECASE,
)
_WH = frozenset({"who", "what", "when", "where", "why", "how", "which"})
# A question word this far in starts the question itself; what comes before is a preamble ("hi, quick
# question for a class project, i was wondering ...").
_PREAMBLE_WORDS = 3

# The frame of a follow-up that only names its subject: "and milano?", "what about burke", "tell me about X".
_FOLLOW_UP = frozenset("and so ok okay what about tell me more who then how hmm the".split())  # noqa: SIM905

# The words that frame a question; typed with a letter missing or two letters swapped ("mny", "waht", "hw")
# they are still recognised, so "how mny tweets" is still a "how many" question.
_VOWELS = "aeiou"
_QUESTION_WORDS = "what when where which who why how many much does did about the with from have this that"


def _slips(words: str) -> dict[str, str]:
    table: dict[str, str] = {}
    for word in words.split():
        variants = {word[:i] + word[i + 1 :] for i in range(len(word))}
        variants |= {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)}
        # One vowel for another, in longer words ("meny", "wich"): a slip, not another question word.
        if len(word) >= 4:
            spots = [i for i, c in enumerate(word) if c in _VOWELS]
            variants |= {word[:i] + v + word[i + 1 :] for i in spots for v in _VOWELS}
        for variant in variants - {word}:
            if len(variant) >= 2:
                table.setdefault(variant, word)
    return table


QUESTION_WORD_SLIPS = _slips(_QUESTION_WORDS)


def counted_words(folded: str) -> tuple[str, ...]:
    """What a "how many" question counts: its noun first, then what people or times stand for, if any.

    English puts the head of a short noun phrase last, so it is the second of the first two words
    when both are content words and the first is not plural: "how many metoo tweets were there" counts
    "tweets". "how much did she earn" counts no noun at all.
    """
    match = _COUNTED.search(folded)
    after = match.group(1).split() if match else []
    if not after or after[0] in STOPWORDS:
        return ()
    if after[0] in _PROXY_NOUNS:
        done = [w for w in after[1:] if w not in STOPWORDS and w not in _NOT_COUNTED and not w.isdigit()]
        return (after[0], *done[:2])
    second = after[1] if len(after) > 1 else None
    # A plural first word is the head itself: modifiers are not pluralised ("tweets since 2017").
    plural = after[0] in _IRREGULAR_PLURALS or (after[0].endswith("s") and not after[0].endswith("ss"))
    if second and not plural and second not in STOPWORDS | _NOT_COUNTED and not second.isdigit():
        return (second,)
    return (after[0],)


def follow_up_subject(folded: str) -> list[str]:
    """The words of a question once a follow-up's frame is taken away ("what about burke" -> ["burke"])."""
    return [w for w in folded.split() if w not in _FOLLOW_UP]


def wants_person(folded: str) -> bool:
    """The question asks who someone is or who did something."""
    return bool(_WHO.search(folded)) and not _TRAILING_PREPOSITION.search(folded)


def asks_who_did(folded: str) -> bool:
    """The question asks who did something ("who interviewed burke"), not who someone is."""
    return wants_person(folded) and bool(_WHO_ASKS.search(folded)) and not _WHO_IS.search(folded)


def mentions_topic(folded: str) -> bool:
    """The question says "it" and may mean the movement."""
    return bool(_IT.search(folded))


def wants_place(folded: str) -> bool:
    """The question asks where."""
    return bool(_WHERE.search(folded))


def wants_duration(folded: str) -> bool:
    """The question asks how long."""
    return bool(_HOW_LONG.search(folded))


def wants_reason(folded: str) -> bool:
    """The question asks why."""
    return bool(_WHY.search(folded))


def wants_date(folded: str) -> bool:
    """The question asks when: a passage with a date answers it better."""
    return bool(_WHEN.search(folded))


def wants_number(folded: str) -> bool:
    """The question asks how many or how much: a passage with a number answers it better."""
    return bool(_HOW_MANY.search(folded))


def wants_definition(folded: str) -> bool:
    """The question asks what something is: a passage saying "X is ..." answers it better."""
    return bool(_DEFINITION.search(folded))


# "how do i reset my password", "how many tweets can you post a day": what the reader may or should do
# themselves; news articles tell what happened, not how to do things or what one is allowed to. "how do
# we end rape culture" and "how do you dismantle power structures" ask what Burke says, so only "i" counts,
# and a way to reach the hotline is what its passage gives.
_HOW_TO = re.compile(
    r"\bhow (?:do|can|could|should|would|shall) i\b|\bhow many\b.*\bcan (?:i|you|u|we|one|people)\b"
)
# Requests the articles cannot meet either, whatever words they share with them: a bare "how to fix" or
# "how to remove a stain" (unless it asks what someone in the articles says), a request for ideas, tips or
# a recommendation ("5 year anniversary ideas", "what's a good name for a baby"), a sum, and what is new this
# week (the articles are dated; "today" is left out: "where does metoo stand today" asks the five-year piece).
_REQUEST = re.compile(
    r"\bhow to\b(?!.*\b(?:according|say|says|said|think|thinks|burke|tarana|milano|alyssa)\b)"
    # "what did burke say about decades of entrenched ideas" asks for her words, not for ideas.
    r"|^(?!.*\b(?:say|says|said|write|wrote|writes|think|thinks|according)\b)"
    r".*\b(?:ideas|tips|suggestions|recommendations)\W*$|\brecommend\b|\bwhat(?: is|'?s)? an? good\b"
    r"|\b(?:this (?:week|weekend|month)|tonight)\W*$"
    # "what is 12 times 12", "7 divided by 2": a sum to work out, which the articles never do.
    r"|\b\d[\d,.]* (?:times|plus|minus|divided by|multiplied by|x) \d"
)
# "1+1", "5 * 5 =": a sum in symbols, read before "+" is read as "and" ("-" and "/" are left out:
# "1-800-656", "24/7").
_SUM_SIGNS = re.compile(r"\d\s*[+*\u00d7\u00f7=]\s*\d")
_HELP_WORDS = re.compile(r"\b(?:hotline|helpline|help|support|centers?|centres?|call|contact|reach|talk)\b")


def asks_sum(question: str) -> bool:
    """The question is a sum written in symbols ("1+1", "what is 5*5"), which the articles never work out."""
    return _SUM_SIGNS.search(question) is not None


def asks_how_to(folded: str) -> bool:
    """The question asks how the reader may do something, or what one can do, not what happened."""
    return bool(_HOW_TO.search(folded) or _REQUEST.search(folded)) and not _HELP_WORDS.search(folded)


# "what did bevy smith say about burke": the words of the person named, which only a passage quoting
# them (their name beside "says", "wrote", "tweeted"...) can give.
_SPEAKER = re.compile(
    # "what exactly did burke tweet" asks for her words as plainly.
    r"\bwhat (?:exactly |actually |really )?(?:did|does|do|has|had|would) (\w+(?: \w+)?) "
    r"(?:say|said|tweet|tweeted|write|wrote|tell|told|post|posted|reply|replied|respond|responded)\b"
    # What someone thought of or how they took something ("what did elizabella think of the video", "how
    # did elizabella react"): only their own words tell, so they must be quoted somewhere.
    r"|\b(?:what|how) (?:did|does|do|has|had|would) (\w+(?: \w+)?) (?:think|thought|react|reacted|respond|"
    r"responded|take|took) (?:of|about|to|when|after|it|the|that|this)\b"
    # "did weinstein respond to milano's tweet", "did burke ever reply": whether someone answered is told
    # only by a passage giving their answer.
    r"|^\W*(?:did|has|had) (\w+(?: \w+)??) (?:ever |even |publicly )?(?:respond|reply|react|comment)\b"
)
SPEECH_WORDS = (
    "say says said saying tell tells told write writes wrote writing tweet tweeted tweets recount recounts "
    "recall recalls reveal reveals continued ask asked asking post posted reply replied respond responded "
    "according"
)


def speaker(folded: str) -> tuple[str, ...]:
    """The words naming whose words the question asks for ("what did bevy smith say"), or none."""
    match = _SPEAKER.search(folded)
    return tuple((match.group(1) or match.group(2) or match.group(3)).split()) if match else ()


def asks_rate(folded: str) -> bool:
    """The question asks how many in a day (or week...), not how many in all."""
    return bool(_RATE.search(folded))


def asks_total(folded: str) -> bool:
    """The question asks how many in all ("the total tweet count"), not how many a day."""
    return bool(_TOTAL.search(folded))


def joins_two(folded: str) -> bool:
    """The question may join two questions: "what did X say and what did Y write"."""
    return bool(_JOINS.search(folded))


_YES_NO_OPENERS = frozenset(
    "did does do is was were has had can could would will are isnt wasnt didnt doesnt hasnt".split()  # noqa: SIM905
)


def question_start(folded_words: list[str]) -> int:
    """Where the question itself starts, after a chatty preamble; 0 when there is none."""
    if folded_words and folded_words[0] in _YES_NO_OPENERS:
        # "did milano know about burke when she tweeted": a yes-no question from its first word; a question
        # word later in it opens a clause of it, not the question.
        return 0
    for i, word in enumerate(folded_words):
        if word in _WH:
            return i if i >= _PREAMBLE_WORDS else 0
    return _claim_start(folded_words)


# "my friend said burke started metoo, is that true": a claim someone outside the articles made, to be
# checked; who said it, and where, frames the question ("i was scrolling tiktok and someone said...").
_SAYERS = frozenset(
    "someone somebody people they friend friends teacher professor mom dad parents i we everyone everybody "  # noqa: SIM905
    "classmate classmates online article prof roommate sister brother cousin boyfriend girlfriend coworker "
    "tiktok reddit youtube".split()
)
_SAYING = frozenset(
    "said says say told tells heard hear read saw seeing hearing saying claimed claims claim thinks think "  # noqa: SIM905
    "thought believes insists swears".split()
)
# Between the saying and the claim: to whom, that, and where it was read or heard ("i read somewhere
# that", "someone said on tiktok that"), which is no part of the claim.
_CLAIM_LEAD = frozenset(
    "me us that somewhere online recently once on in at the twitter tiktok reddit instagram facebook "  # noqa: SIM905
    "youtube internet news tv class school".split()
)


def _claim_start(folded_words: list[str]) -> int:
    """Where a reported claim starts ("... someone said | burke started metoo"), or 0."""
    for i in range(1, len(folded_words) - 1):
        if folded_words[i] in _SAYING and folded_words[i - 1] in _SAYERS:
            start = i + 1
            while start < len(folded_words) and folded_words[start] in _CLAIM_LEAD:
                start += 1
            return start if start < len(folded_words) else 0
    return 0


# Where a message joins two things it asks about without a second question word ("the total tweet count
# and the daily average", "who founded metoo plus the date it went viral").
_JOIN_POINT = re.compile(
    r",?\s+\b(?:and|plus|vs\.?|versus|compared (?:to|with)|as well as|along with)\s+", re.IGNORECASE
)
# "what anniversary did burke and milano mark" joins two names in one question, not two questions.
_MIN_HALF = 3
# "... and i wanted to know who started it": the message goes on telling, it does not join a second thing.
_NARRATIVE = re.compile(r"^(?:i|im|i'm|ive|i've|my|we|so)\b", re.IGNORECASE)
_COUNTING = re.compile(r"^\W*(?:how (?:many|much)|number of)\b", re.IGNORECASE)
# "how many" and the noun it counts.
_COUNTING_FRAME = 2
# A span alone, the other half of "how many a day vs total".
_SPAN_ALONE = re.compile(
    r"^\W*(?:(?:in )?total|overall|in all|altogether|so far|(?:a|per|each|every) (?:day|week|month|year)"
    r"|daily)\W*$",
    re.IGNORECASE,
)
_ASKS = re.compile(r"^\W*(?:and\s+)?(?:who|what|whats|when|where|why|how|which)\b", re.IGNORECASE)
# A part of a message that only frames what follows: an apology, a greeting or a hedge, asking nothing.
_FRAME_PART = re.compile(
    r"^\W*(?:sorry|ok|okay|hi|hey|hello|so|well|um+|quick|random|dumb|stupid|silly|not sure|i know|i hope)\b"
    r"(?!.*\b(?:who|whom|whose|what|whats|when|where|why|how|which)\b)",
    re.IGNORECASE,
)


def split_joined(question: str) -> tuple[str, ...]:
    """The two things a question joins ("the total count and the daily average"), each readable alone:
    a second half that asks nothing itself takes the first's "how many". The question alone when it joins
    nothing, or when either half is too short to ask anything alone ("burke and milano")."""
    parts = _JOIN_POINT.split(question.strip(), maxsplit=1)
    if len(parts) == 2 and _COUNTING.match(parts[0]) and _SPAN_ALONE.match(parts[1]):
        # "how many tweets per day vs total": the second half counts the same thing over another span.
        counted = parts[0].split()[: _COUNTING_FRAME + 1]
        return parts[0].strip(), " ".join([*counted, parts[1].strip()])
    if len(parts) != 2 or any(len(p.split()) < _MIN_HALF for p in parts):
        return (question,)
    first, second = (p.strip() for p in parts)
    if _NARRATIVE.match(second):
        return (question,)
    frame = _COUNTING.match(first)
    if frame and not _ASKS.match(second):
        second = f"{frame.group().strip()} {second}"
    return first, second


def split_clauses(question: str) -> tuple[str, ...]:
    """The question, or its two questions when it asks two ("what did X say and what did Y write")."""
    parts = _SECOND_QUESTION.split(question.strip(), maxsplit=1)
    parts = [p.strip() for p in parts if p.strip()]
    if len(parts) == 2 and _FRAME_PART.match(parts[0]):
        # "sorry if this is a dumb question but what did milano tweet": the first part only frames the
        # second, which is then the message's one question (its preamble counts only where present).
        return (question,)
    return tuple(parts) if len(parts) == 2 else (question,)
