"""A small hand-made lexicon for these articles: paraphrases, phrases, generic words and question intents.

Written for this project by reading the two articles and the ways people ask about them. Entries map the
words a reader types to the words the articles use; they are stemmed with the index's own stemmer when
the index is built, so they are written here in plain English.
"""

from __future__ import annotations

import re

from knowledge.text import STOPWORDS

__all__ = [
    "CAUSE_WORDS",
    "DURATION_WORDS",
    "GENERIC_WORDS",
    "NUMBER_WORDS",
    "PARAPHRASES",
    "PLACE_WORDS",
    "QUESTION_WORD_SLIPS",
    "ROLE_WORDS",
    "TOPIC_WORDS",
    "counted_noun",
    "mentions_topic",
    "rewrite_phrases",
    "wants_date",
    "wants_duration",
    "wants_number",
    "wants_person",
    "wants_place",
    "wants_reason",
]

# reader's word(s) -> the article's words for the same idea ("word:0.7" marks a looser reading).
PARAPHRASES: dict[str, str] = {
    "found founded founding founder create created creator creating": "founder creator start original",
    "start started starting begin began originator originate": "founder creator start original",
    "invent invented launch launched initiate initiated behind": "founder creator start original",
    "first originally": "original start",
    "tweet tweeted tweets post posted posts twitter retweet": "tweet post",
    "viral spread spreading popular trending trend explode exploded famous": "viral",
    "daughter kid kids child children baby": "daughter",
    "essay article op-ed oped piece column": "essay",
    "magazine": "time essay",
    "apology apologize apologise apologized apologised apologizing sorry": "apology",
    "amplify boost promote uplift spotlight elevate support supported": "amplify",
    # Someone asking for help is first of all pointed at the hotline.
    "help helps helped helping": "hotline amplify:0.7 service:0.7",
    "together collaborate collaborated collaboration partner partnered team teamed": "amplify reached",
    "intervene intervened defend defended": "sure erased",
    "know knew aware realize realized realise realised notice noticed": "recognizing",
    "cry cried crying tears tearful weep wept": "tearfully",
    "erase erased forgotten forget overlooked ignored sidelined": "erased lost recognizing",
    "credit credited recognition recognize": "erased lost recognizing",
    "survivor victim victims": "survivors",
    "people person persons everyone users": "people women men",
    "abuse abused molest molested": "sexually assaulted harassed violence",
    "rape raped harass harassed harassment": "sexually assaulted harassed violence",
    "afraid fear feared frightened worried worry scared": "scared dread",
    "wish wishes dream": "hope",
    "goal goals aim aims plan plans next future": "aims continue",
    "inspire inspired inspiration motivate motivated motivation prompt prompted trigger triggered": "spurred",
    "story stories": "narrative stories",
    "achieve achieved achievement accomplish accomplished impact": "created changed visibility",
    "success change changed result results": "created changed visibility",
    "law laws legal legislation policy policies": "law policy",
    "fix fixed solve solved cure cured": "antidote",
    "fail failed failing failure dead": "failing",
    "backlash pushback criticism opposition": "backlash",
    "feel feeling feelings felt emotion emotions react reaction": "felt",
    "respond responded response responses reply replied replies answer answered": "responses replied",
    "ashamed guilt": "shame",
    "interview interviewed conversation": "interview",
    "clip": "video",
    "campaign cause": "movement",
    "tag": "hashtag",
    "writer": "author",
    "host presenter celebrity": "personality",
    "helpline phone": "hotline call",
    "destroy fight break": "dismantle",
    "honesty honest": "truth",
    "silent quiet": "silence",
    "global globally everywhere worldwide international": "world",
    "daily": "day",
    "mark marked celebrate celebrated commemorate": "marked anniversary",
}

# Words that ask for a number: a passage with a number covers them ("what is the hotline number").
NUMBER_WORDS = frozenset("number numbers figure figures statistic statistics stats amount count".split())  # noqa: SIM905

# Multi-word phrases rewritten to the article's words before the question is cut into terms.
_PHRASES = [
    (r"\bc[oa]me up with\b", "created"),
    (r"\bsa(?:y|id) sorry\b", "apologized"),
    (r"\b(?:tear|tore|torn|break|broke|bring|brought) down\b", "dismantle"),
    (r"\bleft out\b", "erased"),
    (r"\b(?:blew|blow|blown) up\b|\btook off\b", "viral"),
    (r"\bfirst day\b|\bone day\b", "24 hours"),
    (r"\b(?:per|every|each) day\b", "a day"),
    (r"\bnet worth\b", "networth"),
    (r"\bst[eo]pp?(?:ed)? in\b|\bst(?:an|oo)d up for\b", "defended"),
    # "what is she known for", "her biography": who she is.
    (r"\b(?:best |most |well )?(?:known|famous|famed) for\b|\b(?:biography|bio|background)\b", "who"),
    (r"\blittle girl\b", "daughter"),
    (r"\b(?:going|gone|go|went) on\b", "happening"),
]
_PHRASE_PATTERNS = [(re.compile(pattern), words) for pattern, words in _PHRASES]

# Words that frame a question rather than say what it is about ("what time", "what's it called"):
# they still help rank, but a question made only of these is not covered by the articles.
GENERIC_WORDS = frozenset(
    """
    time thing things stuff way lot name named call called mean means meaning happen happened happening
    get go make come take use used need kind sort now today year years day days ago people person
    say said someone everyone anyone info information question questions answer find try tried suppose
    supposed long date think opinion view known feel feeling felt know react reaction reacted give gave
    given put
    """.split()  # noqa: SIM905 - a word list reads best as words
)

# "who is X": the articles introduce people by their role.
ROLE_WORDS = "founder creator actress activist author personality"
# "when did it go viral": with nobody named, "it" is the movement this bot is about.
TOPIC_WORDS = "metoo"
# "where": the places the articles name.
PLACE_WORDS = "country world nearest local"
# "how long": the articles give durations with these words.
DURATION_WORDS = "decades years ago"
# "why did X": the articles give reasons with these words.
CAUSE_WORDS = "spurred because reason"

_IT = re.compile(r"\bit\b")
_WHO = re.compile(r"\bwho\b")
# "who was it for", "who did she apologise to": the who is not the one who did it.
_TRAILING_PREPOSITION = re.compile(r"\b(?:for|to|with|about|from)\W*$")
_WHY = re.compile(r"\bwhy\b|\bwhat (?:made|inspired|spurred|caused)\b")
_WHEN = re.compile(r"\bwhen\b|\bwhat (?:year|day|date|month)\b|\bwhich (?:year|day|date)\b")
_WHERE = re.compile(r"\bwhere\b")
_HOW_LONG = re.compile(r"\bhow long\b|\bsince when\b")
_HOW_MANY = re.compile(r"\bhow (?:many|much)\b|\bnumber of\b|\bhow often\b|\bcount\b")


# The words that frame a question; typed with a letter missing or two letters swapped ("mny", "waht", "hw")
# they are still recognised, so "how mny tweets" is still a "how many" question.
_QUESTION_WORDS = "what when where which who why how many much does did about the with from have this that"


def _slips(words: str) -> dict[str, str]:
    table: dict[str, str] = {}
    for word in words.split():
        variants = {word[:i] + word[i + 1 :] for i in range(len(word))}
        variants |= {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)}
        for variant in variants - {word}:
            if len(variant) >= 2:
                table.setdefault(variant, word)
    return table


QUESTION_WORD_SLIPS = _slips(_QUESTION_WORDS)
_COUNTED = re.compile(r"\b(?:how (?:many|much)|number of)\s+(?:(?:the|of|a|an|those|these)\s+)*([a-z0-9 ]+)")


def counted_noun(folded: str) -> str | None:
    """The thing a "how many" question counts, if it asks one.

    English puts the head of a short noun phrase last, so it is the second of the first two words
    when both are content words: "how many metoo tweets were there" counts "tweets".
    """
    match = _COUNTED.search(folded)
    if not match:
        return None
    head = match.group(1).split()[:2]
    if not head:
        return None
    return head[1] if len(head) == 2 and head[1] not in STOPWORDS else head[0]


def rewrite_phrases(folded: str) -> str:
    """`folded` with the lexicon's multi-word phrases replaced by the article's words."""
    for pattern, replacement in _PHRASE_PATTERNS:
        folded = pattern.sub(replacement, folded)
    return folded


def wants_person(folded: str) -> bool:
    """The question asks who someone is or who did something."""
    return bool(_WHO.search(folded)) and not _TRAILING_PREPOSITION.search(folded)


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
