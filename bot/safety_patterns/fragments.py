"""A crisis in a fragment of a few words (issue 8, round 20).

Set 20 wrote some of its crises in one to six words, which neither the patterns nor the classifier (trained
on longer messages) read: "wrote the note" and "no point waking up tmrw" (self-harm), "hiding in closet" and
"he said tonight. its almost dark" (danger), "heart racing help" (distress). Each pattern reads the whole
message, and only a short one, so the same words inside an everyday story ("wrote the note for my son's
teacher", "hiding in the closet for hide and seek", "heart racing after my run") are left to the rest.
"""

from __future__ import annotations

from bot.safety_patterns.words import _compile

__all__ = ["FRAGMENT_DANGER", "FRAGMENT_DISTRESS", "FRAGMENT_SELF_HARM"]

# At most eight words: a fragment, not a story or a question about the movement.
_SHORT = r"^(?= (?:\S+ ){1,8}$)"
# Play, a game or a laugh beside the words: not a fragment of a crisis.
_PLAY = (r"(?!.*\b(?:lol|lmao|haha\w*|jk|game|games|hide and seek|seek|surprise|party|birthday|movie|show|"
         r"episode|level|boss|cat|dog|puppy|kitten|kids?|sister|brother|cousins?)\b)")

FRAGMENT_DANGER = _compile(
    # "hiding in closet", "still hiding under the bed": the writer hides somewhere, and says nothing more.
    ("hiding_fragment", (
        _SHORT + _PLAY + r"(?=.*\b(?:i am |we are |still |am )?hiding (?:in|under|behind|inside) "
        r"(?:the |a |my |our )?(?:closet|wardrobe|cupboard|bathroom|bed|attic|basement|shed|car|garage|"
        r"laundry room)\b)",
    )),
    # "he said tonight. its almost dark": the time another person named has nearly come.
    ("named_time_near", (
        _SHORT + _PLAY + r"(?=.*\b(?:he|she|they) (?:said|says|told me|texted|swore) (?:it would be |it "
        r"will be |he would come |she would come |they would come )?(?:tonight|at midnight|when it gets "
        r"dark|after dark|by tonight)\b)(?=.*\b(?:(?:it is|and it is) (?:almost|nearly|getting) (?:dark|"
        r"midnight|time|late)|almost dark|nearly dark|getting dark|sun is (?:going down|setting))\b)",
    )),
)

FRAGMENT_SELF_HARM = _compile(
    # "wrote the note", "finished my letters": the note written, and nothing else said.
    ("note_written_fragment", (
        r"^ (?:i )?(?:have )?(?:just |already |finally )?(?:wrote|written|finished|left) (?:the|a|my) "
        r"(?:last |final |goodbye )?(?:note|letter|letters|notes)(?: (?:today|tonight|now|already|last "
        r"night))? $",
    )),
    # "no point waking up tmrw": no reason to go on, said of the next day or at all, closing the message.
    ("no_point_waking", (
        r"\bno (?:point|reason) (?:in )?(?:waking up|living|being alive|existing|going on|being here|"
        r"carrying on)(?: (?:tomorrow|tmrw|tmr|tmrow|tmrrw|anymore|again|today|in the morning))? $",
    )),
)

FRAGMENT_DISTRESS = _compile(
    # "heart racing help": panic and a plea, with no run, coffee or film to explain the racing heart.
    ("panic_fragment", (
        _SHORT + r"(?!.*\b(?:run|ran|running|gym|workout|cardio|coffee|espresso|caffeine|energy drink|movie|"
        r"film|game|match|ride|rollercoaster|lol|lmao|haha\w*|normal|is that)\b)"
        r"(?=.*\bheart (?:is )?(?:racing|pounding|beating so fast|will not slow down)\b)"
        r"(?=.*\b(?:help|can not breathe|please|scared|panic\w*)\b)",
    )),
)
