"""Framing: who a message is about, and which matches count given that."""

from __future__ import annotations

import re

__all__ = ["LAST_RESORT", "framing_allows", "learned_calm_allowed", "learned_crisis_allowed"]

# Patterns that catch wording the specific ones missed; `explain` names them only when nothing else matched.
LAST_RESORT = frozenset({"personal_and_violence", "sexual_scene", "coercion_scene"})
# Patterns that count only in a message about the person's own experience (see _is_about_me).
_OWN_STORY = frozenset({*LAST_RESORT, "went_too_far", "what_he_did", "death_near_me", "means_and_intent"})

# --- Framing: who a message is about ---
_FIRST_PERSON = re.compile(r"\b(?:i|my|mine|myself)\b|\bme\b(?! ?too\b)")
_ABOUT_OTHERS = re.compile(
    r"\b(?:milano|alyssa|burke|tarana|weinstein|harvey|movement|hashtag|tweets?|tweeted|article|articles|"
    r"accusers?|history|anniversary|essay|hollywood|celebrit\w*|viral|campaign|founder|creator|actress\w*|"
    r"people|women|victims|they|she|he|metoo|me too|woman|man|girl|boy|person|friend|someone|somebody|"
    r"anyone)\b"
)
# Words that also turn up in questions about other people ("did any of the accusers attempt suicide"):
# they count when the person speaks about themselves, or when nothing points at someone else.
_NEED_FIRST_PERSON = frozenset(
    {"suicide_word", "something_happened", "symptoms", "nobody_cares", "naming_it"}
)
# "her story touched me", "it really touched me": moved, not touched.
_FIGURATIVE_TOUCH = re.compile(
    r"\b(?:story|stories|words?|tweets?|speech|essay|article|video|post|message|song|book|film|movie|letter|"
    r"poem|quote|kindness|gesture|gift|movement|response|answer|reply|moment|scene|"
    r"courage)(?: \w+){0,5} touch\w* me\b|\b(?:it|that|this|you) (?:\w+ )?touch\w* me\b|"
    r"\btouch\w* me (?:deeply|so much|emotionally|to tears|a lot|profoundly|so deeply|in a good way)\b"
)
_VIOLENCE = (
    r"(?:rape|raped|raping|rapist|molest\w*|sexually \w+|sexual \w+|assault|assaulted|abuse|abused|incest|"
    r"groped|groomed|grooming|trafficked|inappropriately|non consensual|nonconsensual|harassment)"
)
# Someone else's story or a question about the subject, for the last-resort pattern.
_NOT_MINE = re.compile(
    r"\b(?:milano|alyssa|burke|tarana|weinstein|harvey|movement|hashtag|tweets?|tweeted|article\w*|"
    r"accusers?|history|anniversary|hollywood|celebrit\w*|viral|campaign|founder|creator|actress\w*|metoo|"
    r"me too|culture|statistics|stats|hotline|laws?|legal|illegal|definition|define|mean|means|sue|suing|"
    r"lawsuit|court|lawyer|attorney|explain|describe|essay|paper|project|research\w*|assign\w*|course|"
    r"lecture|presentation|thesis|homework|study|studying|journalist|center|centre|crisis|clinic|shelter|"
    r"advocate|advocacy|clients?|students?|patients?|volunteer\w*)\b"
    # Predicated of someone else: "my friend was raped", "women who were assaulted", "he raped her".
    rf"|\b(?!i\b)[a-z]+ (?:was|were|got|has been|had been|have been|is being|are being|is|"
    rf"are) (?:\w+ ){{0,2}}?{_VIOLENCE}\b|\b{_VIOLENCE} (?:her|him|them|my (?:friend|sister|brother|"
    rf"daughter|son|mom|mother|cousin|roommate|kid|child|niece|nephew))\b|\btold me (?:she|he|they)\b"
    # Not at all: "i have never been assaulted".
    rf"|\b(?:not|never|no one has ever|nobody has ever) (?:\w+ ){{0,2}}?{_VIOLENCE}\b"
    # Study, talk and asking: "i am writing about rape culture", "we were talking about harassment".
    r"|\b(?:talking|talked|talk|discussing|discussed|debating|debated|arguing) about\b|\bi (?:want|"
    r"would like|wanted|need) to (?:know|learn|understand|read|ask|research)\b|\bi (?:read|heard|saw|"
    r"learned|am (?:reading|writing|doing|researching|studying|learning|curious|interested))\b"
    # "my class is learning about harassment", but not "a guy from my class got me alone".
    r"|\bmy (?:essay|paper|project|homework|presentation|research|thesis|assignment)\b|\bmy (?:class|"
    r"school) (?:is|was|are|were|did|does|had|has|learned|learning|studied|studying|discussed|project|"
    r"assignment)\b|\b(?:tell|show|explain to|teach|help) me\b|\bfor (?:a|my|our) (?:class|school|course|"
    r"project|essay|paper)\b"
)
_QUESTION_START = re.compile(
    r"^ (?:what|who|when|where|why|which|how (?:many|much|common|often|long|does|(?:do|can|should|"
    r"would) (?:i|you|we|people|someone|one))|is there|are there|can you|could you|define|explain|"
    # Asking about others: "did any men say me too", "were celebrities part of it".
    r"(?:did|do|does|were|was) (?:any|anyone|anybody|other|men|women|people|celebrities|milano|burke|tarana|"
    r"alyssa))\b"
)
# "what should i do if my boss harasses me" asks ahead; "again", "still", "keeps" or a past tense ("if my
# uncle touched me") say it is happening or has happened.
_HYPOTHETICAL = re.compile(
    r"^ (?:what (?:should|do|can|would|could) i do|how (?:should|do|can|would) i (?:respond|react|handle it|"
    r"deal with it)|what happens|what can you do) (?:\w+ )?if\b(?!.*\b(?:again|still|keeps|kept|already|"
    r"anymore|was|did|happened|\w+ed me)\b)"
)
# Acts by someone else on the person, which a hypothetical question may name.
_ACTS_ON_ME = frozenset({"done_to_me", "person_did_to_me", "doing_it_to_me", "touched_me"})
# "me too, i thought milano started it": agreeing about the movement, not telling a story of one's own.
_ME_TOO_AGREEING = re.compile(
    r"^ (?:\w+ ){0,3}me ?too (?:\w+ )?i (?:also |always |just )?(?:thought|think|wondered|wanted to know|"
    r"was curious|am curious|had no idea|did not know|love|loved|like|liked|agree|forget|learned|read|heard|"
    # Round 4: agreeing about something trivial, "me too lol i also forgot the essay was due".
    r"saw|forgot|never knew|was wondering|(?:had|have) the same (?:question|thought|idea)|am (?:so |also )?"
    r"(?:tired|bored|hungry|confused|lost|excited|stressed))\b"
    r"(?!.*\b(?:fault|happened|did to me|touched|hurt|years ago|when i was|as a (?:kid|child|teen)|"
    r"at (?:age )?\d+)\b)"
)
_STRONG_SELF = re.compile(r"\bme\b(?! ?too\b)|\bi (?:was|got|have been|had been)\b")


def framing_allows(name: str, norm: str, raw: str) -> bool:
    """Whether a match of pattern `name` counts, given who the message is about."""
    if _everyday_scene(norm):
        return False
    if name == "me_too_alone":
        return "#" not in raw
    if name == "me_too_then_personal":
        return not _ME_TOO_AGREEING.search(norm)
    if name == "something_happened" and _HAPPENED_TO_SOMEONE_ELSE.search(norm):
        return False
    if name == "wants_to_die" and _FIGURE_OF_SPEECH.search(norm):
        return False
    if name == "happened_to_me" and _NOT_ME.search(norm):
        return False
    if name == "death_near_me" and _LYRICS.search(norm):
        return False
    if name in ("i_feel_bad", "not_coping") and _FIGURATIVE_FEELING.search(norm):
        return False
    if name == "suicide_word" and _SUICIDE_AS_TOPIC.search(norm) and not _OWN_CRISIS.search(norm):
        return False
    if name in _NEED_FIRST_PERSON:
        return bool(_FIRST_PERSON.search(norm)) or not _ABOUT_OTHERS.search(norm)
    if name in _ACTS_ON_ME and _HYPOTHETICAL.search(norm):
        return False
    if name == "touched_me":
        return not _FIGURATIVE_TOUCH.search(norm)
    if name in _OWN_STORY:
        return _is_about_me(norm)
    return True


# Supporting someone: "my friend told me something happened to her at a party, how do i support her".
_HAPPENED_TO_SOMEONE_ELSE = re.compile(
    r"\bhappened to (?:her|him|them|my (?:friend|sister|brother|mom|mum|mother|cousin|daughter|son|roommate|"
    r"girlfriend|boyfriend|wife|husband|partner|student|colleague|coworker|niece|nephew|aunt)s?)\b|"
    r"\b(?:she|he|they) told me (?:that )?something happened\b|\btold me something happened\b"
)
# A song or a quote asked about: "what song goes if i die young".
_LYRICS = re.compile(r"\b(?:what|which) song\b|\blyrics?\b|\bsong (?:goes|that goes|says)\b")
# "i want to die of embarrassment", "might disappear for a bit": said in passing, not about dying.
_FIGURE_OF_SPEECH = re.compile(
    r"\b(?:die|dying|died) (?:of|from) (?:embarrassment|laughter|laughing|boredom|cringe)\b|"
    r"\bdisappear for a (?:bit|while|sec|second|minute|min|few)\b|"
    r"\brather die than\b.*\b(?:lol|lmao|haha\w*)\b|"
    # A thing that dies: "my phone is about to die", "the laptop battery is dying".
    r"\b(?:phone|battery|laptop|charger|car|computer|tablet|wifi|router|plants?|flowers?|console|headphones)"
    r" (?:\w+ ){0,3}(?:die|dying|died)\b"
)
# Busy, amused or disagreeing, not in distress: "i'm drowning in essays this week", "i can't breathe this meme
# is so funny", "i'm not okay with how the media ignored burke" (round 2's blind set).
_FIGURATIVE_FEELING = re.compile(
    r"\b(?:drowning|buried|swamped) in (?:\w+ )?(?:homework|essays?|work|emails?|paperwork|assignments?|"
    r"deadlines|laundry|exams?|revision|coursework)\b|\bnot okay with (?:how|the|that|what|this|them|it)\b|"
    r"\b(?:can not|could not) breathe\b(?:.*)\b(?:funny|lol|lmao|laughing|hilarious|haha\w*)\b"
)
# Suicide as a school, news or culture topic: "for a school project, how does the 988 lifeline work",
# "is 13 reasons why about suicide". Round 2's blind set showed these read as a crisis. The words frame
# the message (a class assignment, a prevention campaign), so a plain "i'm failing my classes" does not.
_SUICIDE_AS_TOPIC = re.compile(
    r"\bfor (?:a|my|our|the) (?:\w+ )?(?:class|school|course|project|essay|paper|report|assignment|"
    r"presentation|module)\b|\b(?:school|class|health class|psychology class|college|uni|university) "
    r"(?:project|report|essay|paper|assignment|presentation|assembly|debate)\b|\b(?:essay|report|paper|"
    r"project|presentation|assembly|lecture|module|article|documentary|study) (?:\w+ ){0,2}(?:on|about)\b|"
    r"\b(?:suicide|self harm) (?:prevention|awareness|statistics|stats|rates?|squad|hotline|lifeline)\b|"
    r"\b(?:prevention|crisis) lifeline\b|\bis (?:\w+ ){1,5}about suicide\b|\bsay about suicide\b"
)
# ...unless the person speaks of their own crisis as well: "i'm suicidal and my essay is due".
_OWN_CRISIS = re.compile(
    r"\bi (?:am|feel|have been|was|have felt|keep feeling|get) (?:\w+ )?suicidal\b|\b(?:kill|hurt|harm|"
    r"cut|cutting|hurting|harming|killing) myself\b|\bi (?:want|wanna|plan|planned|tried|attempted|"
    r"might|will|am going to|am gonna|think about|thought about|keep thinking about) (?:\w+ ){0,2}"
    r"(?:suicide|die|overdose|end it)\b|\bmy (?:suicide|overdose)\b"
)


# "me too lol", "me too, great bot": agreeing, when nothing else in the message is about the person.
_ME_TOO = re.compile(r"\bme ?too\b")
_AGREEMENT = re.compile(
    r"\b(?:lol|lmao|haha\w*|great|thanks|thank you|thx|ty|bot|helpful|cool|agree|agreed|interesting|nice|"
    r"love (?:this|it|that|you)|good (?:question|point|bot)|same question)\b"
)
_PERSONAL_CUE = re.compile(
    r"\b(?:when i was|years ago|happened|it was|fault|hurt|touched|scared|afraid|alone|never told|"
    r"at (?:age )?\d+|age \d+)\b|\bmy (?!question|bad\b)\w+"
)


# The person says it did not happen to them, or uses the movement only to say when: "i have never been
# assaulted, but...", "i was 12 when metoo started". The classifier reads "i", an age and "metoo" as a story.
_NOT_ME = re.compile(
    r"\b(?:never|not) (?:been|was|got|ever been) (?:\w+ )?"
    r"(?:assaulted|raped|harassed|abused|molested|groped)\b|"
    r"\bnothing (?:like that |bad )?(?:has |ever )*happened to me\b|"
    # Talking about it with someone: "my sister and i were talking about sexual harassment at work".
    r"\b(?:we|and i|they) (?:were|are|have been) (?:talking|discussing|debating|arguing) about\b|"
    r"\bwhen (?:the )?(?:metoo|me too|hashtag|movement) (?:started|began|went viral|took off|trended)\b"
)


# Round 5: an animal doing what a person would do in a danger or disclosure ("my dog is following me
# everywhere, she's stalking me", "attacked by the geese at the park"), with no person in it.
_ANIMALS = (r"(?:dogs?|pupp(?:y|ies)|cats?|kittens?|geese|goose|seagulls?|gulls?|birds?|parrots?|hamsters?|"
            r"horses?|bees?|wasps?|swans?|pigeons?|ducks?|chickens?|roosters?|ponies|pony|rabbits?|bunn(?:y|ies)|"
            r"squirrels?|crows?|magpies?|monkeys?|llamas?|cows?|goats?|sheep)")
_ANIMAL_ACTOR = re.compile(
    rf"\b{_ANIMALS} (?:\w+ ){{0,3}}(?:following|follows|followed|stalking|stalks|stalked|attacking|attacks|"
    r"attacked|bit|bites|biting|chased|chases|chasing|jumped on|jumps on|grabbed|scratched|pinned|"
    r"will not leave me alone|won ?t leave me alone|will not stop)\b|"
    r"\b(?:attacked|chased|bitten|bit|stalked|followed|ambushed|mugged|scratched) by "
    rf"(?:\w+ ){{0,2}}{_ANIMALS}\b"
)
_PERSON = re.compile(
    r"\b(?:man|men|guy|guys|boy|boys|stranger|someone|somebody|person|people|boyfriend|ex|husband|partner|"
    r"dad|father|stepdad|stepfather|uncle|brother|cousin|boss|manager|teacher|coach|driver|he|him|his)\b"
)
# A relative's "they'll kill me" over a small mishap: "my sister is gonna kill me when she sees i borrowed
# her jacket". Narrow on purpose: "my dad will kill me when he finds out i told" is not caught (no mishap).
_MISHAP_THREAT = re.compile(
    r"\b(?:kill|murder|end) me (?:when|if|once|after) (?:she|he|they) (?:sees?|finds? out|notices?|hears?|"
    r"gets? home)(?: that)? i (?:\w+ )?(?:borrowed|broke|dented|lost|spent|forgot|crashed|failed|ate|"
    r"scratched|spilled|spilt|ruined|took|wore|used|finished|shrunk|stained|burnt|burned)\b"
)


def _everyday_scene(norm: str) -> bool:
    """An animal's doings or a relative's mock threat, unless a person or the person's own crisis is in it."""
    if _OWN_CRISIS.search(norm):
        return False
    if _MISHAP_THREAT.search(norm):
        return True
    # "she" is often the pet ("she is stalking me"); "he" may be a man, so it keeps the message a concern.
    return bool(_ANIMAL_ACTOR.search(norm)) and not _PERSON.search(norm)


def learned_calm_allowed(norm: str) -> bool:
    """Whether the classifier may add a disclosure or distress to this message. Not to a question about
    the movement with no one in it ("what happened to me too"), nor to "me too" as agreement, nor when the
    person says it did not happen to them, nor to harm said in passing ("im gonna strangle him", round 4)."""
    if _QUESTION_START.search(norm) and not _FIRST_PERSON.search(norm):
        return False
    if _FIGURATIVE_HARM.search(norm) and not _OWN_CRISIS.search(norm):
        return False
    if _NOT_ME.search(norm) or _everyday_scene(norm):
        return False
    agreeing = _ME_TOO.search(norm) and (_AGREEMENT.search(norm) or _ME_TOO_AGREEING.search(norm))
    return not (agreeing and not _PERSONAL_CUE.search(norm))


# Harm said in passing (round 4): craving, chores, heat or annoyance with a sibling, never the person's own
# life in danger. "i'd kill for 8 hours of sleep", "kill the weeds", "this heat is killing me", "im gonna
# strangle him lol". Only the classifier's crisis alarms are held back by it; a pattern hit still stands.
_FIGURATIVE_HARM = re.compile(
    r"\b(?:i would|id|i had|would|i will|i am going to|going to) (?:literally )?(?:kill|murder|die) for\b|"
    r"\bkill(?:ing|s)? (?:the |all the |off |those |these |my )?(?:weeds?|slugs?|snails?|mou?ld|bugs?|"
    r"ants?|flies|fleas|germs|bacteria|moss|roaches|cockroaches|mosquito\w*|wasps?|a process|the process|"
    r"the lights|time|the vibe|the mood|it on|the game|the battery|the engine)\b|"
    r"\b(?:heat|weather|traffic|commute|wifi|homework|exam|exams|deadline|deadlines|shoes|music|noise|"
    r"hangover|cold|flu|job|boss|queue) (?:\w+ ){0,2}(?:is|are|will be|was) (?:literally )?"
    r"(?:killing me|the death of me)\b|"
    r"\bi am (?:going to|gonna) (?:strangle|murder|kill|throttle) (?:him|her|them|my (?:brother|sister|"
    r"roommate|flatmate|mum|mom|dad|cat|dog|laptop|phone|groupmates?|teammates?|cousin|bf|boyfriend|"
    r"girlfriend))\b(?!.*\b(?:myself|me)\b)|"
    r"\bi am (?:so |literally )?dead(?: inside)?\b.*\b(?:lol|lmao|lmfao|haha\w*)\b"
)


def learned_crisis_allowed(norm: str) -> bool:
    """Whether the classifier may raise a crisis on this message: not on harm said in passing, nor on
    suicide as a school or news topic, unless the person speaks of their own crisis as well."""
    if _OWN_CRISIS.search(norm):
        return True
    in_passing = _FIGURATIVE_HARM.search(norm) or _FIGURE_OF_SPEECH.search(norm) or _everyday_scene(norm)
    return not (in_passing or _SUICIDE_AS_TOPIC.search(norm))


def _is_about_me(norm: str) -> bool:
    """Whether a message with a word for sexual violence is the person's own story, not a question."""
    if not _FIRST_PERSON.search(norm) or _NOT_MINE.search(norm):
        return False
    return not _QUESTION_START.search(norm) or bool(_STRONG_SELF.search(norm))
