"""Words of a crisis in play, joy, hyperbole or a remark about the chat (issue 8, round 19).

Sets 17 to 19 left out, the classifier raised an alarm on ordinary messages of four general kinds that no
frame held back:
- a joyful or expected arrival: "he's coming over tonight!!! first date in a year, what do i wear", "he's
  here!! my nephew was born at 3am", "my brother is outside, he's picking me up for the concert" (danger);
- confinement in play: "my little brother won't let me leave the living room until we finish his lego
  castle", "i'm hiding from my sister because i ate her last cookie", "i'm trapped in a meeting that could
  have been an email" (danger);
- hyperbole with an everyday object: "i'm going to murder this exam tomorrow", "i'm going to jump in the pool
  the second i get home", "this placement is killing me", "i want to disappear from this zoom call"
  (self-harm);
- a remark to the bot about the chat, its replies or the call: "no thanks, i don't want to call anyone, i
  just wanted the date of the tweet", "is this private? ... i'm researching this for the debate", "i forgot
  to say thank you last time, so thank you", "i'm fine with the content note, you can skip it" (self-harm).
On such a message the classifier's alarms do not count (bot.safety_patterns.framing); a pattern hit always
stands. Each frame is held back by any word of fear, threat, harm, hiding the chat, a plea or hopelessness
in the same message, so "he's coming over tonight and i'm scared" and "is this private? he checks my phone"
stay the classifier's to read.
"""

from __future__ import annotations

import re

__all__ = ["in_play"]

# On normalised text (bot.safety.normalise: apostrophes gone, "im" -> "i am", "won't" -> "will not").
# A happy or planned occasion the arrival is for.
_JOYFUL_ARRIVAL = re.compile(
    r"^(?=.*\b(?:(?:he|she|they) is|(?:he|she|they) are|(?:he|she|they) will be|hes|shes|my \w+ is) "
    r"(?:\w+ )?(?:here|coming|outside|on (?:his|her|their) way|back)\b)"
    r"(?=.*\b(?:first date|date night|so excited|excited|can not wait|cannot wait|what (?:do|should) i wear|"
    r"was born|is born|baby is here|flight (?:just )?(?:landed|lands|got in)|just landed|"
    r"picking (?:me|us) up|pick (?:me|us) up|for (?:the|a|our) (?:concert|gig|wedding)|mowing|lawn|"
    r"leaf blower|with (?:the|my) (?:groceries|shopping))\b)"
)
# Held "captive" by a trifle: a game, a chore, a meeting, a child's castle, a pet, a sibling's cookie. The
# one who holds the person is a child, a sibling, a friend or a pet, or what they cannot leave is a meeting or
# a chat; an adult relative or a partner keeping the person in is never read as play here.
_PLAYMATE = (r"(?:(?:little|baby|younger|big|older|twin|kid) )?(?:brother|sister|sibling|cousin|kid|kids|son|"
             r"daughter|toddler|nephew|niece|dog|cat|puppy|kitten|friends?|mates|roommate|flatmate|bestie)")
_CONFINED_IN_PLAY = re.compile(
    rf"^(?=.*\bmy (?:\w+ )?{_PLAYMATE} (?:\w+ ){{0,2}}?(?:will not|would not|wont|does not|did not) let me "
    r"(?:leave|go|out)\b)"
    r"(?=.*\b(?:until we finish|lego|game|board game|monopoly|dishes|homework|movie|film|episode|howls|barks|"
    r"walkies|tickl\w*|pillow fort|lol)\b)|"
    r"\b(?:will not|would not|wont) let me leave (?:\w+ ){0,2}?(?:the )?(?:zoom|meeting|group chat|server|"
    r"lobby|discord)\b|"
    r"\btrapped in (?:a|the|this|another) (?:\w+ )?(?:meeting|zoom|lecture|class|queue|traffic|call)\b|"
    rf"\bhiding from my (?:\w+ )?{_PLAYMATE} because i (?:ate|broke|spoiled|spoilt|borrowed|lost|forgot|"
    r"finished|used)\b"
)
# Hyperbole with an everyday object: the harm word is aimed at an exam, a pool, a call, a shift.
_EVERYDAY_HYPERBOLE = re.compile(
    r"\b(?:murder|kill|crush|smash|destroy|ace|nail) (?:this|that|the|my) (?:\w+ )?(?:exam|test|quiz|"
    r"interview|presentation|audition|workout|race|match|game|essay|assignment|set|shift)\b|"
    r"\bjump (?:in|into) (?:the|my) (?:pool|shower|bath|hot tub|car|bed|sea for a swim)\b|"
    r"\b(?:placement|shift|shifts|course|module|degree|thesis|dissertation|marking|revision|workload|"
    r"rota|commute|week|semester|term|project|training|diet) (?:\w+ ){0,2}(?:is|are|was) (?:literally |"
    r"actually |honestly )?(?:killing me|the death of me)\b|"
    r"\b(?:disappear|vanish) (?:from|off) (?:this|the|my) (?:zoom|call|meeting|group chat|class|lecture|"
    r"party|planet for a bit)\b|"
    r"\bscared to death of (?:my|the|a|spiders|heights|flying|driving|public speaking)\b|"
    r"\brather die than (?:watch|sit through|listen to|eat|wear|read|sing)\b|"
    # A lark: "lol what if i just skipped class. jk. kinda" (round 19's retrained weights read self-harm).
    r"\bwhat if i (?:just )?(?:skipped|skip|ditched|ditch|bunked|bunk|bailed on) (?:class|school|work|gym|"
    r"the gym|practice|the lecture|lectures|uni|college|homework)\b|"
    # Round 20: "my neighbour's playing drums at midnight again, i'm gonna lose my mind", "got stabbed by a
    # rose thorn gardening", and a character's death in a play or a novel ("in romeo and juliet why does
    # juliet stab herself"): set 20's figures of speech and fiction, read as self-harm.
    # "i feel like i'm losing my mind" is distress: only a mind about to be lost over a trifle is a figure.
    r"\b(?:going to|about to|will) lose my mind\b|"
    r"\b(?:stabbed|pricked|poked|cut) (?:\w+ )?by (?:a|the|my) (?:\w+ )?(?:thorn|thorns|cactus|splinter|"
    r"needle|pencil|fork|staple|rose bush|bramble|kitten|cat)\b|"
    r"^(?=.*\b(?:romeo and juliet|hamlet|macbeth|othello|shakespeare|the play|the novel|the book|the "
    r"character|act \w+ scene)\b).*\bwhy (?:does|did|would) \w+ (?:stab|kill|poison|drown|hang|shoot) "
    r"(?:herself|himself|themselves)\b"
)
# A remark about the chat, its replies or the call, with an everyday purpose: information, research,
# curiosity, thanks, the content note or the number as a matter of form.
_ABOUT_THE_CHAT = re.compile(
    r"\bcontent (?:note|notes|warning|warnings)\b|\btrigger warnings? (?:every|each)\b|"
    r"\b(?:leave|skip|drop) (?:off |out )?(?:the )?(?:hotline|number|note|warning|disclaimer)\b|"
    r"\b(?:i|we) (?:just|only) (?:wanted|want|needed|need|asked for|wanted to know|want to know) (?:the|a|"
    r"what|when|who|which|how many) (?:\w+ )?(?:date|year|tweet|tweets|article|articles|name|number|"
    r"figure|quote|source|link|info|information|answer|summary|fact|facts|essay|founder|movement|hashtag)\b|"
    r"\b(?:i am|im) (?:only|just) (?:doing research|researching|curious|reading up|browsing)\b|"
    r"\b(?:ok|okay|fine) just (?:reading up|browsing|researching|doing research|curious)\b|"
    r"\b(?:researching|research) (?:this|it) for (?:the|a|my|our) (?:debate|essay|class|project|paper|"
    r"assignment|talk|presentation|seminar)\b|"
    r"\bsorry (?:for|about) (?:all )?(?:the|my|so many) (?:questions|typos|spelling|messages)\b|"
    r"\bsorry if i (?:repeat|repeated) myself\b|\bsignals? (?:is )?(?:bad|terrible|awful|rubbish|patchy)\b|"
    r"\b(?:forgot|forget) to say thank(?:s| you)\b|\bso thank you\b"
)
# Anything of a real crisis keeps the message the classifier's, whatever the frame.
_NOT_IN_PLAY = re.compile(
    r"\b(?:scared|afraid|terrified|frightened|panic\w*|threat\w*|hurt\w*|hit|hitting|hits|beat\w*|kill "
    r"me|(?:kill|hurt|harm|cut|end|hang|drown|starve|burn) myself|"
    r"gun|knife|knives|weapon|drunk|high|angry|mad at me|yelling|screaming|banging|"
    r"kicking|break\w* in|forc\w*|grab\w*|chok\w*|touch\w*|grop\w*|rap(?:e|ed|ing|ist)|assault\w*|abus\w*|"
    r"molest\w*|harass\w*|naked|help|911|988|police|cops|unsafe|not safe|locked|lock|ex|abuser|stalk\w*|"
    r"follow\w*|watching me|sees? this|see my phone|checks? my phone|delete|erase|clear the chat|"
    r"find out|finds out|he is reading|she is reading|again and again|won t stop|will not stop|"
    r"anymore|pointless|no point|hopeless|worthless|alone|lonely|give up|giving up|goodbye|bye|forever|"
    r"last time i|die|dying|dead|end it|suicid\w*|overdos\w*|pills|rope|bridge|roof|ledge|upset|crying|"
    r"cry|shaking|can not breathe|nightmares?|flashbacks?|trigger\w*|happened to me|did to me|"
    r"tracks|platform|"
    r"(?:next|other) room|can not call|will not leave|would not leave|refus\w*|waiting for me|keys|"
    r"took my)\b"
)


def in_play(norm: str) -> bool:
    """Whether the crisis words here are an arrival for a happy occasion, confinement in play, hyperbole
    with an everyday object or a remark about the chat, with nothing of a real crisis beside them."""
    frames = (_JOYFUL_ARRIVAL, _CONFINED_IN_PLAY, _EVERYDAY_HYPERBOLE, _ABOUT_THE_CHAT)
    return any(frame.search(norm) for frame in frames) and not _NOT_IN_PLAY.search(norm)
