"""Danger told tersely (issue 8, round 14): a request that help be sent to a place, and a fragment typed
in a hurry while someone or something is close ("footsteps. hall. help", "car following. 3 blocks now. same
headlights"). Round 13's blind set answered these as self-harm or help first, without 911 leading.
"""

from __future__ import annotations

from bot.safety_patterns.words import _compile

__all__ = ["TERSE_DANGER"]

# At most ten words: a fragment, not a story or a question about the movement.
_SHORT = r"^(?= (?:\S+ ){1,10}$)"
_PRESENCE = (r"(?:footsteps?|steps|knock\w*|bang\w*|door handle|handle turning|lock (?:jiggl|turn)\w*|"
             r"breathing|voices?|someone|somebody|he|him|a man|a guy|the guy|stranger|shadow)")

TERSE_DANGER = _compile(
    # "send the police to 44 birch st apt 2", "pls send help here now": help sent to the person's place.
    ("send_help_to", (
        r"^ (?:(?:please|pls|plz|can you|could you|just) )*send (?:the |a )?(?:police|cops|cop|an ambulance|"
        r"ambulance|help) (?:to|here|now|over)\b",
    )),
    # Held on to now: "this guy won't let go of my arm" (round 14's retrained weights read it, beside a spiked
    # drink, a hair likelier as self-harm than danger; a person holding on is danger whatever else is said).
    ("held_now", (
        r"\b(?:he|guy|man|someone|somebody|stranger|they) (?:\w+ )?(?:will not|won t|is not|refuses to) "
        r"(?:let go of|letting go of|let go|let me go|let me leave|let me out)(?: (?:me|my (?:arm|hand|wrist|"
        r"hair|waist)))?\b(?!.*\b(?:lol|lmao|haha\w*|hug|cuddl\w*|baby|toddler|dog|puppy|cat|kitten)\b)",
    )),
    # A presence and a plea, in a fragment: "footsteps. hall. help", "someone at window. help".
    ("fragment_presence", (
        # The plea closes the fragment ("help", "help me pls"), so "he said help with the dishes" is not one.
        _SHORT + rf"(?=.*\b{_PRESENCE}\b)(?=.*\b(?:help|sos|911)(?: me)?(?: (?:pls|please|plz|now))? $)"
        r"(?!.*\b(?:homework|essay|question|article|movement|metoo|me too|lol|lmao|haha\w*)\b)",
    )),
    # A vehicle or a person following, in a fragment: "car following. 3 blocks now. same headlights".
    ("fragment_followed", (
        _SHORT + r"(?=.*\b(?:car|van|truck|suv|guy|man|men|someone|somebody|stranger)\b)"
        r"(?=.*\b(?:following|tailing|behind me)\b)"
        r"(?!.*\b(?:insta|instagram|tiktok|twitter|online|app|lol|lmao|haha\w*|game|movie|show)\b)",
    )),
)
