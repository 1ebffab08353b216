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

__all__ = ["HELD", "hyperbole", "without_idioms"]

# The patterns an idiom holds back (a disclosure's or danger's patterns are never held here).
HELD = frozenset({"wants_to_die", "death_near_me", "i_feel_bad", "not_coping", "hopeless_end", "symptoms"})

_LAUGH = r"(?:lol|lmao|lmfao|haha\w*|hehe\w*|rofl|xd|jk|just kidding|not really)"
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
    r"\bdie on (?:this|that) hill\b|\bflashbacks? to (?:\d{4}|the \d{2,4}s|(?:\w+ ){0,2}fashion)\b|"
    r"\bthe only (?:thing|one) (?:suffering|dying|hurting|in pain|crying)(?: here)? (?:is|was) (?:my|the)\b|"
    # Leaving a call or a room by wishing to disappear: "i want to disappear from this zoom call".
    r"\bdisappear from (?:this|the|that) (?:zoom |teams |video )?(?:call|meeting|class|lecture|chat|"
    r"group chat|party|convo|conversation|room)\b|"
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
