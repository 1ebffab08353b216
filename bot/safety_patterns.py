"""The patterns `bot.safety` reads messages with: named, grouped by concern, each with the reason for it.

Patterns run on normalised text (see `bot.safety.normalise`): lowercase ASCII words separated by single
spaces with a space at each end, contractions spelled out ("dont" -> "do not", "hes" -> "he is") and
typos of the key words corrected, so "i dont feel safe" and "I don't feel safe." read the same.
Each named pattern is a tuple of alternatives, one phrasing a line, of three kinds:
- phrases people use about themselves ("i was ...", "<act> me", "i can not go on");
- combinations of cues that may come in any order (`_all`): the speaker, a person and something sexual
  or coercive, for disclosures that name no act ("my date got handsy in the car and would not stop");
- a last resort (`LAST_RESORT`): a word for sexual violence in a message about oneself.
`framing_allows` then keeps out what only looks personal: other people's stories, study and questions
("my friend was raped", "i am writing about rape culture"), figures of speech ("her story touched me")
and questions asked ahead of time ("what should i do if my boss harasses me").
"""

from __future__ import annotations

import re

__all__ = ["DANGER", "DISCLOSURE", "DISTRESS", "LAST_RESORT", "SELF_HARM", "Patterns", "framing_allows"]

Patterns = tuple[tuple[str, re.Pattern[str]], ...]


def _compile(*named: tuple[str, tuple[str, ...]]) -> Patterns:
    return tuple((name, re.compile("|".join(alternatives))) for name, alternatives in named)


def _all(*cues: str) -> str:
    """A pattern that matches when every cue occurs somewhere in the message, in any order."""
    return "^" + "".join(f"(?=.*?(?:{cue}))" for cue in cues)


# A gap word may not start a new clause about someone else ("i heard she was raped").
_GAP = r"(?:(?!(?:he|she|they|you|it|that|this|who|not|never|and|but|if)\b)[a-z0-9]+ )"
# People who hurt people: pronouns and the roles survivors name most often. "my <anyone>" is added where
# the verb after it carries the meaning ("my therapist touched me").
_PEOPLE = (
    r"(?:he|she|they|him|someone|somebody|man|men|guy|guys|dude|boy|boys|woman|girl|lady|stranger|boss|"
    r"manager|supervisor|employer|teacher|coach|trainer|instructor|uncle|aunt|father|dad|stepdad|stepfather|"
    r"stepmom|stepmother|stepbrother|stepsister|brother|sister|cousin|grandfather|grandpa|grandmother|"
    r"grandma|boyfriend|girlfriend|husband|wife|ex|partner|friend|coworker|colleague|doctor|nurse|therapist|"
    r"counsell?or|priest|pastor|neighbou?r|classmate|professor|lecturer|date|landlord|customer|client|"
    r"officer|cop|mother|mom|mum|babysitter|tutor|roommate|driver|relative|mentor|leader)"
)
_WHO = rf"(?:{_PEOPLE}|my \w+)"
_ABUSER = (
    r"(?:he|she|they|someone|somebody|my (?:ex|abuser|rapist|attacker|stalker|\w+)|(?:the|a|this|"
    r"that) (?:man|guy|person|stranger))"
)
# Acts that are sexual violence or harassment whoever does them: "<act> me" is a disclosure.
_ACT = (
    r"(?:rap(?:e|ed|es|ing)|assault\w*|molest\w*|abus(?:e|ed|es|ing)|harass\w*|grop(?:e|ed|es|ing)|violated|"
    r"drugged|roofied|stalk(?:ed|s|ing)|groom(?:ed|s|ing)|fondl(?:e|ed|es|ing)|coerced|blackmail(?:ed|s|"
    r"ing)?|s?extort(?:ed|s|ing)?|forc(?:e|ed|es|ing)|sexually \w+|forced himself on|forced herself on|"
    r"exposed (?:himself|herself) to|flashed|took advantage of|taking advantage of|undress(?:ed|es|ing)?|"
    r"strip(?:ped|s|ping)?|finger(?:ed|s|ing)|penetrat\w*|sodomi[sz]ed|kidnap\w*|abduct\w*|traffick\w*|"
    r"catcall(?:ed|s|ing)?|tied|restrained|doxx?ed|preyed on|pressured|tricked|lured|spiked)"
)
# What "i was ..." can go on with in a disclosure.
_HARMED = (
    r"(?:raped|assaulted|molested|abused|harassed|groped|violated|drugged|roofied|stalked|trafficked|"
    r"coerced|groomed|fondled|attacked|exploited|touched|flashed|catcalled|followed|pressured|forced|"
    r"threatened|blackmailed|cornered|grabbed|pinned down|held down|choked|strangled|sexually \w+|"
    r"taken advantage of|spiked|beaten|kidnapped|abducted|s?extorted|undressed|stripped|tied up|restrained|"
    r"penetrated|fingered|lured|tricked|manipulated|preyed on|targeted|hurt by|hit by|made to|forced to|"
    r"pressured into|talked into|filmed|recorded|photographed|doxx?ed|exposed to)"
)
# Pictures and films of a person: shared, taken or asked for without consent.
_MEDIA = r"(?:pics?|pictures?|photos?|videos?|vids?|images?|nudes|recordings?|footage|selfies?)"

# Cues for the combination patterns: a disclosure often names no act, but a person, the speaker and
# something sexual or coercive all turn up in it ("my date got handsy in the uber and would not stop").
_SELF = r"\b(?:i|me|my|myself)\b"
_SOMEONE = rf"\b(?:his|her|{_PEOPLE})\b"
_SEXUAL_CUE = (
    rf"\b(?:handsy|condom|naked|nude|nudes|porn|junk|dick|penis|genitals|private parts|privates|creepy|"
    rf"creep|pervert|perv|pervy|sexual|sexually|sex|undress\w*|underwear|bra|panties|lap|erection|boner|"
    rf"masturbat\w*|explicit|dms|shower with me|bath with me|in my bed|into my bed|(?:his|her) bed|"
    rf"kiss(?:ed|ing)? me|(?:pants|clothes|shirt|top|dress) off|{_MEDIA} of me)\b"
)
_COERCION_CUE = (
    r"\b(?:took advantage|without asking|without (?:my )?(?:consent|permission)|passed out|blacked out|"
    r"unconscious|too drunk to|pretend\w* (?:to be|i was) (?:asleep|sleeping)|froze|could not move|said no|"
    r"told (?:him|her|them) no|did not want (?:it|to)|was not ready|had no choice|owed (?:him|her|them)|"
    r"(?:promise|swear) not to tell|our (?:little )?secret|got me alone|would not stop|did not stop|"
    r"kept going|forced|coerced)\b"
)
_BODY = (
    r"(?:body|breasts?|boobs?|chest|butt|bum|ass|behind|legs?|thighs?|crotch|privates?|private parts?|"
    r"genitals?|vagina|penis|dick|waist|hips?|skirt|underwear)"
)
_HISTORY_WORDS = (
    r"movement|hashtag|campaign|tweet|founder|started|start|history|who|what|where|how|which|does|did|is|"
    r"was|are|mean|means|meaning"
)

# Immediate danger: someone threatening is here or coming, harm is under way, or the person says they
# are not safe. 911 comes first in the reply, so this is read first.
DANGER = _compile(
    ("not_safe", (r"\bi (?:am|feel) not safe\b", r"\bi am unsafe\b", r"\bi am in danger\b",
                  r"\bin danger (?:right )?now\b")),
    # "i do not feel safe talking about it" is about talking, not about danger.
    ("do_not_feel_safe", (r"\bi (?:do not|never|no longer|can not) feel safe\b(?! (?:talking|telling|saying|"
                          r"sharing|posting|to (?:talk|tell|say|share|post)))",)),
    ("not_safe_place", (r"\b(?:not safe|unsafe) (?:at home|here|right now|now|with (?:him|her|them)|"
                        r"in my \w+)",)),
    ("abuser_is_here", (
        rf"\b{_ABUSER} (?:is|are) (?:\w+ )?(?:here|outside|downstairs|upstairs|after me|watching me|"
        rf"following me)\b",
        rf"\b{_ABUSER} (?:is|are) (?:\w+ )?(?:at|outside|by|near) (?:the|my|our) (?:front |back )?(?:door|"
        rf"window|house|home|place|apartment|flat|work|school|car|room)\b",
        rf"\b{_ABUSER} (?:is|are) (?:\w+ )?in (?:my|the|our) (?:next |other |same )?(?:house|room|home|"
        rf"apartment|flat|building|car)\b",
        rf"\b{_ABUSER} (?:is|are) (?:\w+ )?(?:banging on|breaking (?:in|down|into)|kicking|"
        rf"trying to (?:get in|break|open|kick)|waiting for me)",
        # "he is coming" or "he is back" alone, or coming for the person.
        rf"\b{_ABUSER} (?:is|are) (?:\w+ )?(?:coming(?: back| for me| over| home| here| to get me)?|back) $",
        rf"\b{_ABUSER} (?:is|are) (?:\w+ )?coming (?:back|for me|over|to get me|here|home)\b",
        rf"\b{_ABUSER} (?:is|are) (?:\w+ )?on (?:his|her|their|the) way(?: (?:here|over|back|home|now|"
        rf"to (?:me|my|get me|the house)))*(?= $| and| i\b| so\b)",
        # Arrived just now; "he showed up at my work last week" is stalking (a disclosure).
        rf"\b{_ABUSER} (?:has )?just (?:showed|turned|shown) up\b",
        rf"\b{_ABUSER} (?:has |just |finally )?(?:broke|broken|got|gotten) (?:in|into (?:my|the|our))\b",
    )),
    ("i_can_hear_him", (r"\bi can (?:hear|see) (?:him|her|them) (?:coming|outside|at|in|on|walking|trying|"
                        r"banging|yelling|screaming|downstairs|upstairs)\b",
                        rf"\b{_ABUSER} (?:is|are) (?:\w+ )?(?:\w+ and )?(?:throwing|smashing|"
                        rf"breaking) (?:things|stuff|everything|plates|furniture)\b",
                        r"\b(?:yelling|screaming) at me and\b")),
    ("knows_where_i_am", (r"\b(?:knows|found out|figured out|worked out|saw) where i (?:am|am staying|"
                          r"am hiding|moved to|live now)\b",)),
    # Afraid of what someone is about to do: "scared what he will do", "afraid he is going to hurt me".
    ("afraid_of_him", (
        r"\b(?:scared|afraid|terrified|frightened|worried) (?:of )?what (?:he|she|they) (?:will|might|"
        r"is going to|are going to|would|could|is gonna) do\b",
        r"\b(?:scared|afraid|terrified|frightened) (?:that )?(?:he|she|they) (?:will|might|is going to|"
        r"are going to) (?:\w+ )?(?:kill|hurt|find|hit|beat|rape|come back|do something)\b",
    )),
    ("threat_to_me", (
        rf"\b{_ABUSER} (?:is |are |has |have |was )?(?:going to|will|wants to|trying to|threaten(?:s|ed|"
        rf"ing) to|said (?:he|she|they) would|says (?:he|she|they) will) {_GAP}{{0,3}}?(?:(?:come|get|"
        rf"go) (?:over|back|here|home|in) and |find me and )?(?:kill|hurt|rape|attack|beat|hit|shoot|"
        rf"stab) me\b",
        rf"\b{_ABUSER} (?:is going to|will|is trying to) find me(?= $| and| if| again)",
    )),
    ("weapon", (
        r"\b(?:he|she|they|someone|somebody) (?:has|have|is holding|had|pulled|is pointing|is got|has got|"
        r"got|is waving|grabbed) (?:a|an|his|her|the) (?:gun|knife|weapon|pistol|rifle|blade)",
        r"\b(?:threatening|threatened|pointing|pointed|holding|held) (?:me )?(?:with )?(?:a|an|his|her|"
        r"the) (?:gun|knife|weapon|pistol|rifle|blade)\b",
        r"\b(?:gun|knife|blade|weapon) (?:to|at|against) my (?:head|throat|neck|chest|face)\b",
    )),
    ("harm_under_way", (
        rf"\b{_ABUSER} (?:is|are) (?:\w+ )?(?:hitting|hurting|beating|choking|strangling|attacking|raping|"
        rf"touching|grabbing|chasing|following|threatening|holding) me\b",
    )),
    ("found_me", (rf"\b{_ABUSER} (?:has |just |finally )?(?:found|tracked down|tracked) me\b",
                  r"\bfound (?:out )?my (?:new )?(?:address|place|apartment|flat|location|house|number)\b")),
    ("trapped", (
        r"\b(?:will not|would not|does not|is not|refuses to) let(?:ting)? me (?:leave|go|out)\b",
        r"\bi (?:locked|barricaded|hid) myself\b",
        r"\blocked me (?:in|up)\b",
        r"\b(?:took|takes|hid|smashed|broke) my (?:phone|keys|car keys|passport)\b",
        r"\bi am (?:locked in|trapped|hiding|being followed|being chased|being attacked)\b",
        r"\b(?:got|has|have|keeps?|kept|is keeping) me (?:trapped|locked (?:in|up)|cornered|pinned)\b",
        r"\bi (?:can not|could not) (?:get out|escape|leave)(?: the| this| his| her| their| my)?(?: house|"
        r" room| car| apartment| flat| place)?(?= $| and| he| she| they)",
    )),
    ("fear_for_life", (r"\bfor my (?:life|safety)\b",)),
    # Someone is back or close by, and the person is afraid or he is angry: "he just got back and he is
    # furious", "my ex is home and i am scared".
    ("here_and_afraid", (_all(
        rf"\b{_ABUSER} (?:is |are |has |just |has just |just got |got |came |is getting )?(?:back|home|here|"
        rf"outside|coming|on (?:his|her|their) way|in the house|drunk)\b",
        r"\b(?:scared|afraid|terrified|frightened|furious|angry|mad|raging|violent|yelling|screaming)\b",
    ),)),
    ("at_the_door", (r"\b(?:banging|pounding|hammering|kicking|bashing|punching|slamming) (?:on |at |in |"
                     r"down )?(?:the|my|our) (?:\w+ )?(?:door|window|wall)s?\b",)),
    ("call_for_help", (r"\b(?:call|get) (?:the )?(?:police|cops|911|an ambulance)\b",
                       r"\b(?:this is|it is|i have) an emergency\b", r"^ sos $")),
)

# Thoughts of suicide or self-harm: 988 comes first. Any hint is enough; a miss costs too much.
SELF_HARM = _compile(
    ("wants_to_die", (
        r"\b(?:want|wanted|going|plan|planning|ready|about to|trying|tried|try|thinking|think|thought|"
        r"thoughts|wish|decided|might|may|will|gonna|should|need|feel like) (?:to |about |of |i could |"
        r"i should )?(?:just )?(?:die|dying|kill(?:ing)? myself|suicide|end(?:ing)? (?:it|it all|my life|"
        r"everything|things)|hurt(?:ing)? myself|cut(?:ting)? myself|take my (?:own )?life|"
        r"disappear(?: forever)?|stop existing|stop living|stop breathing|not (?:be )?(?:here|alive|exist|"
        r"wake up))\b",
        r"\b(?:going to|about to|ready to|want to|gonna|will) jump(?= $| off\b| from\b)",
        r"\bend(?:ing)? it (?:all|tonight|today|now|soon|for good|forever)\b",
        r"\bi (?:will |am going to |should |could |might |can |just )?end (?:it|it all|things|"
        r"everything)\b(?! with)",
        r"\b(?:would )?rather (?:be dead|die|not (?:be alive|be here|exist|wake up|live))\b",
        r"\b(?:not going to|will not|may not|might not) be (?:around|here|alive) (?:much longer|for long|"
        r"anymore|after tonight|by (?:tomorrow|morning))\b",
        r"\bi (?:have |have got |got )(?:everything|it all) (?:ready|planned|prepared|sorted)\b",
        r"^ (?:i have|i got|i made) a plan(?: now| already| tonight)? $",
        r"\bi (?:just )?want (?:out|to be gone|to go away forever)\b",
        r"\b(?:thinking|thought|think|thoughts) (?:about|of) (?:jumping|hanging myself|overdosing|pills|"
        r"slitting|not being here|not existing|dying|death)\b",
    )),
    ("harm_myself", (
        r"\b(?:kill|hurt|cut|harm|starv|hang|hung|burn|punish|scratch|poison|drown|shoot|shot|"
        r"stab)\w* myself\b",
        r"\b(?:end(?:ing)?|tak(?:e|ing)) my (?:own )?life\b",
        r"\bslit my wrists?\b",
        # Cutting, said without "myself": "i keep cutting", "cutting again", "cut my arms".
        r"\bi (?:keep|kept|started|have been|been|am|was|went back to|"
        r"relapsed and) (?:\w+ )?cutting(?: again| myself| my \w+)? $",
        r"\b(?:cutting|cut|burning|burnt|burned) (?:again|my (?:arms?|wrists?|legs?|thighs?|skin|stomach))\b",
        r"\b(?:pills?|tablets|meds) (?:saved|stockpiled|hidden|ready)\b",
        r"\bsaving (?:up )?(?:my )?(?:pills|meds)\b",
        # An overdose may already have happened, or be about to.
        r"\b(?:took|swallowed|taken|take|taking|going to take|will take) (?:a bunch of|all (?:of )?(?:my|"
        r"the)|too many|lots of|a lot of|many|\d+) (?:of )?(?:my |the )?(?:pills|tablets|meds|medication|"
        r"sleeping pills|painkillers)\b",
        r"\b(?:bought|have|got|tied|made|found) a (?:rope|noose)\b",
        r"\b(?:pills|tablets|meds|razor|blade|rope|noose) (?:\w+ )?(?:in front of me|in my hand|next to me|"
        r"ready)\b",
        r"\ba (?:bottle|box|handful|pack) of (?:sleeping )?(?:pills|tablets|meds|painkillers)\b",
        r"\bi (?:have |just )?relapsed\b",
    )),
    # Also used in questions about other people: see framing_allows.
    ("suicide_word", (r"\bsuicid(?:e|al|ally)\b", r"\bself harm(?:ing|ed)?\b", r"\boverdos(?:e|ed|ing)\b",
                      r"\bunalive\b", r"\b(?:suicide|goodbye|farewell) (?:note|letter)\b")),
    ("no_will_to_live", (
        r"\bi (?:do not|no longer|never|really do not|just do not|honestly do not) (?:really |"
        r"even )?(?:want|wish|feel like) (?:to )?(?:live|be alive|be here|be around|exist|wake up|go on|"
        r"continue|keep going|keep living|be on this earth)\b",
        r"\bwish i (?:was|were|had) (?:dead|died|never been born|gone)\b",
        r"\bwish i (?:was|were) not (?:alive|here|born|around)\b",
    )),
    # Being a burden, not being missed: the commonest indirect wording of suicidal thoughts.
    ("not_missed", (
        r"\b(?:no one|nobody|anyone|anybody) (?:would|will|is going to) (?:even )?(?:miss|notice|"
        r"care)\b(?= (?:me|if i|when i)\b| $)",
        r"\b(?:better|happier|easier|fine) (?:off )?(?:without me|if i (?:just |was |were |am |not |"
        r"did not |never )*(?:exist|existed|died|disappeared|left|gone|dead|here|around|born|alive))\b",
        r"\bif i (?:was|were) (?:gone|dead|not (?:here|around|alive))\b", r"\bwhen i am gone\b",
        r"\bi am (?:just |such |only )?a burden\b",
        r"\bi (?:have |just |already )*(?:wrote|written|left) (?:a|my) (?:last |final )?(?:note|"
        r"letter)(?: (?:for|to) (?:my \w+|everyone))? $",
    )),
    # A means, said about oneself, with intent: "thinking about swallowing all my antidepressants".
    ("means_and_intent", (_all(
        _SELF,
        r"\b(?:(?:all|whole|entire|bunch|bottle|handful|box|lots|too many|\d+) (?:\w+ ){0,3}?(?:pills|"
        r"tablets|meds|medication|antidepressants|painkillers|tylenol|paracetamol|ibuprofen|advil|"
        r"sleeping pills)|overdos\w*|razor|blade|noose|rope|slit|wrists?|(?:drive|driving|drove|"
        r"crash\w*) (?:\w+ )?(?:off|into) (?:the|a) (?:road|bridge|cliff|wall|tree|traffic|river|lake)|"
        r"into traffic|off (?:a|the) (?:bridge|roof|cliff|building|ledge)|gun to my head)\b",
        r"\b(?:want|going to|plan\w*|ready|tonight|decided|thinking|thought|think|about to|will|might|"
        r"swallow\w*|take|taking|took|try|trying|have|got|holding|bought)\b",
    ),)),
    # Death wished for oneself, within a few words of "i" or "me"; figures of speech ("dying to know",
    # "scared to death") are not counted.
    ("death_near_me", (
        r"\b(?:i|me|myself)\b(?: \w+){0,4}? (?:die|dying|be dead|being dead|not be alive|not being alive|"
        r"not wake up|not exist)\b(?! (?:to|of|for|laughing|inside)\b)",
    )),
    ("giving_up", (
        r"\b(?:can not|could not|do not think i can|unable to|not able to|no longer) (?:keep going|go on|"
        r"carry on|continue|keep living|keep doing this|take (?:it|this|much more)|live like this)\b",
        r"\bno (?:way out|hope left|way to go on)\b",
        r"\bend (?:my|the|this) (?:suffering|pain|misery)\b",
        r"\bgive up on (?:life|living|everything|myself)\b", r"\btired of (?:living|life|being alive|"
        r"existing)\b",
        r"\b(?:life|everyone|everybody|the world|my family) (?:\w+ ){0,2}?without me\b",
        r"\bwithout me (?:\w+ ){0,3}?(?:better|easier|happier)\b",
    )),
    ("hopeless_end", (
        r"\bbetter off (?:dead|without me)\b",
        r"\b(?:no|a|any) (?:reason|point) (?:to|in|for) (?:me )?(?:live|living|going on|go on|keep going|"
        r"keep living|being alive|life|being here|stay|staying)\b",
        r"\bwhat is the point (?:of|in) (?:living|life|going on|being alive|anything)\b",
        r"\bi can not (?:go on|keep going|keep living|live (?:like this|with (?:this|it|what|myself|the)))\b",
        r"\bi (?:do not|can not|no longer) see (?:the|any) point\b", r"\bwhat is the point anymore\b",
        r"\bnothing (?:left )?to live for\b", r"\bnot worth living\b",
        r"\blife is (?:not worth it|pointless|meaningless)\b",
        r"\bi am done with (?:life|living|everything|it all)\b",
        r"\b(?:never|not) wake up\b", r"\bsleep forever\b", r"\bfeel like dying\b",
        r"\bjump(?:ing)? (?:off|from) (?:a|the|my) (?:bridge|roof|building|balcony|cliff|window)\b",
        r"\bi am (?:standing )?on (?:the|a) (?:roof|bridge|ledge|edge)\b",
        r"\bin front of (?:a|the) (?:train|car|bus|truck)\b",
        r"\bi can not (?:do|take|handle) (?:this|it|any of this|life) anymore\b",
        r"\bi (?:just |really |only )?want (?:it|this|everything|the pain|all of this|"
        r"it all) (?:all )?to (?:end|be over|stop)\b",
        r"\bgoodbye (?:forever|everyone|world|cruel world)\b", r"\bthis is (?:my )?goodbye\b",
        r"\bi am done\b.* (?:goodbye|bye forever)\b",
    )),
)

# Disclosures: sexual violence or harassment happened to the person, in any words.
DISCLOSURE = _compile(
    # --- What was done, said by the person it was done to ---
    ("done_to_me", (rf"\b{_ACT} me\b",)),
    # Touching, hitting, following: a disclosure when a person does it ("her story touched me" is not).
    ("person_did_to_me", (
        rf"\b{_WHO} {_GAP}{{0,4}}?(?:touch|hurt|hit|beat|kiss|grab|follow|corner|push|chok|strangl|threaten|"
        rf"pressur|pin|held|hold|rubb|lick|slap|trap|drag|undress|feel|felt)\w* me\b",
    )),
    # "touched me" without a named person; the figurative sense is ruled out in framing_allows.
    ("touched_me", (r"\btouch(?:ed|es|ing)? me\b(?! too\b)",)),
    ("made_me", (
        r"\b(?:made|make|makes|making|forced|force|forces|forcing|pressured|pressures|got|gets|told|tells|"
        r"wanted|wants|would make|used to make) me (?:to )?(?:do (?:things|stuff|it|something|sexual|"
        r"what (?:he|she|they)|more)|have sex|touch (?:him|her|them|his|her|it|myself)|watch (?:porn|him|"
        r"her|them|videos|while)|perform|undress|strip|get naked|take (?:off )?my (?:clothes|shirt|pants|"
        r"top)|suck|kiss (?:him|her|them)|sleep with|send (?:him |her |them )?(?:nudes|pics|pictures|photos|"
        r"videos)|sit on (?:his|her|their) (?:lap|face)|lie (?:down )?(?:on|in|next)|go down on|give (?:him|"
        r"her|them) (?:head|a|oral)|feel dirty|play (?:a )?(?:games?|doctor)|keep (?:it|quiet|secrets?)|"
        r"promise|swear|pretend)\b",
        r"\b(?:do|did|does|doing|done|try|tried) (?:\w+ ){0,2}?(?:things|stuff|something|it|what (?:he|she|"
        r"they) wanted) (?:to|with|on) me\b",
    )),
    ("touched_my_body", (rf"\b(?:touch|grab|grop|fondl|squeez|rubb?|slapp?|feel|felt|kiss|"
                         rf"lick)\w* (?:up )?(?:my|me on (?:my|the)) (?:\w+ )?{_BODY}\b",)),
    # Body contact forced on the person: "rubbing himself against me", "his hand down my pants".
    ("body_on_me", (
        r"\b(?:himself|herself|themselves|his (?:\w+ )?(?:dick|penis|crotch|body|thing|"
        r"hips)) (?:\w+ ){0,2}?(?:against|on|onto|into|at|in front of) me\b",
        r"\bmasturbat\w* (?:in front of|at|near|next to|on|while (?:looking at|watching)|looking at) me\b",
        r"\b(?:hand|hands|fingers?|it) (?:up|down|in|inside|under|into) my (?:skirt|shirt|pants|dress|"
        r"underwear|top|clothes|jeans|shorts|bra|panties|mouth)\b",
        r"\b(?:his|her|their) hands (?:all )?over me\b", r"\bon top of me\b",
        r"\b(?:put|puts|putting|laid|lay|lays|placed) (?:his|her|their) (?:hands?|mouth|lips) (?:on|"
        r"over) (?:me|my)\b",
        r"\bforc(?:e|ed|es|ing) (?:himself|herself|themselves) on\b(?! (?:her|him|them|women|girls|others|"
        r"people|actresses|someone)\b)",
        r"\b(?:brush|rubb?|press|lean|grind)\w* (?:\w+ )?(?:up )?(?:against|on) (?:me|my)\b",
    )),
    ("i_was_harmed", (rf"\bi (?:was|am|have been|had been|got|get|been|keep getting|was being|"
                      rf"am being) {_GAP}{{0,2}}?(?:\w+ (?:and|then) )?{_HARMED}\b",)),
    ("i_went_through_it", (
        r"\bi (?:have |had )?(?:experienced|survived|went through|lived through|suffered|endured|faced|"
        r"been through) (?:\w+ ){0,2}?(?:rape|sexual|assault|abuse|harassment|molestation|incest|"
        r"trafficking|violence|the same|something similar|similar)",
    )),
    # --- Where and how: the places and scenes survivors describe ---
    ("in_my_room", (
        r"\b(?:come|came|comes|coming|climbed|got|crawled|sneak|snuck) (?:in|into) my (?:room|bed|"
        r"sleeping bag|tent|bunk)\b",
        r"\b(?:come|came|comes|get|got|gets|climb\w*) (?:in|into) (?:the )?(?:shower|bath|bed) with me\b",
        r"\b(?:come|came|comes|walk|walks|walked|barge|barges|barged) (?:in|into) (?:the|my) (?:bathroom|"
        r"shower|bedroom|room) when i\b",
        r"\b(?:watch|watches|watched|watching) me (?:shower|change|undress|naked|in the shower)\b",
    )),
    # Drink spiking and the memory gap after it.
    ("drugged", (
        r"\b(?:spiked|drugged) my (?:drink|drinks|food)\b",
        r"\b(?:something|stuff|drugs?|pills?|roofies?) (?:in|into) my (?:drink|drinks|glass|food|water|cup|"
        r"beer|wine)\b",
        r"\bmy (?:drink|drinks) (?:was|were|got|had been|been) (?:spiked|drugged|tampered)",
        r"\bgot me (?:really |so )?(?:drunk|high|wasted)\b",
        r"\b(?:sex|slept) with me (?:when|while) i (?:was|am) (?:asleep|sleeping|drunk|passed out|"
        r"unconscious|high|out of it)\b",
        r"\bwoke up (?:and|with|to|next to) (?:he|him|someone|somebody|a man|a guy|my \w+)\b",
        r"\bwoke up (?:in (?:his|her|their|a strangers?|someone\w*) (?:bed|room|car|house|place)|"
        r"with(?:out)? my clothes|naked|undressed)",
        r"\bnext thing i (?:remember|knew|know|recall)\b",
        r"\bi (?:do not|can not|could not) remember (?:the rest|anything (?:after|from|else)|how i got|"
        r"most of the night)\b",
        # Sex while the person could not say yes: drunk, asleep, passed out.
        r"\bi was (?:so |too |really |very )?(?:drunk|wasted|asleep|sleeping|passed out|unconscious|high|"
        r"out of it|blackout drunk)\b.* (?:sex|touched|kissed|on top|inside|did (?:it|stuff|things))\b",
        r"\b(?:had|has|have|having) sex with me\b",
    )),
    # Pictures taken, shared or threatened without consent, and unwanted sexual pictures.
    ("image_abuse", (
        rf"\b{_MEDIA} of (?:me|us) (?:\w+ ){{0,2}}?(?:naked|nude|undressed|topless|without|in the (?:shower|"
        rf"changing|bathroom)|changing|showering|sleeping|having sex|online|in my underwear)",
        rf"\b(?:took|taking|takes|posted|posting|shared|sharing|leaked|leaking|spread|spreading|sent|"
        rf"sending|showed|showing|sold|selling) (?:\w+ ){{0,2}}?{_MEDIA} of (?:me|us)\b",
        r"\b(?:secretly |)(?:recorded|filmed|photographed|recording|filming) (?:me|us)\b",
        rf"\bthreaten\w* to (?:send|post|share|leak|show|release|spread) (?:my|our|the|"
        rf"those) (?:\w+ )?{_MEDIA}",
        r"\bthreaten\w* to (?:post|share|leak|send|show|release|spread) (?:them|it|those|these)\b",
        rf"\b(?:shared|posted|leaked|sent|spread|showed) my (?:nudes|naked|intimate|private|{_MEDIA})\b",
        r"\bmy nudes\b", r"\brevenge porn\b", r"\bsextortion\b",
        rf"\b(?:unsolicited|unwanted) (?:\w+ )?(?:{_MEDIA}|messages|texts)\b", r"\bdick pics?\b",
        r"\bunless i (?:send|sent|sleep|slept|have sex|kiss|go out|date|do (?:what|it|stuff|things)|come|"
        r"give|pay)\b",
    )),
    # Stalking: turning up, following, contacting again and again.
    ("stalking", (
        r"\b(?:showing|turning|shows|turns|showed|turned) up (?:at|to|outside|near|by) my (?:house|home|"
        r"place|door|work|job|school|apartment|flat|dorm|class|office|gym|car|parents)\b",
        r"\b(?:texting|calling|messaging|dming|emailing|contacting) me (?:\w+ ){0,2}?(?:hundreds|nonstop|"
        r"non stop|constantly|all the time|every day|every night|from (?:new|different|fake))",
        r"\b(?:new|fake|different) (?:accounts|numbers) to (?:contact|message|text|reach|follow|watch) me\b",
        r"\bafter i blocked (?:him|her|them)\b",
        r"\b(?:tracking|tracks|tracked|tracing) my (?:phone|location|car|movements)\b",
        r"\b(?:follows|followed|following) me (?:home|everywhere|around|to (?:work|school|my))\b",
        r"\b(?:will not|would not|does not|never|can not) leave me alone\b",
        r"\b(?:will not|would not|does not|did not|never) stop (?:texting|messaging|calling|dming|following|"
        r"touching|staring at|looking at|commenting on|asking me|sending me|showing up|coming (?:to|over|"
        r"around))",
        r"\bknows where i (?:live|work|sleep)\b",
    )),
    # Resisting: what people say they did, which tells what was being done.
    ("resisting", (
        r"\b(?:get|got|getting|gets) off (?:of )?me\b",
        r"\bpush(?:ed|ing)? (?:him|her|them) (?:off|away)\b",
        r"\b(?:begged|asked|told|pleaded with|screamed at|yelled at) (?:him|her|them) to (?:stop|get off|"
        r"leave me)\b",
        r"\btried to (?:stop|push|fight off|get away from|get out from under) (?:him|her|them)\b",
    )),
    # A child or teenager and someone older: "i was 16 and he was 30", "he was my teacher and i was 15".
    ("age_gap", (
        r"\bi am (?:only |just )?(?:1[0-7]|[1-9])(?: years old)? (?:\w+ )?and (?:he|she|they|my \w+|a|an|"
        r"this) (?:is |are |was )?(?:[2-9]\d|1[89]|adult|grown|older)\b",
        r"\b(?:[2-9]\d years old|adult|grown man|older man|older guy|older woman) (?:\w+ )?(?:keeps|is|was|"
        r"has been|kept) (?:messaging|texting|talking to|asking|sending|dming|snapping|touching|following|"
        r"grooming|calling)\b",
        r"\bi was (?:only |just )?(?:1[0-7]|[1-9]|a minor|underage|a kid|a child) (?:\w+ )?and (?:he|she|"
        r"they) (?:was|were) (?:\d+|an adult|a grown|my|older|in (?:his|her|their))",
        r"\b(?:he|she|they) (?:was|were) (?:\d+|an adult|a grown \w+|my \w+|older) and i was (?:only |"
        r"just )?(?:1[0-7]|[1-9]|a minor|underage|a kid|a child|a teenager)\b",
    )),
    ("kept_going", (
        r"\b(?:he|she|they) (?:kept|keeps|just kept) going\b",
        r"\beven (?:though|when|after|tho) i (?:was crying|cried|pushed|tried to)\b",
    )),
    # One word can be the whole disclosure.
    ("the_word_alone", (
        r"^ (?:i was |i got )?(?:rape|raped|sexually assaulted|molested|abused|assaulted|groped)(?: me)? $",
    )),
    # Quid pro quo: sex asked for as the price of a job, a grade, rent or safety.
    ("sex_or_else", (
        r"\bif i (?:did not|do not|would not|will not|refused to|refuse to) (?:sleep with|have sex with|"
        r"kiss|date|go out with|send|do (?:what|it|stuff|things))\b",
        r"\b(?:sleep|slept|have sex|had sex) with (?:him|her|them) (?:or|to keep|for)\b",
        r"\bpay (?:\w+ ){0,2}(?:another|some other|a different) way\b", r"\bin (?:exchange|return) for sex",
        r"\bif i (?:\w+ )?(?:went|go|come|came|stayed|stay|visit|visited) (?:\w+ )?(?:to |up to |back to |"
        r"over to |at )?(?:his|her|their) (?:hotel|room|place|apartment|house|flat|office|car|bed)",
        r"\b(?:promot\w*|raise|fire me|fired|my job|fail me|failed me|fail|grade|rent|visa|contract|shifts?|"
        r"scholarship|role|part|a reference) (?:\w+ ){0,5}?if i (?:\w+ ){0,2}?(?:slept|sleep|had sex|"
        r"have sex|went out|go out|dated|date|kissed|kiss|sent|send|was nice|am nice|were nice|be nice|"
        r"did stuff|do stuff|did things|do things|came|come|went|go|touched|touch)\b",
    )),
    ("my_abuser", (r"\bmy (?:own )?(?:rape|rapist|assault|assaulter|abuser|abusers|attacker|harasser|"
                   r"molester|assailant|abuse|sexual assault|sexual abuse|perpetrator|predator|groomer|"
                   r"stalker|trafficker)\b",)),
    # "what happened to me too" and "what happened to metoo" ask about the movement.
    ("happened_to_me", (r"\bhappen(?:ed|s|"
                        r"ing)? to me(?! ?too\b)", r"(?<!\bwhat )\bhappen(?:ed|s)? to me ?too\b")),
    # Naming it, or asking whether it counts: "was it rape", "is it still rape if it was my boyfriend",
    # "does it count as assault if i did not fight back".
    ("naming_it", (
        r"\b(?:is|was|does|would|did|could) (?:it|that|this|what (?:he|she|they) did|"
        r"what happened) (?:\w+ ){0,2}?(?:rape|sexual assault|assault|abuse|sexual abuse|child abuse|"
        r"harassment|sexual harassment|molestation|coercion|grooming|incest|non consensual|nonconsensual|"
        r"not consensual|consensual)\b",
        r"\b(?:it|that|this) (?:was|is) (?:not consensual|nonconsensual|non consensual)\b",
        r"\b(?:it|that|this|what happened(?: \w+){0,4}) (?:was|is|counts as) (?:rape|sexual assault|assault|"
        r"abuse|sexual abuse|child abuse|sexual harassment|grooming|molestation|incest)\b",
        r"\b(?:not sure|do not know|wonder\w*|unsure|confused) (?:if|whether) (?:it|that|this|what happened|"
        r"what (?:he|she|they) did) (?:\w+ ){0,2}?(?:counts|was|is|qualifies)\b",
    )),
    ("something_happened", (
        r"\bsomething (?:\w+ ){0,2}?happened\b", r"\bi know something did\b",
        r"\b(?:did|does|do|done) (?:\w+ )?(?:unspeakable|terrible|awful|horrible|bad|sexual|disgusting|"
        r"inappropriate) things\b",
        # "i was only 9", said alone, is how many survivors begin.
        r"^ i was (?:only|just) (?:a )?(?:\d+|kid|child|baby|little)(?: years old)? $",
    )),
    # Childhood: "it started when i was 7", "i was a kid when it started", "since i was little".
    ("when_i_was_a_child", (
        r"\bi was (?:only |just |a |so |still )*(?:\d+|kid|child|little|young|teen|teenager|baby|"
        r"in (?:elementary|middle|primary|high) school)(?: years old)? when (?:it|this|that|the abuse|he|"
        r"she|they) (?:first )?(?:started|began|happened|start|begin)",
        r"\b(?:it|this|that|the abuse|the touching) (?:first )?(?:started|began|happened|went on|"
        r"kept happening|has been happening|had been happening) (?:\w+ )?(?:when|since|from (?:when|"
        r"the time)) i was\b",
        r"\bfrom (?:age |the age of |when i was )?\d+ (?:to|until|till) \d+\b",
        # "i was 7. it was my uncle"
        rf"\bi was (?:only |just )?(?:\d+|a kid|a child|little|young)\b.* (?:it was|by|with) (?:my|a|"
        rf"an) (?:\w+ )?{_PEOPLE}\b",
    )),
    # Secrecy imposed on the person: bribes and "our little secret".
    ("keep_it_secret", (
        r"\bme (?:\w+ ){0,4}?(?:to )?(?:keep (?:it |this |that )?(?:quiet|silent|a secret|secret)|"
        r"keep my mouth shut|not to tell)\b",
        r"\bour (?:little )?secret\b",
        # A threat against telling: "he said if i tell anyone i am fired".
        r"\b(?:said|says|threatened|told me|warned me|warns me) (?:\w+ ){0,3}?if i (?:ever )?(?:tell|told|"
        r"report|reported|say|said)\b",
    )),
    ("no_consent", (
        r"\bi (?:said|say|kept saying|was saying|told (?:him|her|them)) (?:no|stop)\b",
        r"\beven (?:though|when|after|tho|if) i said (?:no|stop)\b",
        r"\bagainst my will\b",
        r"\bwithout my (?:consent|permission)\b",
        r"\bi (?:did not|do not|never) (?:consent\w*|agree(?:d)? to (?:it|that|this|sex|any of))\b",
        r"\bi (?:did not|do not|would not|never) (?:want|wanted) (?:to )?(?:hook up|have sex|"
        r"sleep with (?:him|her|them)|do (?:it|that|anything|stuff)|kiss (?:him|her|them)|go that far)\b",
        r"\bi (?:did not|never|did not even|never even) (?:say|said) yes\b",
        r"\bi did not want (?:it|that|him|her|them|sex|to have sex|to do (?:it|that|this|anything))\b",
        r"\bi did not (?:really |even )?want to(?= $| but| and)",
        r"\bi (?:had|have|felt (?:like )?i had) no (?:choice|say|way out)\b",
        r"\b(?:was not|is not|not) (?:really |even )?my choice\b",
        r"\b(?:will not|would not|does not|did not|never) let me (?:say no|refuse)\b",
        r"\b(?:did not|never|would not) give me (?:a )?(?:choice|chance to say no)\b",
        r"\b(?:would not|did not|will not|does not|never|could not) (?:take|accept|hear) no\b",
        r"\bi (?:could not|was too \w+ to|was not able to) (?:say no|fight (?:back|him|her)|get away|stop "
        r"(?:him|her|them|it)|consent|say anything|move|speak|scream|push (?:him|her|them) (?:off|away))\b",
        r"\bi (?:did not|never) fight (?:back|him|her|them)\b",
        r"\bi (?:froze|was frozen|just lay there|just laid there|just lied there)\b",
        r"\b(?:gets|got|get|becomes|became) (?:angry|mad|violent|upset) (?:\w+ ){0,2}?(?:if|when) i (?:say|"
        r"said) no\b",
    )),
    # "he would not stop" on its own or about the person; not "she would not stop tweeting".
    ("would_not_stop", (r"\b(?:he|she|they) (?:would not|did not|will not|does not|refused to|"
                        r"never) stop\b(?= $| (?:when|even|after|until|and|so|i|me|touching|grabbing|"
                        r"kissing|hurting|hitting)\b)",)),
    ("doing_it_to_me", (r"\b(?:touching|grabbing|groping|harassing|stalking|fondling|molesting|abusing|"
                        r"raping|assaulting|blackmailing|pressuring|forcing|cornering|grooming|undressing|"
                        r"choking|drugging|extorting|sextorting|threatening|hitting on|rubbing) (?:me|my)\b",
                        r"\binappropriate(?:ly)? (?:with|towards|to|around) me\b",)),
    ("sexual_messages", (
        r"\b(?:send\w*|sent|show\w*|messag\w*|text\w*|dm\w*|snap\w*) me (?:\w+ ){0,2}?(?:nudes|naked|dick|"
        r"explicit|sexual|porn|inappropriate)\b",
        rf"\b(?:send\w*|sent) me (?:\w+ ){{0,2}}?{_MEDIA} of (?:his|him|her|himself|herself|themselves)\b",
        r"\b(?:asks?|asked|asking|pressured|pressures|pressuring) me (?:for|to have|"
        r"to send) (?:\w+ )?(?:sex|nudes|naked|sexual)\b",
        rf"\bask\w* (?:me )?for (?:\w+ )?(?:{_MEDIA}|sex|naked)\b",
        rf"\bcomments? (?:about|on) my (?:\w+ )?{_BODY}",
        r"\b(?:asking|asks|asked) (?:me )?what i am wearing\b",
    )),
    # Self-blame and not being believed are what survivors say; the reply answers both.
    ("self_blame", (
        r"\b(?:is|was) it my (?:own )?fault\b", r"\bit (?:is|was) (?:all )?my (?:own )?fault\b",
        r"\bi blame myself\b", r"\bi (?:asked for|deserved) it\b",
        r"\bdid i (?:ask for|deserve) (?:it|this|that)\b",
        r"\bi should have (?:stopped (?:him|her|them|it)|fought back|said no|known better|screamed)\b",
        r"\bi (?:let|allowed) (?:it|him|her|them) (?:to )?(?:happen|do (?:it|that|this|what))\b",
        r"\bi (?:led|lead) (?:him|her|them) on\b",
    )),
    ("not_believed", (
        r"\b(?:no one|nobody) (?:\w+ )?(?:believes|believed|would believe|will believe) me\b",
        r"\bwill (?:anyone|anybody|you|people) believe me\b",
        r"\b(?:they|he|she|my \w+) (?:did not|do not|does not|would not|will not|never) believe(?:d)? me\b",
    )),
    ("first_telling", (
        r"\bi (?:have )?never told (?:anyone|anybody|no one|nobody|my)\b",
        r"\bi have not told (?:anyone|anybody|my)\b",
        r"\bi (?:have )?never (?:said|admitted|shared|talked about) (?:this|that|it)\b",
        r"\bfirst time i (?:am |have )?(?:telling|told|tell|said|say|saying) (?:anyone|this|it)\b",
        r"\bi (?:never|did not) report(?:ed)? (?:it|him|her|them)\b",
        r"\b(?:kept|keeping|been keeping) (?:it|this|that) (?:a )?(?:secret|to myself|inside|quiet|hidden)\b",
        r"\bi am (?:too )?(?:scared|afraid|ashamed|embarrassed|terrified) to (?:tell|report|say|admit)\b",
        r"\bshould i (?:report|tell|go to the police|call the police|press charges)\b",
        r"\bhow (?:do|can|should) i report (?:him|her|them|it|what happened|my \w+)\b",
        r"\bi (?:want to |should |can |could |did not |never |do not want to )?press(?:ing)? charges\b",
    )),
    ("survivor", (
        # "i am a male survivor", not "i am researching how survivors..." or "i am a survivor advocate".
        r"\bi am (?:a |also a |one |too |also )?(?:(?!(?:not|never|cancer|how|what|with|for|about|the|of|to|"
        r"and)\b)\w+(?<!ing) ){0,2}survivors?\b(?! (?:advocate|advocacy|organi[sz]ation|group|center|centre|"
        r"network|fund|services|stories|movement|rights))",
        r"\bi (?:am|was|have been) (?:a |also a |the )?(?:\w+ )?victim\b",
        r"\bas a (?:\w+ )?survivor\b", r"\bfellow survivors?\b", r"\bsurvivor (?:myself|too|as well)\b",
        rf"\bas (?:someone|a (?:woman|man|girl|boy|person|kid)) who (?:was|has been|got|had been) {_HARMED}",
    )),
    # "me too" about oneself. "#MeToo" alone and "who said me too first" are about the movement.
    ("me_too_alone", (
        r"^ (?:(?:yes|yeah|yep|same|same here|sadly|honestly|unfortunately|also) )*me (?:too|"
        r"to)(?: (?:honestly|sadly|too|as well|unfortunately|here|yes|yeah|though|tbh))* $",
    )),
    ("me_too_then_personal", (
        rf"^ (?:(?:yes|yeah|same|sadly|honestly|also) )*me ?(?:too|to) (?:(?!(?:{_HISTORY_WORDS})\b)\w+ )*?"
        r"(?:i|my|me|mine|myself|he|she|they|it was|it happened|happened|as a (?:kid|child|teen|teenager|"
        r"girl|boy)|years ago|at (?:age )?\d+|age \d+|at work|at school|in (?:college|school|high school))\b",
        # "same here, at 12": agreement followed by when, where or who.
        r"^ (?:(?:yes|yeah|sadly|honestly|also) )*same(?: here| for me| thing)? (?:\w+ )?(?:at (?:age )?\d+|"
        r"age \d+|when i was|as a (?:kid|child|teen|teenager|girl|boy)|years ago|it was my|with my|by my|"
        r"happened to me)\b",
    )),
    ("i_said_me_too", (
        # "can i say me too" asks about the hashtag unless it goes on about the person.
        r"\b(?:can|could|should|may|do) i (?:\w+ )?(?:say|write|post|use|tweet) (?:\w+ )?me ?too (?:if|even|"
        r"when|because|though|tho)\b",
        r"(?<!\bcan )(?<!\bcould )(?<!\bshould )(?<!\bmay )(?<!\bdo )\bi (?:(?:also|too|even|finally|just|"
        r"actually|could|can|would|will|have|had|did|do|never|once|should|want to|wanted to|have to|had to|"
        r"could not|can not|was afraid to|am afraid to|was scared to) )*(?:say|said|saying|write|wrote|"
        r"tweet|tweeted|post|posted|reply|replied|type|typed|am|was|am also|became|could be|count as|"
        r"relate to) (?:a |one of the |part of )?(?:hashtag )?me ?too\b",
    )),
    # "i was 15, me too"; not "i was 12 when metoo started".
    ("age_and_me_too", (
        r"\bi was (?:only )?(?:\d+|a (?:kid|child|teen|teenager)|little|"
        r"young)\b(?! when)(?! in)(?! born).*\bme ?too\b(?! (?:movement|hashtag|campaign|started|began|"
        r"start|went|was|is|came|happened|became|blew|took))",
        r"\bme ?too\b.*\bi was (?:only )?(?:\d+|a (?:kid|child|teen|teenager)|little|young)\b",
    )),
    # Someone, the speaker, and something sexual or coercive, in any order; framing_allows keeps other
    # people's stories and questions out.
    ("sexual_scene", (_all(_SELF, _SOMEONE, _SEXUAL_CUE),)),
    ("coercion_scene", (_all(_SELF, _SOMEONE, _COERCION_CUE),)),
    # Knowing only later: "i did not know it was wrong until i got older".
    ("knew_later", (r"\bi (?:did not|never) (?:know|realize|realise|understand|think) (?:it|that|this|"
               r"what (?:he|she|they) (?:did|was doing)) was (?:wrong|abuse|rape|not (?:okay|ok|normal|"
               r"right))\b",)),
    # Naming the person only: "it was my youth pastor", "same. my older cousin".
    ("names_the_person", (
        rf"^ (?:it|he|she) (?:was|is) (?:my|a|an|our) (?:\w+ )?{_PEOPLE}(?: \w+)? $",
        rf"^ (?:(?:yes|yeah|yea|sadly|honestly|also) )*(?:same|same here|me too|metoo|"
        rf"me as well)(?: \w+)? (?:my|a|an|our) (?:\w+ )?{_PEOPLE}\b",
    )),
    # "after what he did", "it is hard to type this": about the person's own experience only.
    ("what_he_did", (r"\bwhat (?:he|she|they) (?:did|has done|had done|was doing)(?: to me)?\b",
                     r"\b(?:hard|difficult|scary) (?:for me )?to (?:type|say|write|talk about|admit)\b",
                     r"\bi (?:can not|could not) say it out loud\b")),
    # "it went too far", "it made me uncomfortable": about the person's own experience only
    # (not "metoo went too far", "this article makes me uncomfortable").
    ("went_too_far", (r"\b(?:went|goes|got|go|going|gone) (?:way |a bit |much )?too far\b",
                      r"\b(?:did not|does not|never) feel (?:right|okay|ok)\b", r"\bfelt (?:so |"
                      r"really )?wrong\b",
                      r"\b(?:make|makes|made|making) me (?:feel )?(?:so |really |very )?(?:uncomfortable|"
                      r"unsafe|dirty|gross|used)\b")),
    # Last resort: a word for sexual violence in a message about oneself, in wording no pattern above
    # foresaw ("rape at 14 by my coach"). framing_allows keeps questions and other people's stories out.
    ("personal_and_violence", (
        r"\b(?:rape|raped|raping|rapist|molest\w*|sexually (?:assault|abus|harass|exploit)\w*|sexual "
        r"(?:assault|abuse|harassment|violence|coercion|exploitation)|assault|assaulted|abuse|abused|incest|"
        r"groped|groomed|grooming|trafficked|inappropriately|non consensual|nonconsensual|harassment)\b",
    )),
)

# Distress without a named danger: fear, shame, not coping, not knowing who to tell.
DISTRESS = _compile(
    # "i am afraid i do not understand" is politeness, not fear.
    ("i_feel_bad", (
        r"\bi (?:am|feel|felt|have been|keep feeling|was) (?:so |really |just |very |always |too |"
        r"completely |totally |like |a )*(?:scared|shaking|trembling|afraid(?! (?:i|that|so|not)\b)|"
        r"terrified|frightened|alone|lonely|ashamed|dirty|disgusting|worthless|broken|numb|hopeless|"
        r"helpless|overwhelmed|depressed|violated|panicking|empty|destroyed|devastated|miserable|used|"
        r"unsafe|trapped|sick|gross|nauseous|anxious|paranoid|on edge|exhausted|drained|humiliated|guilty|"
        r"shaky|jumpy|unclean|ruined|damaged|messed up|mess|wreck|drowning|suffocating|dead inside|"
        r"not myself|not doing (?:well|good|okay|ok|great)|not okay|not ok|not alright|not all right|"
        r"not fine|not good)\b",
        r"\bi hate (?:myself|my body|my life|being me)\b",
        r"\b(?:tired|sick) of (?:feeling|being) (?:like this|this way|scared|afraid|sad|alone|hurt)\b",
        r"\bi am (?:so |really |just )*(?:tired|sick) of (?:everything|it all|life)\b",
        r"\beverything (?:feels|is|seems) (?:so |just )?(?:wrong|awful|horrible|terrible|dark|hopeless)\b",
    )),
    ("not_coping", (
        r"\bi (?:can not|could not) (?:stop (?:crying|shaking|thinking about (?:it|him|her|what))|sleep|"
        r"breathe|eat|cope|function|focus|concentrate|think straight|get out of bed|handle (?:it|this)|"
        r"deal with (?:it|this)|tell anyone)\b",
        r"\bi (?:have not|have barely|barely|have hardly|hardly) (?:slept|eaten|left (?:my|the) (?:room|"
        r"house|bed))\b",
    )),
    ("who_to_tell", (r"\bi do not know (?:who|what|where|how) (?:to|i should|i can) (?:tell|do|turn|go|talk|"
                     r"say|cope|handle|stop it|make it stop|get out|leave|trust|believe)\b",
                     r"\bi (?:can not|do not|will never|could never|can never) trust (?:anyone|anybody|"
                     r"people|men|women|myself|again)\b",)),
    # "lost", "sad" or "upset" alone; "i am sad the movement faced a backlash" is an opinion.
    ("falling_apart", (r"\bi (?:am|feel) (?:so |really |completely |totally |very )*(?:lost|sad|upset|"
                       r"hurt) $",
                       r"\bi am (?:\w+ )?(?:going crazy|losing my mind|falling apart)\b",
                       r"\b(?:everything|it all|my (?:heart|chest|body|whole body)) (?:still |just )?hurts\b",
                       r"\bit (?:still )?hurts (?:so much|too much|so bad)\b")),
    ("too_much", (r"\b(?:everything|it|this|life) is (?:just |all |getting )?too much\b",
                  r"\bi am (?:\w+ )?struggling\b", r"\bit (?:keeps|kept|is still|still) happening\b")),
    ("keeps_coming_back", (
        r"\bi (?:keep|can not stop) thinking about (?:it|him|her|what happened|that night)\b",
        r"\bi (?:do not|can not) remember (?:what happened|anything)\b",
        r"\bevery time i (?:think about (?:it|him|her|that|what happened)|close my eyes|see (?:him|her|"
        r"them))\b",
    )),
    ("symptoms", (r"\b(?:nightmares|flashbacks|panic attacks?|keep crying|crying all)\b",)),
    # "help me understand the movement" is a question; "help me" alone, or needing someone, is not.
    ("asks_for_a_person", (
        r"\bi (?:really |just )?need (?:help(?! (?:with|finding|understanding|to (?:find|understand|"
        r"learn)))|someone|somebody|to talk)\b",
        r"\b(?:can|could) i talk to (?:someone|somebody|a person|a human|a real person)\b",
        r"^ (?:please |someone |somebody )help(?: me)?(?: please| now)? $",
        r"^ help (?:me|please|now)(?: please| now)? $",
    )),
    ("nobody_cares", (r"\b(?:no one|nobody) (?:really )?(?:cares|listens|understands)\b",)),
    # The body's alarm that does not switch off: shaking, replaying, not feeling like oneself.
    ("cannot_settle", (
        r"\bi (?:keep|can not stop|could not stop|have been|am still) (?:shaking|crying|panicking|"
        r"throwing up|replaying|reliving|seeing (?:his|her|their) face|having (?:nightmares|flashbacks))\b",
        r"\bi can not (?:calm down|relax|stop (?:replaying|reliving|panicking|seeing)|be around (?:men|"
        r"women|people|him|anyone)|feel safe|look at myself)\b",
        r"\b(?:not|out of) (?:even )?(?:in )?my (?:own )?body\b", r"\bnothing feels real\b",
        r"\bi (?:feel|am) (?:so )?(?:detached|disconnected|unreal)\b",
        r"\bi (?:do not|no longer) feel like (?:myself|me)\b",
        r"\bi am (?:not|barely) (?:coping|holding (?:it )?together|functioning)\b",
    )),
    ("wants_someone", (r"\bi (?:want|need|would like) to (?:talk|speak) to (?:someone|somebody|anyone|"
                       r"a person)\b(?! about (?:the|metoo|me too|history|movement|article))",)),
)

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
    r"courage)(?: \w+){0,3} touch\w* me\b|\b(?:it|that|this|you) (?:\w+ )?touch\w* me\b|"
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
    r"would) (?:i|you|we|people|someone|one))|is there|are there|can you|could you|define|explain)\b"
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
_STRONG_SELF = re.compile(r"\bme\b(?! ?too\b)|\bi (?:was|got|have been|had been)\b")


def framing_allows(name: str, norm: str, raw: str) -> bool:
    """Whether a match of pattern `name` counts, given who the message is about."""
    if name == "me_too_alone":
        return "#" not in raw
    if name in _NEED_FIRST_PERSON:
        return bool(_FIRST_PERSON.search(norm)) or not _ABOUT_OTHERS.search(norm)
    if name in _ACTS_ON_ME and _HYPOTHETICAL.search(norm):
        return False
    if name == "touched_me":
        return not _FIGURATIVE_TOUCH.search(norm)
    if name in _OWN_STORY:
        return _is_about_me(norm)
    return True


def _is_about_me(norm: str) -> bool:
    """Whether a message with a word for sexual violence is the person's own story, not a question."""
    if not _FIRST_PERSON.search(norm) or _NOT_MINE.search(norm):
        return False
    return not _QUESTION_START.search(norm) or bool(_STRONG_SELF.search(norm))
