"""The patterns for distress without a named danger (`DISTRESS`)."""

from __future__ import annotations

from bot.safety_patterns.fragments import FRAGMENT_DISTRESS
from bot.safety_patterns.in_few_words import FEW_WORDS_DISTRESS
from bot.safety_patterns.practical import PRACTICAL_DISTRESS
from bot.safety_patterns.words import _compile

__all__ = ["DISTRESS"]

# Distress without a named danger: fear, shame, not coping, not knowing who to tell.
DISTRESS = _compile(
    # "i am afraid i do not understand" is politeness, not fear.
    ("i_feel_bad", (
        r"\bi (?:am|feel|felt|have been|keep feeling|was) (?:so |really |just |very |always |too |"
        r"completely |totally |like |a )*(?:scared(?! to (?:click|ask|read|look|open|search|watch|post|"
        r"share|talk about the|google)\b)|shaking|trembling|afraid(?! (?:i|that|so|not)\b)|"
        r"terrified|frightened|alone|lonely|ashamed|dirty|disgusting|worthless|broken|numb|hopeless|"
        r"helpless|overwhelmed|depressed|violated|panicking|empty|destroyed|devastated|miserable|used|"
        # "sick of people saying...", "scared to click on the hashtag": annoyance and hesitation, not distress
        r"unsafe|trapped|sick(?! of (?!(?:feeling|being|everything|it all|life|myself|living)\b))|gross|"
        r"nauseous|anxious|paranoid|on edge|exhausted|drained|humiliated|guilty|"
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
    # Round 9: distress told by its effects: losing time, freezing up when close to someone, being set off by
    # a song, a smell or television, and a hurt that lasts years.
    ("told_by_effects", (
        r"\b(?:zone|zoning|space|spacing|black|blacking) out\b.*\blos(?:e|ing|t) (?:whole |entire )?(?:hours|"
        r"days|time)\b(?!.*\b(?:lol|lmao|game|gaming|tiktok|youtube|reddit|scrolling|netflix|book)\b)",
        r"\bi (?:keep )?dissociat\w*\b",
        r"\b(?:intimate|sex|touched|hugged|kissed|close to (?:me|anyone|him|her))\b.*\bi (?:just |always |"
        r"completely )?(?:freeze|froze|lock) up\b",
        r"\b(?:i|me) (?:\w+ ){0,3}?(?:get|got|getting|am|was|feel|keep getting) triggered\b|"
        r"\btriggered (?:af|so bad|again)\b|\b(?:tired of|sick of|keep|always|still) getting triggered\b",
        r"\bstill (?:makes?|made) me (?:\w+ )?(?:panic|freeze|shake|flinch)\b",
        # Years on, not a sprain: "it was years ago so why does it still hurt this much".
        r"\byears\b.*\bwhy does it still hurt\b|\bwhy does it still hurt\b.*\byears\b",
        r"\b(?:song|songs|smell|cologne|perfume|aftershave|voice)\b(?: \w+){0,5}? reminds? me (?:somehow|of "
        r"(?:that night|what happened))\b",
    )),
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
    # Round 6 (round 5's blind set): shaken in a word or two ("shaking"), and the news that floors the person
    # ("the news about that actor today wrecked me. had to leave work early").
    ("shaken", (
        r"^ (?:i am )?(?:still )?(?:shaking|trembling|numb|can not stop shaking)(?: again| so much|"
        r" right now| all over)? $",
        r"\b(?:news|article|verdict|trial|story|headline|headlines|documentary|hashtag|posts?|interview|"
        r"hearing|case)\b(?: \w+){0,6}? (?:wrecked|destroyed|broke|gutted|shattered|floored|undid|wiped) me\b"
        r"(?! (?:lol|lmao|haha\w*)\b)",
    )),
    ("wants_someone", (r"\bi (?:want|need|would like) to (?:talk|speak) to (?:someone|somebody|anyone|"
                       r"a person)\b(?! about (?:the|metoo|me too|history|movement|article))",)),
) + FEW_WORDS_DISTRESS + FRAGMENT_DISTRESS + PRACTICAL_DISTRESS
