"""Framing: who a message is about, and which matches count given that."""

from __future__ import annotations

import re

from bot.safety_patterns.agreeing import me_too_agreeing
from bot.safety_patterns.company import everyday_company
from bot.safety_patterns.denial import denied
from bot.safety_patterns.everyday import accidental_cut, everyday_aside, harmless_mishap
from bot.safety_patterns.everyday_asks import at_work, everyday_ask
from bot.safety_patterns.hyperbole import HELD as _HYPERBOLE_HELD
from bot.safety_patterns.hyperbole import hyperbole, self_idiom_only, without_idioms
from bot.safety_patterns.in_play import in_play

__all__ = [
    "LAST_RESORT", "framing_allows", "learned_calm_allowed", "learned_crisis_allowed",
    "means_question_framed",
]

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
    # Round 9: "our unit has a harassment prevention training next week".
    r"prevention|awareness|"
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
# "what should i do", "what can i do": asking what to do, ahead of time or about what was done.
_WHAT_DO_I_DO = r"what (?:should|do|can|would|could) i do"
_HYPOTHETICAL = re.compile(
    rf"^ (?:{_WHAT_DO_I_DO}|how (?:should|do|can|would) i (?:respond|react|handle it|"
    r"deal with it)|what happens|what can you do) (?:\w+ )?if\b(?!.*\b(?:again|still|keeps|kept|already|"
    r"anymore|was|did|happened|\w+ed me)\b)"
)
# Acts by someone else on the person, which a hypothetical question may name.
_ACTS_ON_ME = frozenset({"done_to_me", "person_did_to_me", "doing_it_to_me", "touched_me"})
# "me too, i thought milano started it": agreeing about the movement, not telling a story of one's own.
_ME_TOO_AGREEING = re.compile(
    # Round 7: "me too, i totally agree with burke", "me too i was also wondering who started it".
    r"^ (?:\w+ ){0,3}me ?too (?:\w+ )?i (?:also |always |just |totally |completely |fully |really |so )?"
    r"(?:was also wondering|also wondered|(?:thought|think|wondered|wanted to know|"
    # Round 11: "me too i was gonna ask the same thing about the time essay".
    r"was (?:going|about) to ask|"
    r"was curious|am curious|had no idea|did not know|love|loved|like|liked|agree|forget|learned|read|heard|"
    # Round 4: agreeing about something trivial, "me too lol i also forgot the essay was due".
    r"saw|forgot|never knew|was wondering|(?:had|have) the same (?:question|thought|idea)|am (?:so |also )?"
    r"(?:tired|bored|hungry|confused|lost|excited|stressed)))\b"
    r"(?!.*\b(?:fault|happened|did to me|touched|hurt|years ago|when i was|as a (?:kid|child|teen)|"
    r"at (?:age )?\d+)\b)"
)
# Danger patterns an everyday visitor, a toddler, a follow online or a figure of speech explains away
# (company.py holds the frames and what keeps the danger reading).
_COMPANY_HELD = frozenset({"abuser_is_here", "followed_now", "harm_under_way", "person_did_to_me",
                           "stalking"})
# Round 19: danger and distress patterns a happy arrival or confinement in play explains away (in_play.py
# holds the frames and what keeps the reading: any fear, threat, harm, plea or hiding of the chat).
_PLAY_HELD = frozenset({"abuser_is_here", "trapped", "will_not_let_me_out", "i_feel_bad"})
_STRONG_SELF = re.compile(r"\bme\b(?! ?too\b)|\bi (?:was|got|have been|had been)\b")


def framing_allows(name: str, norm: str, raw: str) -> bool:
    """Whether a match of pattern `name` counts, given who the message is about."""
    if _everyday_scene(norm):
        return False
    if name in _COMPANY_HELD and everyday_company(norm):
        # Round 14: "he's outside with the pizza, brb", "keeps following me on insta".
        return False
    if name in _PLAY_HELD and in_play(norm):
        # Round 19: "he's here!! my nephew was born at 3am", "won't let me leave until we finish his lego".
        return False
    if name == "me_too_alone":
        return "#" not in raw and not me_too_agreeing(norm)
    if name == "me_too_then_personal":
        return not (_ME_TOO_AGREEING.search(norm) or me_too_agreeing(norm))
    if name == "i_said_me_too" and _IN_SOLIDARITY.search(norm):
        return False
    if name in ("threat_to_me", "someone_threatens_me") and _IDIOM_THREAT.search(norm):
        return False
    if name == "something_happened" and _HAPPENED_TO_SOMEONE_ELSE.search(norm):
        return False
    if name == "wants_to_die" and _FIGURE_OF_SPEECH.search(norm):
        return False
    if name == "happened_to_me" and _NOT_ME.search(norm):
        return False
    if name == "i_was_harmed" and harmless_mishap(norm):
        # Round 11: "i got hit by a wave at the beach".
        return False
    if name == "death_near_me" and _LYRICS.search(norm):
        return False
    if name in ("i_feel_bad", "not_coping") and _FIGURATIVE_FEELING.search(norm):
        return False
    if name == "suicide_word" and _FIGURE_OF_SPEECH.search(norm) and not _OWN_CRISIS.search(norm):
        return False
    if name in _HYPERBOLE_HELD and hyperbole(norm) and not _OWN_CRISIS.search(without_idioms(norm)):
        # Round 23: "laughing so hard i cant breathe", "id rather die than sit through that meeting again".
        return False
    if name == "suicide_word" and "self_harm" in denied(norm):
        # Round 23: "im not suicidal lmao, what is 988 for? class presentation", with no other crisis word.
        return False
    if name == "harm_myself" and accidental_cut(norm):
        return False
    if name == "harm_myself" and self_idiom_only(norm) and not _OWN_CRISIS.search(without_idioms(norm)):
        # Round 24: "kms this calc homework", "shot myself in the foot by not studying".
        return False
    if name in _HELD_AS_A_TOPIC and _asked_as_a_topic(norm):
        return False
    if name in _NEED_FIRST_PERSON:
        return bool(_FIRST_PERSON.search(norm)) or not _ABOUT_OTHERS.search(norm)
    if name in _ACTS_ON_ME and _HYPOTHETICAL.search(norm):
        return False
    if name == "touched_me":
        return not _FIGURATIVE_TOUCH.search(norm)
    if name in _OWN_STORY:
        # Round 17: "i work in hr and handle harassment complaints" is the person's work, not their story.
        return _is_about_me(norm) and not at_work(norm)
    return True


# Round 9: "i posted #metoo back then to support my friends": saying it for others, not about oneself.
_IN_SOLIDARITY = re.compile(
    r"\b(?:in solidarity|to (?:show )?support (?:my|her|him|them|the|other|others|friends|survivors|women)|"
    r"nothing (?:ever )?happened to me|it never happened to me)\b"
)
# Round 9: "my sister is gonna kill me i ate her leftovers": a family row over something small.
_IDIOM_THREAT = re.compile(
    r"\bmy (?:mom|mum|mother|dad|father|sister|brother|teacher|coach|boss|wife|girlfriend|roommate|gran|"
    # Round 13: a manager over spilled coffee.
    r"grandma|parents|family|manager|supervisor|professor|tutor|editor) (?:is|are) going to kill me\b"
    r".*\b(?:ate|eaten|spilled|borrowed|forgot|grades?|report card|leftovers|lol|lmao|haha\w*|late|dented|"
    r"scratched|lost (?:her|his|their) \w+)\b|"
    # Round 17: "my wife will kill me" running late, "my coach is going to murder me, i missed practice
    # again". Said of a small lapse, with no fear, weapon or past harm beside it.
    r"^(?!.*\b(?:scared|afraid|terrified|serious|seriously|for real|not joking|literally|last time|gun|knife|"
    r"hit|hits|hurt|hurts|beat|beats|bruises?|choked|threatened|told|tell|telling|finds? out)\b)"
    r"(?=.*\b(?:late|missed|miss|forgot|forget|again|traffic|dinner|anniversary|practice|training|lol|lmao|"
    r"haha\w*|spent|broke|lost|dented|scratched|(?:when|if) (?:she|he|they) sees?)\b)"
    r".*\bmy (?:wife|husband|girlfriend|boyfriend|partner|mom|mum|mother|dad|father|sister|"
    r"brother|coach|boss|teacher|manager|trainer|roommate|gran|grandma|parents) (?:will|is going to|"
    r"is gonna|would|will literally) (?:kill|murder|strangle) me\b"
)
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
    # Round 6: "i want to disappear under a blanket all weekend with snacks".
    r"\bdisappear (?:under|into|in) (?:a|my|the) (?:blanket|duvet|bed|couch|sofa|hoodie|book|netflix)\b|"
    r"\brather die than\b.*\b(?:lol|lmao|haha\w*)\b|"
    # A thing that dies: "my phone is about to die", "the laptop battery is dying".
    r"\b(?:phone|battery|laptop|charger|car|computer|tablet|wifi|router|plants?|flowers?|console|headphones)"
    r" (?:\w+ ){0,3}(?:die|dying|died)\b|"
    # Round 13: "my phone's on 2% and about to die": further off, with no "i" between.
    r"\b(?:phones?|battery|laptops?|tablets?|consoles?|headphones) (?:(?!i\b)\w+ ){0,6}?"
    r"(?:about to|going to|is|keeps) (?:die|dying)\b|"
    # Round 13: an overdose of a daily thing ("overdosed on coffee today lol").
    r"\b(?:overdos\w*|od) on (?:coffee|caffeine|espresso|sugar|candy|chocolate|sweets|energy drinks?|"
    r"red bull|tea|carbs|pizza|netflix|tv|tiktok|memes|anime|news|work|cheese|cookies|cake)\b|"
    # A question about a pet's health: "can a cat die from eating lilies".
    r"\b(?:can|will|would|do|does|could) (?:a |my |the )?(?:cats?|dogs?|pets?|fish|hamsters?|rabbits?|"
    r"birds?|plants?) (?:\w+ )?(?:die|get sick|be poisoned) (?:from|of|if)\b"
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
    # Round 11: "what are warning signs someone is suicidal, its for a training im running".
    r"presentation|module|training|workshop|seminar)\b|"
    r"\b(?:school|class|health class|psychology class|college|uni|university) "
    r"(?:project|report|essay|paper|assignment|presentation|assembly|debate)\b|\b(?:essay|report|paper|"
    r"project|presentation|assembly|lecture|module|article|documentary|study) (?:\w+ ){0,2}(?:on|about)\b|"
    r"\b(?:suicide|self harm) (?:prevention|awareness|statistics|stats|rates?|squad|hotline|lifeline)\b|"
    r"\b(?:prevention|crisis) lifeline\b|\bis (?:\w+ ){1,5}about suicide\b|\bsay about suicide\b|"
    # Round 6: "i'm thinking about volunteering at a rape crisis center".
    r"\bvolunteer\w* (?:at|for|with|on) (?:a|an|the) (?:\w+ ){0,3}(?:center|centre|hotline|lifeline|line|"
    r"shelter|charity)\b"
)
# Round 12: study for a licence or an exam, and a trade that handles overdoses ("pharmacy tech here, does
# acetaminophen overdose damage the liver? it's for my certification exam"); a play in baseball. Any wish,
# plan or time of the person's own ("i want to take them all", "tonight") keeps the message a crisis.
_STUDY_OR_TRADE = re.compile(
    r"\bfor (?:a|my|our|the) (?:\w+ )?(?:exam|exams|test|boards|certification|licen[cs]e|licensing|quiz|"
    r"revision|coursework|studies|textbook|flashcards)\b|"
    r"\b(?:pharmacy|pharmacist|nursing|nurse|medical|med|vet|veterinary|paramedic|emt|toxicology|"
    r"pharmacology) (?:tech|technician|student|school|exam|class|course|here)\b|"
    r"\bsuicide (?:squeeze|squeezes|doors?|drills?|sprints?|runs?|bunt)\b"
)
_OWN_INTENT = re.compile(
    r"\bi (?:\w+ )?(?:want|wanna|need|am going|will|plan|might|could|should|would|have|keep|think|thought)\b"
    r"(?! to know\b)|\b(?:tonight|today|them all|all of them|myself|me)\b"
)


# A suicide word, and since set 21 a lethal dose (self_harm.py's lethal_means), count for nothing when the
# message asks about them as a topic (see `_asked_as_topic`).
_HELD_AS_A_TOPIC = frozenset({"suicide_word", "lethal_means"})


def _asked_as_a_topic(norm: str) -> bool:
    """Suicide or a means asked about as a topic, with no crisis of the writer's own: suicide as a subject,
    a study or trade question, or an everyday ask (round 17: "how much caffeine is an overdose, i've had like
    5 coffees for finals")."""
    asked = _SUICIDE_AS_TOPIC.search(norm) or _study_or_trade(norm) or everyday_ask(norm)
    return bool(asked) and not _OWN_CRISIS.search(norm)


def _study_or_trade(norm: str) -> bool:
    """A study or trade question, or a sport's play, with no wish, plan or time of the person's own."""
    return bool(_STUDY_OR_TRADE.search(norm)) and not _OWN_INTENT.search(norm)


# Round 13: a means asked about ("how many pills is an overdose", "what is a lethal dose", "how long to bleed
# out"). Under a study, trade or school frame the crisis reply is held back, yet the writer may be asking for
# themselves: such a message gets help first, with 988, rather than nothing (see means_question_framed).
_MEANS_QUESTION = re.compile(
    r"\b(?:overdos\w*|(?:lethal|fatal|deadly|toxic) (?:dose|amount)|how many (?:\w+ ){0,2}?(?:pills|tablets|"
    r"capsules)|how much (?:\w+ ){0,3}?(?:would|does it take to|to|can) (?:kill|die|be fatal|overdose)|"
    r"bleed(?:ing)? out|hang(?:ing)? (?:yourself|oneself|someone)|suffocat\w*|painless (?:way|death))\b"
)


def means_question_framed(norm: str) -> bool:
    """Whether a means is asked about under a study, trade or school frame (which keeps it from a crisis
    reply)."""
    framed = _study_or_trade(norm) or _SUICIDE_AS_TOPIC.search(norm)
    return bool(framed and _MEANS_QUESTION.search(norm)) and not _OWN_CRISIS.search(norm)


# ...unless the person speaks of their own crisis as well: "i'm suicidal and my essay is due".
_OWN_CRISIS = re.compile(
    r"\bi (?:am|feel|have been|was|have felt|keep feeling|get) (?:\w+ )?suicidal\b|\b(?:kill|hurt|harm|"
    r"cut|cutting|hurting|harming|killing) myself\b|\bi (?:want|wanna|plan|planned|tried|attempted|"
    r"might|will|am going to|am gonna|think about|thought about|keep thinking about) (?:\w+ ){0,2}"
    r"(?:suicide|die|overdose|end it)\b|\bmy (?:suicide|overdose)\b|"
    # Round 6: "kinda wish i could just die for real" inside a game's talk.
    r"\bwish i (?:\w+ ){0,2}(?:die|dead|gone|never been born|not alive|not here)\b"
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
    r"will not leave me alone|won ?t leave me alone|will not stop|climbed|climbs|climbing|jumped over|"
    r"jumps over)\b|"
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
    r"scratched|spilled|spilt|ruined|took|wore|used|finished|shrunk|stained|burnt|burned)\b|"
    # Round 6: a boss or teacher over work not done, "my boss is gonna kill me if this report isnt in by 5".
    r"\bmy (?:boss|manager|teacher|professor|prof|tutor|coach|editor|supervisor) (?:is going to|will|is "
    r"gonna) (?:literally )?(?:kill|murder) me (?:if|when|once)\b(?=.*\b(?:report|essay|homework|"
    r"assignment|project|deadline|presentation|slides|spreadsheet|email|late|grades?|exam|test|paper|"
    r"draft|shift|meeting)\b)"
)


def _everyday_scene(norm: str) -> bool:
    """An animal's doings or a relative's mock threat, unless a person or the person's own crisis is in it."""
    if _OWN_CRISIS.search(norm):
        return False
    if _MISHAP_THREAT.search(norm):
        return True
    # "she" is often the pet ("she is stalking me"); "he" may be a man, so it keeps the message a concern.
    return bool(_ANIMAL_ACTOR.search(norm)) and not _PERSON.search(norm)


# Round 7: a person who asks what to do about what was done to them ("what should i do if my uncle touched
# me", "who do i tell, my coach touched me") is looking ahead for help. The classifier read the question's
# form as self-harm and raised a disclosure the patterns had recognised; the self-harm line (988) is still
# added to the reply, and the person's own crisis or parting words keep the raise open.
_ASKS_WHAT_TO_DO = re.compile(
    rf"^ (?:\w+ ){{0,2}}?(?:{_WHAT_DO_I_DO}|who (?:should|do|can) i (?:tell|call|"
    r"talk to|report (?:it|this|him|her) to)|how (?:do|should|can) i (?:report|tell|prove)|"
    r"should i (?:report|tell|call the police|go to the police))\b"
)


def asks_what_to_do(norm: str) -> bool:
    """Whether the message asks what to do (or whom to tell) and says nothing of the person's own crisis."""
    return bool(_ASKS_WHAT_TO_DO.search(norm)) and not _OWN_CRISIS.search(norm)


def learned_calm_allowed(norm: str) -> bool:
    """Whether the classifier may add a disclosure or distress to this message. Not to a question about
    the movement with no one in it ("what happened to me too"), nor to "me too" as agreement, nor when the
    person says it did not happen to them, nor to harm said in passing ("im gonna strangle him", round 4),
    nor to a word to the bot about its answers alone ("nvm figured it out", round 6), nor to "me too" said
    in solidarity (round 9)."""
    if _QUESTION_START.search(norm) and not _FIRST_PERSON.search(norm):
        return False
    if _TOPIC_ONLY.search(norm):
        return False
    if _FIGURATIVE_HARM.search(norm) and not _OWN_CRISIS.search(norm):
        return False
    if _NOT_ME.search(norm) or _everyday_scene(norm) or _only_at_the_bot(norm) or _game(norm):
        return False
    if (_TALKING_TO_KIDS.search(norm) and _A_CHILD.search(norm)
            and not _SOMETHING_HAPPENED_TO_THEM.search(norm)):
        return False
    if _IN_SOLIDARITY.search(norm):
        return False
    # Round 11: "i'm drowning in laundry", "i slayed my presentation", "keep answers short pls".
    if (_FIGURATIVE_FEELING.search(norm) or everyday_aside(norm)) and not _OWN_CRISIS.search(norm):
        return False
    if me_too_agreeing(norm):
        # Round 14: "me too, i also hate cilantro", a quoted chat ending "me: me too".
        return False
    if everyday_ask(norm) or at_work(norm):
        # Round 17: a dose for a toothache, a drink to order; a nurse or a librarian speaking of their work.
        return False
    if in_play(norm) and not _OWN_CRISIS.search(norm):
        # Round 19: a happy arrival, confinement in play, hyperbole, a remark about the chat.
        return False
    if hyperbole(norm) and not _OWN_CRISIS.search(without_idioms(norm)):
        # Round 23: idioms and hyperbole (bot/safety_patterns/hyperbole.py).
        return False
    agreeing = _ME_TOO.search(norm) and (_AGREEMENT.search(norm) or _ME_TOO_AGREEING.search(norm))
    return not (agreeing and not _PERSONAL_CUE.search(norm))


# Round 13: the movement's name and nothing else ("me too movement"); round 13's retrained weights read it as
# distress. "me too" alone stays a possible disclosure (the patterns' me_too_alone).
_TOPIC_ONLY = re.compile(
    r"^ (?:the )?(?:metoo|me too) (?:movement|hashtag|campaign|history|timeline|founder|anniversary)s? $"
)


# Harm said in passing (round 4): craving, chores, heat or annoyance with a sibling, never the person's own
# life in danger. "i'd kill for 8 hours of sleep", "kill the weeds", "this heat is killing me", "im gonna
# strangle him lol". Only the classifier's crisis alarms are held back by it; a pattern hit still stands.
_FIGURATIVE_HARM = re.compile(
    r"\b(?:i would|id|i had|would|i will|i am going to|going to) (?:literally )?(?:kill|murder|die) for\b|"
    r"\bkill(?:ing|s)? (?:the |all the |off |those |these |my )?(?:weeds?|slugs?|snails?|mou?ld|bugs?|"
    r"ants?|flies|fleas|germs|bacteria|moss|roaches|cockroaches|mosquito\w*|wasps?|a process|the process|"
    r"the lights|time|the vibe|the mood|it on|the game|the battery|the engine)\b|"
    r"\b(?:heat|weather|traffic|commute|wifi|homework|exam|exams|deadline|deadlines|shoes|music|noise|"
    r"hangover|cold|flu|job|boss|queue|"
    # Round 21: "this exam is going to kill me, 3 chapters left and it's midnight": study and work said so.
    r"finals|midterms?|essay|thesis|dissertation|revision|studying|chapters?|class|course|lecture|shift|"
    r"shifts|week|workout|leg day|stairs|hill|cramps|period|allergies|rent|taxes|project|presentation) "
    r"(?:\w+ ){0,2}(?:is|are|will be|was) (?:literally )?"
    r"(?:killing me|the death of me|going to kill me|going to be the death of me|will kill me)\b|"
    r"\bi am (?:going to|gonna) (?:strangle|murder|kill|throttle) (?:him|her|them|my (?:brother|sister|"
    r"roommate|flatmate|mum|mom|dad|cat|dog|laptop|phone|groupmates?|teammates?|cousin|bf|boyfriend|"
    r"girlfriend))\b(?!.*\b(?:myself|me)\b)|"
    r"\bi am (?:so |literally )?dead(?: inside)?\b.*\b(?:lol|lmao|lmfao|haha\w*)\b|"
    # Round 6: "i'm so dead, wore my shirt inside out all day" (the emoji after it is gone by now).
    r"\bi am so dead\b(?! inside)|"
    # Round 7: "shoot me a text when you land" asks for a message.
    r"\bshoot (?:me|us|him|her|them) (?:a |an )?(?:quick )?(?:text|message|msg|email|e mail|dm|line|call|"
    r"pm|note|reply|invite|link)\b|"
    r"\bi am (?:so |just )?done with (?:this|the|my) (?:traffic|weather|rain|heat|homework|essay|class|"
    r"commute|queue|week|day|printer|wifi|game|exam|exams|project)\b"
)


def learned_crisis_allowed(norm: str) -> bool:
    """Whether the classifier may raise a crisis on this message: not on harm said in passing, nor on
    suicide as a school or news topic, nor (round 6) on a word to the bot about its answers, an everyday
    task, a game or a question about the movement with no one in it, unless the person speaks of their own
    crisis as well."""
    # Round 13: "cut myself" in a kitchen accident told lightly is not the person's own crisis.
    # Round 23: an idiom's words are not the crisis ("going to end it with my boyfriend tonight"). Taking the
    # idioms out never makes a crisis (the pattern's words are joined by single spaces, and a cut leaves
    # several), so the idioms are taken out only when the whole message reads as one.
    if _OWN_CRISIS.search(norm) and _OWN_CRISIS.search(without_idioms(norm)) and not accidental_cut(norm):
        return True
    in_passing = (_FIGURATIVE_HARM.search(norm) or _FIGURE_OF_SPEECH.search(norm) or _everyday_scene(norm)
                  or everyday_company(norm)
                  or _IDIOM_THREAT.search(norm) or everyday_aside(norm) or _FIGURATIVE_FEELING.search(norm)
                  # Round 11: a song asked for by its words ("lyrics to i will survive").
                  or _LYRICS.search(norm)
                  # Round 17: everyday questions (a dose for a toothache) and people at work.
                  or everyday_ask(norm) or at_work(norm)
                  # Round 19: a happy arrival, confinement in play, hyperbole, a remark about the chat.
                  or in_play(norm)
                  # Round 23: idioms and hyperbole (bot/safety_patterns/hyperbole.py).
                  or hyperbole(norm))
    return not (in_passing or _SUICIDE_AS_TOPIC.search(norm) or _harmless_frame(norm)
                or _study_or_trade(norm))


# Round 6: frames the classifier read as self-harm out of fold and in round 5's blind set. Each holds back
# the classifier's crisis alarms only; a pattern hit still stands, and hopeless or parting words keep the
# message the classifier's ("nvm, doesnt matter anymore" is not a word about the bot's answer).
# A word to the bot about its answers or the conversation: "too long, shorter pls", "nvm figured it out",
# "that didnt answer my question", "why do you always put the hotline number at the bottom".
_AT_THE_BOT = re.compile(
    r"\b(?:too|way too|so|a bit) (?:long|wordy|short|vague|complicated)\b(?=.*\b(?:shorter|simpler|longer|"
    r"please|answer|reply|text|message|summary|did not read)\b)|"
    r"\b(?:shorter|simpler|longer|more detailed) (?:please|version|answer|reply|one)\b|"
    r"^ (?:\w+ )?(?:shorter|simpler|more detail|tl ?dr)(?: please)? $|"
    r"\b(?:nvm|never ?mind|nevermind)\b(?= (?:\w+ ){0,2}(?:figured|found|got|worked) (?:it|that) out\b|"
    r" (?:\w+ ){0,2}(?:found|got) it\b| i will (?:google|look|search|ask)\b| (?:wrong|ignore)\b)|"
    r"\b(?:did not|does not|do not|still did not|that did not|you did not) answer (?:my|the) question\b|"
    r"\b(?:your|that|the last|this|the) (?:answer|reply|response|summary|explanation) (?:\w+ )?(?:is|was|"
    r"did not|does not|makes no|made no|is not|was not|helped|helps)\b|"
    r"\byou (?:always|keep|just|still) (?:put|putting|say|saying|said|give|giving|gave|send|sending|sent|add|"
    r"adding|added|show|showing|showed|repeat|repeating|repeated|reply|replying|replied|answer|answering|"
    r"answered|post|posting|posted|mention|mentioning|include|including|link|linking)\b|"
    r"\bdo you (?:save|store|keep|log|record|read|remember|share) (?:my|our|these|the|what i)\b|"
    r"\b(?:are you|is this) (?:a bot|a real|a person|a human|human|real|an ai|a robot|ai)\b|"
    # Round 17: step 1's retrained weights read "who are you" as self-harm (2.0 over the threshold).
    r"^ (?:hi |hey |hello |so |ok |okay )?(?:who|what) (?:are|r) (?:you|u)(?: exactly| even| actually)? $|"
    r"\bi do not understand (?:the|your|that|this) (?:question|answer|reply)\b|"
    r"\b(?:that is|thats|that was) all i (?:needed|wanted|asked)\b|"
    r"\b(?:wrong button|pressed the wrong|misclicked|autocorrect|typo)\b"
)
# "this stuff matters to me": the topic matters, not nothing matters (round 24).
_MATTERS_TO_ME = (r"\b(?:this|it|the topic|this topic|this stuff|the movement|this movement|this issue|"
                  r"this work|"
                  r"what you do|your work|this cause|the cause) (?:really |truly |deeply |so much |a lot )?"
                  r"matters (?:to me|a lot|so much|to my family|to us)\b")
_MATTERS = re.compile(_MATTERS_TO_ME)
# Round 24: chatter to the bot with no crisis cue, which the classifier alone read as self-harm out of fold
# and on set 25: appreciation ("appreciate you"), an answer found useful, the bot shared ("gonna share this
# on my story"), agreement or a misunderstanding pointed out, a parent or an ally saying the topic matters.
_CHATTER = re.compile(
    r"^ (?:\w+ ){0,2}?(?:i |really |just |truly |honestly |so |genuinely )*appreciate (?:you|this|it|that|"
    r"the (?:bot|help|info|information|resources?|answers?|work|effort|links?))\b|"
    r"^ (?:\w+ )?(?:super |really |so |very )?(?:useful|helpful|informative)\b|"
    r"\b(?:this|that|it|the bot|this bot|your bot|the answer|that answer|this answer|this info|the info|"
    r"the links?|this page|the resources?) (?:is|was|has been) (?:actually |really |so |very |super |"
    r"genuinely |"
    r"kind of |pretty |lowkey |honestly )*(?:useful|helpful|informative|interesting|well done|well made|"
    r"great|amazing|awesome|cool|clear|handy)\b|"
    r"\b(?:going to|will|i will|i am going to|about to|let me|i should|i just|i have|i) (?:share|send|post|"
    r"repost|recommend|forward|show|shared|sent|posted|reposted|recommended|forwarded|showed) (?:this|it|the "
    r"bot|this bot|the link|your bot|this page)(?: (?:to|with|on|in) (?:my|all my|the|our) \w+)?(?: \w+)? $|"
    + _MATTERS_TO_ME + r"|"
    r"\byou (?:misunderstood|misread|got) (?:my|the) question\b|"
    r"\bi (?:totally |completely |fully )?agree with (?:everything|what|all|that|this|you)\b|"
    r"^ (?:\w+ )?(?:great|good|nice|helpful|useful|perfect|awesome|cool|interesting) (?:answer|bot|info|"
    r"reply|"
    r"work|explanation|read|resource|resources|links?)\b"
)
# Anything told beside the chatter keeps the message the classifier's (round 24).
_TOLD_OF_HARM = re.compile(
    r"\b(?:happened|happen|when i was|years ago|touch\w*|did to me|done to me|grab\w*|forced|made me|"
    r"assault\w*|abus\w*|rap(?:e|ed|ist)|harass\w*|molest\w*|survivor|victim|ex|uncle|stepdad|boss|"
    r"coach|teacher|but)\b"
)
# Everyday things whose words are also a means: "got a flu shot today", "photo shoot tomorrow".
_EVERYDAY_MEANS = re.compile(r"\b(?:flu|covid|tetanus|booster|hpv) (?:shot|jab|vaccine)\b|\bphoto ?shoot\b")
# Parting, hopeless or painful words keep a message the classifier's to read, whatever else it says.
_NOT_ONLY_AT_THE_BOT = re.compile(
    r"\b(?:anymore|matter|matters|point|pointless|whatever|over|give up|gave up|giving up|tired|done|"
    r"bye|goodbye|goodnight|night|forever|alone|hurt|hurting|die|dying|dead|kill|end it|gone|last|sorry|"
    r"help|scared|afraid|safe|he|him|she|they|someone|somebody|"
    # Round 19: a feeling beside the request ("can you just send me the hotline again? ... i'm really upset").
    r"upset|crying|panicking|shaking|overwhelmed|struggling|triggered|can not cope|falling apart)\b"
)
# An everyday task asked how to do, with a harmless object: "how to tie a bowline knot for sailing",
# "how do i sharpen a kitchen knife", "how do i cancel my gym membership". Words of harm to oneself,
# "me" and a weight to hold keep it the classifier's ("how to tie a knot that holds my weight").
_HOW_TO = re.compile(
    r"^ (?:\w+ ){0,3}?(?:how (?:do|can|should|would|could) (?:i|you|we|one|people) |how to |"
    r"(?:what is|whats) (?:the|a) (?:best|safest|easiest|right|proper|quickest|good|fastest) (?:way|stretch|"
    r"method|tool|thing) |(?:best|easiest|safest) way to |tips? (?:for|on) )"
)
_EVERYDAY_OBJECT = re.compile(
    r"\b(?:knots?|sail\w*|boats?|kayak\w*|tents?|camping|fishing|hiking|kitchen|recipes?|cook\w*|bak(?:e|ing)|"
    r"oven|bread|cake|pasta|rice|eggs?|garden\w*|lawn|plants?|bikes?|bicycle|tyres?|tires?|cars?|oil|gym|"
    r"membership|subscription|account|password|phone|laptop|printer|wifi|sofa|couch|shelf|shelves|paint\w*|"
    r"fence|cat|dog|puppy|kitten|pets?|stretch\w*|back pain|posture|guitar|piano|chess|homework|resume|cv|"
    r"interview|budget|taxes|laundry|stain|shirt|shoes|suit|tie|haircut|hair|makeup|nails|coffee|tea|"
    r"sourdough|wood|drill|gutter|roof tiles|sink|toilet|pipe|leak|curtains|carpet)\b"
)
_HARM_WORDS = re.compile(
    r"\b(?:me|myself|die|dying|dead|death|bleed\w*|blood|overdos\w*|noose|hang|hanging|lethal|pills?|"
    r"tablets?|meds|jump\w*|suicid\w*|wrists?|veins?|painless|kill\w*|weight|enough|forever|wake|poison\w*|"
    r"guns?|bullets?|rope|end|high|fall|drown\w*|cut|cutting|hurt|harm|escape|get out|locked|lock|unlock|"
    r"hide|hiding|run away|away from|stop (?:him|her|them))\b"
)
# A game, with no one but its characters in it: "in elden ring i keep getting killed by the same boss".
_GAME = re.compile(
    r"\b(?:elden ring|dark souls|among us|fortnite|minecraft|valorant|roblox|zelda|mario|call of duty|"
    r"league of legends|overwatch|apex|pokemon|the sims|skyrim|video games?|videogames?|boss fight|"
    r"final boss|respawn\w*|speedrun\w*|my character|chess|board game|card game|dnd|d and d)\b"
)
# A question about the movement with no one in it: "who matters more to the movement, milano or burke?
# genuine question, not trying to start a fight" (round 5's one history false alarm), "who is behind me too".
_MOVEMENT = re.compile(
    r"\b(?:milano|alyssa|burke|tarana|weinstein|harvey|movement|hashtag|metoo|me too|tweets?|tweeted|"
    # Round 17: "what is time's up" (the movement's sister campaign), read as self-harm by step 1's weights.
    r"article|articles|times up|time is up movement|"
    # Round 21: "what did survivors think they'd take to their grave" (Burke's essay), read as self-harm.
    r"survivors)\b"
)


# A parent or teacher asking how to talk about the movement or consent: "dad of two boys here, how do i start
# talking to them about consent", "my son saw metoo on tiktok, what do i tell him" (round 6). Anything that
# happened to the child keeps the message the classifier's.
_TALKING_TO_KIDS = re.compile(
    r"\b(?:how do i|how to|what do i|what should i|how can i|how should i|what can i) (?:\w+ ){0,2}?(?:talk|"
    r"talking|explain|teach|tell|say|bring (?:it|this|that) up)\b"
)
# Round 13: the child may be named before the question too ("my son asked me what me too means ... what do i
# say"); round 6's rule looked only after it.
_A_CHILD = re.compile(
    r"\b(?:sons?|daughters?|kids?|children|boys|girls|students|pupils|class|teens?|teenagers?|nieces?|nephews?|"
    r"him|her|them)\b"
)
_SOMETHING_HAPPENED_TO_THEM = re.compile(
    r"\b(?:did|done|happened|touch\w*|abus\w*|assault\w*|rap(?:e|ed)|hurt|molest\w*|groom\w*|nudes|"
    r"messages|sexual\w*|inappropriate\w*|scared|afraid|crying|told me)\b"
)


def _game(norm: str) -> bool:
    """A game with no one but its characters in it ("boss" is a game's enemy there)."""
    return bool(_GAME.search(norm)) and not _PERSON.search(norm.replace(" boss ", " "))


def _only_at_the_bot(norm: str) -> bool:
    """A word to the bot about its answers and nothing hopeless, parting or about someone else."""
    chatter = _CHATTER.search(norm) and len(norm.split()) <= 16 and not _TOLD_OF_HARM.search(norm)
    if not (_AT_THE_BOT.search(norm) or chatter):
        return False
    return not _NOT_ONLY_AT_THE_BOT.search(_MATTERS.sub(" ", norm))


def _harmless_frame(norm: str) -> bool:
    """A word to the bot, an everyday task, a game, or a question about the movement with no one in it."""
    if _only_at_the_bot(norm):
        return True
    if (polite := _POLITE_ASK.search(norm)) and _asks_about_the_movement(norm[polite.end():]):
        # Round 16: "I should be obliged if you would tell me whose needs Ms. Burke says we must respond to".
        return True
    # Another person in the task keeps it the classifier's: "how do i get out of the car, he locked it".
    if (_HOW_TO.search(norm) and _EVERYDAY_OBJECT.search(norm) and not _HARM_WORDS.search(norm)
            and not _PERSON.search(norm)):
        return True
    if _EVERYDAY_MEANS.search(norm):
        return True
    if _game(norm):
        return True
    return bool(_QUESTION_START.search(norm) and _MOVEMENT.search(norm) and not _FIRST_PERSON.search(norm))


# Round 16: a formal request opens with "i", so the movement question after it is read on its own; step 1's
# retrained weights read a formal letter about Burke as self-harm (help first with 988).
_POLITE_ASK = re.compile(
    r"^ (?:i (?:should|would) be (?:much |most |very )?(?:obliged|grateful)|i would (?:appreciate|be glad)"
    r"(?: it)?) if you (?:would|could|can|will) (?:kindly |please )?(?:tell|explain|let) me\b"
)


def _asks_about_the_movement(rest: str) -> bool:
    return bool(_MOVEMENT.search(rest) and not _FIRST_PERSON.search(rest))


def _is_about_me(norm: str) -> bool:
    """Whether a message with a word for sexual violence is the person's own story, not a question."""
    if not _FIRST_PERSON.search(norm) or _NOT_MINE.search(norm):
        return False
    return not _QUESTION_START.search(norm) or bool(_STRONG_SELF.search(norm))
