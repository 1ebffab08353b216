"""Self-harm said plainly, in few words or as a joke (issue 8, round 17).

Set 16 asked for a means without a word of dying ("how high does a balcony need to be", "what amount of
insulin would be too much. my gran's is in the fridge"), told a plan as a joke ("ha ha funny joke i'll just go
under in the bath tonight, that'll show them"), and, like set 15, used the chat abbreviations ("having really
bad si tonight", "sh relapse", "thinking about unaliving"). Each pattern holds back on the everyday reason the
same words have: a railing or a building rule, a dose for a toothache or a pet, a bath recipe, "si" in Spanish
or as a name, "sh" as a hush.
"""

from __future__ import annotations

from bot.safety_patterns.words import _compile

__all__ = ["SAID_PLAINLY"]

# A height asked for with nothing built, kept or made safe: the railing question is a building rule.
_HEIGHT_THING = (r"(?:balcony|bridge|building|roof|rooftop|window|ledge|cliff|car park|parking garage|"
                 r"multi ?storey|tower|overpass|floor|storey|story)")
_BUILDING_RULE = (r"(?!.*\b(?:railings?|balustrade|guard ?rails?|handrails?|barrier|regs|regulations?|code|"
                  r"codes|permit|planning|council|extension|architect|builder|contractor|insurance|kids|child|"
                  r"children|toddler|dog|cat|pet|plants?|satellite|antenna|signal|wifi|drone|view|sunlight|"
                  r"clearance|truck|van|lorry|bus|ladder|scaffold\w*|paint\w*|clean\w*|fireworks?|photo\w*|"
                  r"essay|homework|class|physics|exam|worksheet|quiz|project|bungee|dive|diving|pool)\b)")
# A medicine or drug "too much" of, with it at hand: someone's supply in the fridge, the cupboard, my bag.
_MEDICINE = (r"(?:insulin|pills|tablets|paracetamol|acetaminophen|tylenol|ibuprofen|aspirin|sleeping pills|"
             r"sleeping tablets|antidepressants|meds|medication|medicine|painkillers|opioids|oxy\w*|morphine|"
             r"fentanyl|xanax|valium|diazepam|lithium|benadryl|melatonin)")
_AT_HAND = (r"\b(?:(?:is|are) in (?:the|my|our|her|his) (?:fridge|cabinet|cupboard|drawer|bathroom|bag|"
            r"room|kitchen)|i (?:have|have got|got|saved|kept|stockpiled|collected) (?:\w+ ){0,3}?(?:of "
            r"(?:them|it)|left|saved|at home)|(?:my|her|his) (?:\w+ )?(?:supply|stash|prescription))\b")
_DOSE_REASON = (r"(?!.*\b(?:for (?:a |my |the |her |his )?(?:\w+ )?(?:toothache|headache|migraine|fever|"
                r"cold|flu|cough|period|cramps|back|pain|hangover|injury|sprain|arthritis)|"
                r"my (?:cat|dog|pet|horse)|"
                r"the vet|vet said|doctor said|prescribed|per day|a day|in a day|each day|every \d+ hours|"
                r"dosage chart|safe (?:dose|amount)|safely|nurse|pharmac\w*|diabetic|blood sugar|hypo|carbs|"
                r"units per|correction dose|recipe|baking|exam|class|lecture)\b)")

SAID_PLAINLY = _compile(
    # "how high does a balcony need to be": the height a fall needs, asked with nothing to build.
    ("height_asked", (
        rf"^ (?:\w+ )?how (?:high|tall|far up) (?:does|do|would|should|must) (?:a|an|the|your|my) "
        rf"(?:\w+ )?{_HEIGHT_THING} (?:need to|have to|has to|got to) be(?: to| $| for (?:a |the |your )?"
        # Round 19: "how high does a floor have to be for a fall to be fatal. need to know tonight".
        rf"(?:fall|jump|drop)\b)" + _BUILDING_RULE,
    )),
    # "what amount of insulin would be too much. my gran's is in the fridge": too much, and it is at hand.
    ("too_much_at_hand", (
        rf"^{_DOSE_REASON}(?=.*\b(?:what|how much|how many|which)\b.*?\b(?:too much|too many|would kill|"
        rf"would be fatal|lethal|fatal|deadly|would not wake)\b)(?=.*\b{_MEDICINE}\b)(?=.*{_AT_HAND})",
    )),
    # "ha ha funny joke i'll just go under in the bath tonight, that'll show them": a plan dressed as a joke.
    ("plan_as_joke", (
        r"^(?!.*\b(?:bath bombs?|bath salts|epsom|recipe|snorkel\w*|scuba|swim(?:ming)? lessons?|the knife|"
        r"anaesthe\w*|anesthe\w*|surgery|radar)\b)(?=.*\b(?:joke|joking|jk|lol|ha ha|haha\w*|lmao)\b)"
        r".*\bi (?:will|am going to|might|could) (?:just )?(?:go|slip|sink|stay) under (?:in |into )?"
        r"(?:the |my )?(?:bath|tub|water|waves|sea|lake|river)\b(?=.*\b(?:tonight|that will show|then "
        r"they|nobody will|no one will|for good|forever|and not come up)\b)",
    )),
    # Round 19: warning signs told calmly. Not being a problem or a burden for anyone much longer (for the
    # neighbours, over a drum room, is not for anyone), and one's own funeral planned ("made a playlist for my
    # funeral today. weirdly calm about it"; a grandmother's funeral is not one's own).
    ("told_calmly", (
        r"\b(?:not going to|will not|wont|am not going to) be (?:a problem|a burden|(?:anyones?|anybodys?|"
        r"everyones?) (?:problem|burden)|in (?:anyones?|everyones?|your) way)(?: (?:for|to) (?:anyone|"
        r"anybody|everyone|you|you all|my family|my parents|them))?(?: for)? (?:much|any) longer\b",
        r"\b(?:made|making|planned|planning|picked|picking|chose|choosing|wrote|writing) (?:a |the |my )?"
        r"(?:playlist|songs?|music|outfit|plans?|readings?|flowers|eulogy) for my (?:own )?funeral\b|"
        r"\b(?:planning|planned|picking|picked) my (?:own )?funeral\b",
    )),
    # "having really bad si tonight", "sh relapse", "unaliving": the chat words for it.
    ("chat_words", (
        r"\b(?:having|have|bad|really bad|the|my|with|strong|constant|passive|active|fighting|more) (?:\w+ )?"
        r"si(?: (?:urges|thoughts|again|tonight|today|lately|rn|right now))?(?= $| and| but| tonight| today| "
        r"again| lately| right now| urges| thoughts)",
        r"\b(?:sh|self harm) (?:relapse\w*|urges?|scars?|again|tonight|clean)\b|\b(?:relapsed|relapsing) "
        r"(?:on |with |into )?sh\b|\b\d+ (?:days?|weeks?|months?) (?:sh )?clean (?:from|of) sh\b",
        r"\b(?:unalive|unaliving|unalived) (?:myself|me|tonight|today|soon)\b|\b(?:want|wanting|going|"
        r"thinking about|planning|plan|plans) (?:to )?(?:just )?(?:unalive|unaliving)\b",
    )),
)
