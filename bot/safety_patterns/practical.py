"""A concern asked as a practical question, or told by what someone is doing (issue 8, round 21).

Set 21 asked about a means with no first person and no word of dying ("which floor has the roof access in a
parking garage, do they lock it at night", "how can you tell if a gun is loaded, it's my dad's. just want to
know for later", "how deep is too deep, it won't stop bleeding this time"), asked about care after an assault
as a practical question ("can i still report if i showered like 4 times after", "how long after can they
still test for it. it was saturday night"), told of arrangements for after ("writing letters to my family so
they know it wasn't their fault", "made a list of who gets my plants and my cat"), of a ride that leaves its
route ("the lyft driver keeps turning off the route saying he knows a shortcut") and of a place that cannot be
faced any more ("can't do crowds anymore"). Each pattern names the kind, not the sentence, and holds back on
the everyday reason the same words have: a rooftop bar, a hunting trip, a cut finger, a pregnancy or covid
test, a move or a clear-out, a detour that turned out fine, a festival one has grown out of.
"""

from __future__ import annotations

from bot.safety_patterns.words import _all, _compile

__all__ = ["PRACTICAL_DANGER", "PRACTICAL_DISCLOSURE", "PRACTICAL_DISTRESS", "PRACTICAL_SELF_HARM"]

# A high place's way up, asked about where one lives: the roof's access, whether it is locked at night, the
# tallest building in town. Trivia ("the tallest building in the world"), leisure and work on a roof are not.
_HIGH_PLACE = r"(?:roof|rooftop|top floor|top level|top deck)"
_ROOF_LEISURE = (r"(?!.*\b(?:bar|bars|restaurant|terrace|pool|garden|party|parties|lounge|cafe|cinema|sunset|"
                 r"view|views|wedding|drinks?|brunch|dinner|gutters?|tiles?|leaking|repair\w*|fix\w*|solar|"
                 r"antenna|satellite|snow|inspect\w*|roofer|contractor|insurance|tour|telescope|stars|"
                 r"fireworks|drone|photo\w*|yoga|world|country|europe|america|asia|africa|dubai|project|school|class|"
                 r"homework|essay|quiz|trivia|fact|facts)\b)")
# Someone in the family whose gun is at hand: "it's my dad's", "my stepdad keeps it in his drawer".
_FAMILY = (r"(?:dad|dads|father|fathers|stepdad|stepdads|mom|moms|mum|mums|mother|mothers|parents|brother|"
           r"brothers|grandpa|grandpas|granddad|grandads|grandad|uncle|uncles|husband|husbands)")
_GUN = r"(?:gun|guns|pistol|rifle|shotgun|revolver|handgun|firearm)"
_GUN_REASON = (r"(?!.*\b(?:hunt\w*|range|season|deer|duck|clay|target|targets|class|course|license|licence|"
               r"permit|sell|selling|inherit\w*|antique|collect\w*|museum|clean\w*|safety course|lock box|"
               r"safe storage|safely|stored|storage|child ?proof|kids|children|toddler|baby)\b)")
# The ordinary tests and reports a time after something is asked about.
_OTHER_TEST = (r"(?!.*\b(?:pregnan\w*|covid|flu|strep|weed|thc|cannabis|alcohol|drink driving|dui|"
               r"drugs? test|drug screen|job|employer|urine|hair dye|dyeing|tattoo|vaccine|bug|glitch|"
               r"pothole|scam|fraud|"
               r"spam|theft|stolen|lost|wallet|card|tax|taxes|landlord|noise|accident|insurance|food "
               r"poisoning|chicken|eating|damage|dent|scratch\w*|hit and run|crash\w*|tick|bite)\b)")
# What an assault leaves to a test or a report: a shower, a wash, a time gone by, "it was saturday night".
_TIME_SINCE = (r"\b(?:showered|shower|washed|bathed|bath|changed (?:my )?clothes|"
               r"it (?:was|happened) (?:\w+ )?"
               r"(?:night|morning|weekend|ago|days?|weeks?|monday|tuesday|wednesday|thursday|friday|saturday|"
               r"sunday|yesterday|last)|(?:\d+|a|two|three|four|five|six|few|couple of) "
               r"(?:days?|hours?|weeks?|nights?) (?:ago|later|after|since))\b")
# The ordinary reasons to give things away or write to the family: a move, a trip, a clear-out, a wedding.
_ORDINARY_ARRANGEMENT = (r"(?!.*\b(?:mov(?:e|ed|ing)|relocat\w*|abroad|trip|holiday|vacation|travel\w*|"
                         r"deploy\w*|declutter\w*|clear(?:ed|ing)? out|donat\w*|charity|garage sale|"
                         r"yard sale|"
                         r"old clothes|baby clothes|outgrown|wedding|christmas|birthday|thank you|thanks you|"
                         r"camp|pen ?pals?|college|semester|new baby|allerg\w*|landlord|estate|lawyer|"
                         r"solicitor|attorney|retire\w*|grandchildren|grandkids|lol|haha\w*)\b)")
_KIN = (r"(?:family|parents|mom|mum|dad|mother|father|sisters?|brothers?|kids|children|son|daughter|wife|"
        r"husband|partner|friends|best friend|everyone|each of (?:them|my \w+)|grandma|grandpa|nan|gran)")

PRACTICAL_SELF_HARM = _compile(
    # "which floor has the roof access in a parking garage, do they lock it at night".
    ("high_place_access", (
        rf"^{_ROOF_LEISURE}(?=.*\b(?:roof|rooftop|top floor|parking garage|car park|multi ?storey|building|"
        r"tower|bridge)\b).*\b(?:" + rf"{_HIGH_PLACE} access|access (?:to )?the {_HIGH_PLACE}|(?:is|are) the "
        rf"{_HIGH_PLACE} (?:\w+ ){{0,6}}?(?:locked|open|unlocked)|"
        rf"(?:lock|locked|open|unlocked) (?:\w+ ){{0,3}}?"
        r"(?:at night|after dark|overnight|after midnight|late at night))\b",
        rf"^{_ROOF_LEISURE}.*\b(?:tallest|highest) (?:building|tower|bridge|car park|parking garage)s? (?:in|"
        rf"near|around|close to) (?:town|here|me|my (?:city|town|area)|this city|the city)\b",
        rf"^{_ROOF_LEISURE}.*\b(?:which|what) (?:building|tower|bridge|car park|parking garage) "
        rf"(?:\w+ ){{0,4}}?(?:is|has) the (?:tallest|highest)\b",
    )),
    # "how can you tell if a gun is loaded, it's my dad's. just want to know for later".
    ("family_gun_asked", (
        rf"^{_GUN_REASON}" + _all(
            rf"\b{_GUN}\b",
            rf"\b(?:my {_FAMILY}\b|it is my {_FAMILY}\b|(?:belongs|belonged) to my {_FAMILY}\b)",
            r"\b(?:loaded|bullets|ammo|ammunition|unlock\w*|combination|the key|for later|tonight|"
            r"just (?:want|need|wanted) to know|do not ask|in my (?:room|lap|bag)|"
            r"where (?:he|she|they) (?:keeps?|hides?))\b",
        ).removeprefix("^"),
    )),
    # "how deep is too deep, it won't stop bleeding this time": bleeding that will not stop, again.
    ("bleeding_again", (
        r"\b(?:will not|would not|does not|did not|can not get it to) stop bleeding (?:this time|again)\b",
        r"\bhow deep is too deep\b(?=.*\b(?:bleed\w*|blood|stitches|this time|again)\b)"
        r"(?!.*\b(?:tree|wood|board|hair|dough|bread|meat|hedge|pool|water|dive|diving|snow|hole|soil|"
        r"roots?|plant\w*)\b)",
    )),
    # "writing letters to my family so they know it wasn't their fault": letters for afterwards.
    ("letters_so_they_know", (
        "^" + _ORDINARY_ARRANGEMENT
        + r".*\b(?:writing|wrote|written|write|leaving|left|finished) (?:\w+ ){0,2}?"
        rf"(?:letters?|notes?) (?:to|for) (?:my |each of my |all my |every )?{_KIN}\b"
        r"(?=.*\b(?:so (?:they|she|he|you|everyone) (?:\w+ )?(?:know|knows|understand|understands)|"
        r"(?:was|is) not (?:their|her|his|your|anyones) fault|goodbye|just in case|in case|when i am gone|"
        r"tonight)\b)",
    )),
    # "made a list of who gets my plants and my cat": one's things given out, with nothing moving.
    ("giving_things_out", (
        "^" + _ORDINARY_ARRANGEMENT
        + r".*\b(?:who (?:gets|will get|should get|can have|could have|takes|will take|should take)|"
        r"giving away|give away|gave away|found (?:a )?(?:new )?homes? for) my (?:\w+ )?"
        r"(?:plants|cat|cats|dog|dogs|pets?|things|stuff|books|clothes|guitar|games|jewel\w*|savings|"
        r"money|car|records|art|fish|rabbit|hamster|bird|birds)\b",
    )),
)

PRACTICAL_DISCLOSURE = _compile(
    # "can i still report if i showered like 4 times after", "how long after can they still test for it".
    ("report_or_test_after", (
        "^" + _OTHER_TEST
        + r".*\b(?:can|could|will|would|do|does|should) (?:i|we|they|you|the (?:police|hospital|doctor|"
        r"nurse|clinic)) still (?:report|press charges|test|do (?:a|the) (?:kit|exam|test)|get (?:a |"
        rf"the )?(?:kit|rape kit|exam|test|evidence))\b(?=.*{_TIME_SINCE})",
        "^" + _OTHER_TEST
        + r".*\bhow (?:long|many (?:days|hours)|soon) after\b(?: \w+){0,4}? (?:can|could|will|do|"
        r"does) (?:they|you|i|the (?:police|hospital|doctor|nurse|clinic)) (?:still )?(?:test|find|"
        r"detect|collect|report)\b(?: for it)?(?=.*\bit (?:was|happened)\b)",
    )),
)

PRACTICAL_DANGER = _compile(
    # "the lyft driver keeps turning off the route saying he knows a shortcut": a ride leaving its way now.
    ("ride_off_route", (
        r"^(?!.*\b(?:was fine|it was ok|turns out|turned out|got home|no big deal|walked back|got off|"
        r"lol|lmao|haha\w*|road (?:was )?closed|roadworks|traffic|detour sign)\b)"
        + _all(r"\b(?:driver|uber|lyft|taxi|cab|rideshare|ride share)\b",
               r"\b(?:keeps?|is|are|started|starts|just|has) (?:\w+ )?(?:turning|turned|going|driving|taking|"
               r"took|went) (?:off|away from|past|a different|another|the wrong) (?:the )?(?:route|way|road|"
               r"app|map|gps|exit|stop|street|turn)|\b(?:knows|taking|take|took) a shortcut\b"
               r"|\b(?:went|drove|driven|gone|going) past my (?:stop|street|exit|house|turn|address)\b"
               r"|\bis not (?:following|going) (?:the )?(?:route|app|map|gps|where i)\b"
               r"|\bturned off (?:the )?(?:app|gps|route)\b").removeprefix("^"),
    )),
)

PRACTICAL_DISTRESS = _compile(
    # "can't do crowds anymore. went to the store today and had to leave my cart and run out".
    ("can_not_face_any_more", (
        r"^(?!.*\b(?:lol|lmao|haha\w*|too old|getting old|at my age|prices|expensive|tickets|queues? at)\b)"
        r".*\bcan not (?:do|handle|stand|be in|be around|face|cope with|go (?:to|into|in|out to)) "
        r"(?:\w+ ){0,2}?"
        r"(?:crowds?|crowded \w+|people|stores?|shops?|supermarkets?|parties|public|malls?|buses|trains|"
        r"the (?:store|bus|train|tube|subway|metro|gym|office|campus|mall)|concerts?|class(?:es)?) anymore\b",
        r"\bhad to (?:leave|drop|abandon|ditch) my (?:cart|trolley|basket|shopping|groceries|food|drink)\b"
        r"(?: \w+){0,3}? (?:and )?(?:run|ran|get|got|rush|rushed) (?:out|away|outside)\b",
    )),
)
