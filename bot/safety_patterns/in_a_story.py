"""A crisis told inside a long story (issue 8, round 20).

Set 20 buried danger and self-harm in long, calm messages, where the classifier read the old part of the
story or the small talk around it:
- danger now, late in a story that began with an old disclosure or an ordinary evening: someone in the home
  of a writer who lives alone ("my door was unlocked and i can hear someone moving in the bedroom. i live
  alone"), and the person who abused the writer alone with a child now ("when i was 12 it was my cousin ...
  he's in the backyard with her now");
- a means of suicide named with its place, told calmly: sitting in the garage with the engine running;
  letters to family written "so they'll have them after".
These read the present-danger sentence wherever it stands, so it wins over the old disclosure earlier.
"""

from __future__ import annotations

from bot.safety_patterns.words import _all, _compile

__all__ = ["STORY_DANGER", "STORY_SELF_HARM"]

# A child of the writer's family, named.
_CHILD = (r"(?:my|our) (?:little |baby |\d+ year old )?(?:daughter|son|kids?|child|children|niece|nephew|"
          r"sister|brother|girl|boy|grandchild|granddaughter|grandson)")
# The abuse the story tells of, then: the one who did it is the one near the child now.
_ABUSED = (r"\b(?:it was my|(?:he|she|they) (?:abused|molested|touched|raped|groomed|assaulted)|(?:abused|"
           r"molested|touched|raped|groomed|assaulted) me|did (?:it |that |things )?to me|when i was \d+)\b")

STORY_DANGER = _compile(
    # "i live alone ... i can hear someone moving in the bedroom": someone inside the writer's home.
    ("someone_in_my_home", (
        _all(r"\bi live (?:alone|on my own|by myself)\b",
             r"\b(?:hear|heard|hearing|is|there is|see|saw) (?:someone|somebody|a man|a person|footsteps|"
             r"people|voices|a guy) (?:\w+ ){0,2}?(?:in|inside) (?:my|the) (?:bed ?room|room|house|apartment|"
             r"flat|kitchen|hallway|hall|living room|bathroom|closet|basement)\b")
        # A neighbour, a pet, a sound on the radio or in a dream is no intruder ("an old movie" earlier in the
        # evening's story is no reason to doubt one).
        + r"(?!.*\b(?:neighbou?rs?|next door|upstairs flat|downstairs flat|tv|radio|podcast|cat|dog|"
        r"roommate|flatmate|landlord|plumber|in (?:the|a) (?:movie|film|game)|dream|dreamt|dreamed)\b)",
    )),
    # "it was my cousin ... he keeps trying to get my daughter alone. he's in the backyard with her now".
    ("abuser_with_child_now", (
        _all(_ABUSED, rf"\b{_CHILD}\b",
             r"\b(?:he|she|they) (?:is|are) (?:\w+ ){0,3}?(?:alone )?with (?:her|him|them|" + _CHILD + r") "
             r"(?:right )?now\b"),
    )),
)

STORY_SELF_HARM = _compile(
    # "sat in the garage with the engine running for a while": the car's fumes in a closed space.
    ("engine_in_garage", (
        r"^(?!.*\b(?:warm\w* (?:it |the car |the engine )?up|mechanic|fix\w*|repair\w*|charg\w*|door (?:was |"
        r"is )?open|open door|oil)\b).*\b(?:sat|sit|sitting|lay|lying|stayed|waited|waiting|was) (?:in "
        r"(?:the|my|our) car )?in (?:the|my|our) garage with the (?:engine|car|motor) (?:running|on)\b",
    )),
    # "writing letters to my sisters tonight so they'll have them after": parting letters, for afterwards.
    ("letters_for_after", (
        r"\b(?:writing|wrote|written|write|leaving|left|finished) (?:\w+ ){0,2}?(?:letters?|notes?|cards?) "
        r"(?:to|for) (?:my|each|all|every)\b(?: \w+){0,6}? so (?:they|she|he|you|everyone|each of them) "
        r"(?:will|would|can|could) (?:have|read|find|get) (?:them|it|one)(?: \w+)? (?:after|afterwards|"
        r"when i am gone|once i am gone)\b"
        r"(?! (?:the|a|an|my|our|his|her|their|we|they|you|school|work|class|dinner|lunch|christmas|"
        r"graduation|\d+)\b)",
    )),
)
