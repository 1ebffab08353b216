"""What frames a question rather than asks it: a chatty opening, a claim to check, a choice, a named source.

Each reader works on the question's text or its folded words and says which words frame it; the query
parser then weighs those words less, or reads them as one choice, or checks a stated number against the
articles' own.
"""

from __future__ import annotations

import re

from knowledge.intents import question_start
from knowledge.text import STOPWORDS

__all__ = [
    "KIN_WORDS", "alternatives", "asserts", "checks_claim", "source_words", "split_frame", "stated_group",
    "stated_kin", "stated_outlet", "stated_role", "tags_claim",
]

# "were there like 20 million tweets", "it broke in 2015 right", "is it true that...": the reader states
# something and asks whether it holds; a number in it is theirs to check, not one to find.
_CLAIM_CHECK = re.compile(
    r"^(?:(?:hi|hey|ok|okay|so|and|but|wait|um|like|just|also) )*(?:is|was|were|did|does|do|has|had|"
    r"isnt|wasnt|werent|didnt|doesnt|dont|hasnt|hadnt)\b"
    r"|\bso (?:it|there|that|she|he|they) (?:was|were|is|did|had)\b|\b(?:right|true|correct|yeah|wrong)\W*$"
    r"|\b(?:is|was) (?:it|that|this) (?:true|right|correct)\b|\btrue that\b"
    # "burke wrote for the times, didnt she", "i heard her son inspired it": a tag or a hearsay opening.
    r"|\b(?:didnt|doesnt|wasnt|isnt|werent|hasnt|hadnt) (?:she|he|they|it|there)\W*$"
    r"|^(?:i (?:heard|read|thought|was told)|someone (?:said|told me)|people say)\b"
)


# A claim the reader asserts and then tags ("... right", "... wasnt it", "i heard ..."), rather than a
# yes-no question ("is milano married"): its words the articles lack are the reader's to be checked.
_TAGGED_CLAIM = re.compile(
    r"\b(?:right|true|correct|yeah|wrong)\W*$|\b(?:is|was) (?:it|that|this) (?:true|right|correct)\b"
    r"|\b(?:didnt|doesnt|wasnt|isnt|werent|hasnt|hadnt|did|does|was|is) (?:she|he|they|it|there)\W*$"
    r"|^(?:i (?:heard|read|thought|was told)|someone (?:said|told me)|people say)\b"
    # "so i read somewhere that milano apologized, did that happen".
    r"|\b(?:did|does) (?:that|this|it) (?:really |actually )?happen\W*$|^(?:so|ok|okay|and|but|well|also) "
    r"i (?:heard|read|saw)\b"
)


def tags_claim(folded: str) -> bool:
    """The reader asserts something and tags it for checking ("burke was bitter right")."""
    return bool(_TAGGED_CLAIM.search(folded))


# A statement asked with a question mark ("burke founded it in 2010?", "2018 article came out oct 15 2017?"):
# no question word anywhere, and not opened as a yes-no question (which `checks_claim` reads already).
_ASKING_WORDS = frozenset("what when where which who whom whose why how".split())  # noqa: SIM905
_ASSERTED_MIN_WORDS = 3


def asserts(question: str, folded_words: list[str]) -> bool:
    """The reader states something and only the question mark asks whether it holds."""
    return (
        question.rstrip().endswith("?")
        and len(folded_words) >= _ASSERTED_MIN_WORDS
        and not any(w in _ASKING_WORDS for w in folded_words)
    )


def checks_claim(folded: str) -> bool:
    """The question states something and asks whether it holds ("so it was 20 million tweets right")."""
    return bool(_CLAIM_CHECK.search(folded))


# News outlets as readers name them: in a claim to check, the one the reader names is theirs to check
# against the outlet the articles name ("burke wrote for the new york times, right": she wrote for Time).
_OUTLET = re.compile(
    r"\b(?:(?:the )?(?:new york|ny|washington|la|los angeles|chicago|financial|seattle|boston) "
    r"(?:times|post|tribune|globe|journal)|wall street journal|wsj|nyt|cnn|bbc|nbc|abc|cbs|fox news|msnbc|"
    r"npr|huffpost|huffington post|buzzfeed|vogue|teen vogue|vanity fair|usa today|reuters|the guardian|"
    r"the atlantic|the new yorker|people magazine|time magazine|rolling stone|vox|vice)\b"
)


# Family words: in a claim to check ("i heard her son inspired it"), a relative the articles never name is
# the reader's to check against the one they do; asking whether someone has one ("does she have a son")
# is no such claim.
KIN_WORDS = frozenset(
    "son sons husband wife mother father mom dad brother sister niece nephew boy boyfriend".split()  # noqa: SIM905
)
_HAS_KIN = re.compile(
    r"\b(?:have|has|had|got) (?:a |an |any |her |his )?(?:\w+ )?(?:" + "|".join(KIN_WORDS) + r")\b"
)


def stated_kin(folded: str, asserted: bool = False) -> frozenset[str]:
    """The family words a claim to check states about someone ("her son inspired it"); none otherwise."""
    if not (asserted or checks_claim(folded)) or _HAS_KIN.search(folded):
        return frozenset()
    return frozenset(w for w in folded.split() if w in KIN_WORDS)


# Occupations a claim may give someone ("milano is a singer, isnt she"): checked against the roles the
# articles give (actress, activist...), so the passage naming her real one answers.
_ROLES = frozenset(
    "singer singers rapper musician comedian politician senator lawyer journalist reporter model dancer "  # noqa: SIM905
    "director producer writer novelist poet athlete doctor nurse teacher professor ceo businesswoman "
    "businessman anchor presenter host".split()
)


def stated_role(folded: str, asserted: bool = False) -> frozenset[str]:
    """The occupations a claim to check gives someone ("milano is a singer isnt she"); none otherwise."""
    if not (asserted or checks_claim(folded)):
        return frozenset()
    return frozenset(w for w in folded.split() if w in _ROLES)


# Whom a claim says the movement was started or meant for ("burke started it for white college students",
# "was metoo made only for rich women"): checked against the group a passage says it was for.
_FOR_GROUP = re.compile(
    r"\b(?:start|started|found|founded|create|created|made|make|begin|began|begun|meant|intended|aimed|"
    r"designed|built|was|is) (?:it |metoo |the movement |the hashtag |this )?"
    r"(?:only |just |originally |mainly |mostly |really )?for ((?:\w+ ){0,3}\w+)"
)


def stated_group(folded: str, asserted: bool = False) -> frozenset[str]:
    """The words of the group a claim to check says something was for; none in other questions."""
    if " for " not in folded or not (asserted or checks_claim(folded)):
        return frozenset()
    return frozenset(w for m in _FOR_GROUP.finditer(folded) for w in m.group(1).split()) - STOPWORDS


def stated_outlet(folded: str, asserted: bool = False) -> frozenset[str]:
    """The words of the outlets a claim to check names ("the new york times"); none in other questions."""
    if not (asserted or checks_claim(folded)):
        return frozenset()
    return frozenset(w for match in _OUTLET.finditer(folded) for w in match.group().split()) - {"the"}


# A message that opens by telling about the writer or greeting ("i'm a journalism student,", "ok random one
# but", "hello there, i hope you can help me:") before what it asks, even without a question word.
_OPENERS = frozenset(
    "i im i'm ive i've id i'd we my our so ok okay hi hii hey heyy heyyy hello yo sorry thanks thank good "  # noqa: SIM905
    "not can could quick random this just hopefully please dear um well btw also no hope real "
    "question for doing writing working presenting".split()
)
_FRAME_END = re.compile(r"[,:;.!?]+\s+|\s+but\s+", re.IGNORECASE)
# "... and we wondered", "i need to know", "can you tell me": what follows is the question.
_ASKING = re.compile(
    r"\b(?:(?:i|we)(?: was| were| am|'m|m)? (?:wondering|wondered|wonder|curious)(?: about| if| whether)?"
    r"|(?:i|we)(?: really)? (?:need|needed|want|wanted|would like|'d like|d like) to "
    r"(?:know|understand|learn)(?: about)?"
    # "im presenting tomorrow and need the name of...", "for my essay i need a quote from burke": what is
    # needed is what is asked.
    r"|(?:and |i |we )(?:really )?(?:need|needed|want|wanted|am looking for|m looking for|'m looking for)"
    r"(?= (?:the|a|an|some|her|his|their|burkes?|milanos?)\b)"
    r"|(?:can|could|would) (?:you|u) (?:please )?(?:tell|explain to|remind) me(?: about)?"
    r"|do (?:you|u) (?:happen to )?know|(?:trying|tried|try) to (?:figure|find|work) out"
    # "my mom asked me who...": who is asking, not what.
    r"|(?:my|our) (?:\w+ ){1,2}(?:asked|asks|wants to know|wanted to know)(?: me| us)?(?: about)?)\b",
    re.IGNORECASE,
)
_ASKS_ANYWHERE = re.compile(r"\b(?:who|whom|whose|what|whats|what's|when|where|why|how|which)\b|\?", re.I)


# What is left after a claim: only its tag ("is that true", "did that happen", "right?").
_TAG_ONLY = re.compile(
    r"\W*(?:(?:is|was) (?:that|this|it) (?:really |actually )?(?:true|right|correct|so)"
    r"|(?:did|does) (?:that|this|it) (?:really |actually )?happen|true|right|correct|really)\W*$",
    re.IGNORECASE,
)


def split_frame(question: str) -> tuple[str, str]:
    """The message's opening frame (about the writer, a greeting, "i was wondering") and what it asks; the
    frame is "" when the message opens with its question. The frame never holds a question word."""
    cut = 0
    for match in _FRAME_END.finditer(question):
        head = question[: match.start()]
        if _ASKS_ANYWHERE.search(head):
            break
        if match.end() < len(question.rstrip()):
            cut = match.end()
    for match in _ASKING.finditer(question):
        if _ASKS_ANYWHERE.search(question[: match.start()]):
            break
        if match.end() < len(question.rstrip()):
            cut = max(cut, match.end())
    if cut and _TAG_ONLY.match(question[cut:]):
        # "my friend thinks metoo was only about hollywood, is that true": the claim is what is asked
        # about (who said it is read as a claim's opening when the question is parsed).
        cut = 0
    head = question[:cut].split()
    if not cut or not head or head[0].lower().strip(",.!:;") not in _OPENERS:
        return "", question
    if question_start([w.lower().strip(",.!:;'\"") for w in head]):
        # "my teacher said milano came up with metoo, is that true": the claim is what is asked about.
        return "", question
    return question[:cut], question[cut:]


# "an actress or a singer", "in 2017 or 2018": the words offered as the other choice.
_ALTERNATIVE_REACH = 3


def alternatives(folded_words: list[str]) -> list[tuple[int, int]]:
    """The positions of the two words either side of "or" that offer a choice ("is milano an actress or a
    singer": "actress" and "singer"): a passage naming either answers."""
    spots: list[tuple[int, int]] = []
    for i, word in enumerate(folded_words):
        if word == "or" and 0 < i < len(folded_words) - 1:
            after = [j for j in range(i + 1, min(len(folded_words), i + 1 + _ALTERNATIVE_REACH))
                     if folded_words[j] not in STOPWORDS]
            before = [j for j in range(max(0, i - _ALTERNATIVE_REACH), i) if folded_words[j] not in STOPWORDS]
            if after and before:
                spots.append((before[-1], after[0]))
    return spots


# "according to the time essay", "in her makers interview": where the answer is said, named to help; a
# passage from that essay need not repeat "essay". ("in the video" is left out: which video tells which
# passage: "who is milano talking to in the video".)
_SOURCE_REFERENCE = re.compile(
    # ... or the article as what gives it: "which phone line does the five year article list".
    r"\b(?:according to|in|from|per|for|does|did|do) "
    r"(?:the |her |his |their |burkes? |milanos? |taranas? |alyssas? )?"
    # "the 2018 makers piece": two words may name it.
    r"(?:(?:time|makers|2018|2022|first|second|anniversary|one year|5 year|five year) ){0,2}"
    r"(?:essay|article|interview|piece|op ed|oped)\b"
    # A keyword search naming it, with its year: "burke makers interview 2018".
    r"|\b(?:time|makers) (?:essay|article|interview|piece) (?:2018|2022)\b"
)


def source_words(folded: str) -> frozenset[str]:
    """The words that name where the question's answer was said ("according to the time essay")."""
    return frozenset(
        w for match in _SOURCE_REFERENCE.finditer(folded) for w in match.group().split() if w not in STOPWORDS
    )
