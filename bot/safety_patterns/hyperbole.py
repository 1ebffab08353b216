"""Everyday hyperbole and idioms that use a crisis's words: read only to hold back what only looks like a
crisis (the patterns named in `HELD` and the classifier's alarms), never to name a concern.

Round 23: out of fold, leaving one blind round out at a time, a third of the false alarms on the round sets'
ordinary messages were idioms the frames did not know yet: joy or a laugh said with a crisis's words ("im
shaking, we just won in overtime", "laughing so hard i cant breathe", "this song slaps so hard im dead 💀"),
a thing or a plant that dies ("all my houseplants are dying", "my basil is dead again, serial plant
killer"), a break-up or a contract ended ("going to end it with my boyfriend tonight", "end it with
vodafone"), a small quarrel ("im going to end him", "i could murder a burger"), boredom ("id rather die than
sit through that meeting again"), a hill to die on, a fashion flashback, a pain with its everyday cause
("pain in my back from sitting all day", "the cover up will hurt like hell"). Each is written as a kind, not
a sentence, and none counts when the writer also speaks of their own crisis (`framing._OWN_CRISIS`) or of
someone who hurt them.
"""

from __future__ import annotations

import re

__all__ = ["HELD", "hyperbole", "self_idiom_only", "without_idioms"]

# The patterns an idiom holds back (a disclosure's or danger's patterns are never held here).
HELD = frozenset({"wants_to_die", "death_near_me", "i_feel_bad", "not_coping", "hopeless_end", "symptoms"})

_LAUGH = r"(?:lol|lmao|lmfao|haha\w*|hehe\w*|rofl|xd|jk|just kidding|not really)"
# Schoolwork and everyday annoyances a "kms" is said over (round 24).
_CHORE = (r"(?:homework|hw|exam|exams|test|tests|quiz|essay|essays|assignment|assignments|class|lecture|calc|"
          r"calculus|algebra|math|maths|chem|chemistry|physics|bio|biology|stats|coursework|revision|finals|"
          r"midterms?|lab|labs|report|paper|project|group project|presentation|deadline|wifi|traffic|commute|"
          r"shift|meeting|monday|mondays|printer|level|boss fight|game|alarm|laundry|chores|taxes)")
# Round 24: shorthand hyperbole over schoolwork or a daily annoyance ("kms this calc homework", spelled out by
# normalise as "kill myself"), only at the start of the message, so "i want to kms" stays whole; and an own
# goal said as a shot ("shot myself in the foot by not studying"). A person is never the object here ("kms
# because of my boss" may be about harassment).
_SELF_IDIOMS = (
    r"^ (?:(?:ugh|omg|literally|lol|lmao|bruh|bro|honestly|actually|fr|ok|okay|no but|i swear) )*"
    r"kill myself (?:(?:over|because of|with|at|before|after|during) )?(?:(?:this|these|that|those|my|the|"
    rf"tomorrows|todays) )?(?:\w+ ){{0,2}}?{_CHORE}\b|"
    r"\b(?:shot|shoot|shooting|shoots) (?:myself|yourself|ourselves) in the (?:foot|feet)\b"
)
_SELF_IDIOM = re.compile(_SELF_IDIOMS)
# What keeps a "kms" or "shot myself" idiom from holding back harm_myself: another word of the writer's own
# harm in the rest of the message.
_OWN_HARM_LEFT = re.compile(
    r"\b(?:myself|my (?:own )?life|wrists?|cutting|cut|pills|tablets|meds|overdose|rope|noose|relapsed|"
    r"suicid\w*|die|dead|end it|not joking|not kidding|seriously|for real)\b"
)
_HYPERBOLE = re.compile(
    # Joy said with fear's or distress's words: "im shaking, we just won", "crying, she said yes".
    r"\b(?:shaking|trembling|crying|screaming|sobbing)\b(?: \w+){0,5} (?:we |they |i |she |he )?(?:just )?"
    r"(?:won|win|winning|championship|overtime|final whistle|scored|so happy|engaged|proposed|said yes|"
    r"got the job|passed|promoted|concert|tickets)\b|"
    r"\b(?:won|win|winning|championship|overtime|engaged|proposed|said yes|got the job|passed|promoted|"
    r"scored)\b(?: \w+){0,8} (?:shaking|trembling|crying|screaming|sobbing)\b"
    r"(?!(?: \w+){0,3} (?:can not|could not) stop)|"
    # A laugh said as breathlessness or death: "laughing so hard i cant breathe", "im dead lol".
    rf"\b(?:laughing|laughed|funny|hilarious|meme|{_LAUGH})\b.*\b(?:can not|could not) breathe\b|"
    rf"\b(?:can not|could not) breathe\b.*\b(?:laughing|funny|hilarious|meme|{_LAUGH})\b|"
    rf"^ (?:\w+ ){{0,6}}i am (?:so |literally |actually )?(?:dead|dying|deceased)(?: {_LAUGH})+ $|"
    rf"\bhad me (?:so |literally )?(?:dead|dying|deceased|screaming|crying)(?: {_LAUGH})+\b|"
    r"\b(?:slaps|banger|funniest|hilarious|too funny|so funny) (?:\w+ ){0,4}i am (?:so |literally )?"
    r"(?:dead|dying|deceased)\b|"
    rf"\bi am (?:so |literally )?dead inside\b(?=.*\b(?:{_LAUGH}|exam|exams|test|revision|revised|monday|"
    r"work|shift|meeting|finals)\b)|"
    # Things and plants that die: "all my houseplants are dying", "my basil is dead again".
    r"\b(?:houseplants?|plants?|basil|herbs?|succulents?|cactus|cacti|orchids?|tomatoes|tomato plants?|"
    r"flowers?|lawn|grass|garden|sourdough starter|tamagotchi|fish tank)\b (?:\w+ ){0,3}"
    r"(?:is|are|keeps?|keep) (?:\w+ )?(?:dying|dead|died|die)\b|\b(?:serial )?plant killer\b|"
    # A break-up or a contract ended: "going to end it with my boyfriend", "end it with vodafone".
    r"\bend (?:it|things) with (?:my |him\b|her\b|them\b)(?:(?:boyfriend|girlfriend|bf|gf|partner|husband|"
    r"wife|fiance|fiancee|situationship|ex)\b)?(?!.*\b(?:myself|pills|rope|knife|gun|life|forever)\b)|"
    r"\bend (?:it|things) with (?:vodafone|verizon|at t|sky|virgin|my (?:phone|mobile|internet|gym|"
    r"broadband|energy) (?:company|provider|contract|plan|membership))\b|"
    r"\bend my (?:gym |phone |netflix |spotify )?(?:membership|contract|subscription|lease|plan)\b|"
    # A small quarrel or a craving: "im going to end him", "i could murder a burger".
    r"\bi am (?:going to|gonna) end (?:him|her|them|my (?:brother|sister|roommate|flatmate|cousin))\b"
    r"(?!.*\b(?:myself|me)\b)|"
    r"\b(?:could|would) (?:murder|kill|destroy) (?:a|an|some) (?:burger|pizza|pint|drink|coffee|curry|kebab|"
    r"beer|snack|sandwich|chippy|takeaway|nap|cuppa|tea)\b|"
    # Boredom, a strong opinion, fashion: "id rather die than sit through that meeting", "die on this hill".
    r"\brather die than (?:watch|sit through|listen to|eat|wear|go to|attend|do|read|hear|play|take) "
    r"(?:\w+ ){0,4}(?:episode|show|series|movie|film|meeting|class|lecture|song|album|game|match|"
    r"olives|pineapple|crocs|homework|exam|maths|math|presentation|karaoke|again)\b|"
    # Round 24: an errand or an outing dreaded, "id rather die than go to the dentist lol".
    r"\brather die than (?:go|going|be|sit|wait) (?:to |at |in |through )?(?:the |a |an |my |this |that )?"
    # Not school or work: "id rather die than go to school" may be a bullied child's own words.
    r"(?:\w+ )?(?:dentist|doctor|doctors|gym|dmv|bank|party|wedding|brunch|dinner|lunch|"
    r"reunion|mall|ikea|mass|church|seminar|standup|call|queue|line|traffic|airport|hairdresser|"
    r"barber|orthodontist|optician|post office|supermarket|store|shop|shopping)\b|"
    r"\bdie on (?:this|that) hill\b|\bflashbacks? to (?:\d{4}|the \d{2,4}s|(?:\w+ ){0,2}fashion)\b|"
    r"\bthe only (?:thing|one) (?:suffering|dying|hurting|in pain|crying)(?: here)? (?:is|was) (?:my|the)\b|"
    # Leaving a call or a room by wishing to disappear: "i want to disappear from this zoom call".
    r"\bdisappear from (?:this|the|that) (?:zoom |teams |video )?(?:call|meeting|class|lecture|chat|"
    r"group chat|party|convo|conversation|room)\b|"
    # Round 24: "kms this calc homework", "shot myself in the foot" (see _SELF_IDIOMS).
    + _SELF_IDIOMS + "|"
    # Sleep or the body after a long day or a workout: "so tired i could sleep for a week", "cant feel my
    # legs after leg day".
    r"\bcould (?:sleep|nap) for (?:a |an |like a |like |\d+ )?(?:week|weeks|year|years|month|months|days|"
    r"century|decade|eternity|ever)\b|"
    r"^(?=.*\b(?:can not|could not|can barely|could barely) (?:feel|move|walk on|lift) my (?:legs|arms|feet|"
    r"hands|fingers|toes|face|butt|glutes|calves|quads|abs|core|thighs)\b)(?=.*\b(?:leg day|arm day|gym|"
    r"workout|squats?|deadlifts?|lunges|marathon|half marathon|hike|hiking|spin class|pilates|crossfit|"
    r"personal trainer|trainer|run|ran|cycling|skiing|snowboarding|climbing|dentist|novocaine|numbing|"
    r"anaesthetic|anesthetic|freezing|snow|cold outside)\b)|"
    # Worn out said as dead or done: "dead tired", "my feet are dead", "im so done with this semester".
    r"\bdead tired\b|\bmy (?:feet|legs|arms|back|brain|eyes|thumbs) (?:are|is|feel|feels) (?:so |literally )?"
    r"(?:dead|fried|destroyed|killing me)\b|\bbrain is (?:so |literally )?fried\b|"
    r"\bi am (?:so |just |literally )?done with (?:this|the|my) (?:\w+ )?(?:semester|term|project|module|"
    r"course|shift|week|month|weather|traffic|printer|game|season|assignment|essay|homework|group chat)\b|"
    r"\bdrowning in (?:\w+ )?(?:planning|admin|chores|paperwork|marking|emails|laundry|work|deadlines)\b|"
    # A whole message that only greets, thanks or acknowledges: "good morning :)", "ok got it", "lol ok".
    rf"^ (?:(?:ok|okay|k|kk|cool|nice|great|got it|gotcha|thanks|thank you|thx|ty|good (?:morning|night|"
    rf"afternoon|evening)|morning|hi|hello|hey|yo|sure|alright|np|no worries|{_LAUGH}|lmao i am screaming|"
    r"i am screaming) )+$|"
    # A pain with its everyday cause: "pain in my back from sitting all day", "the tattoo will hurt".
    r"\b(?:pain|ache|aching|sore|hurts?) (?:\w+ ){0,4}from (?:sitting|standing|typing|lifting|running|"
    r"the gym|gaming|reading|studying|working|my desk|my chair|the chair|hiking|gardening|cycling)\b|"
    r"\b(?:tattoo|cover up|piercing|waxing|wax|injection|jab|vaccine|booster|filling|braces|root canal|"
    r"eyebrow threading|laser)\b.*\b(?:hurt|hurts|hurting|sting|stings|pain|painful)\b"
)
# Someone who hurt the writer, or a trigger, keeps an idiom's words whole.
_HURT_BY_SOMEONE = re.compile(
    r"\b(?:he|she|they|him|her|them|someone|somebody|my ex|boyfriend|girlfriend|husband|partner|dad|uncle|"
    r"stepdad) (?:\w+ ){0,3}(?:hit|hits|hurt|hurts|beat|beats|choked|raped|touched|forced|grabbed|threatened|"
    r"attacked|assaulted|abused)\b|\b(?:since|after) (?:it|that) happened\b|\btrigger\w*\b|"
    r"\bif (?:he|she|they) (?:sees|finds|catches|hears|reads)\b"
)


def hyperbole(norm: str) -> bool:
    """Whether the normalised message uses a crisis's words as an everyday idiom or hyperbole (the caller
    keeps the writer's own crisis out of it)."""
    return _HYPERBOLE.search(norm) is not None and not _HURT_BY_SOMEONE.search(norm)


def without_idioms(norm: str) -> str:
    """The normalised message with its idioms taken out, to look for the writer's own crisis in the rest
    ("im going to end it with my boyfriend tonight" is not "im going to end it")."""
    return _HYPERBOLE.sub(" ", norm)


def self_idiom_only(norm: str) -> bool:
    """Whether the only harm to the writer in the normalised message is an idiom ("kms this calc homework",
    "shot myself in the foot"): then the harm_myself pattern is held back (round 24)."""
    if not _SELF_IDIOM.search(norm) or _HURT_BY_SOMEONE.search(norm):
        return False
    return not _OWN_HARM_LEFT.search(without_idioms(norm))
