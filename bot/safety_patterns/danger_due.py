"""Danger read in any clause of a message, and a threat due at a near time (issue 8, round 16).

Set 15 buried danger in a long message about homework ("quick question about the 19 million tweets for my
essay but actually my stepdad just came home and hes screaming that hes going to kill my mom, we're locked in
my room"): the study frame kept the classifier's danger alarm from counting and no pattern read a threat to
someone else in the house. It also tied threats to a time rather than a presence ("when the caseworker leaves
hes going to teach me a lesson. she leaves at 5"; "said if i tell anyone im dead. practice ends in 20 min").
These patterns are searched anywhere in the message, so a frame at its start does not silence them.
"""

from __future__ import annotations

from bot.safety_patterns.words import _compile

__all__ = ["DUE_DANGER"]

# Joking, games and stories: "he's yelling that he's going to kill my brother in mario kart lol".
_NOT_PLAY = (r"(?!.*\b(?:lol|lmao|haha\w*|jk|joking|kidding|game|games|mario|fortnite|minecraft|movie|"
             r"episode|book|novel|story|character|tv show|script)\b)")
# Anchored, so the look-ahead runs once per message, not at every position (a long message stays linear).
_START = "^" + _NOT_PLAY
_KIN = (r"(?:mom|mum|mother|mam|dad|father|sister|brother|sis|bro|baby|babies|kids|kid|children|son|"
        r"daughter|wife|girlfriend|gf|nan|gran|grandma|grandmother|family|dog|cat|little (?:sister|brother))")
# Said now, out loud: screaming that he is going to kill my mom. A threat reported as said is danger when it
# is shouted in the home; the idiom "my mom is going to kill me" has no verb of shouting and no relative.
_SHOUTED = r"(?:screaming|yelling|shouting|saying|threatening|swearing|raging)"
# A near time, counted down: "she leaves at 5", "practice ends in 20 min", "school ends in 15".
_COUNTDOWN = (r"\b(?:leaves|leave|ends|end|finishes|gets out|is over|lets out|closes|starts) "
              r"(?:at \d{1,2}\b|in (?:like |about |around )?\d+"
              r"(?: ?(?:min|mins|minutes|m|hours?|hrs?|h))?\b)")
# A threat of harm to the person, for when the time comes.
_THREAT = (r"\b(?:teach me a lesson|i am dead|i will be dead|i am done for|make me pay|make me regret|"
           r"(?:hurt|kill|beat|hit|punish) me|or (?:he|she|they) will|or else|you will regret|"
           r"i will regret)\b")

DUE_DANGER = _compile(
    # "hes screaming that hes going to kill my mom": a threat to someone at home, shouted now.
    ("threat_to_kin_now", (
        _START + rf".*?\b(?:is|are|keeps|kept|started|just) (?:\w+ )?{_SHOUTED} (?:that )?(?:he|she|they) "
        rf"(?:is|are|will|is going to|are going to|is gonna) (?:\w+ )?(?:kill|hurt|stab|shoot|beat|strangle|"
        rf"choke) (?:my|our|the) {_KIN}\b",
    )),
    # "we're locked in my room", "we locked ourselves in the bathroom": hiding together from someone.
    ("locked_in_together", (
        _START + r".*?\bwe (?:are |have )?(?:locked|barricaded|hiding|hid) (?:ourselves )?(?:in|inside) "
        r"(?:my|the|our|a|his|her|mom s|mum s) (?:bed ?room|room|bathroom|closet|wardrobe|basement|attic|"
        r"car)\b"
        r"(?!.*\b(?:escape room|by accident|accidentally|keys?|locksmith)\b)",
    )),
    # "a patient of mine says her ex is outside the clinic right now and she is terrified": danger to the
    # person a professional speaks of (round 15's test, lost to round 16's weights), when now or feared.
    ("reported_presence", (
        _START + r"(?=.*\b(?:right now|now|terrified|scared|afraid|frightened|threatening|angry|drunk)\b)"
        r".*?\b(?:patient|client|student|resident|pupil|service user|caller)s? (?:of mine )?(?:says|said|"
        r"tells me|told me|is saying|just told me) (?:that )?(?:her|his|their) (?:ex|husband|partner|"
        r"boyfriend|abuser|attacker|rapist|stepdad|stepfather|dad|father) is (?:\w+ )?(?:outside|here|"
        r"in the waiting room|at the (?:door|front desk|reception)|downstairs|in the lobby|in the car park|"
        r"in the parking lot)\b",
    )),
    # "when the caseworker leaves hes going to teach me a lesson. she leaves at 5": a threat and a countdown.
    ("threat_due_at_time", (
        _START + rf"(?=.*{_THREAT})(?=.*{_COUNTDOWN})(?=.*\b(?:said|says|told me|tells me|texted|warned|"
        rf"threatened|he is going to|she is going to|they are going to)\b)",
    )),
)
