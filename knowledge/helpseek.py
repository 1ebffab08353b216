"""A request for help in the reader's own words: the passage giving the hotline answers it.

"who can i call", "is there an organisation that helps survivors", "where can i get support near me" share
few words with the hotline paragraph ("If you or someone you know has experienced sexual assault, you can
call the National Sexual Assault Hotline ... your local center"), yet it is the one passage that answers.
A message is such a request when it asks for a way to get help and says nothing beyond that which the
hotline paragraph does not: "who runs the hotline", "is it free to call", "who helped burke" and "who do
i call to fix my sink" each keep a word ("runs", "free", "burke", "sink") the paragraph lacks, and are left
to the ordinary decision.
"""

from __future__ import annotations

import re

from knowledge.text import STOPWORDS, stem, words

__all__ = ["HelpRequest"]

# Reaching someone: a request for help when the message asks whom or where ("who can i call"), not alone
# ("can i ring someone" asks no question of the articles).
_CONTACT = frozenset("call calls calling ring phone dial contact contacts reach talk speak".split())  # noqa: SIM905
_WHOM = frozenset("who where what which".split())  # noqa: SIM905
# A way to get help: one of these must be in the message.
_HELP = _CONTACT | frozenset(
    """
    help helps helping support
    supports supporting supported centre centres center centers organisation organisations organization
    organizations org orgs charity charities group groups service services provider providers resource
    resources counselor counselors counsellor counsellors counseling counselling helpline helplines
    hotline hotlines line lines number numbers rainn
    """.split()  # noqa: SIM905
)
# The beginnings of the words above, searched first on the raw message.
_HINT = re.compile(
    r"(?i)call|ring|phone|dial|contact|reach|talk|speak|help|support|cent|organi|\borgs?\b|charit|group|servi"
    r"|provider|resource|counsel|line|number|rainn"
)
# Words that frame the request rather than add a fact: asking, needing, finding; whom the help is for;
# where ("near me", "in my area"); and what happened, said the reader's way ("if something happened").
_FRAME = frozenset(
    """
    who where what which how need needs needed looking look find get go turn options option way ways
    anybody people person survivor survivors victim victims friend friends anyone someone somebody
    sister brother daughter son kid kids partner family
    near nearby close closest nearest local area around live town city region place places
    happen happened happens happening assaulted assault abused abuse raped rape harassed harassment
    sexual sexually attacked hurt crisis
    name called named give gives given list recommend suggest suggests article articles says say
    mention mentions mentioned piece
    """.split()  # noqa: SIM905
)

# A count, a time, a reason asked about the help ("how many people call it", "when was it set up") is a
# question about it, which the passage does not answer.
_OTHER_ASK = frozenset("many much when why long often year years old founded started began".split())  # noqa: SIM905


class HelpRequest:
    """Recognises a request for help that only the hotline passage answers."""

    def __init__(self, passage_text: str) -> None:
        # The passage's own words count as covered: "search for your local center" is in it.
        self._held = frozenset(stem(w) for w in words(passage_text))

    def asks(self, question: str) -> bool:
        """Whether `question` asks for a way to get help and for nothing the hotline passage does not give."""
        if not _HINT.search(question):
            # Most declined messages ask nothing of the sort: skip reading their words again.
            return False
        typed = words(question, hashtags=False)
        asked = _HELP.intersection(typed)
        if not asked or _OTHER_ASK.intersection(typed):
            return False
        if asked <= _CONTACT and not _WHOM.intersection(typed):
            return False
        rest = [w for w in typed if w not in STOPWORDS and w not in _HELP and w not in _FRAME]
        return all(stem(w) in self._held for w in rest)
