"""Turn text into the terms the index stores: one normaliser for articles and questions alike."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["STOPWORDS", "fold", "marked_terms", "stem", "terms", "words"]

# Function words and the frames of a question ("what", "does", "tell me"); they say nothing about
# which passage answers. Written for this project; "me" and "too" never reach this list because the
# phrase is folded into the single term "metoo" first.
STOPWORDS = frozenset(
    """
    a about above after again against all also am an and any anyone anything are as at be because been
    before being below between both but by can could did do does doing done down during each either
    else ever few for from further had has have having he her here hers herself him himself his how i
    if in into is it its itself just let may me might mine more most must my myself no nor not of off
    on once only or other our ours out over own please same shall she should so some someone something
    such since than that the their theirs them themselves then there these they this those through to too
    under until up upon us very was we were what whats whatever when where whether which while who whom
    whose why will with within would yet you your yours yourself hi hey hello thanks thank ok okay yes
    everything nothing everybody somebody im ive id youre youve dont doesnt didnt isnt wasnt thats
    yeah lol pls plz tell explain want wanna gonna like really actually exactly many much
    though tho btw anyway anyways um uh umm hmm oh omg idk thx ty
    smh tbh ngl imo imho lmao fr rn
    """.split()  # noqa: SIM905 - a word list reads best as words
)

# Chat shorthand that real messages use, and number words, spelled the way the index spells them.
_SPELLING = {
    "ppl": "people",
    "nxt": "next",
    "txt": "text",
    "gimme": "give",
    "u": "you",
    "ur": "your",
    "abt": "about",
    "bc": "because",
    "cuz": "because",
    "w": "with",
    "wat": "what",
    "wht": "what",
    "hw": "how",
    # Shortened beyond one typo ("hw mny tweets tot", "hotlin num pls", "tweets avg per day").
    "mny": "many",
    "tot": "total",
    "num": "number",
    "nums": "numbers",
    "avg": "average",
    "yrs": "years",
    "yr": "year",
    "anniv": "anniversary",
    "annv": "anniversary",
    "tweeter": "twitter",
    "insta": "instagram",
    "thru": "through",
    "nite": "night",
    "tonite": "tonight",
    "b4": "before",
    "mil": "million",
    "hrs": "hours",
    "hr": "hour",
    "mins": "minutes",
    "vid": "video",
    "vids": "videos",
    "whos": "who",
    "hows": "how",
    "wheres": "where",
    "whens": "when",
    "y": "why",
    "bout": "about",
    "wut": "what",
    # "why'd", "how'd", "who'd" once the apostrophe is folded away.
    "whyd": "why",
    "howd": "how",
    "whod": "who",
    "whatd": "what",
    "whered": "where",
    "whend": "when",
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
    "ten": "10",
    "eleven": "11",
    "twelve": "12",
    "thirteen": "13",
    "fourteen": "14",
    "fifteen": "15",
    "sixteen": "16",
    "seventeen": "17",
    "eighteen": "18",
    "nineteen": "19",
    "thirty": "30",
    "forty": "40",
    "fifty": "50",
    "r": "are",
    "n": "and",
    "twenty": "20",
    "fifth": "5",
    "january": "jan",
    "february": "feb",
    "march": "mar",
    "april": "apr",
    "june": "jun",
    "july": "jul",
    "august": "aug",
    "september": "sep",
    "sept": "sep",
    "october": "oct",
    "november": "nov",
    "december": "dec",
}
# Words that end like a plural or a past form but are neither: "news" is not many "new"s.
_UNCHANGED = frozenset({"news", "series", "species", "always", "politics", "ethics", "economics", "hundred"})
# Irregular past forms that a suffix rule cannot reach.
_IRREGULAR = {
    "went": "go",
    "gone": "go",
    "said": "say",
    "says": "say",
    "wrote": "write",
    "written": "write",
    "told": "tell",
    "began": "begin",
    "begun": "begin",
    "made": "make",
    "took": "take",
    "sent": "send",
    "got": "get",
    "came": "come",
    "goes": "go",
    "going": "go",
    "does": "do",
    "spoke": "speak",
    "spoken": "speak",
    "felt": "feel",
    "knew": "know",
    "woke": "wake",
    "woken": "wake",
    "thought": "think",
    "meant": "mean",
    "used": "use",
    "using": "use",
    "uses": "use",
    "gave": "give",
    "given": "give",
    "children": "child",
    "women": "woman",
    "men": "man",
    "blew": "blow",
    "grew": "grow",
    "taught": "teach",
    "lying": "lie",
    # Strong verbs people use about the articles' events: a story "broke", a post was "seen".
    "broke": "break",
    "broken": "break",
    "ran": "run",
    "won": "win",
    "lost": "lose",
    "led": "lead",
    "kept": "keep",
    "brought": "bring",
    "caught": "catch",
    "chose": "choose",
    "chosen": "choose",
    "fought": "fight",
    "heard": "hear",
    "held": "hold",
    "met": "meet",
    "paid": "pay",
    "rose": "rise",
    "risen": "rise",
    "saw": "see",
    "seen": "see",
    "sought": "seek",
    "spent": "spend",
    "stood": "stand",
    "struck": "strike",
    "threw": "throw",
    "thrown": "throw",
    "tore": "tear",
    "torn": "tear",
    "understood": "understand",
    "wept": "weep",
    "wore": "wear",
    "worn": "wear",
    "forgot": "forget",
    "forgotten": "forget",
    "hid": "hide",
    "hidden": "hide",
    "drove": "drive",
    "driven": "drive",
    "fell": "fall",
    "fallen": "fall",
    "shook": "shake",
    "shaken": "shake",
    "taken": "take",
    "did": "do",
    "done": "do",
    # "what did the triumphs become": "became" is "become", as "began" is "begin".
    "became": "become",
    "overcame": "overcome",
    "sold": "sell",
    "bought": "buy",
    "built": "build",
    "dealt": "deal",
    "fled": "flee",
    "flew": "fly",
    "flown": "fly",
    "hung": "hang",
    "sang": "sing",
    "sung": "sing",
    "stole": "steal",
    "stolen": "steal",
    "swore": "swear",
    "sworn": "swear",
    "drew": "draw",
    "drawn": "draw",
    "grown": "grow",
    "blown": "blow",
    "withdrew": "withdraw",
    "withdrawn": "withdraw",
    "forgave": "forgive",
    "forgiven": "forgive",
    "shone": "shine",
}

_QUOTES = str.maketrans(
    {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2014": " ", "\u2013": " "}
)
_METOO = re.compile(r"(#?)\bme\W{0,3}too\b")
_HASHTAG = re.compile(r"#(\w+)")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")
_POSSESSIVE = re.compile(r"'s\b")
_ORDINAL = re.compile(r"\b(\d+)(?:st|nd|rd|th)\b")
# Chat writes numbers with their unit stuck on: "55k" is 55000, "24hrs" is "24 hrs", "19m" is 19 million;
# "55 thousand" is written out but is the article's "55,000" too.
_THOUSAND_SUFFIX = re.compile(r"\b(\d+)(?:k| thousand)\b")
_MILLION_SUFFIX = re.compile(r"\b(\d+)m\b")
_UNIT_SUFFIX = re.compile(r"\b(\d+)(hrs?|h|yrs?|mins?|days?)\b")
# Set phrases whose words mean something else together: the "head start" patriarchy had is not a start,
# and "person of the year" is a title, not a person or a year. Each becomes one term on both sides.
_COMPOUNDS = {
    "head start": "headstart",
    "person of the year": "personoftheyear",
    # "best-selling author": a kind of author, not the best of anything ("which newspaper is the best").
    "best selling": "bestselling",
}
_COMPOUND = re.compile(r"\b(?:" + "|".join(c.replace(" ", r"[\s-]+") for c in _COMPOUNDS) + r")\b")
# "outcomes started to revert": "start to" + verb only says when something else began, so it is not the
# "start" of "who started the movement".
_ASPECTUAL = re.compile(r"\b(?:start|started|starts|starting|begin|began|begins|beginning)\s+to\b")
_WORD = re.compile(r"[a-z0-9]+")
_DIGIT_LETTER = re.compile(r"\d[a-z]")
_VOWEL = re.compile(r"[aeiouy]")
# Stems of indexed words, worked out once; bounded so that a large corpus cannot grow it without limit.
_STEMS: dict[str, str] = {}
_COPULAS = frozenset({"is", "are", "was", "were"})
_BECOME = frozenset({"become", "becomes", "became"})
_STEM_CACHE_SIZE = 200_000


def fold(text: str, *, hashtags: bool = True) -> str:
    """Lowercase ASCII text with typographic quotes, accents and number commas folded away.

    With `hashtags`, "#MeToo" also yields the word "hashtag" (for passages: it *is* a hashtag);
    questions leave it out, since "#MeToo" there is just how people write the name.
    """
    if not text.isascii():
        # Accents come off ("é" -> "e"); what has no ASCII form (emoji, symbols) goes.
        text = unicodedata.normalize("NFKD", text.translate(_QUOTES)).encode("ascii", "ignore").decode()
    text = text.lower()
    # Each rewrite runs only when its trigger is present: this is the index's hot path.
    if "," in text:
        text = _THOUSANDS.sub("", text)
    if "'" in text:
        text = _POSSESSIVE.sub("", text).replace("'", "")
    if "too" in text:
        # "me too", "#MeToo", "me-too" and "metoo" are one term everywhere.
        text = _METOO.sub(lambda m: f" {m.group(1)}metoo ", text)
    if "#" in text:
        text = _HASHTAG.sub(r" hashtag \1 " if hashtags else r" \1 ", text)
    if _DIGIT_LETTER.search(text):
        text = _split_units(text)
    if " thousand" in text:
        text = _THOUSAND_SUFFIX.sub(r"\g<1>000", text)
    if "head" in text or "person" in text or "best" in text:
        text = _COMPOUND.sub(lambda m: _COMPOUNDS[" ".join(m.group().replace("-", " ").split())], text)
    if "start" in text or "begin" in text or "began" in text:
        text = _ASPECTUAL.sub("to", text)
    return text


def _split_units(text: str) -> str:
    text = _ORDINAL.sub(r"\1", text)
    text = _THOUSAND_SUFFIX.sub(r"\g<1>000", text)
    text = _MILLION_SUFFIX.sub(r"\1 million", text)
    return _UNIT_SUFFIX.sub(r"\1 \2", text)


def words(text: str, *, hashtags: bool = True) -> list[str]:
    """The folded words of `text`, shorthand and number words spelled the way the index spells them."""
    spell = _SPELLING.get
    return [spell(word, word) for word in _WORD.findall(fold(text, hashtags=hashtags))]


def terms(text: str) -> list[str]:
    """The stemmed content terms of an indexed `text`, in order, stopwords removed."""
    stems = _STEMS
    return [stems.get(w) or _remember(w) for w in words(text) if w not in STOPWORDS]


def marked_terms(text: str) -> list[str | None]:
    """`terms(text)` with None where a copula ("is", "has become") stood: where the text says what X is."""
    stems, out = _STEMS, []
    for w in words(text):
        if w in _COPULAS:
            out.append(None)
        elif w not in STOPWORDS:
            if w in _BECOME:
                out.append(None)
            out.append(stems.get(w) or _remember(w))
    return out


def stem(word: str) -> str:
    """A light English stemmer: plurals, -ed, -ing and -ly, so "tweeted" and "tweets" meet at "tweet"."""
    known = _STEMS.get(word)
    return known if known is not None else _stem(word)


def _remember(word: str) -> str:
    # Only the articles' words are kept: what a person types is stemmed and forgotten.
    known = _stem(word)
    if len(_STEMS) < _STEM_CACHE_SIZE:
        _STEMS[word] = known
    return known


def _stem(word: str) -> str:
    if word in _IRREGULAR:
        return _stem(_IRREGULAR[word])
    if len(word) <= 2 or word.isdigit() or word in _UNCHANGED:
        return word
    if len(word) > 3:
        word = _suffixes(_plural(word))
    # A silent final e is dropped on both sides, so "erase", "erased" and "erasing" all meet at "eras".
    return word[:-1] if word.endswith("e") else word


def _suffixes(word: str) -> str:
    for suffix in ("ingly", "edly", "ing", "ed"):
        base = word[: -len(suffix)]
        if word.endswith(suffix) and len(base) >= 3 and _VOWEL.search(base):
            return _undouble(base)
    if word.endswith("ly") and len(word) > 5:
        return word[:-2]
    return word


def _plural(word: str) -> str:
    if word.endswith(("ies", "ied")) and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("sses"):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _undouble(base: str) -> str:
    # English doubles a final consonant before -ed/-ing: "stopped" -> "stop".
    if len(base) > 2 and base[-1] == base[-2] and base[-1] not in "aeiouylsz":
        return base[:-1]
    return base
