"""Recognise in one message a disclosure of sexual violence, distress, thoughts of suicide, or danger.

Two layers behind one seam, `assess` (and `appraise`, which also says whether a message may be personal):
- patterns: the message is normalised (lowercase, no punctuation or apostrophes, contractions and chat
  shorthand spelled out, typos of the key words corrected), then read by the named patterns in
  `bot.safety_patterns`, grouped by concern; `explain` says which matched. They look for a person speaking
  about themselves ("i was", "he ... me", "my"), because questions about the movement use the same words.
- a learned layer (`bot.safety_model`): a logistic regression over a sentence embedding computed on this
  machine, for wording nobody wrote a pattern for ("assaulted at 17, never told anyone").
One decision rule: a pattern hit stands and is never downgraded; the classifier adds what the patterns
miss, and may raise a disclosure or distress to danger or self-harm, never self-harm to danger (the danger
reply carries 988 too, after 911).
A bare command ("/help") is never read by the classifier. Nothing here stores, caches or logs the text.
Measured in benchmarks/safety.py.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import Enum
from typing import Any, NamedTuple

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot import safety_patterns as sp
from bot.safety_model import Margins, load_model
from bot.safety_patterns.spelled import join_spelled
from knowledge.segment import split_run_together

__all__ = [
    "Assessment", "Concern", "Reading", "appraise", "as_read", "assess", "combine", "explain", "normalise",
    "read_patterns",
]


class Concern(Enum):
    """What a message tells us about the person, most urgent last."""

    NONE = "none"
    DISCLOSURE = "disclosure"  # sexual violence or harassment happened to them
    DISTRESS = "distress"  # upset, unsafe, lost, without a named danger
    SELF_HARM = "self_harm"  # thoughts of suicide or self-harm
    DANGER = "danger"  # in immediate danger now


# Most urgent first: the first concern with a matching pattern is the answer.
_BY_URGENCY: tuple[tuple[Concern, sp.Patterns], ...] = (
    (Concern.DANGER, sp.DANGER),
    (Concern.SELF_HARM, sp.SELF_HARM),
    (Concern.DISCLOSURE, sp.DISCLOSURE),
    (Concern.DISTRESS, sp.DISTRESS),
)

# Contractions (apostrophes are gone by now) and chat shorthand, spelled out so one pattern reads them all.
_SHORTHAND = {
    **dict.fromkeys(("im", "iam", "m"), "i am"), "ive": "i have", "hes": "he is", "shes": "she is",
    "theyre": "they are", "theyve": "they have", "thats": "that is", "whats": "what is", "its": "it is",
    "youre": "you are", "u": "you", "ur": "your", "aint": "is not",
    **dict.fromkeys(("dont", "dnt"), "do not"), "doesnt": "does not", "didnt": "did not",
    **dict.fromkeys(("cant", "cannot", "cnt"), "can not"), "couldnt": "could not",
    "wouldnt": "would not", "wont": "will not", "shouldnt": "should not", "isnt": "is not",
    "wasnt": "was not", "arent": "are not", "werent": "were not", "havent": "have not", "hasnt": "has not",
    "hadnt": "had not", **dict.fromkeys(("pls", "plz", "plez", "pleas", "plese"), "please"),
    "rn": "right now", "idk": "i do not know", "dunno": "do not know",
    **dict.fromkeys(("wanna", "wana", "wnna"), "want to"), **dict.fromkeys(("gonna", "gona"), "going to"),
    "tryna": "trying to", "ppl": "people", "bf": "boyfriend", "gf": "girlfriend", "noone": "no one",
    **dict.fromkeys(("sum1", "some1", "somone", "someon", "smeone"), "someone"), "kms": "kill myself",
    "selfharm": "self harm", "meto": "metoo",
    **dict.fromkeys(("smth", "sth", "somethin", "smthing", "smthng", "sumthing"), "something"),
    **dict.fromkeys(("bc", "cuz", "coz", "bcuz", "becuz", "bcoz"), "because"),
    **dict.fromkeys(("abt", "bout"), "about"), "tho": "though", "thru": "through", "b4": "before",
    "nvr": "never", **dict.fromkeys(("wat", "wut", "wht"), "what"), "wen": "when", "r": "are",
    **dict.fromkeys(("n", "nd"), "and"), "lil": "little", "ik": "i know", "ngl": "not going to lie",
    "gotta": "got to", "lemme": "let me", "kinda": "kind of", "yrs": "years", "ya": "you",
    "ure": "you are", "dint": "did not", **dict.fromkeys(("ima", "imma"), "i am going to"),
    "theyll": "they will", "youll": "you will", "itll": "it will", "wouldve": "would have",
    "couldve": "could have", "shouldve": "should have", "whos": "who is", "theres": "there is",
    "hv": "have", "ws": "was", **dict.fromkeys(("tonite", "2nite", "2night"), "tonight"), "2day": "today",
    "gna": "going to", "everytime": "every time", "alot": "a lot", "nobodys": "nobody is",
}
# Typos of the short key words, written out: fuzzy matching is unsafe on short words ("rated", "raped").
_TYPOS = {
    **dict.fromkeys(("rapd", "raepd", "rapped", "rpaed", "raeped", "rapeed", "raoed", "rsped"), "raped"),
    **dict.fromkeys(("raep", "rpae"), "rape"), **dict.fromkeys(("rapsit", "rapis", "raypist"), "rapist"),
    **dict.fromkeys(("harrased", "harased", "harrassed", "herassed", "harrsed"), "harassed"),
    **dict.fromkeys(("harrasment", "harasment", "harrassment", "harrassement"), "harassment"),
    **dict.fromkeys(("harrasing", "harasing", "harrassing"), "harassing"),
    **dict.fromkeys(("harras", "harrass", "haras"), "harass"),
    **dict.fromkeys(("asault", "assult", "assualt", "asalt", "asult"), "assault"),
    **dict.fromkeys(("abusd", "abued", "abussed", "abuesd", "abusde", "abuzed"), "abused"),
    **dict.fromkeys(("sucide", "suicde", "suiside", "sucid", "suecide", "suacide", "suiced", "suicid",
                     "sucidie", "suicie", "suicdie", "sucicde", "siucide", "suside"), "suicide"),
    **dict.fromkeys(("sucidal", "suicidle", "suisidal", "sucidle", "suicdal", "suicadal", "sucidial"),
                    "suicidal"),
    **dict.fromkeys(("kil", "kll", "kiil"), "kill"), **dict.fromkeys(("kiling", "killin"), "killing"),
    **dict.fromkeys(("myslef", "mysef", "mysefl", "myselfe", "mysel", "myseld", "mysself", "myelf", "mtself",
                     "muself", "mysekf"), "myself"),
    "diee": "die", "ded": "dead",  # not "dei": that is DEI
    **dict.fromkeys(("wnat", "wabt", "wamt", "whant", "watn", "wnt", "wan", "wanr", "qant"), "want"),
    **dict.fromkeys(("saf", "sfae", "safw"), "safe"), **dict.fromkeys(("hlep", "hepl", "halp"), "help"),
    **dict.fromkeys(("scred", "scard", "skared", "sacred"), "scared"),
    **dict.fromkeys(("afriad", "afaid", "afrad", "afrid"), "afraid"),
    **dict.fromkeys(("forcd", "froced", "foced", "forsed"), "forced"),
    **dict.fromkeys(("gropped", "grpoed"), "groped"),
    **dict.fromkeys(("touchd", "tuched", "toched", "touced", "thouched", "touhed"), "touched"),
    **dict.fromkeys(("hapend", "hapened", "happend", "happned"), "happened"),
    **dict.fromkeys(("falt", "fualt", "faut"), "fault"), **dict.fromkeys(("molsted", "molestd"), "molested"),
    **dict.fromkeys(("beleive", "belive", "beleve", "believ"), "believe"),
    **dict.fromkeys(("beleives", "belives"), "believes"), **dict.fromkeys(("hre", "heer"), "here"),
    **dict.fromkeys(("alon", "alome"), "alone"), "sexualy": "sexually", "sexaully": "sexually",
}
# Longer key words, matched with room for a slip or two of the keyboard.
_FUZZY_KEYWORDS = frozenset((
    "assaulted", "assault", "assaulting", "harassed", "harassing", "harassment", "molested", "molesting",
    "suicide", "suicidal", "touched", "touching", "threatened", "threatening", "violated", "attacked",
    "survivor", "survivors", "someone", "somebody", "happened", "following", "followed",
    "terrified", "ashamed", "against", "consent", "permission", "overdose", "worthless",
    "hopeless", "helpless", "overwhelmed", "depressed", "flashbacks", "nightmares", "stalking", "trafficked",
    "pressured", "blackmailed", "sexually", "believes", "believed", "anymore", "thinking", "killing",
    "grabbed", "groping", "forcing", "molester", "abusing", "believe",
    "inappropriately", "inappropriate", "uncomfortable", "drugged", "groomed", "stalked", "strangled",
    "boyfriend", "girlfriend", "stepfather", "stepdad", "husband", "outside", "remember", "everyone",
    "nobody", "anyone", "pictures", "coworker", "professor", "manager", "teacher", "threaten",
    "myself", "without", "touch", "scared", "afraid", "forced", "raped", "rapist", "abused", "groped",
))
# Key words with a letter doubled or undoubled by a slip ("raaped", "asaulted", "kiled", "pils").
_SHORT_KEYWORDS = frozenset((
    "rape", "raped", "rapist", "abuse", "abused", "grope", "groped", "kill", "killed", "die", "dead", "hurt",
    "help", "safe", "scared", "alone", "touch", "pills", "naked", "nudes", "knife", "cutting", "stalker",
))
# English words within a slip of a key word keep their own meaning ("content" is not "consent"). This is
# every such word in a standard word list; tests/test_safety.py rebuilds it when the list is installed.
_REAL_WORD_LIST = """
abased abasing abuser abuses amused amusing antone assailed assailing assaulter assaults attached attacker
befriend believer believers blackballed blackmail blackmailer blackmailers blackmails boyfriends consents
content convent coworkers decreased depress depresses digressed dragged dressed drudged fallowed fallowing
flashback flowing follower followings force forces forded fording forged forging forked forking formed
forming gabbed girlfriends grabber griped griping grooved gropes grouped grouping growing grubbed harasses
harnessing homeless husbands killings kilning kipling manage managed managers manages manger moleskin
molesters molting nightmare nightmarish outsider outsides outsize overdoes overdone overdosed overdoses
overwhelm overwhelms percussion permissions permissive picture pictured pleasured pressed pressure pressures
pressurized presumed processor processors profess professed professes profession professors protestor raced
racist raged raked rapes rapid rapists rared rasped rated raved razed reaped remembers roped scaled scare
scares scarfed scarred scored seared shared snared soared someones spangled spared stacked stacking staked
staking staled staling stalkings stalled stalling stared stepdads stepfathers stepmother straddled straggle
straggled straggler straggles stranded strange strangely stranger strangle strangler stranglers strangles
stringed struggled suicides surveyors survivals teachers teaches terrific terrifies testified thanking
thinning threateningly threatens torch torched torching touches touchings touchy tough trafficker
traffickers uncomfortably violate violates worthies worthiest worthiness
"""
_REAL_WORDS = frozenset(_REAL_WORD_LIST.split())

_BEFORE_STRIPPING = tuple((re.compile(p), r) for p, r in (
    (r"\bs\.?a['’]d\b", " sexually assaulted "),  # "i was SA'd"; plain "sad" stays sad
    (r"\bs/a\b", " sexual assault "),
    (r"\br[*@]p", "rap"),  # self-censored spellings: "r*ped", "r@pe"
    (r"\bs[*]icid|\bsu[*]cid|\bsui[*]id", "suicid"),
    (r"\bk[*!]ll", "kill"),
    (r"\bme\s*2\b", "me too"),
    # Round 23: a laughing or "dead" emoji is a laugh ("im dead 😂", "this song slaps 💀"), read as "lol".
    ("[\U0001F602\U0001F923\U0001F480\U0001F606\U0001F639]+", " lol "),
    (r"\bw/", " with "),
    # Contractions whose apostrophe-free spelling is another word: "he'll" is not "hell", "we're" not "were".
    (r"\b(i|you|he|she|it|we|they)['’]ll\b", r"\1 will"),
    (r"\b(i|you|he|she|it|we|they)['’]d\b", r"\1 would"),
    (r"\b(you|we|they)['’]re\b", r"\1 are"),
    # "'s" is "has" before "been" or "got", "is" after a pronoun: "someone's been following me".
    (r"\b([a-z]+)['’]s (been|got|gotten)\b", r"\1 has \2"),
    (r"\b(someone|somebody|nobody|everyone|everybody|he|she|it|that|there|who|what|where)['’]s\b", r"\1 is"),
    (r"(\d)\s*(?:yo|y/o|y\.o\.?|yrs? old|yrs)\b", r"\1 years old"),  # "at 12yo"
))
_APOSTROPHES = re.compile(r"['’‘`ʼ]")
_NOT_WORD = re.compile(r"[^a-z0-9]+")
_REPEATS = re.compile(r"([a-z])\1{2,}")  # "soooo scaaared", "diiie": three or more of a letter are one
_AFTER_SPELLING = tuple((re.compile(p), r) for p, r in (
    (r"\bmy (?:self|slef|sef)\b", "myself"),
    (r"\b(he|she|they) (is|are) hear\b", r"\1 \2 here"),  # "he is hear" is nearly always "here"
    (r"\bno body\b", "nobody"),
    (r"\bsome (one|body|thing)\b", r"some\1"),
    (r"\bany more\b", "anymore"),  # "i can't do this any more"
    (r"\b(any|every) (one|body)\b", r"\1\2"),
))
_UNDOUBLED = re.compile(r"([a-z])\1")
_BY_UNDOUBLED = {
    _UNDOUBLED.sub(r"\1", word): word
    for word in sorted(_SHORT_KEYWORDS | _FUZZY_KEYWORDS | set(_TYPOS.values()))
}
_BY_LETTER: dict[str, tuple[str, ...]] = {}
for _word in sorted(_FUZZY_KEYWORDS):
    _BY_LETTER[_word[0]] = (*_BY_LETTER.get(_word[0], ()), _word)


def normalise(text: str) -> str:
    """The message as the patterns read it: ' word word ... ' in canonical spelling."""
    text = unicodedata.normalize("NFKC", text).casefold()
    # Round 11: accents dropped, not the letters ("tío" -> "tio", not "t o").
    text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    for pattern, replacement in _BEFORE_STRIPPING:
        text = pattern.sub(replacement, text)
    text = _APOSTROPHES.sub("", text)
    text = _REPEATS.sub(r"\1", _NOT_WORD.sub(" ", text))
    joined = " ".join(_canonical(word) for word in text.split())
    for pattern, replacement in _AFTER_SPELLING:
        joined = pattern.sub(replacement, joined)
    return f" {joined} "


@dataclass(frozen=True, slots=True)
class Assessment:
    """What one message tells us.

    `concern` is the most urgent concern (the reply is written for it); `crises` are further crises the
    classifier cannot rule out (their lines, 911 or 988, go into the reply too; with no concern, the
    help-first reply, which gives both, answers the message); `personal` says whether
    the message may be personal all the same, so help comes before history and no passage answers it.
    """

    concern: Concern
    crises: frozenset[Concern] = frozenset()
    personal: bool = False


class Reading(NamedTuple):
    """What the patterns and the framing read in one message, beside the classifier's margins: the patterns'
    concern, then the flags the decision weighs (see `_combine`). Named (round 13) rather than passed by
    position, so a new flag cannot shift the others."""

    pattern: Concern
    calm_allowed: bool = True  # the classifier may add a disclosure or distress
    crisis_allowed: bool = True  # the classifier's crisis alarms count
    final: bool = False  # the person may speak of their own end (round 5)
    asks: bool = False  # asks what to do (round 7)
    anchored: bool = True  # names a person (round 8)
    cued: bool = True  # holds a word of a crisis (round 11)
    at_ease: bool = False  # well now (round 12), or settled: an everyday mishap or thanks (round 13)
    means_framed: bool = False  # a means asked about under a study or school frame (round 13)
    someone_near: bool = False  # another person near or coming now, no harm of the writer's own (round 18)
    danger_told: bool = False  # danger from someone else told now with a danger word (round 24)
    # The concerns the writer denies for themselves, with no other word of a crisis in the message (round 23).
    denied: frozenset[Concern] = frozenset()

    def flags(self) -> dict[str, Any]:
        """The flags by name, as `combine` takes them."""
        return {name: value for name, value in self._asdict().items() if name != "pattern"}


def explain(text: str) -> tuple[tuple[Concern, str], ...]:
    """Every (concern, pattern name) that matches, most urgent first, then each concern the classifier
    adds or raises, named "model"; empty for NONE. Read as `appraise` reads it (runs split)."""
    text = as_read(text)
    norm = normalise(text)
    found = []
    for concern, patterns in _BY_URGENCY:
        names = [name for name, pattern in patterns if _counts(name, pattern, norm, text)]
        # A last-resort pattern is named only when no specific pattern of its concern explains the message.
        specific = [name for name in names if name not in sp.LAST_RESORT]
        found += [(concern, name) for name in (specific or names)]
    seen = appraise(text)
    named = {concern for concern, _ in found}
    learned = (seen.concern, *sorted(seen.crises, key=_URGENCY.index))
    found += [(concern, "model") for concern in learned if concern not in named]
    return tuple(c for c in found if c[0] is not Concern.NONE)


def assess(text: str) -> Concern:
    """The most urgent concern in one message; NONE for questions about the movement."""
    return appraise(text).concern


def appraise(text: str) -> Assessment:
    """The concern by both layers, the crises that cannot be ruled out, and whether it may be personal.

    A message typed without spaces ("ihearhimdownstairsheisnotmeanttobehereineedhelp") is read with its long
    runs split into words (`knowledge.segment`) when the splitter finds words in them: neither the patterns
    nor the classifier can read a run of words as one token (the classifier's reading of the bare run is
    noise: "whostartedthemetoomovement" read as self-harm), so the split text is the message. A run the
    splitter leaves whole is read as typed, as before. A word spelled out letter by letter is joined first
    (`bot.safety_patterns.spelled`, round 18)."""
    return _appraise(as_read(text))


def as_read(text: str) -> str:
    """The message as both layers read it, at serving and at training alike (round 19): words spelled letter
    by letter joined, runs of words typed without spaces split. Before round 19 the trainer embedded and
    pattern-read the raw text while the bot read this one, so training and serving saw different strings."""
    # Round 18: a word spelled letter by letter ("s u i c i d e", "r.a.p.e.d") is read as the word.
    text = join_spelled(text)
    return split_run_together(text) if _RUN_TOGETHER.search(text) else text


def _appraise(text: str) -> Assessment:
    norm = normalise(text)
    pattern = _pattern_concern(norm, text)
    if _BARE_COMMAND.fullmatch(text.strip()):
        # "/help" asks for the help page; only a command with words after it can tell of a crisis.
        return Assessment(pattern, personal=pattern is not Concern.NONE)
    reading = _read(norm, pattern)
    return _combine(reading.pattern, load_model().margins(text), **reading.flags())


def read_patterns(text: str) -> Reading:
    """What the patterns and the framing read (see `Reading`): what the trainer needs to choose thresholds
    for the decision the bot makes, not for the classifier alone. Reads `as_read(text)`, as `appraise` does
    (round 19: it read the raw text before, so the trainer replayed another reading than the bot's)."""
    text = as_read(text)
    norm = normalise(text)
    return _read(norm, _pattern_concern(norm, text))


def combine(pattern: Concern, margins: Margins, calm_allowed: bool = True,
            crisis_allowed: bool = True, final: bool = False, asks: bool = False,
            anchored: bool = True, cued: bool = True, at_ease: bool = False,
            means_framed: bool = False, someone_near: bool = False,
            denied: frozenset[Concern] = frozenset(), danger_told: bool = False) -> Assessment:
    """The one decision rule (see `_combine`), for the trainer to replay on out-of-fold margins."""
    return _combine(pattern, margins, calm_allowed, crisis_allowed, final, asks, anchored, cued, at_ease,
                    means_framed, someone_near, denied, danger_told)


def _read(norm: str, pattern: Concern) -> Reading:
    final = sp.speaks_of_finality(norm)
    return Reading(
        pattern, calm_allowed=sp.learned_calm_allowed(norm), crisis_allowed=sp.learned_crisis_allowed(norm),
        final=final, asks=sp.asks_what_to_do(norm), anchored=sp.names_a_person(norm),
        cued=sp.has_concern_cue(norm),
        # Round 13: an everyday mishap or scare, or thanks to the bot, is weighed like ease.
        at_ease=(sp.at_ease(norm) or sp.settled(norm)) and not final,
        means_framed=sp.means_question_framed(norm), someone_near=sp.someone_near(norm),
        denied=frozenset(Concern(name) for name in sp.denied(norm)), danger_told=sp.danger_told(norm),
    )


_BARE_COMMAND = re.compile(r"/[a-z0-9_]+(?:@[a-z0-9_]+)?", re.IGNORECASE)


_CRISIS = (Concern.DANGER, Concern.SELF_HARM)
_URGENCY = [concern for concern, _ in _BY_URGENCY]
# A run of words typed without spaces: 16 letters or more in one token. Shorter ones are mostly compounds
# ("headbanged", "deadlifts", "lightroom") that read the same whole, and splitting them adds nothing.
_RUN_TOGETHER = re.compile(r"[a-z]{16,}", re.IGNORECASE)


def _pattern_concern(norm: str, raw: str) -> Concern:
    for concern, patterns in _BY_URGENCY:
        if any(_counts(name, pattern, norm, raw) for name, pattern in patterns):
            return concern
    return Concern.NONE


def _combine(pattern: Concern, margins: Margins, calm_allowed: bool = True,
             crisis_allowed: bool = True, final: bool = False, asks: bool = False,
             anchored: bool = True, cued: bool = True, at_ease: bool = False,
             means_framed: bool = False, someone_near: bool = False,
             denied: frozenset[Concern] = frozenset(), danger_told: bool = False) -> Assessment:
    """The one decision rule. A pattern hit stands. The classifier's alarms are what it recognises (its
    disclosure and distress only where the framing allows them); among them a crisis becomes the concern
    only when it is also the likeliest concern (danger: within `_DANGER_SLACK` of the likeliest calm one),
    so a past disclosure is not answered as an emergency, and otherwise its line (911, 988) is added to the
    reply. Its crisis alarms do not count on harm said in passing or suicide as a topic (`crisis_allowed`).
    A message nobody recognised that speaks of the person's own end (`final`) may be personal all the same:
    help first, never a passage (round 5). A recognised disclosure whose writer asks what to do (`asks`) is
    not raised to self-harm (round 7) or danger (round 8); the line is still added. A message that names no
    person (`anchored` false) needs `_UNANCHORED_MARGIN` more for a classifier-only crisis alarm; under it,
    the alarm only makes the message "may be personal", its crisis kept in `crises`: help first, with 911
    and 988, rather than a crisis reply (round 8). A classifier-only self-harm alarm on a message with no word
    of a crisis at all (`cued` false) is held back the same way, under `_UNCUED_MARGIN` (round 11), and so
    is any classifier-only alarm but danger on a message that says the person is well now (`at_ease`), under
    `_AT_EASE_MARGIN` (round 12). When another person is near or coming now and the writer says nothing of
    their own harm (`someone_near`), a danger alarm leads over a self-harm alarm (round 18). A concern the
    writer denies for themselves, on a message with no other word of a crisis (`denied`), is neither alarmed
    nor a reason for help first when the patterns found nothing (round 23). When the writer tells of danger
    from someone else now (`danger_told`: followed or watched, a drink spiked, harm under way, someone near)
    and no self-harm pattern read the message, a classifier crisis alarm is answered as danger, 911 first
    (the danger reply carries 988 after it): its self-harm alarm, with the far lower threshold, led on such
    messages (round 24)."""
    if pattern is not Concern.NONE:
        denied = frozenset()
    alarmed = {Concern(name) for name in margins.alarms()} - denied
    if not calm_allowed:
        alarmed &= set(_CRISIS)
    if not crisis_allowed:
        # Harm said in passing or suicide as a topic: the classifier's crisis alarms do not count.
        alarmed -= set(_CRISIS)
    held = _held_back(pattern, margins, alarmed, anchored, cued, at_ease)
    if means_framed and Concern.SELF_HARM not in alarmed:
        # Round 13: a means asked about under a study or school frame, which the frames keep from the crisis
        # reply, is not answered in silence either: help first, with 988 (as a held-back self-harm alarm).
        held |= {Concern.SELF_HARM}
    alarmed -= held
    crises = {c for c in alarmed if c in _CRISIS}
    likeliest = Concern(margins.likeliest())
    if danger_told and crises and pattern is not Concern.SELF_HARM:
        # Round 24: danger told with a danger word; a self-harm pattern is never lowered.
        return Assessment(Concern.DANGER, frozenset(crises - {Concern.DANGER}) - {Concern.SELF_HARM},
                          personal=True)
    if pattern in _CRISIS:
        # Never self-harm to danger: the danger reply gains 988 as an extra line instead.
        concern = pattern
    elif crises and _leads(crisis := _likeliest_crisis(crises, margins, someone_near), margins, pattern,
                           asks):
        concern = crisis
    elif pattern is not Concern.NONE:
        concern = pattern
    elif alarmed:
        # An alarm for a crisis that is not the likeliest concern: a calm reply that carries its line.
        calm = _names({Concern.DISCLOSURE, Concern.DISTRESS} - denied) or _names(alarmed)
        stands = likeliest in alarmed or (likeliest not in _CRISIS and likeliest not in denied)
        concern = likeliest if stands else Concern(margins.likeliest(among=calm))
        if concern in held:
            # Round 13: a calm concern held back does not come back as the reply because a trailing crisis
            # alarm stands; help first, with that crisis's line.
            return Assessment(Concern.NONE, frozenset((crises | held) & set(_CRISIS)), personal=True)
    else:
        # Harm said in passing is not a hint that the message may be personal either.
        among = _names({c for c in _URGENCY if crisis_allowed or c not in _CRISIS} - denied)
        maybe = calm_allowed and bool(among) and margins.may_be_personal(among)
        return Assessment(Concern.NONE, frozenset(held & set(_CRISIS)), personal=final or maybe or bool(held))
    # Either crisis reply already gives both lines: 988 then 911 for self-harm, 911 then 988 for danger.
    extra = (crises | (held & set(_CRISIS))) - {concern} - (set(_CRISIS) if concern in _CRISIS else set())
    return Assessment(concern, frozenset(extra), personal=True)


def _likeliest_crisis(crises: set[Concern], margins: Margins, someone_near: bool) -> Concern:
    """The crisis to answer among the classifier's alarms. Round 18: with someone else near or coming and no
    harm of the writer's own, danger; self-harm's far lower threshold let it lead on "my ex is parked across
    the street and has been sitting there 2 hrs" (danger 4.6, self-harm 5.1 over their thresholds)."""
    if someone_near and Concern.DANGER in crises:
        return Concern.DANGER
    return Concern(margins.likeliest(among=_names(crises)))


def _held_back(pattern: Concern, margins: Margins, alarmed: set[Concern], anchored: bool,
               cued: bool = True, at_ease: bool = False) -> set[Concern]:
    """The classifier's crisis alarms too narrow to stand alone on a message that names no person, its
    self-harm alarm on a message that holds no word of a crisis, and any of its alarms but danger on a
    message that says the person is well now."""
    if pattern is not Concern.NONE:
        return set()
    uncued = not cued and Concern.SELF_HARM in alarmed and margins.alarm["self_harm"] < _UNCUED_MARGIN
    held = {Concern.SELF_HARM} if uncued else set()
    if at_ease:
        # Round 12: the classifier read "i'm in a much better place now" as self-harm and distress at once;
        # holding back self-harm alone left distress as the false alarm. Danger is never held here.
        held |= {c for c in alarmed - {Concern.DANGER} if margins.alarm[c.value] < _AT_EASE_MARGIN}
    if anchored:
        return held
    return held | {c for c in alarmed & set(_CRISIS) if margins.alarm[c.value] < _UNANCHORED_MARGIN}


# How far (in logits above each threshold) an alarmed danger may trail the likeliest calm concern and still
# be the concern. Round 4, chosen out of fold on the bot's decision: at 0 (danger had to be the likeliest) 6%
# of danger messages got the calm reply (with 911 added); at 1.0 half of those get the danger reply, while
# disclosures and distress answered as danger rise from 3.4% to 5.0%; at 2.0, 2.8% of danger and 5.9%.
# Self-harm gets no slack: out of fold it recognised no more self-harm and answered 67 instead of 47 of 739
# disclosures and distress as self-harm ("i couldnt move, i just lay there" is a disclosure).
_DANGER_SLACK = 1.0
# Round 5: how far self-harm must lead when the patterns recognised a disclosure. Out of fold (README), 1.0
# for both crises answered 4 more danger messages of 361 calmly; for self-harm alone it costs no recall.
_DISCLOSURE_HOLD = 1.0
# Round 8: how far (in logits above its threshold) a classifier-only crisis alarm must reach on a message that
# names no person (bot/safety_patterns/anchor.py). Out of fold twice with round 8's training data, 1.0 took
# false alarms on ordinary messages from 214 to 199 of 4,915 (15 get the help-first reply instead) and lost no
# crisis message and 1 distress of 395; an estimate with the thresholds held fixed put 2.0 at 8 more for 3
# self-harm messages. The crisis thresholds themselves are unchanged (CLASSIFIER_FLOOR holds). Asking more
# of every crisis score when no person is named, before thresholds were chosen, raised false alarms instead:
# the thresholds fell to keep the floor, since one self-harm message in six names nobody ("rope is ready").
_UNANCHORED_MARGIN = 1.0
# Round 11: how far (in logits above its threshold) a classifier-only self-harm alarm must reach on a message
# with no word of a crisis (bot/safety_patterns/cues.py). Out of fold twice on every file, with round 11's
# frames: at 1.0 false alarms on the round sets' ordinary messages 57 -> 53 of 1,818 (all ordinary 223 -> 212
# of 6,486) for no concern message lost; at 2.0, 50 and 203 for 3 self-harm messages answered help-first; held
# at any margin, 49 and 195 for 38 (one self-harm message in nine holds none of the lexicon's words).
_UNCUED_MARGIN = 1.0
# Round 12: the same, for self-harm and the calm concerns, on a message that says the person is well now ("i'm
# in a much better place now", bot/safety_patterns/at_ease.py). Round 11's blind set put those alarms 5 to 9
# logits over their thresholds, so the margin is wide: out of fold, 3.0 held none of them, 10.0 all three; no
# other training message says it is well now, so no concern message changed at any margin (README, round 12).
_AT_EASE_MARGIN = 10.0


def _leads(crisis: Concern, margins: Margins, pattern: Concern = Concern.NONE, asks: bool = False) -> bool:
    """Whether an alarmed crisis is likely enough, beside the calm concerns, to be answered as a crisis.
    Danger's slack is for danger told as news; a disclosure the patterns recognised ("he asaulted me") needs
    danger to be the likelier outright (round 5)."""
    calm = max(margins.alarm[c.value] for c in _URGENCY if c not in _CRISIS)
    if pattern is Concern.DISCLOSURE:
        # A past assault the patterns read ("i couldnt move, i just lay there") is not raised to self-harm
        # on a narrow lead, nor to danger on a trailing one; the crisis's line is still added to the reply.
        if asks:
            # Round 8: nor to danger: with round 8's training data "what should i do if my uncle touched me"
            # led with danger; out of fold no message changed (911 is still added to the reply).
            return False
        hold = _DISCLOSURE_HOLD if crisis is Concern.SELF_HARM else 0.0
        return margins.alarm[crisis.value] >= calm + hold
    slack = _DANGER_SLACK if crisis is Concern.DANGER else 0.0
    return margins.alarm[crisis.value] + slack >= calm


def _names(concerns: set[Concern]) -> tuple[str, ...]:
    return tuple(c.value for c in _URGENCY if c in concerns)


def _counts(name: str, pattern: re.Pattern[str], norm: str, raw: str) -> bool:
    return pattern.search(norm) is not None and sp.framing_allows(name, norm, raw)


def _canonical(word: str) -> str:
    """One word in canonical spelling: shorthand spelled out, key-word typos corrected."""
    if word in _SHORTHAND:
        return _SHORTHAND[word]
    if word in _TYPOS:
        return _TYPOS[word]
    if word in _REAL_WORDS or word in _FUZZY_KEYWORDS or word in _SHORT_KEYWORDS:
        return word
    undoubled = _BY_UNDOUBLED.get(_UNDOUBLED.sub(r"\1", word))
    if undoubled is not None:
        return undoubled
    if len(word) < 5:
        return word
    # Typos keep the first letter far more often than not; requiring it avoids most false corrections.
    best = process.extractOne(word, _BY_LETTER.get(word[0], ()), scorer=OSA.distance, score_cutoff=2)
    if best is None:
        return word
    keyword, distance, _ = best
    # One slip in a shorter key word, two in a long one.
    return keyword if distance <= (2 if len(keyword) >= 9 else 1) else word
