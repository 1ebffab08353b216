"""The disclosure patterns (`DISCLOSURE`): those of disclosure_acts, then how survivors speak of it."""

from __future__ import annotations

from bot.safety_patterns.child_told import CHILD_TOLD
from bot.safety_patterns.disclosure_acts import WHAT_AND_HOW
from bot.safety_patterns.fragments import FRAGMENT_DISCLOSURE
from bot.safety_patterns.in_few_words import FEW_WORDS_DISCLOSURE
from bot.safety_patterns.practical import PRACTICAL_DISCLOSURE
from bot.safety_patterns.words import (
    _BODY,
    _COERCION_CUE,
    _HARMED,
    _HISTORY_WORDS,
    _MEDIA,
    _PEOPLE,
    _SELF,
    _SEXUAL_CUE,
    _SOMEONE,
    _all,
    _compile,
)

__all__ = ["DISCLOSURE"]

# Disclosures: sexual violence or harassment happened to the person, in any words.
DISCLOSURE = _compile(
    # --- What was done, and where and how: see bot.safety_patterns.disclosure_acts ---
    *WHAT_AND_HOW,
    # --- How survivors speak of it: naming it, consent, secrecy, telling, me too ---
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
        # An age has one or two digits: "a timeline of metoo from 2019 to 2023" spans years (round 21).
        r"\bfrom (?:age |the age of |when i was )?\d{1,2} (?:to|until|till) \d{1,2}\b",
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
        # Round 9: not "i told her no it was older than that", disagreeing about the movement.
        r"\bi (?:said|say|kept saying|was saying|told (?:him|her|them)) (?:no|stop)\b(?! (?:it|its|that|this|"
        r"the|metoo|me too|way|you are|she is|he is) )",
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
        r"^ (?:(?:yes|yeah|same|same here|sadly|honestly|also) )*me ?(?:too|to) "
        rf"(?:(?!(?:{_HISTORY_WORDS})\b)\w+ )*?"
        r"(?:i|my|me|mine|myself|he|she|they|it was|it happened|happened|as a (?:kid|child|teen|teenager|"
        r"girl|boy)|years ago|at (?:age )?\d+|age \d+|at work|at school|in (?:college|school|high school)|"
        # Round 21: "me too, 2008, youth pastor. never said it out loud before": never told, after "me too".
        r"never (?:said|told|say|tell|spoke|talked))\b",
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
    # Round 9: someone's disclosure told to the bot by the person they told, naming who did it: "my sister
    # just told me her ex raped her last year", "my friend says her professor pressured her into sleeping
    # with him". The support reply suits a supporter too; "told me she was assaulted" names nobody and stays
    # a question of how to help.
    ("told_me_who_did_it", (
        # Round 13: "told me last night that her grandpa touches her": a when between, then "that".
        rf"\b(?:told me|tells me|says|said|confided|admitted|texted me|messaged me) "
        rf"(?:(?:\w+ ){{0,3}}?that )?(?:her|his|their) (?:\w+ )?{_PEOPLE} (?:\w+ ){{0,2}}?(?:(?:raped|rapes|"
        rf"assaulted|molested|molests|abused|abuses|groped|drugged|spiked|touched|touches) "
        rf"(?:her|him|them)\b|(?:pressured|pressures|forced|forces|coerced) (?:her|him|them) (?:into|to) "
        rf"(?:sleep\w*|sex|have sex|send\w*|do (?:stuff|things|sexual)|\w+ sexual|undress\w*|kiss\w*))",
    )),
    # Round 13: abuse of a dependent told by the relative who just learned of it ("the home carer who looked
    # after my disabled sister has been abusing her. she just told me"); the news, a book or a film is not.
    ("dependent_told_me", (
        _all(r"\b(?:has|have|had) been (?:\w+ )?(?:abusing|molesting|raping|touching|grooming|assaulting|"
             r"sexually \w+) (?:her|him|them|my \w+)\b",
             r"\b(?:told me|found out|confided|disclosed|admitted|just learned|let me know)\b")
        + r"(?!.*\b(?:article|movement|hashtag|weinstein|metoo|me too|documentary|news|book|show|film|movie|"
        r"series|podcast|story about)\b)",
    )),
    # Last resort: a word for sexual violence in a message about oneself, in wording no pattern above
    # foresaw ("rape at 14 by my coach"). framing_allows keeps questions and other people's stories out.
    ("personal_and_violence", (
        r"\b(?:rape|raped|raping|rapist|molest\w*|sexually (?:assault|abus|harass|exploit)\w*|sexual "
        r"(?:assault|abuse|harassment|violence|coercion|exploitation)|assault|assaulted|abuse|abused|incest|"
        r"groped|groomed|grooming|trafficked|inappropriately|non consensual|nonconsensual|harassment)\b",
    )),
) + CHILD_TOLD + FEW_WORDS_DISCLOSURE + PRACTICAL_DISCLOSURE + FRAGMENT_DISCLOSURE
