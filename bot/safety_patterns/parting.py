"""Self-harm told to the bot as a parting or a joke (issue 8, round 14): finality after the bot's help
("thanks but you don't get it, i'm done", "last msg, thanks for trying bot"), humour that takes the joke back
only in part ("haha imagine if i just walked into traffic. kidding. mostly"), and the chat cleared for after
("delete this chat so they don't find it after"). Their look-alikes are ordinary: "i'm done with my essay",
"last msg for tonight, thanks bot", "delete this chat, i typed my grocery list here by mistake".
"""

from __future__ import annotations

from bot.safety_patterns.words import _all, _compile

__all__ = ["PARTING"]

# Giving up on the help itself: the bot (or anyone) cannot understand, or its trying is over.
_HELP_REFUSED = (r"\b(?:you|nobody|no one|noone) (?:do not|does not|will not|can not|will never|never) "
                 r"(?:get it|understand)\b|\bthanks? (?:you )?for trying\b|\bnothing (?:helps|will help)\b")

PARTING = _compile(
    # "i am done" that closes the message, with nothing done with, beside the help refused.
    ("done_with_help", (
        _all(_HELP_REFUSED, r"\bi am (?:so |just |really |honestly )?done(?: with (?:everything|it all|"
             r"all of (?:this|it)|life|living|trying))? $"),
    )),
    # A last message with thanks for trying, not "last msg for tonight".
    ("last_message", (
        _all(r"\b(?:last|final) (?:msg|message|text)\b", r"\bthanks? (?:you )?for (?:trying|everything)\b")
        + r"(?!.*\b(?:tonight|today|for now|before (?:bed|class|work)|promise|lol|lmao|haha\w*|until|till|"
        r"tomorrow|later)\b)",
    )),
    # A way of dying, then the joke taken back only in part ("kidding. mostly", "half joking").
    ("joke_half_taken_back", (
        _all(r"\b(?:walk(?:ed|ing)? (?:into|in front of) (?:traffic|a (?:bus|train|truck|car))|"
             r"jump(?:ed|ing)? (?:off|from) (?:a |the )?(?:bridge|roof|building|balcony|cliff)|"
             r"overdos\w*|not wake up|never wake up|end it|kill(?:ed|ing)? myself|die|dying|dead|"
             r"disappear(?:ed)? (?:for good|forever))\b",
             r"\b(?:(?:kidding|joking|jk|jking) (?:mostly|kinda|kind of|sort of|sorta|or not|maybe|unless|"
             r"i think)|half (?:kidding|joking|serious)|only half (?:kidding|joking)|not (?:entirely|totally|"
             r"fully|completely) (?:kidding|joking))\b"),
    )),
    # The chat erased for after the person is gone, not for a slip or a shared phone.
    ("cleared_for_after", (
        _all(r"\bdelete (?:this|the|our|my) (?:chat|conversation|convo|messages?|history)\b",
             r"\b(?:find|see|read|know)\b(?: \w+){0,3}? (?:after|afterwards|when i am gone|once i am gone|"
             r"after i am gone|after i go) $"),
    )),
)
