"""What kind of thing a question asks for: a date, a number, a place, an outlet, a law, a group...

Only a passage that holds one can answer ("which outlet broke the story" is not answered by the passage
saying the story broke). Each reader works on the folded question; what a passage holds is read by
`knowledge.index` from `knowledge.lexicon.KIND_PATTERNS`.
"""

from __future__ import annotations

import re

from knowledge.guards import Guarded

__all__ = ["KIND_WORDS", "asked_kinds", "kind_frame_words"]

# The words that make a closing "date" a verb ("who did she date", "who would she date").
_DATE_VERB_BEFORE = (
    "did", "to", "would", "will", "she", "he", "they", "i", "you", "we", "cant", "can", "not", "and", "or"
)
# A question asking for a kind of thing: only a passage that holds one can answer it ("which outlet broke
# the story" is not answered by the passage saying the story broke). "when" and "where" count only as
# question words ("when did..."), not as "what did she feel when...".
_KINDS = {
    "time": re.compile(r"\bwhen (?:did|was|were|is|does|do|will|has|had|exactly)\b"),
    "year": re.compile(r"\b(?:what|which) year\b"),
    # "date of the viral tweet", "a date pls", "the exact date": a date asked for without a question word.
    # "milano tweet date" ends on the date it asks for ("who did she date" asks about a person).
    "day": re.compile(
        r"\b(?:what|which) (?:day|date|month)\b|^\W*date of\b|\b(?:a|the|exact) date\b"
        # Searched from the literal "date" on (the look-behinds after it), as cheap as the rest.
        # "metoo viral date 2017": a year after it says which year's day.
        r"|\bdate(?<=[a-z] date)" + "".join(rf"(?<!\b{w} date)" for w in _DATE_VERB_BEFORE)
        + r"(?:\s+(?:in\s+)?(?:19|20)\d\d)?\W*$"
    ),
    # "where did burke publish her essay": in an outlet, or at a place.
    "venue": re.compile(
        r"\bwhere (?:did|was|were|is|does|do|has|had|can|could)\b.*\b(?:publish\w*|write|wrote|written|"
        r"post\w*|print\w*|appear\w*|read|watch|see|find)\b"
    ),
    "place": re.compile(
        # "where does the 55k a day stat come from" asks for a source, not a place.
        r"\bwhere (?:did|was|were|is|does|do|has|had|can|could)\b(?!.*\bcom(?:e|es|ing) from\b)"
        r"|\b(?:which|what) (?:\w+ )?(?:country|countries|place|location)\b"
    ),
    # "what city did she grow up in": a named city or state, not "this country" or "the world"; so does
    # where someone grew up, was born, lives or is from.
    "city": re.compile(
        r"\b(?:which|what) (?:\w+ )?(?:city|cities|town|towns|state|states|hometown)\b"
        r"|\bwhere (?:did|does|do|was|is|were) (?:\w+ ){1,3}"
        r"(?:grow up|grew up|raised|born|live|lives|lived)\b"
        r"|\bwhere (?:is|was|are|were) (?:\w+ ){1,3}from\W*$"
    ),
    "number": re.compile(r"\bhow many\b|\bnumber of\b"),
    # "what percentage of women", "what share of survivors": a share, not any number.
    "percent": re.compile(r"\b(?:percentage|percent|per cent|proportion|fraction)\b|\bwhat share\b|%"),
    "outlet": re.compile(
        r"\b(?:which|what) (?:\w+ )?(?:outlet|newspaper|paper|magazine|publication|network|channel|website|"
        r"journal)s?\b|\bwho (?:first )?(?:broke|reported|published|exposed|uncovered)\b"
    ),
    "law": re.compile(
        # "which policies changed": a named policy or rule, which no passage gives ("any policy that has
        # been changed" names none).
        r"\b(?:which|what) (?:\w+ )?(?:laws?|legislation|bills?|acts|statutes?|polic(?:y|ies)|regulations?)\b"
        r"|\bname (?:a|any|the|some) laws?\b"
    ),
    # "which organization counted the tweets", "what research group": a named body (a center, an institute).
    "organisation": re.compile(
        r"\b(?:which|what) (?:\w+ )?(?:organi[sz]ations?|institutes?|institutions?|research (?:group|center|"
        r"centre|firm|team)|companies|company|firm|agency|pollsters?|think tank)\b"
    ),
    # "which social networks", "what platform": a named platform (Twitter, Instagram), not an outlet.
    "platform": re.compile(
        r"\b(?:which|what) (?:\w+ )?(?:social networks?|social media (?:sites?|platforms?|apps?|networks?)"
        r"|platforms?|apps?)\b"
    ),
    # "how long is milano's video", "how long was the essay": a thing's length, in minutes, pages or words.
    "length": re.compile(
        r"\bhow long (?:is|was) (?:\w+ ){0,3}?(?:video|essay|article|interview|speech|piece|tweet|post|clip|"
        r"film|movie|book|podcast|show|letter)s?\b"
    ),
    # Someone's exact words ("what exactly did her apology say", "the exact wording", "word for word"): only
    # a passage quoting them at some length answers, not one reporting that they spoke.
    "quote": re.compile(
        r"\b(?:what|which) exactly (?:did|does|do|was|were|is) (?:\w+ ){0,4}?(?:say|said|says|tweet|tweeted|"
        r"write|wrote|post|posted)\b|\b(?:say|said|says|tweet|tweeted|write|wrote) exactly\b"
        r"|\bexact (?:words?|wording|text|quote)\b|\bword for word\b|\bverbatim\b"
        # "quote from milano about her daughter", "a burke quote about the movement": her words, quoted.
        r"|\bquotes? (?:from|by)\b|\b(?:a|any|one|some) (?:\w+ )?quotes?\b"
        # "milanos line about collective pain", "the line where burke talks about shame": a line of hers,
        # not a phone line ("the hotline", "a crisis line" are never followed by these).
        r"|\blines? (?:about|on|where|when|from|that)\b"
        # "what is the metoo movement according to tarana": in her own words, not as a passage names it
        # ("according to pew" is a source of a number, "according to her essay" names the work).
        r"|\baccording to (?:tarana|burke|milano|alyssa|her|him)\W*$"
        # "what did burke say in the 2014 speech", "what did milano say in her apology": the words of one
        # occasion, which a passage naming the occasion without quoting it does not give.
        r"|\bwhat (?:did|does|do) (?:\w+ ){1,2}?(?:say|said|tweet|tweeted|write|wrote|post|posted) "
        r"(?:in|during|at) (?:her|his|their|the|that|this|its) (?:\w+ ){0,2}?"
        r"(?:speech|apology|interview|video|essay|statement|letter|tweet|post)\b"
    ),
    # How a number was reached ("how did pew count the tweets"): only a passage telling the method answers,
    # not one giving the number.
    "method": re.compile(
        r"\bhow (?:does|did|do|is|was|were|are) (?:\w+ ){1,4}?(?:count|counts|counted|measure|measured|track|"
        r"tracked|calculate|calculated|estimate|estimated|compute|computed|tally|tallied)\b"
    ),
    # Who, by name, answered the tweet ("the first person to reply", "which celebrities tweeted me too"):
    # only a passage naming someone who replied answers, not one counting the replies.
    "responder": re.compile(
        r"\bfirst (?:\w+ )?(?:person|people|one|celebrity|celebrities|celeb|celebs|star|stars|actress|actor|"
        r"woman|man|famous \w+) (?:to|who) (?:reply|replied|respond|responded|answer|answered|tweet|tweeted|"
        r"use|used|say|said|post|posted|retweet)\b"
        r"|\b(?:which|what|name (?:the|some|any)?) ?(?:other )?(?:celebrities|celebs|stars|famous people|"
        r"actresses|actors|public figures)\b(?!.*\b(?:backed|supported|defended|helped|credit|credited)\b)"
    ),
    # A job someone had before ("what job did burke have before the movement", "what did she do for a
    # living before metoo"): only a passage telling a past occupation answers, not one giving her role now.
    "prior_job": re.compile(
        # "do for a living" is read as "job" by the lexicon's phrases before this runs.
        r"\b(?:what|which|her|his|their) (?:\w+ ){0,3}?(?:job|jobs|occupation|profession|career|line of work)"
        r"\b.*\bbefore\b"
    ),
    # A time of day ("what time of day did she tweet", "at what hour", "morning or night"): only a passage
    # telling one answers, not one giving the date. A plain "what time did" often means "when".
    "clock": re.compile(
        r"\bwhat time of (?:day|night)\b|\bat what (?:time|hour)\b|\b(?:what|which) hour\b"
        r"|\b(?:morning|night|evening|afternoon) or (?:morning|night|evening|afternoon)\b|\bam or pm\b"
        r"|\bo ?clock\b"
    ),
    # Legal action ("did burke sue milano", "was there a lawsuit"): only a passage telling of one answers.
    "legal": re.compile(
        r"\b(?:sue|sued|suing|sues|lawsuits?|legal action|press(?:ed)? charges"
        r"|(?:take|took|taken) \w+ to court)\b"
    ),
    # An award ("what awards has burke won", "time person of the year", "did she win an emmy"): only a
    # passage telling of one answers, not one that shares the name or the year.
    "award": re.compile(
        r"\b(?:awards?|awarded|prizes?|person of the year|personoftheyear|nominat\w*|trophy|trophies|medals?"
        r"|oscars?|emmys?|grammys?|golden globes?)\b"
    ),
    # What letters stand for ("what does rainn stand for", "the acronym"): only a passage spelling them out
    # answers. What the movement or a person stands for is its aim, which passages do tell.
    "expansion": re.compile(
        r"\b(?:acronym|abbreviation|initials)\b"
        r"|\bwhat (?:does|do|did) (?!(?:the |this |that )?(?:metoo|movement|hashtag|campaign|it|she|he|they|"
        r"burke|milano|tarana|alyssa|me too|you|we|hope)\b)[a-z]+ (?:stand|stands) for\b"
        # The lexicon reads "stand for" as "means" before the kinds are read; "means" is never typed so.
        r"|^\W*what (?:does|do|did) (?!(?:the |this |that )?(?:metoo|movement|hashtag|campaign|it|she|he|"
        r"they|burke|milano|tarana|alyssa|me too|you|we|hope)\b)[a-z]+ means\W*$"
    ),
    # A gift ("anniversary gift ideas", "what do you get someone for a one year anniversary"): the articles
    # mark anniversaries but never tell of a present.
    "gift": re.compile(
        r"\bgifts?\b|\bpresents? for\b"
        r"|\bwhat (?:do|should|can|could|would) (?:you|i|we|u) (?:get|buy|give) "
        r"(?:someone|somebody|my|a|an|her|him|them|your)\b"
    ),
    # Whom something was for: "who was metoo originally for", "burke started it for who", "meant to help",
    # "aimed at": only a passage naming a group it was for can answer.
    "group": re.compile(
        r"\b(?:meant|intended|aimed|designed|created|started|founded)\b(?: \w+){0,3}? (?:for|at|to help)\b"
        r"|\b(?:originally|initially|first) (?:for|aimed at)\b|\bfor whom?\W*$|^\W*who\b.*\bfor\W*$"
        # "was the original movement for college women?": whom the original was for.
        r"|\boriginal (?:\w+ )?(?:movement|hashtag|campaign|metoo) (?:was )?for\b"
    ),
}
# The words that only say which kind is asked for ("meant to help" asks for a group): the kind's check
# stands for them, so a passage is not asked to share them.
_KIND_FRAMES = {
    "responder": frozenset({"first", "celebrities", "celebs", "stars", "famous", "actresses", "actors"}),
    "prior_job": frozenset({"job", "jobs", "occupation", "profession", "career", "living"}),
    "clock": frozenset({"hour", "clock", "morning", "night", "evening", "afternoon"}),
    "quote": frozenset({"line", "lines"}),
    "group": frozenset({"meant", "intended", "aimed", "designed", "help", "group", "groups"}),
    "platform": frozenset({"platform", "platforms", "app", "apps", "network", "networks"}),
    "organisation": frozenset(
        "organization organizations organisation organisations institute institutes institution institutions "  # noqa: SIM905
        "research group team company companies firm agency pollster pollsters think tank".split()
    ),
}


# The whole words the kind patterns ask with ("state", "outlet"): a reader's word, never a typo to correct
# ("what state is she from" must not become "what stats").
KIND_WORDS = frozenset(
    w for p in _KINDS.values() for w in re.findall(r"(?<![\\\]])\b[a-z]{4,}\b(?!\[)", p.pattern)
) | {"sue"}


def kind_frame_words(kinds: frozenset[str]) -> frozenset[str]:
    """The question's words that only frame the kinds it asks for."""
    return frozenset(w for kind in kinds for w in _KIND_FRAMES.get(kind, ()))


# Words without which a kind's pattern cannot match: checking them first skips the pattern's scan of a
# long message (a question is read on every message, and the p99 is close to its 2 ms budget).
_GUARDS = {
    "day": ("day", "date", "month"),
    "responder": ("first", "celeb", "star", "famous", "actress", "actor", "public"),
    "prior_job": ("before",),
    "clock": ("time", "hour", "morning", "night", "evening", "afternoon", "am or pm", "clock"),
    "legal": ("sue", "suing", "lawsuit", "legal", "charges", "court"),
    # "person of the year" is folded to one word before the kinds are read.
    "award": (
        "award", "prize", "personoftheyear", "nominat", "troph", "medal", "oscar", "emmy", "grammy", "globe"
    ),
    "gift": ("gift", "present", "get", "buy", "give"),
    "expansion": ("acronym", "abbreviation", "initials", "stand", "means"),
    "quote": ("exact", "word for word", "verbatim", "quote", "line", "according", " in ", " during ", " at "),
    "percent": ("percent", "per cent", "proportion", "fraction", "share", "%"),
}


def _may_ask(kind: str, folded: str) -> bool:
    guards = _GUARDS.get(kind)
    return guards is None or any(g in folded for g in guards)


# Each pattern with the text it cannot match without, read from the pattern (knowledge/guards.py): most
# messages hold no "when " or "how many", and a substring test is cheaper than a scan (round 22's p99).
_GUARDED = {kind: Guarded(pattern) for kind, pattern in _KINDS.items()}


def asked_kinds(folded: str) -> frozenset[str]:
    """The kinds of thing the question asks for: "year", "day", "time", "place" (or "venue": a place or an
    outlet), "number", "outlet", "law"."""
    kinds = frozenset(
        kind for kind, pattern in _GUARDED.items() if _may_ask(kind, folded) and pattern.search(folded)
    )
    if "platform" in kinds:
        # A social network is a platform, not a newspaper's network.
        kinds -= {"outlet"}
    return kinds - {"place"} if "venue" in kinds else kinds
