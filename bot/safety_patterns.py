"""The patterns `bot.safety` reads messages with: named, grouped by concern, each with the reason for it.

Patterns run on normalised text (see `bot.safety.normalise`): lowercase ASCII words separated by single
spaces with a space at each end, contractions spelled out ("dont" -> "do not", "hes" -> "he is") and
typos of the key words corrected, so "i dont feel safe" and "I don't feel safe." read the same.
Each named pattern is a tuple of alternatives, one phrasing a line.
"""

from __future__ import annotations

import re

__all__ = ["DANGER", "DISCLOSURE", "DISTRESS", "SELF_HARM", "Patterns", "framing_allows"]

Patterns = tuple[tuple[str, re.Pattern[str]], ...]


def _compile(*named: tuple[str, tuple[str, ...]]) -> Patterns:
    return tuple((name, re.compile("|".join(alternatives))) for name, alternatives in named)


# A gap word may not start a new clause about someone else ("i heard she was raped").
_GAP = r"(?:(?!(?:he|she|they|you|it|that|this|who|not|never|and|but|if)\b)[a-z0-9]+ )"
# People who hurt people: pronouns and the roles survivors name most often.
_PEOPLE = (
    r"(?:he|she|they|him|someone|somebody|man|guy|boy|woman|girl|stranger|boss|manager|supervisor|"
    r"teacher|coach|uncle|father|dad|stepdad|stepfather|stepbrother|brother|cousin|grandfather|grandpa|"
    r"boyfriend|girlfriend|husband|wife|ex|partner|friend|coworker|colleague|doctor|priest|pastor|"
    r"neighbou?r|classmate|professor|date|landlord|customer|client|officer|cop|mother|mom|mum|"
    r"babysitter|tutor|roommate)"
)
_ABUSER = r"(?:he|she|they|someone|somebody|my (?:ex|abuser|rapist|attacker|stalker|\w+)|the man|a man)"
# Acts that are sexual violence or harassment whoever does them: "<act> me" is a disclosure.
_ACT = (
    r"(?:rap(?:e|ed|es|ing)|assault\w*|molest\w*|abus(?:e|ed|es|ing)|harass\w*|grop(?:e|ed|es|ing)|"
    r"violated|drugged|roofied|stalk(?:ed|s|ing)|groom(?:ed|s|ing)|fondl(?:e|ed|es|ing)|coerced|"
    r"blackmailed|forc(?:e|ed|es|ing)|sexually \w+|forced himself on|forced herself on|exposed himself to|"
    r"flashed|took advantage of|taking advantage of)"
)
# What "i was ..." can go on with in a disclosure.
_HARMED = (
    r"(?:raped|assaulted|molested|abused|harassed|groped|violated|drugged|roofied|stalked|trafficked|"
    r"coerced|groomed|fondled|attacked|exploited|touched|flashed|catcalled|followed|pressured|forced|"
    r"threatened|blackmailed|cornered|grabbed|pinned down|held down|choked|strangled|sexually \w+|"
    r"taken advantage of|spiked)"
)
_BODY = (
    r"(?:body|breasts?|boobs?|chest|butt|bum|ass|behind|legs?|thighs?|crotch|privates?|private parts?|"
    r"genitals?|vagina|penis|dick|waist|hips?|skirt|underwear)"
)
_HISTORY_WORDS = (
    r"movement|hashtag|campaign|tweet|founder|started|start|history|who|what|where|how|which|does|did|"
    r"is|was|are|mean|means|meaning"
)

# Immediate danger: someone threatening is here or coming, harm is under way, or the person says they
# are not safe. 911 comes first in the reply, so this is read first.
DANGER = _compile(
    ("not_safe", (r"\bi (?:am|feel) not safe\b", r"\bi am unsafe\b", r"\bi am in danger\b",
                  r"\bin danger (?:right )?now\b")),
    # "i do not feel safe talking about it" is about talking, not about danger.
    ("do_not_feel_safe", (r"\bi (?:do not|never|no longer|can not) feel safe\b"
                          r"(?! (?:talking|telling|saying|sharing|posting|to (?:talk|tell|say|share|"
                          r"post)))",)),
    ("not_safe_place", (r"\b(?:not safe|unsafe) (?:at home|here|right now|now|with (?:him|her|them)|"
                        r"in my \w+)",)),
    ("abuser_is_here", (
        rf"\b{_ABUSER} (?:is|are) (?:\w+ )?(?:here|outside|downstairs|upstairs|after me|watching me|"
        r"following me)\b",
        rf"\b{_ABUSER} (?:is|are) (?:\w+ )?(?:at (?:the|my) (?:door|window|house|home|work|school))\b",
        rf"\b{_ABUSER} (?:is|are) (?:\w+ )?in (?:my|the|our) (?:next |other |same )?(?:house|room|home|"
        r"apartment|flat|building|car)\b",
        rf"\b{_ABUSER} (?:is|are) (?:\w+ )?(?:banging on|breaking (?:in|down|into)|trying to (?:get in|"
        r"break in|open)|waiting for me)",
        # "he is coming" or "he is back" alone, or coming for the person.
        rf"\b{_ABUSER} (?:is|are) (?:\w+ )?(?:coming(?: back| for me| over| home| here| to get me)?|back) $",
        rf"\b{_ABUSER} (?:is|are) (?:\w+ )?coming (?:back|for me|over|to get me)\b",
    )),
    ("threat_to_me", (
        rf"\b{_ABUSER} (?:is |are |has |have |was )?(?:going to|will|wants to|trying to|"
        r"threaten(?:s|ed|ing) to|said (?:he|she|they) would|says (?:he|she|they) will) (?:\w+ )?"
        r"(?:kill|hurt|rape|attack|beat|hit|shoot|stab) me\b",
        rf"\b{_ABUSER} (?:is going to|will|is trying to) find me(?= $| and| if| again)",
    )),
    ("weapon", (r"\b(?:he|she|they|someone|somebody) (?:has|have|is holding|had|pulled|is pointing|is got|"
                r"has got|got) (?:a|an|his|her|the) (?:gun|knife|weapon|pistol|rifle)",)),
    ("harm_under_way", (
        rf"\b{_ABUSER} (?:is|are) (?:\w+ )?(?:hitting|hurting|beating|choking|strangling|attacking|raping|"
        r"touching|grabbing|chasing|following|threatening|holding) me\b",
    )),
    ("found_me", (rf"\b{_ABUSER} (?:has |just |finally )?(?:found|tracked down|tracked) me\b",)),
    ("trapped", (
        r"\b(?:will not|would not|does not|is not|refuses to) let(?:ting)? me (?:leave|go|out)\b",
        r"\bi (?:locked|barricaded|hid) myself\b",
        r"\blocked me (?:in|up)\b",
        r"\bi am (?:locked in|trapped|hiding|being followed|being chased|being attacked)\b",
    )),
    ("fear_for_life", (r"\bfor my life\b",)),
    ("call_for_help", (r"\b(?:call|get) (?:the )?(?:police|cops|911|an ambulance)\b",
                       r"\b(?:this is|it is|i have) an emergency\b", r"^ sos $")),
)

# Thoughts of suicide or self-harm: 988 comes first. Any hint is enough; a miss costs too much.
SELF_HARM = _compile(
    ("wants_to_die", (
        r"\b(?:want|wanted|going|plan|planning|ready|about to|trying|tried|try|thinking|think|thought|"
        r"thoughts|wish|decided) (?:to |about |of |i could )?(?:just )?(?:die|dying|kill(?:ing)? myself|"
        r"suicide|end(?:ing)? (?:it|it all|my life|everything|things)|hurt(?:ing)? myself|"
        r"cut(?:ting)? myself|take my (?:own )?life|disappear(?: forever)?|stop existing|"
        r"not (?:be )?(?:here|alive|exist|wake up))\b",
    )),
    ("harm_myself", (
        r"\b(?:kill(?:ing|ed)?|hurt(?:ing)?|cut(?:ting)?|harm(?:ing)?|starv(?:e|ing)|hang(?:ing)?|"
        r"burn(?:ing)?|punish(?:ing)?) myself\b",
        r"\b(?:end(?:ing)?|tak(?:e|ing)) my (?:own )?life\b",
        r"\bslit my wrists?\b",
        r"\b(?:pills?|tablets|meds) (?:saved|stockpiled|hidden|ready)\b",
        r"\bsaving (?:up )?(?:my )?(?:pills|meds)\b",
        # An overdose may already have happened.
        r"\b(?:took|swallowed|taken|take|taking) (?:a bunch of|all (?:of )?(?:my|the)|too many|lots of|"
        r"a lot of|many|\d+) (?:of )?(?:my |the )?(?:pills|tablets|meds|medication|sleeping pills|"
        r"painkillers)\b",
    )),
    # Also used in questions about other people: see framing_allows.
    ("suicide_word", (r"\bsuicid(?:e|al|ally)\b", r"\bself harm(?:ing)?\b", r"\boverdos(?:e|ing)\b",
                      r"\bunalive\b")),
    ("no_will_to_live", (
        r"\bi (?:do not|no longer|never) (?:want|wish) (?:to )?(?:live|be alive|be here anymore|exist|"
        r"wake up|go on)\b",
    )),
    ("hopeless_end", (
        r"\bbetter off (?:dead|without me)\b",
        r"\bno (?:reason|point) (?:to|in) (?:live|living|going on|being alive|life)\b",
        r"\bwhat is the point (?:of|in) (?:living|life|going on)\b",
        r"\bwish i (?:was|were|had) (?:dead|died|never been born)\b",
        r"\bwish i (?:was|were) not (?:alive|here|born)\b",
        r"\bi can not go on\b",
        r"\bi (?:do not|can not|no longer) see (?:the|any) point\b", r"\bwhat is the point anymore\b",
        r"\bnothing (?:left )?to live for\b", r"\bnot worth living\b",
        r"\bi am done with (?:life|living|everything)\b",
        r"\b(?:never|not) wake up\b", r"\bsleep forever\b", r"\bfeel like dying\b",
        r"\bjump(?:ing)? (?:off|from) (?:a|the|my) (?:bridge|roof|building|balcony|cliff|window)\b",
        r"\bin front of (?:a|the) (?:train|car|bus|truck)\b",
        r"\bi can not (?:do|take) (?:this|it) anymore\b",
        r"\bi (?:just |really |only )?want (?:it|this|everything|the pain|all of this) (?:all )?to (?:end|"
        r"be over)\b",
        r"\bgoodbye forever\b",
        r"\bthis is (?:my )?goodbye\b",
    )),
)

# Disclosures: sexual violence or harassment happened to the person, in any words.
DISCLOSURE = _compile(
    ("done_to_me", (rf"\b{_ACT} me\b",)),
    # Touching, hitting, following: a disclosure when a person does it ("her story touched me" is not).
    ("person_did_to_me", (
        rf"\b{_PEOPLE} {_GAP}{{0,3}}?(?:touch|hurt|hit|beat|kiss|grab|follow|corner|push|chok|strangl|"
        r"threaten|pressur|pin|held|hold)\w* me\b",
    )),
    ("made_me", (rf"\b{_PEOPLE} (?:made|makes|make) me (?:do|have|touch|watch|perform|undress|strip|take|"
                 r"give|suck|kiss|sleep|send|sit|feel dirty|lie)\b",)),
    ("touched_my_body", (rf"\b(?:touch|grab|grop|fondl|squeez|rubb?|slapp?|feel|felt)\w* (?:up )?"
                         rf"(?:my|me on (?:my|the)) (?:\w+ )?{_BODY}\b",)),
    ("i_was_harmed", (rf"\bi (?:was|am|have been|had been|got|get|been|keep getting|was being|am being) "
                      rf"{_GAP}{{0,2}}?{_HARMED}\b",)),
    ("i_went_through_it", (
        r"\bi (?:have |had )?(?:experienced|survived|went through|lived through|suffered|endured|faced) "
        r"(?:\w+ ){0,2}?(?:rape|sexual|assault|abuse|harassment|molestation|incest|trafficking|violence)",
    )),
    ("did_things_to_me", (
        r"\bdid (?:\w+ )?(?:stuff|things|something|it|that|this|what he wanted) to me\b",
        r"\b(?:come|came|comes|coming|climbed|got) into my (?:room|bed)\b",
        r"\b(?:hand|hands|fingers?) (?:up|down|in|inside|under|into) my (?:skirt|shirt|pants|dress|underwear|"
        r"top|clothes|jeans|shorts)\b",
        r"\b(?:his|her|their) hands (?:all )?over me\b",
        r"\bon top of me\b",
        r"\bwoke up (?:and|with|to|next to) (?:he|him|someone|somebody|a man|a guy|my \w+)\b",
        r"\b(?:spiked|drugged) my drink\b|\bput something in my drink\b",
        r"\bgot me (?:really |so )?(?:drunk|high|wasted)\b",
        r"\b(?:sex|slept) with me (?:when|while) i (?:was|am) (?:asleep|sleeping|drunk|passed out|"
        r"unconscious|high|out of it)\b",
        r"\bwoke up (?:in (?:his|her|their|a strangers?|someone\w*) (?:bed|room|car|house|place)|"
        r"with(?:out)? my clothes|naked|undressed)",
        r"\b(?:come|came|comes|walk|walks|walked|barge|barges|barged) (?:in|into) (?:the|my) (?:bathroom|"
        r"shower|bedroom|room) when i\b",
        r"\b(?:watch|watches|watched|watching) me (?:shower|change|undress|naked|in the shower)\b",
        r"\b(?:he|she|they) (?:kept|keeps) going\b",
        r"\beven (?:though|when|after|tho) i (?:was crying|cried|pushed|tried to)\b",
        r"\bforc(?:e|ed|es|ing) (?:himself|herself|themselves) on\b",
        r"\b(?:shared|posted|leaked|sent|spread|showed) my (?:nudes|naked|intimate|private)\b|\bmy nudes\b",
        r"\brevenge porn\b",
        # One word can be the whole disclosure.
        r"^ (?:i was |i got )?(?:rape|raped|sexually assaulted|molested|abused|assaulted|groped)(?: me)? $",
    )),
    # Quid pro quo: sex asked for as the price of a job, a grade or safety.
    ("sex_or_else", (
        r"\bif i (?:did not|do not|would not|will not|refused to|refuse to) (?:sleep with|have sex with|kiss|"
        r"date|go out with|send)\b",
        r"\b(?:sleep|slept|have sex|had sex) with (?:him|her|them) (?:or|to keep|for)\b",
        r"\bpay (?:\w+ ){0,2}(?:another|some other|a different) way\b", r"\bin (?:exchange|return) for sex",
    )),
    ("my_abuser", (r"\bmy (?:own )?(?:rape|rapist|assault|assaulter|abuser|abusers|attacker|harasser|"
                   r"molester|assailant|abuse|sexual assault|sexual abuse|perpetrator|predator|groomer|"
                   r"stalker)\b",)),
    # "what happened to me too" and "what happened to metoo" ask about the movement.
    ("happened_to_me", (r"\bhappen(?:ed|s|"
                        r"ing)? to me(?! ?too\b)", r"(?<!\bwhat )\bhappen(?:ed|s)? to me ?too\b")),
    # Naming it: "was it rape", "i think what happened at the party was rape".
    ("naming_it", (
        r"\b(?:is|was) (?:it|that|this) (?:really )?(?:rape|sexual assault|assault|abuse|harassment)\b",
        r"\b(?:it|that|this|what happened(?: \w+){0,4}) (?:was|is|counts as) (?:rape|sexual assault|assault|"
        r"abuse|sexual harassment)\b",
    )),
    ("something_happened", (
        r"\bsomething (?:\w+ ){0,2}?happened\b",
        r"\b(?:did|does|do|done) (?:\w+ )?(?:unspeakable|terrible|awful|horrible|bad|sexual|disgusting|"
        r"inappropriate) things\b",
        # "i was only 9", said alone, is how many survivors begin.
        r"^ i was (?:only|just) (?:a )?(?:\d+|kid|child|baby|little)(?: years old)? $",
    )),
    ("no_consent", (
        r"\bi (?:said|say|kept saying|was saying|told (?:him|her|them)) (?:no|stop)\b",
        r"\beven (?:though|when|after|tho|if) i said (?:no|stop)\b",
        r"\bagainst my will\b",
        r"\bwithout my (?:consent|permission)\b",
        r"\bi (?:did not|do not|never) (?:consent|agree to (?:it|that|this|sex))\b",
        r"\bi did not want (?:it|that|him|her|them|sex|to have sex)\b",
        r"\b(?:would not|did not|will not|does not|never) (?:take|accept) no\b",
        r"\bi (?:could not|was too \w+ to) (?:say no|fight (?:back|him|her)|get away|stop (?:him|her|them|"
        r"it))\b",
        r"\bi froze\b",
    )),
    # "he would not stop" on its own or about the person; not "she would not stop tweeting".
    ("would_not_stop", (r"\b(?:he|she|they) (?:would not|did not|will not|does not|refused to|never) stop\b"
                        r"(?= $| (?:when|even|after|until|and|so|i|me|touching|grabbing|kissing|hurting|"
                        r"hitting)\b)",)),
    ("doing_it_to_me", (r"\b(?:touching|grabbing|groping|harassing|stalking|fondling|molesting|abusing|"
                        r"raping|assaulting|blackmailing|pressuring|forcing|cornering|grooming) "
                        r"(?:me|my)\b",)),
    ("sexual_messages", (
        r"\b(?:send\w*|sent|show\w*|messag\w*|text\w*|dm\w*|snap\w*) me (?:\w+ ){0,2}?"
        r"(?:nudes|naked|dick|explicit|sexual|porn|inappropriate)\b",
        r"\b(?:asks?|asked|asking|pressured|pressures|pressuring) me (?:for|to have|to send) (?:\w+ )?"
        r"(?:sex|nudes|naked|sexual)\b",
        r"\bask\w* (?:me )?for (?:\w+ )?(?:pics|pictures|photos|nudes|sex|naked)\b",
        rf"\bcomments? (?:about|on) my (?:\w+ )?{_BODY}",
    )),
    # Self-blame and not being believed are what survivors say; the reply answers both.
    ("self_blame", (
        r"\b(?:is|was) it my (?:own )?fault\b", r"\bit (?:is|was) (?:all )?my (?:own )?fault\b",
        r"\bi blame myself\b", r"\bi (?:asked for|deserved) it\b",
        r"\bdid i (?:ask for|deserve) (?:it|this|that)\b",
        r"\bi should have (?:stopped (?:him|her|them|it)|fought back|said no)\b",
    )),
    ("not_believed", (
        r"\b(?:no one|nobody) (?:\w+ )?(?:believes|believed|would believe|will believe) me\b",
        r"\bwill (?:anyone|anybody|you|people) believe me\b",
        r"\b(?:they|he|she|my \w+) (?:did not|do not|does not|would not|will not|never) believe(?:d)? me\b",
    )),
    ("first_telling", (
        r"\bi (?:have )?never told (?:anyone|anybody|no one|nobody|my)\b",
        r"\bi have not told (?:anyone|anybody|my)\b",
        r"\bfirst time i (?:am |have )?(?:telling|told|tell|said|say|saying) (?:anyone|this|it)\b",
        r"\bi (?:never|did not) report(?:ed)? (?:it|him|her|them)\b",
    )),
    ("survivor", (
        r"\bi am (?:a |also a |one |too |also )?(?:(?:sexual|assault|rape|abuse|harassment|incest|childhood|"
        r"csa|domestic|violence|trafficking) ){0,2}survivors?\b",
        r"\bi (?:am|was|have been) (?:a |also a |the )?(?:\w+ )?victim\b",
        r"\bas a (?:\w+ )?survivor\b", r"\bfellow survivors?\b", r"\bsurvivor (?:myself|too|as well)\b",
    )),
    # "me too" about oneself. "#MeToo" alone and "who said me too first" are about the movement.
    ("me_too_alone", (
        r"^ (?:(?:yes|yeah|yep|same|same here|sadly|honestly|unfortunately|also) )*me (?:too|to)"
        r"(?: (?:honestly|sadly|too|as well|unfortunately|here|yes|yeah|though|tbh))* $",
    )),
    ("me_too_then_personal", (
        rf"^ (?:(?:yes|yeah|same|sadly|honestly|also) )*me ?(?:too|to) (?:(?!(?:{_HISTORY_WORDS})\b)\w+ )*?"
        r"(?:i|my|me|mine|myself|he|she|they|it was|it happened|happened|as a (?:kid|child|teen|teenager|"
        r"girl|boy)|years ago|at (?:age )?\d+|age \d+|at work|at school|in (?:college|school|high school))\b",
    )),
    ("i_said_me_too", (
        r"\bi (?:(?:also|too|even|finally|just|actually|could|can|would|will|have|had|did|do|never|once|"
        r"should|want to|wanted to|have to|had to|could not|can not|was afraid to|am afraid to|"
        r"was scared to) )*(?:say|said|saying|write|wrote|tweet|tweeted|post|posted|reply|replied|type|"
        r"typed|am|was|am also|became|could be|count as|relate to) (?:a |one of the |part of )?"
        r"(?:hashtag )?me ?too\b",
    )),
    ("age_and_me_too", (
        r"\bi was (?:only )?(?:\d+|a (?:kid|child|teen|teenager)|little|young)\b.*\bme ?too\b",
        r"\bme ?too\b.*\bi was (?:only )?(?:\d+|a (?:kid|child|teen|teenager)|little|young)\b",
    )),
)

# Distress without a named danger: fear, shame, not coping, not knowing who to tell.
DISTRESS = _compile(
    # "i am afraid i do not understand" is politeness, not fear.
    ("i_feel_bad", (
        r"\bi (?:am|feel|felt|have been|keep feeling|was) (?:so |really |just |very |always |too |"
        r"completely |totally |like )*(?:scared|shaking|trembling|afraid(?! (?:i|that|so|not)\b)|terrified|"
        r"frightened|alone|lonely|ashamed|dirty|disgusting|worthless|broken|numb|hopeless|helpless|"
        r"overwhelmed|depressed|violated|panicking|empty|destroyed|devastated|miserable|used|unsafe|trapped|"
        r"not okay|not ok|not alright|not all right|not fine)\b",
    )),
    ("not_coping", (
        r"\bi (?:can not|could not) (?:stop (?:crying|shaking|thinking about (?:it|him|her|what))|sleep|"
        r"breathe|eat|cope|function|handle (?:it|this)|deal with (?:it|this)|tell anyone)\b",
    )),
    ("who_to_tell", (r"\bi do not know (?:who|what|where|how) (?:to|i should|i can) "
                     r"(?:tell|do|turn|go|talk|say|cope|handle|stop it|make it stop|get out|leave)\b",)),
    # "lost", "sad" or "upset" alone; "i am sad the movement faced a backlash" is an opinion.
    ("falling_apart", (r"\bi (?:am|feel) (?:so |really |completely |totally |very )*"
                       r"(?:lost|sad|upset|hurt) $",
                       r"\bi am (?:\w+ )?(?:going crazy|losing my mind|falling apart)\b")),
    ("too_much", (r"\b(?:everything|it|this|life) is (?:just |all |getting )?too much\b",
                  r"\bi am (?:\w+ )?struggling\b", r"\bit (?:keeps|kept|is still|still) happening\b")),
    ("keeps_coming_back", (
        r"\bi (?:keep|can not stop) thinking about (?:it|him|her|what happened|that night)\b",
        r"\bi (?:do not|can not) remember (?:what happened|anything)\b",
    )),
    ("symptoms", (r"\b(?:nightmares|flashbacks|panic attacks?|keep crying|crying all)\b",)),
    # "help me understand the movement" is a question; "help me" alone, or needing someone, is not.
    ("asks_for_a_person", (
        r"\bi (?:really |just )?need (?:help(?! (?:with|finding|understanding|to (?:find|understand|learn)))|"
        r"someone|somebody|to talk)\b",
        r"\b(?:can|could) i talk to (?:someone|somebody|a person|a human|a real person)\b",
        r"^ (?:please |someone |somebody )help(?: me)?(?: please| now)? $",
        r"^ help (?:me|please|now)(?: please| now)? $",
    )),
    ("nobody_cares", (r"\b(?:no one|nobody) (?:really )?(?:cares|listens|understands)\b",)),
)

_FIRST_PERSON = re.compile(r"\b(?:i|my|mine|myself)\b|\bme\b(?! ?too\b)")
_ABOUT_OTHERS = re.compile(
    r"\b(?:milano|alyssa|burke|tarana|weinstein|harvey|movement|hashtag|tweets?|tweeted|article|articles|"
    r"accusers?|history|anniversary|essay|hollywood|celebrit\w*|viral|campaign|founder|creator|actress\w*|"
    r"people|women|victims|they|she|he|metoo|me too)\b"
)
# Words that also turn up in questions about other people ("did any of the accusers attempt suicide"):
# they count when the person speaks about themselves, or when nothing points at someone else.
_NEED_FIRST_PERSON = frozenset(
    {"suicide_word", "something_happened", "symptoms", "nobody_cares", "naming_it"}
)


def framing_allows(name: str, norm: str, raw: str) -> bool:
    """Whether a match of pattern `name` counts, given who the message is about."""
    if name == "me_too_alone":
        return "#" not in raw
    if name in _NEED_FIRST_PERSON:
        return bool(_FIRST_PERSON.search(norm)) or not _ABOUT_OTHERS.search(norm)
    return True
