"""Disclosure patterns for what was done to the person, and where and how it happened."""

from __future__ import annotations

from bot.safety_patterns.words import _ACT, _BODY, _GAP, _HARMED, _MEDIA, _WHO, Named

__all__ = ["WHAT_AND_HOW"]

# Read in this order, first in `DISCLOSURE` (bot.safety_patterns.disclosure).
WHAT_AND_HOW: Named = (
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
    # Round 24: "can not feel my legs" (after leg day, in the cold) is numbness, not a touch.
    ("touched_my_body", (rf"\b(?:touch|grab|grop|fondl|squeez|rubb?|slapp?|"
                         rf"(?<!not )(?<!barely )fe(?:el|lt)|kiss|"
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
        # Round 21: "my" names a person here, not the body ("woke up with my jaw aching").
        r"\bwoke up (?:and|with|to|next to) (?:he|him|someone|somebody|a man|a guy|"
        r"my (?!(?:jaw|head|neck|back|arms?|legs?|hands?|feet|foot|face|eyes?|throat|stomach|teeth|tooth|"
        r"mouth|nose|ears?|shoulders?|knees?|hips?|body|muscles?|phone|alarm|cat|dog|puppy|kitten)\b)\w+)\b",
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
    # Round 11: a first disclosure in Spanish words ("mi tio me tocaba"), accents stripped by normalise.
    ("in_spanish", (
        r"\bme (?:tocaba|tocaban|toco|tocaron|violo|violaron|violaba|abuso|abusaba|abusaron|manoseaba|"
        r"manoseo|manosearon|forzo|forzaron|acosaba|acoso)\b|\b(?:abuso|abusaba|abusaron) de mi\b",
    )),
    # Round 11: pictures asked for by an adult in charge ("my teacher asked me to send him pictures").
    ("pictures_asked", (
        r"\b(?:teacher|coach|tutor|priest|pastor|youth (?:group )?leader|boss|manager|stepdad|stepfather|"
        r"uncle|older (?:guy|man|boy)|grown man)\b(?: \w+){0,4}? (?:asked|asks|asking|keeps asking|"
        r"kept asking|begged|begging|pressured|pressuring) me (?:to send (?:him|her|them)|for) (?:\w+ )?"
        r"(?:pics|pictures|photos|selfies|nudes|videos)\b(?! of (?:the|my|our|your) (?:project|homework|work|"
        r"essay|art\w*|assignment|dog|cat|garden|house|room|car|trip))",
    )),
)
