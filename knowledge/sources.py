"""Questions about the articles themselves: who wrote them, when, who published them, what they are called.

The answers are in each article's header, not in its passages: "who wrote the article" must not be
answered with a passage that happens to say "wrote". A question is about the sources when it names them
("the article", "your sources", "the byline") and asks for one header field; its other words, if any, must
pick out an article ("the 2018 article", "the one about the anniversary"), or it is a question about what
the articles say ("what does the article say about burke").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from knowledge import framing, intents, pagelinks, pageorder
from knowledge.closings import drop_closing
from knowledge.joins import join_split
from knowledge.lexicon import GENERIC_WORDS, OUTLET_WORDS
from knowledge.model import Document
from knowledge.soundalike import SoundAlike
from knowledge.spelling import Speller
from knowledge.text import STOPWORDS, stem, words

__all__ = ["Field", "SourceQuestion", "articles_named", "prepare_sources", "source_question"]

Field = Literal["author", "date", "publisher", "title", "photo", "note", "link"]

_SOURCE_WORDS = frozenset(
    "article articles source sources byline bylines journalist journalists reporter reporters piece pieces "  # noqa: SIM905
    "story stories author authors writer writers information info".split()
)
# Checked in this order: "when was the article written" asks for a date, not an author.
_FIELDS: tuple[tuple[Field, re.Pattern[str]], ...] = (
    # "is there a trigger warning on the article": the content note printed above it.
    ("note", re.compile(r"\b(?:warning|warnings|content note|cw|tw)\b")),
    # "is the video article from 2019?": a date to check against the header's.
    ("date", re.compile(
        r"\b(?:when|date|dates|what year|how old|how recent|how long ago)\b|\bfrom (?:19|20)\d\d\b"
        # "dated" asks for the date unless a day follows it: "who wrote the piece dated oct 15 2018" names
        # the article by its date and asks for its author.
        r"|\bdated\b(?!\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))"
        # "the one year later story came out in 2019 didnt it": a year to check against the header's.
        r"|\b(?:came out|come out|published|released|posted|written|out) in (?:19|20)\d\d\b"
        # "2018 article came out oct 15 2017?": a day to check against the header's.
        r"|\b(?:came out|come out|published|released|posted|out) (?:on )?"
        r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d"
    )),
    ("publisher", re.compile(
        r"\b(?:publisher|publishers|published by|who published|outlet|newspaper|magazine|website|site|"
        r"publication|paper)\b"
    )),
    ("author", re.compile(
        r"\b(?:who|author|authors|writer|writers|wrote|written|byline|journalist|reporter)\b"
    )),
    # "what sources do you use": which articles, by their titles; "what is the first article about",
    # "summarise the makers piece": what an article is about as a whole, which its headline says.
    ("title", re.compile(
        r"\b(?:title|titles|called|named|headline|headlines|name|which|what are|use|using|based on|list)\b"
        r"|\bwhere\b.*\bfrom\b|\babout\W*$|\bsummar(?:y|ies|ise|ize|ised|ized)\b|\b(?:gist|topic|overview)\b"
        r"|\bmain (?:point|points|idea|ideas)\b"
        # "article where milano and burke reflect on the first year": the article named by its subject.
        r"|^\W*(?:the |that |which )?(?:article|piece) (?:where|about|on|with|that|covering)\b"
    )),
)
# "is there a trigger warning": a content note asked for (read before a photo's place on the page).
_NOTE_ASKED = dict(_FIELDS)["note"]
# Words that pick an article by its place, or frame the field asked for.
_FRAME = frozenset(
    """
    first second 1 2 1st 2nd older newer newest latest earlier later other one both each two this these
    publisher publishers published by outlet newspaper magazine website site publication paper author
    authors writer writers wrote write written title titles called named headline headlines name date
    dated year old recent long ago later your you use used uses using bot based on come comes from came
    ran run runs released release list warning warnings trigger content note cw tw there any have has
    carry carries carried include includes included contain contains feature features print prints printed
    summary summaries summarise summarize summarised summarized gist topic overview main point points idea
    ideas top bottom above below behind
    """.split()  # noqa: SIM905
)
# A content note asked about on its own, without naming an article.
_NOTE_ALONE = re.compile(r"\b(?:trigger|content) (?:warning|warnings|note|notes)\b")
# Words that name an article as such (unlike "story" or "source", which may mean something else).
_ARTICLE_WORDS = frozenset({"article", "articles", "piece", "pieces"})
# The words that say nothing of what a header question is about, joined once: a union written inside a
# comprehension is built again for every word of every question.
_NOT_NAMING = STOPWORDS | GENERIC_WORDS | _FRAME
_NOT_PICKING = _NOT_NAMING | _SOURCE_WORDS
_OUTLETS = frozenset(OUTLET_WORDS.split())
_YEAR = re.compile(r"(?:19|20)\d\d")
_DESCRIBED_BY = frozenset({"about", "on", "with", "covering", "mentioning"})
_ORDINALS = {"first": 0, "1st": 0, "1": 0, "older": 0, "earlier": 0, "second": 1, "2nd": 1, "2": 1,
             "newer": 1, "newest": 1, "latest": 1}


# "who took the photo of burke at the podium", "photo credit for the protest picture": a photo's credit.
_PHOTO_WORDS = frozenset(
    "photo photos picture pictures pic pics image images photograph photographs photographed photographer "  # noqa: SIM905
    "photographers".split()
)
# A closeup is a photo, and also what a caption says: it picks the photo as well as asking about one.
_PHOTO_NOUNS = _PHOTO_WORDS | {"closeup"}
# Words that ask for a credit rather than pick a photo.
_PHOTO_FRAME = frozenset(
    "who whom took take taken takes credit credits credited photographer photographers photographed "  # noqa: SIM905
    "article articles piece story one ones all every each agency agencies supplied supply provided there any "
    "show shows shown".split()
)
# Other words for what a photo shows or for taking one, read as the captions' and the credits' words: "the
# street demonstration" is the protest photo, "the close up of the two women" a closeup, "snapped" taken.
_PHOTO_SYNONYMS = {
    "demonstration": "protest", "demonstrations": "protest", "demonstrators": "protest",
    "demonstrator": "protest", "protesters": "protest", "protestors": "protest", "rally": "protest",
    "rallies": "protest", "marchers": "protest", "snapped": "photographed", "snap": "photo",
    "snaps": "photos", "closeups": "closeup",
}
_PHOTO_ASKS = re.compile(
    r"\b(?:who|whom|whose|credit|credits|credited|photographer|photographers|photographed)\b"
    # "is there a picture of a protest", "what photos are in the 5 year article", "which photo agency
    # supplied the pics": what the page shows, and where its photos come from.
    r"|^(?:is|are) there\b|\b(?:what|which) (?:\w+ )?(?:photos?|pictures?|pics?|images?)\b"
    r"|\b(?:agency|agencies|supplied|provided)\b"
    # "what do the pictures of demonstrators show": what a photo shows.
    r"|\b(?:photos?|pictures?|pics?|images?|closeups?)\b.*\b(?:show|shows|depict|depicts)\b"
    # "photo of burke speaking", "any pics of a protest?": a message opening on the photos it asks for.
    r"|^(?:(?:any|got any|show me|some|a|the) )?(?:photos?|pictures?|pics?|images?) of\b"
    # "tarana on the red carpet photo": a bare message ending on the photo it names ("where was the protest
    # in the photo" asks about what it shows; "the bigger picture" is no photo).
    r"|^(?!.*\b(?:who|what|whats|when|where|why|how|which|is|was|are|were|did|does|do|bigger)\b)"
    r".*\b(?:photos?|pictures?|pics?|images?|photographs?)\W*$"
)


@dataclass(frozen=True, slots=True)
class SourceQuestion:
    """A question about the articles' headers: the field asked for, and the articles it asks about
    (for a photo's credit, the photos it asks about: caption and credit)."""

    field: Field
    documents: tuple[Document, ...]
    photos: tuple[tuple[str, str], ...] = ()
    links: tuple[str, ...] = ()
    # "who wrote the makers article and on what date": a second header field asked in the same message.
    also: SourceQuestion | None = None

    def value(self, document: Document) -> str | None:
        """The field's value in `document`'s header (None: the header does not give it)."""
        if self.field == "note":
            return " ".join(f"\u201c{note.rstrip('.')}\u201d" for note in document.notes) or None
        if self.field == "link":
            lines = [f"\u201c{line}\u201d" for line in document.links if line in self.links]
            return " ".join(lines) or None
        if self.field == "photo":
            credits = [f"\u201c{c}\u201d to {by}" for c, by in document.photos if (c, by) in self.photos]
            return "the photo " + ", and the photo ".join(credits) if credits else None
        return {
            "author": document.byline,
            "date": document.date,
            "publisher": document.publisher,
            "title": document.title,
        }[self.field]


def prepare_sources(documents: Sequence[Document]) -> None:
    """Build the header reader's word lists now, at start-up, so the first question does not wait for them."""
    _sounds(tuple(documents))


def source_question(question: str, documents: Sequence[Document]) -> SourceQuestion | None:
    """The header question `question` asks, or None when it asks about what the articles say."""
    if not documents:
        return None
    # "quick q: who wrote the article": a chatty opening frames the header question, as any other.
    question = framing.split_frame(question)[1]
    # "who wrote the 2018 article i forgot": a closing about the writer's memory asks nothing.
    asked = drop_closing(" ".join(words(question, hashtags=False)), purpose=False).split()
    typed = _photographed(_named_one(_looked_back(_spelled(asked, tuple(documents))), documents))
    typed = _shot(typed, tuple(documents))
    if "else" in typed:
        # "where else has paulina cachero written": beyond what the headers hold.
        return None
    by = _byline_named(typed, documents)
    if by:
        return SourceQuestion("author", by)
    credited = _credited(typed, tuple(documents), question)
    if credited is not None:
        return credited
    placed = _placed(typed, documents)
    if placed is not None:
        return placed
    if _PHOTO_NOUNS & set(typed) and _PHOTO_ASKS.search(" ".join(typed)):
        return _photo_question(" ".join(typed), documents)
    if pagelinks.asks_for_link(typed, documents):
        return _link_question(typed, documents)
    folded = " ".join(typed)
    if (
        _NOTE_ALONE.search(folded)
        and not _ARTICLE_WORDS & set(typed)  # "... on the second article" picks one, below
        and not [w for w in typed if w not in _NOT_NAMING]
    ):
        # "is there a content warning", "trigger warning?": only the page has one to give, so the
        # question is about the articles even when it does not name them.
        return SourceQuestion("note", tuple(documents))
    if not _SOURCE_WORDS & set(typed):
        return None
    field = _field(folded)
    if field is None:
        return None
    rest = [w for w in typed if w not in _NOT_PICKING]
    if field == "date":
        # A year no header gives is the reader's to check ("is it from 2019?"), not one picking an article.
        rest = [w for w in rest if not _YEAR.fullmatch(w) or any(w in _header_terms(d) for d in documents)]
    chosen = _chosen(typed, rest, documents)
    if not chosen:
        return None
    pair = _two_fields(typed)
    if pair is None:
        return SourceQuestion(field, chosen)
    return SourceQuestion(pair[0], chosen, also=SourceQuestion(pair[1], chosen))


def _field(folded: str) -> Field | None:
    return next((f for f, pattern in _FIELDS if pattern.search(folded)), None)


# Fields two halves of one header question may each ask for ("who wrote it and when").
_HEADER_FIELDS = frozenset({"author", "date", "publisher", "title"})


def _two_fields(typed: list[str]) -> tuple[Field, Field] | None:
    """The two header fields a message asks for on either side of its last "and" ("who wrote the first
    article and when was it": the author, then the date), in its order; None for one field."""
    if "and" not in typed:
        return None
    cut = len(typed) - 1 - typed[::-1].index("and")
    first, second = _field(" ".join(typed[:cut])), _field(" ".join(typed[cut + 1 :]))
    if first is None or second is None or first == second or not {first, second} <= _HEADER_FIELDS:
        return None
    return first, second


# The words a header question is made of, beyond the lists above: "who wrotte the artile" is still one.
_FIELD_WORDS = frozenset(
    "title headline warning trigger content note publisher published magazine newspaper website publication "  # noqa: SIM905
    "author writer wrote written byline journalist reporter date when year called named photo picture credit "
    "anniversary".split()
)


def _spelled(typed: list[str], documents: tuple[Document, ...]) -> list[str]:
    """The question's words with a typo in a header question's own words corrected ("artile", "titlw")."""
    speller = _speller(documents)
    sounds = _sounds(documents)
    typed = join_split(typed, speller.words, sounds, after=_first_names(documents))
    forms = _forms(speller.words)
    said = _said(documents)
    # A form of a known word is no typo: "writed" is "wrote", not "writer"; nor is a word the articles use
    # ("did burke feel lost": not "list").
    return [
        w if w in STOPWORDS or w in speller.words or w in said
        else forms.get(stem(w)) or speller.correct(w) or sounds.match(w) or w
        for w in typed
    ]


@lru_cache(maxsize=8)
def _said(documents: tuple[Document, ...]) -> frozenset[str]:
    return frozenset(w for d in documents for text in d.paragraphs for w in words(text))


# "the one about the anniversary", "the one where they look back", "the one with the makers interview".
_ONE_DESCRIBED = _DESCRIBED_BY | {"where", "that", "which", "when"}


def _named_one(typed: list[str], documents: Sequence[Document]) -> list[str]:
    """"the 2018 one", "the 5 year one", "the one about 19 million tweets" name an article by its header or
    by what it is about ("one" is folded to "1", which is no ordinal here): the word before "one" is a year
    or a word of a header, or a describing word follows it."""
    if "1" not in typed:
        return typed
    headers = {t for d in documents for t in _header_terms(d)}
    return [
        "article"
        if w == "1" and (
            (i and (_YEAR.fullmatch(typed[i - 1]) or _picks(typed[i - 1], headers)))
            or (i + 1 < len(typed) and typed[i + 1] in _ONE_DESCRIBED)
        ) and not (i + 1 < len(typed) and typed[i + 1] in {"year", "years"})
        else w
        for i, w in enumerate(typed)
    ]


def _picks(word: str, headers: set[str]) -> bool:
    """A header word that can pick an article ("year", "anniversary"), not a stopword or an ordinal."""
    return word not in STOPWORDS and word not in _ORDINALS and stem(word) in headers


# "the article where they look back": looking back is what the 2018 headline calls reflecting.
_LOOK = frozenset({"look", "looks", "looked", "looking"})


def _photographed(typed: list[str]) -> list[str]:
    """The question's words with "close up" one word and other words for a photo's subject or its taking
    read as the captions' and credits' ("who photographed the street demonstration")."""
    joined = " ".join(typed).replace("close up", "closeup").split()
    return [_PHOTO_SYNONYMS.get(w, w) for w in joined]


_WHO = frozenset({"who", "whom", "whos"})


def _shot(typed: list[str], documents: tuple[Document, ...]) -> list[str]:
    """"who shot burke on the red carpet": who took the photo a caption's own words name ("red carpet", not
    only a person's name: "who shot burke" is no question about a photo)."""
    if "shot" not in typed or not _WHO & set(typed[: typed.index("shot")]):
        return typed
    if not _caption_words(documents) & set(typed):
        return typed
    return ["photographed" if w == "shot" else w for w in typed]


@lru_cache(maxsize=8)
def _caption_words(documents: tuple[Document, ...]) -> frozenset[str]:
    """The words the captions write in lower case, stopwords aside ("protest", "red", "carpet", "podium")."""
    return frozenset(
        w for d in documents for caption, _ in d.photos for w in caption.split()
        if w.islower() and w not in STOPWORDS
    )


def _looked_back(typed: list[str]) -> list[str]:
    """"look back" read as the headline's "reflect"; "retrospective" likewise."""
    if "back" not in typed and "retrospective" not in typed and "retrospect" not in typed:
        return typed
    out: list[str] = []
    for w in typed:
        if w == "back" and out and out[-1] in _LOOK:
            out[-1] = "reflect"
        elif w in {"retrospective", "retrospect"}:
            out.append("reflect")
        else:
            out.append(w)
    return out


@lru_cache(maxsize=8)
def _forms(known: frozenset[str]) -> dict[str, str]:
    return {stem(w): w for w in sorted(known, key=len, reverse=True)}


@lru_cache(maxsize=8)
def _speller(documents: tuple[Document, ...]) -> Speller:
    headers = {w for d in documents for w in words(f"{d.title} {d.byline or ''} {d.publisher or ''}")}
    return Speller(_SOURCE_WORDS | _FRAME | _FIELD_WORDS | _ARTICLE_WORDS | _PHOTO_WORDS | headers)


@lru_cache(maxsize=8)
def _first_names(documents: tuple[Document, ...]) -> frozenset[str]:
    """The bylines' first words ("paulina"): a surname heard as two words follows one."""
    return frozenset(words(d.byline)[0] for d in documents if d.byline and words(d.byline))


@lru_cache(maxsize=8)
def _sounds(documents: tuple[Document, ...]) -> SoundAlike:
    """Header words spelled by ear ("foto"); the header words are few, so a key of two sounds will do."""
    return SoundAlike(_speller(documents).words - STOPWORDS, min_key=2)


def _byline_named(typed: list[str], documents: Sequence[Document]) -> tuple[Document, ...]:
    """The articles whose byline the question names and asks about ("who is paulina cachero")."""
    rest = {w for w in typed if w not in _NOT_PICKING}
    return tuple(
        d for d in documents if rest and d.byline and rest <= {w for w in words(d.byline)}
    )


def _chosen(typed: list[str], rest: list[str], documents: Sequence[Document]) -> tuple[Document, ...]:
    """The articles the question picks: by place ("the first article"), by words of their header ("the
    2018 one"), or all of them; none when a word picks no article (then it is not a header question)."""
    picked = list(documents)
    by_place = [
        documents[min(_ORDINALS[word], len(documents) - 1)]
        for word in typed
        if word in _ORDINALS and len(documents) > 1 and {"article", "one", "source"} & set(typed)
    ]
    if by_place:
        # "the first article's title and the second's": each article named by its place, in the order named.
        picked = list(dict.fromkeys(by_place))
    described = _describing(typed)
    for word in rest:
        matching = [d for d in picked if _verb_of(word) & _header_terms(d)]
        if not matching and word in described:
            # "the makers piece", "the article about weinstein": named by what it says, not by its header.
            matching = [d for d in picked if stem(word) in _body_terms(d)]
        if not matching:
            return ()
        picked = matching
    return tuple(picked)


def _describing(typed: list[str]) -> set[str]:
    """The words that describe an article the question names: right before "article" or "piece" ("the
    makers piece"), or after "the article about / with / on" ("the piece with the makers interview"); not
    "the essay in the article", whose essay is a thing in it, nor "the story", which may be the news."""
    described: set[str] = set()
    for i, word in enumerate(typed):
        # "the makers story" names the article by the outlet it was for; "the weinstein story" is news.
        by_outlet = word in _SOURCE_WORDS and i > 0 and typed[i - 1] in _OUTLETS
        if word not in _ARTICLE_WORDS and not by_outlet:
            continue
        before = i - 1
        while before >= 0 and typed[before] not in STOPWORDS:
            described.add(typed[before])
            before -= 1
        if i + 1 < len(typed) and typed[i + 1] in _DESCRIBED_BY:
            described.update(typed[i + 2 :])
    return described


def _verb_of(word: str) -> set[str]:
    """The word's stem, and for a noun made from a verb ("reflection", "celebration") the verb's: "the
    reflection piece" names the article headed "... Reflect on the Year After #MeToo"."""
    forms = {stem(word)}
    noun = re.fullmatch(r"(\w{4,})ions?", word)
    if noun:
        forms.add(stem(noun.group(1)))
    return forms


@lru_cache(maxsize=64)
def _body_terms(document: Document) -> frozenset[str]:
    return frozenset(stem(w) for text in document.paragraphs for w in words(text))


def _header_terms(document: Document) -> frozenset[str]:
    fields = (document.title, document.date, document.byline or "", document.publisher or "")
    return frozenset(stem(w) for text in fields for w in words(text))


def _photo_question(question: str, documents: Sequence[Document]) -> SourceQuestion | None:
    """The photos whose captions share most of the question's words (for a question asking about two
    photos, the best of each half); all of them when it names none; None when no article has photos, or
    when the question names something no caption shows ("who invented the image sensor")."""
    halves = [h for h in intents.split_joined(question) if h] if " and " in question else [question]
    chosen: list[tuple[str, str]] = []
    captions = {stem(w) for d in documents for caption, _ in d.photos for w in words(caption)}
    # "the 5 year article" picks the article by its header, not a photo by its caption.
    headers = {t for d in documents for t in _header_terms(d)} - captions
    for half in halves:
        asked = {stem(w) for w in words(half) if w not in STOPWORDS | _PHOTO_WORDS | _PHOTO_FRAME} - headers
        shared = {p: len(asked & {stem(w) for w in words(p[0])}) for d in documents for p in d.photos}
        best = max(shared.values(), default=0)
        if asked and not best:
            return None
        chosen += [p for p, n in shared.items() if n == best and p not in chosen]
    holding = tuple(d for d in documents if set(d.photos) & set(chosen))
    return SourceQuestion("photo", holding, tuple(chosen)) if holding else None


# A photographer or agency named with one of these asks about the photos credited to them ("what is getty
# images" asks about the agency: a word of the credit right after the name is part of it; "getty images
# closeup milano burke" asks for the closeups they supplied).
_CREDIT_ASKS = _PHOTO_NOUNS | frozenset(
    "take took taken takes shot shoot shoots credit credits credited".split()  # noqa: SIM905
)


def _credited(typed: list[str], documents: tuple[Document, ...], question: str = "") -> SourceQuestion | None:
    """The photos credited to the photographer or agency the question names ("what did sarah morris shoot",
    "is the protest photo from getty"): a name only the credits print is no one the articles speak of. A
    claim to check that names one photo by its caption and credits it to someone else ("podium pic was by
    sarah morris right?") gets that photo, whose credit shows who took it."""
    named = set(typed) & _credit_names(documents)
    if not named:
        return None
    pairs = _credit_pairs(documents)
    asks = {w for i, w in enumerate(typed) if w in _CREDIT_ASKS and not (i and (typed[i - 1], w) in pairs)}
    # "patrick mcmullan", "who is chelsea guglielmino in the article": a credited name alone, or with only
    # words that name the article, asks for what they are credited with.
    # "getty images" alone: the rest of a credit's name is no other word ("what is getty images" asks
    # about the agency).
    bare = not pagelinks.QUESTION_WORDS.intersection(typed)
    rest = named | STOPWORDS | _SOURCE_WORDS | _FRAME | GENERIC_WORDS
    rest |= _PHOTO_WORDS if bare else frozenset()
    alone = not [w for w in typed if w not in rest]
    if not named or not (asks or alone) or _foreign(typed, documents):
        return None
    chosen = _captioned(typed, tuple(p for d in documents for p in d.photos if named & set(words(p[1]))))
    if framing.asserts(question, typed) or framing.checks_claim(" ".join(typed)):
        chosen = _misattributed(typed, documents, chosen) or chosen
    holding = tuple(d for d in documents if set(d.photos) & set(chosen))
    return SourceQuestion("photo", holding, chosen)


def _misattributed(
    typed: list[str], documents: tuple[Document, ...], credited: tuple[tuple[str, str], ...]
) -> tuple[tuple[str, str], ...]:
    """The one photo whose caption shares more of the question's words than any photo credited to the name
    it gives ("red carpet photo credit was chelsea guglielmino?": the red carpet, not her podium photo);
    none when the name's own photos share as many, or no one photo stands out."""
    photos = tuple(p for d in documents for p in d.photos)
    shared = pageorder.caption_overlaps(typed, photos)
    best = max(shared, default=0)
    own = max(pageorder.caption_overlaps(typed, credited), default=0)
    if best <= own or shared.count(best) != 1:
        return ()
    return (photos[shared.index(best)],)


def _captioned(typed: list[str], photos: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    """Of one agency's `photos`, those whose captions share the most of the question's words ("getty
    protest photo": the protest); all of them when no caption shares one."""
    shared = pageorder.caption_overlaps(typed, photos)
    best = max(shared, default=0)
    return tuple(p for p, n in zip(photos, shared, strict=True) if n == best) if best else photos


@lru_cache(maxsize=8)
def _credit_pairs(documents: tuple[Document, ...]) -> frozenset[tuple[str, str]]:
    """Neighbouring words of the credits ("getty images"): a name and the word that goes with it."""
    return frozenset(pair for d in documents for _, by in d.photos for pair in itertools.pairwise(words(by)))


# "how do i download a picture from getty images", "getty images stock photo license price": a request
# to the agency itself, in this many words no article, caption or credit uses.
_FOREIGN_WORDS = 2


def _foreign(typed: list[str], documents: tuple[Document, ...]) -> bool:
    """Whether the question has `_FOREIGN_WORDS` words the articles, their captions and credits never use, or
    one in a request for how to do something ("how do i download a picture from getty images")."""
    known = _page_words(documents)
    foreign = sum(w not in known for w in typed)
    return foreign >= _FOREIGN_WORDS or (foreign > 0 and intents.asks_how_to(" ".join(typed)))


@lru_cache(maxsize=8)
def _page_words(documents: tuple[Document, ...]) -> frozenset[str]:
    """Every word of the pages (paragraphs, captions, credits, headers) and every word a header question
    asks with, stopwords and the lexicon's generic words."""
    page = {
        w for d in documents
        for text in (*d.paragraphs, *(c for c, _ in d.photos), *(b for _, b in d.photos), d.title, d.date,
                     d.byline or "", d.publisher or "", *d.notes, *d.links)
        for w in words(text)
    }
    return frozenset(page | STOPWORDS | GENERIC_WORDS | _PHOTO_WORDS | _CREDIT_ASKS | _SOURCE_WORDS | _FRAME)


@lru_cache(maxsize=8)
def _credit_names(documents: tuple[Document, ...]) -> frozenset[str]:
    """The words of the photo credits that neither the paragraphs nor the captions use."""
    said = {w for d in documents for text in (*d.paragraphs, *(c for c, _ in d.photos)) for w in words(text)}
    credits = {w for d in documents for _, by in d.photos for w in words(by)}
    return frozenset(credits - said - STOPWORDS - _PHOTO_WORDS - {"via"})


def _link_question(typed: list[str], documents: Sequence[Document]) -> SourceQuestion | None:
    """The link lines the question asks for (`knowledge.pagelinks`); None when it names none, so "where can i
    find a therapist" stays a question for the passages."""
    chosen = pagelinks.link_lines(typed, documents)
    if not chosen:
        return None
    return SourceQuestion("link", tuple(d for d in documents if set(d.links) & set(chosen)), links=chosen)


def _placed(typed: list[str], documents: Sequence[Document]) -> SourceQuestion | None:
    """A photo asked for by its place on the page ("the last photo in the five year article", "the photo
    right after the protest picture"), or how an article ends (its last link line); None otherwise."""
    asked = set(typed)
    photo = bool(_PHOTO_NOUNS & asked)
    ending = not photo and bool(_ARTICLE_WORDS & asked) and pageorder.asks_ending(typed)
    if not ending and not (photo and pageorder.ORDER_WORDS & asked):
        return None
    if _NOTE_ASKED.search(" ".join(typed)):
        return None  # "the content note and the first closeup": the note's reader takes the message
    skip = _NOT_PICKING | pageorder.PLACE_WORDS | _PHOTO_NOUNS | _PHOTO_FRAME
    captions = {w for d in documents for caption, _ in d.photos for w in words(caption)}
    rest = [w for w in typed if w not in skip and w not in captions]
    # "first" and "last" place the photo or the line here, not the article ("the first article")
    unplaced = [w for w in typed if w not in pageorder.ORDER_WORDS]
    chosen = [d for d in _chosen(unplaced, rest, documents) if (d.photos if photo else d.links)]
    if len(chosen) != 1:
        return None
    (document,) = chosen
    if ending:
        return SourceQuestion("link", (document,), links=(document.links[-1],))
    found = pageorder.photo_in_order(typed, document)
    return SourceQuestion("photo", (document,), (found,)) if found is not None else None


def articles_named(text: str, documents: Sequence[Document]) -> tuple[tuple[Document, ...], str] | None:
    """For a phrase naming an article ("the 2018 makers article", "the five year anniversary piece"), the
    articles it names and its other words ("milano's role in the 5 year article": "milano's role"); None
    when it names no article, or its naming words pick none."""
    typed = _named_one(_looked_back(_spelled(words(text, hashtags=False), tuple(documents))), documents)
    if not _ARTICLE_WORDS & set(typed):
        return None
    rest = [w for w in typed if w not in _NOT_PICKING]
    whole = _chosen(typed, rest, documents)
    if whole:
        return whole, ""
    described = _describing(typed)
    chosen = _chosen(typed, [w for w in rest if w in described], documents)
    if not chosen:
        return None
    others = [w for w in typed if w not in described and w not in _ARTICLE_WORDS and w not in STOPWORDS]
    return chosen, " ".join(others)
