"""A small hand-made lexicon for these articles: paraphrases, phrases, generic words and intent targets.

Written for this project by reading the two articles and the ways people ask about them. Entries map the
words a reader types to the words the articles use; they are stemmed with the index's own stemmer when
the index is built, so they are written here in plain English.
"""

from __future__ import annotations

import re

from knowledge.closings import PATTERNS as CLOSING_PATTERNS
from knowledge.closings import drop_closing
from knowledge.guards import Guarded

__all__ = [
    "CAUSE_WORDS",
    "COMPARE_WORDS",
    "DURATION_WORDS",
    "GENERIC_WORDS",
    "GROUP_WORDS",
    "KIND_PATTERNS",
    "KIN_WORDS",
    "NUMBER_WORDS",
    "OUTLET_WORDS",
    "PARAPHRASES",
    "PHRASE_WORDS",
    "PLACE_WORDS",
    "ROLE_NOUNS",
    "ROLE_WORDS",
    "TOPIC_WORDS",
    "rewrite_phrases",
]

# What starting something is called in the articles ("spark" and "original" are looser readings).
_STARTED = "founder creator start original:0.7 spark:0.7"

# reader's word(s) -> the article's words for the same idea ("word:0.7" marks a looser reading).
PARAPHRASES: dict[str, str] = {
    "found founded founding founder create created creator creating": _STARTED,
    "start started starting begin began originator originate": _STARTED,
    "invent invented launch launched initiate initiated behind": _STARTED,
    "pioneer pioneered spearhead spearheaded kickstart kickstarted initiator coin coined": _STARTED,
    "first originally og": "original start",
    "origin origins beginning beginnings roots": _STARTED,
    "tweet tweeted tweets post posted posts retweet": "tweet post",
    # Twitter is where the tweets were, not a tweet: "when did twitter start" is not about one.
    "twitter": "tweet:0.6 post:0.6",
    # A tweet is sent, as a message is: "how many tweets were sent" asks how many were tweeted.
    "send sent sending": "tweet:0.7 post:0.7",
    "viral spread spreading popular trending trend explode exploded famous": "viral",
    # Spreading in other words: "snowballed", "went mainstream" (see the phrases for "caught on").
    "snowball snowballed snowballing mainstream widespread skyrocket skyrocketed": "viral",
    "daughter kid kids child children baby": "daughter",
    "others": "people",
    # A local center is the nearest service provider the hotline routes callers to.
    "local nearby near closest": "nearest",
    "center centre centers centres": "provider:0.85 service:0.7",
    "essay op-ed oped piece column": "essay",
    "publish published publishing print printed": "write",
    "magazine mag": "time essay",
    "apology apologize apologise apologized apologised apologizing sorry": "apology",
    "amplify boost promote uplift spotlight elevate support supported": "amplify",
    # Supporting in other words: "backed", "championed", "rallied behind" (see "stood by" in the phrases).
    "champion championed endorse endorsed rally rallied backing": "amplify",
    # Someone asking for help is first of all pointed at the hotline.
    "help helps helped helping": "hotline amplify:0.7 service:0.7",
    "together collaborate collaborated collaboration partner partnered team teamed": "amplify reached",
    "intervene intervened defend defended protect protected protecting guard guarded vouch vouched":
        "sure erased",
    # The hotline "routes the caller": it connects them.
    "connect connects connected connecting route routed": "routes",
    "eliminate eradicate abolish": "dismantle:0.8",
    "offer offered offering": "amplify:0.7 ask:0.7 reached:0.7",
    "know knew aware realize realized realise realised notice noticed": "recognizing",
    "cry cried crying tears tearful weep wept": "tearfully",
    "erase erased forgotten forget overlooked ignored sidelined": "erased lost recognizing",
    # Sidelined in other words: "overshadowed", "eclipsed" (see the phrases for "pushed aside").
    "sideline overshadow overshadowed eclipse eclipsed marginalize marginalized marginalise marginalised "
    "sidestep sidestepped excluded exclude": "erased lost recognizing",
    "credit credited recognition recognize": "erased lost recognizing",
    "survivor victim victims": "survivors",
    "people person persons everyone users": "people women men",
    "abuse abused molest molested": "sexually assaulted harassed violence",
    "rape raped harass harassed harassment": "sexually assaulted harassed violence",
    "afraid fear feared frightened worried worry scared": "scared dread",
    "wish wishes dream": "hope",
    "goal goals aim aims plan plans next future": "aims continue",
    "inspire inspired inspiration motivate motivated motivation prompt prompted trigger triggered push "
    "pushed drive drove driven": "spurred",
    "story stories": "narrative stories",
    # The press says a story "broke": the news about Weinstein is the Weinstein story.
    "news scandal": "story",
    "achieve achieved achievement accomplish accomplished impact": "created changed visibility",
    "success change changed result results": "created changed visibility",
    "law laws legal legislation policy policies": "law policy",
    "fix fixed solve solved cure cured": "antidote",
    "fail failed failing failure dead wrong": "failing",
    "backlash pushback criticism opposition": "backlash",
    "feel feeling feelings felt emotion emotions": "felt",
    # How Burke reacted is told as the decision she faced: "Am I going to be in conflict in this moment?"
    "react reacted reaction reactions": "felt conflict:0.7 decision:0.7",
    # Asked whether someone was upset, the articles answer with how she weighed it.
    "upset angry mad annoyed bitter frustrated hurt jealous resentful": "conflict:0.7 felt:0.7",
    "difference differences differ compare compared comparison contrast versus": "different compared",
    "watch watching watched watcher spectators audience bystander bystanders": "spectator",
    "respond responded response responses reply replied replies answer answered": "responses replied",
    "ashamed guilt": "shame",
    # What a problem is, the articles call a crisis.
    "problem problems issue issues epidemic": "crisis",
    "interview interviewed conversation": "interview",
    "clip": "video",
    "campaign cause": "movement",
    "tag": "hashtag",
    "phrase phrases slogan slogans catchphrase motto expression": "metoo:0.7",
    "portion fraction fragment slice component": "part",
    "decide decided deciding": "decision",
    # "what is her job": the articles introduce people by their role.
    "starlet starlets": "actress",
    "job jobs profession occupation career": "personality actress activist author founder creator",
    "writer": "author",
    "host presenter celebrity": "personality",
    # A helpline is the hotline itself; a phone is how one calls it.
    "helpline helplines": "hotline",
    "phone": "hotline call",
    # One rings or dials a hotline as one calls it ("what happens when you ring it").
    "ring rings ringing rang dial dials dialing dialling dialed dialled": "call",
    # Who counted: the articles say whose number it is ("according to Pew Research Center").
    "measure measured measuring tracked tracking counted": "number according:0.8",
    "destroy break": "dismantle",
    # A fight is against power structures, or between two people: "did burke want to fight with milano".
    "fight fighting fought argue argued quarrel clash feud rivalry": "dismantle conflict:0.8",
    "choose chose chosen choice choices pick picked": "decision",
    # How often something happens: the articles call that moment "once-in-a-lifetime".
    "often rare rarely frequent frequently common commonly unique": "lifetime:0.8",
    "keep keeps kept continue continues continued": "continue",
    "serve serves served serving": "service",
    # The articles' key verbs, as readers paraphrase them.
    # One contacts a hotline by calling it.
    "contact contacted": "reached call:0.8",
    "unite united unity": "solidarity",
    "disclose disclosed disclosing": "reveal",
    # Stories and posts are shared: "survivors shared their stories", "she reshared her post".
    "share shared sharing": "reveal:0.8 post:0.8 tweet:0.7",
    "encourage encouraged encouraging urge urged invite invited": "ask",
    "brave bravery courage": "bravely courageous",
    "ensure ensured guarantee guaranteed": "sure",
    "grow grew growing rise rose rising increase increased increasing": "mounted:0.8",
    "return returned regress regressed": "revert",
    # What the years taught is their lesson ("what lesson from the past five years", "what have we learned").
    "lesson lessons learned learnt": "taught",
    "emerge emerged appear appeared": "emergence",
    # ... and its key nouns.
    "slogan motto rallying": "battle cry declaration",
    "address lecture": "speech",
    "accuser accusers allegation allegations accused": "accusations",
    "awareness attention exposure": "visibility",
    "setback setbacks": "tragedies",
    "win wins victory victories triumph": "triumphs",
    "trial trials judge judges": "court",
    "talk talking": "call:0.8 hotline:0.7",
    "big bigger larger broad broader wide wider huge": "large",
    "reason reasons motive motives": "spurred",
    # The articles are dated: what is so "now" is what they call current ("the current number of tweets").
    "now currently nowadays presently": "current",
    "honesty honest": "truth",
    "silent quiet": "silence",
    "global globally everywhere worldwide international": "world",
    "daily": "day",
    # Online is where the tweets were: "what did milano post online".
    "online internet web": "social media tweet:0.6",
    # The articles tell the anniversaries as "N years later" and "this time last year".
    "anniversary anniversaries": "anniversary later:0.7",
    "mark marked celebrate celebrated commemorate": "marked anniversary",
}

# Words that ask for a number: a passage with a number covers them ("what is the hotline number",
# "total tweets").
NUMBER_WORDS = frozenset(
    "number numbers figure figures statistic statistics stat stats amount count total overall "  # noqa: SIM905
    "altogether".split()
)

# Before a relative: the words after which it is the writer's own ("my mom", "a cousin"), not someone's;
# each a fixed-width look-behind, so the pattern is searched for the relative first (the query's hot path).
_NOT_THE_ASKER = r"(?<=\w )" + "".join(
    rf"(?<!\b{w} )" for w in "my our your a an the as and or me im am is was to with".split()  # noqa: SIM905
)
_RELATIVES = {"dad": "father", "daddy": "father", "mom": "mother", "mommy": "mother", "mum": "mother"}


def _relative(match: re.Match[str]) -> str:
    return _RELATIVES.get(match.group(1), "relatives")


_PLATFORMS = r"(?:twitter|facebook|instagram|tiktok|youtube|reddit)\b"

# Multi-word phrases rewritten to the article's words before the question is cut into terms.
_PHRASES = [
    # Punctuation spoken to a phone's dictation: "comma what did burke tell makers period".
    (r"\b(?:comma|period|full stop|question mark|exclamation (?:mark|point)|new line)\b", ""),
    # "since the start", "since it began": a count over all the time since, a total.
    (r"\bsince (?:the|its) (?:start|beginning|launch)\b|\bsince it (?:started|began)\b", "total"),
    # The future: "her plans going forward", "from now on".
    (r"\b(?:going|moving) forward\b|\bfrom now on\b|\bin the (?:years to come|future)\b", "continue"),
    # "my friend said..." frames; "did they become friends" asks about friends.
    (r"\b(?:my|a|our|some) (?:best )?friends?\b", "someone"),
    # Closings that ask nothing (thanks, who it is for, an apology) are dropped first: knowledge/closings.py.
    # A greeting opens a message and asks nothing: "good morning! what did burke tell makers".
    (r"^\W*(?:good (?:morning|afternoon|evening|day)|greetings|hiya|howdy)\b", ""),
    # "how come she tweeted" asks why; "come" is no word of the answer ("bravely come forward").
    (r"\bhow come\b", "why"),
    # "when did people start saying it was failing": when they said it; the start of the saying is no
    # start of the movement.
    (r"\b(?:start|started|starting|begin|began|beginning) (?:to )?(say|saying|call|calling|think|thinking)\b",
     r"\1"),
    (r"\bc[oa]me up with\b", "created"),
    # Behind with no object is lagging, what the articles call the other side's head start ("why was the
    # movement behind from the start"); behind something is making it ("who is behind metoo").
    (r"\b(?:fell |fall(?:s|en|ing)? |far |already |so )?behind(?= (?:from|at|since|already|when)\b)",
     "head start"),
    # "from the start" says when, the outset; it starts nothing ("behind from the start").
    (r"\bfrom the (?:very )?(?:start|beginning|outset|get go|starting line)\b", ""),
    # What people were to "reply with" is what the tweet asked them to write, not that many replied.
    # ("asked people to reply with" is that request itself: "asking women" in another passage is no answer).
    (r"\b(?:ask(?:s|ed|ing)? (?:\w+ ){0,2}to )?"
     r"(?:reply|replies|replied|respond|responded|answer|answered)(?: to (?:it|her|the tweet))? with\b",
     "write as a reply"),
    # How people were supposed or meant to answer is the same request: what the tweet asked them to write.
    (r"\b(?:supposed|meant|expected) to (?:reply|respond|answer)(?= (?:to )?(?:it|her|the|that|this)\b)",
     "write as a reply"),
    (r"\bsa(?:y|id) sorry\b", "apologized"),
    # A thing connected is a thing related ("the weinstein story, how is it connected"); a caller connected to
    # help is the hotline's routing ("are callers connected to a local center").
    (r"\b((?:is|are|was|were) (?:it|they|this|that|these|those|the two) )connected\b"
     r"(?! to (?:(?:a|an|the|their|your|my) )?(?:me|someone|somebody|local|nearest|help|counsel\w*|cent\w+"
     r"|provider|person|advocate|service)\b)", r"\1related"),
    # Someone's old tweet is her original post ("did she retweet her old tweet"); "how old" asks an age.
    (r"(?<=\b(?:her|his) )old (?=tweet|post)", "original "),
    # How fast someone acted asks whether she did it at once, the articles' "immediately".
    (r"\bhow (?:fast|quickly|quick|soon)\b(?= did\b)", "how immediately"),
    (r"\b(?:tear|tore|torn|break|broke|bring|brought) down\b", "dismantle"),
    (r"\bleft out\b", "erased"),
    (r"\b(?:blew|blow|blown) up\b|\b(?:took|take|takes|taking|taken) off\b", "viral"),
    (r"\bc(?:atch|aught|atches|atching) on\b", "viral"),
    # Set aside in other words: "pushed aside", "written out of the story", "cut out".
    (r"\b(?:push|pushed|pushes|brush|brushed|shove|shoved|cast|put|set) aside\b"
     r"|\b(?:written|wrote|writes|write|cut|edited|frozen|froze) (?:her |him |them )?out\b", "erased"),
    # "who got the ball rolling": who started it.
    (r"\b(?:got|get|gets|getting|started|start|set|sets) (?:the|this|that) ball rolling\b", "started"),
    (r"\b(?:make|made|making|makes) amends\b", "apologized"),
    (r"\b(?:first|one|1) day\b|\bday (?:one|1)\b", "24 hours"),
    # "found out" is learning, not founding: "what did milano do once she found out about burke".
    (r"\b(?:find|found|finds|finding) out\b", "knew"),
    (r"\bdo(?:es)? for (?:a )?living\b", "job"),
    (r"\bbeen around\b", "happening"),
    # "1yr", "5yrs": a number glued to its unit.
    (r"\b(\d+)(?:yrs?|years?)\b", r"\1 year"),
    (r"\b(\d+)(?:hrs?|hours?)\b", r"\1 hours"),
    # "how long ago ... as of 2018": the year the reader counts from frames the question.
    (r"\bas of (?:(?:19|20)\d\d|now|today)\b", ""),
    # "does calling the line connect me": the line one calls is the hotline.
    (r"\b(call|calling|ring|ringing|dial|dialing|phone) (?:the|this|that) line\b", r"\1 the hotline"),
    # "which phone line", "the crisis line", "hot line #": a line one calls is the hotline.
    (r"\b(?:phone|help|crisis|support|hot|emergency|telephone)[ -]?lines?\b", "hotline"),
    # The age of a thing is how long it has been going ("how old is the movement"); a person's age is not
    # ("how old is milano", "how old is the actress": the articles never give one).
    (r"\bhow old (?:is|was|were|are) (?=(?:the|this|that|metoo|it)\b(?! (?:actress|activist|founder|creator|"
     r"author|daughter|woman|girl|man|personality)\b))", "how long ago did "),
    # "what does the first article say about ajayi": which article is asked about, not what "first" means.
    (r"\b(?:first|second|1st|2nd|1|2|other|older|newer|latest|earlier|later) (?:article|piece|story|one)\b",
     "article"),
    (r"\bturn(?:ed|s)? out\b", "outcomes"),
    # Going back to something is reverting to it ("did things go back to normal", "what did the outcomes
    # go back to"); "back in 2017" and "look back" are no such return.
    (r"\b(?:go|goes|going|gone|went|slid|slide|slip|slipped) back(?= to\b)", "revert"),
    # News "comes out" when it breaks, and what "came out of" something is what it led to; a video or an
    # article that came out was released.
    (r"\b(news|story|stories|scandal|allegations?|reports?) (?:came|come|comes|coming) out\b", r"\1 broke"),
    (r"\b(?:came|come|comes|coming) out of\b", "led to"),
    (r"\b(?:put|puts|putting|came|come|comes|coming) out\b", "released"),
    # "the next morning" says when, not what comes next ("what's next for her").
    (r"\b(?:the )?next (?:morning|day|night|week)\b", ""),
    (r"\bfirst (?=24 hours\b)", ""),
    # "the first year" is the year after the tweet that the 2018 article looks back on, all of its time:
    # "how many tweets in the first year" asks how many there were.
    (r"\b(?:in )?(?:the )?first year\b", ""),
    # So is the year after it counted in other words: "the one-year tweet count", "total tweets after a year",
    # "how many tweets followed in the next year" ("the one-year anniversary" is the video's day).
    (r"\b(?:one|1)[- ]year (?=(?:tweets?|posts?|count|total|number|figure)\b)", ""),
    (r"\b(tweets|posts|count|total)((?: \w+){0,2}?) (?:in|after|over|during|within) (?:the |a |one |1 )?"
     r"(?:next |following )?year\b(?! anniversar)", r"\1\2"),
    (r"\b(tweets|posts|count|total)((?: \w+){0,2}?) (?:a|one|1) year (?:later|on)\b", r"\1\2"),
    (r"\b(?:per|every|each) (day|week|month|year)\b", r"a \1"),
    (r"\bnet worth\b", "networth"),
    (r"\bst[eo]pp?(?:ed)? in\b|\bst(?:an|oo)d up for\b", "defended"),
    # "what is she known for", "her biography": who she is.
    (r"\b(?:best |most |well )?(?:known|famous|famed) for\b|\b(?:biography|bio|background)\b", "who"),
    # "her little girl", "milano's girl": a girl someone has is her daughter ("young girls of color" are not).
    (r"\blittle girl\b|(?<=\bher )(?:baby |young )?girl\b|(?<='s )girl\b", "daughter"),
    (r"\b(?:going|gone|go|went) on\b", "happening"),
    # Done "by one person", "by themselves", "on her own": alone.
    (r"\bby (?:one|1|a single) (?:person|woman|individual)\b|\b(?:all )?by (?:her|him|them)sel(?:f|ves)\b"
     r"|\bon (?:her|his|their) own\b|\bsingle[- ]?handed(?:ly)?\b", "alone"),
    # Time that "went by" passed: "as the years went by".
    (r"\b(?:going|gone|go|goes|went) by\b", "passed"),
    # "kicked everything off", "set it off": what started it.
    (r"\bkick(?:ed|s|ing)? (?:(?:it|this|everything|things|metoo|the movement) )?(?:off|start(?:ed)?)\b"
     r"|\bset(?:s|ting)? (?:it|this|everything|things|metoo|the movement) off\b", "started"),
    # A verb of starting with "off" before any object: "who kicked off the hashtag", "touched off the wave".
    (r"\b(?:kick(?:ed|s|ing)?|set(?:s|ting)?|touch(?:ed|es|ing)?|spark(?:ed|s|ing)?) off\b", "started"),
    # "a small piece of something bigger" is a part of it; "her time piece" alone stays her essay.
    (r"\b(?:piece|pieces|bit|bits) of\b", "part of"),
    # Handling something is reacting to it ("how did burke handle being sidelined"), a "twitter handle" not.
    (r"\bhandl(?:e|ed|es|ing)(?= (?:being|it|this|that|the)\b)", "react"),
    (r"\bmother of\b", "founder of"),
    # Who founded, owns or runs a platform asks about the company, which the articles never describe:
    # "who are the founders of twitter" is not who founded the movement that spread on it.
    (r"\b(?:(?:co-?)?founders?|creators?|owners?|ceo|inventors?|makers?) of " + _PLATFORMS
     + r"|\b(?:co-?)?(?:found|founded|create|created|invent|invented|own|owns|owned|run|runs|bought|buy|buys|"
     r"start|started) " + _PLATFORMS, "company owners"),
    # "my mom asked me" is who is asking, so those words are filler; "elizabella's dad", "her mom",
    # "milanos brother" ask about a relative the articles may not name.
    (_NOT_THE_ASKER + r"\b(dad|daddy|mom|mommy|mum|brother|sister|cousin|parents)\b", _relative),
    # "who made the hashtag go viral": who sparked it, not who is named beside the word "viral".
    (r"\b(?:made|make|makes|making|got|get|gets) ((?:\w+ ){0,2}?)(?:to )?(?:go|went|goes|going) viral\b",
     r"sparked \1viral"),
    (r"\bturn(?:ed|s|ing)? into\b", "became"),
    # What a number or a name "stands for" is what it means: "what does 4673 stand for".
    (r"\b(?:stand|stands) for\b", "means"),
]

_BINARY_TAG = (
    r"(?:yes or no|true or false|t or f|y or n|right or wrong|fact or fiction|fact or myth|myth or fact"
    r"|real or fake|true or not|correct or not|right or not)"
)

# Round 8's phrases, read before the ones above.
_EARLY_PHRASES = [
    # "in the first place" stresses a question ("why did she post it in the first place"); it names no place
    # and no first one.
    (r"\bin the first place\b", ""),
    # How someone sees or describes themselves: "who I said I was, ... somebody who was in service".
    (r"\b(?:describe[sd]?|describing|see[sn]?|saw|call(?:s|ed)?|consider(?:s|ed)?|view(?:s|ed)?) "
     r"(?:herself|himself|themselves|themself)\b", "who service"),
    # Standing up for someone: "backed burke", "spoke up for her", "had her back" (not "back in 2017").
    (r"\bback(?:ed|s|ing)\b(?! (?:in|then|when|to|from|up|down|off))"
     r"|\bhad (?:her|his|their|\w+s) backs?\b", "supported"),
    (r"\b(?:spoke|speak|speaks|speaking|stood|stand|stands|standing|stuck|stick) up for\b", "made sure"),
    # "who did milano date", "who is burke married to": a partner the articles never name, not a date.
    (r"\b((?:did|does|is|was|has|been) (?:\w+ ){1,2})(?:date|dating|dated|marry|married)\b",
     r"\1spouse"),
    # "did many people reply": whether a lot did, as the articles say it ("a lot of people replied");
    # "how many people" asks for a number instead.
    (r"(?<!\bhow )(?<!\bso )\b(?:many|lots of|a lot of|loads of|tons of) (people|women|survivors)\b",
     r"lot \1"),
    # A fight with someone, or over something, is a conflict ("did burke want to fight with milano"); a fight
    # against something may be dismantling it.
    (r"\b(?:fight|fights|fighting|fought) (with|over)\b", r"conflict \1"),
    # Saying "me too", as a thing that became something, is the declaration ("what has saying me too turned
    # into": 'the declaration "me too" has become a battle cry').
    (r"\bsaying metoo\b(?= (?:became|become|becomes|mean|means|meant|turn))",
     "declaration metoo"),
    # An ordinal anniversary is the articles' "one-year" or "five-year" one ("the first anniversary", "her 5th
    # anniversary"); "first" alone would read as "original".
    (r"\b(?:first|1st) anniversar", "1 year anniversar"),
    (r"\b(?:fifth|5th) anniversar", "5 year anniversar"),
    (r"\b(?:tenth|10th) anniversar", "10 year anniversar"),
    # Whom someone was thinking of when they acted is who spurred them ("who was milano thinking of when she
    # sent it": her daughter).
    (r"\b(?:was|were|is) ((?:\w+ ){0,2})thinking (?:of|about)\b", r"\1spurred"),
    # Whether one thing is the whole of another asks what part of it it is ("is metoo the whole movement",
    # "does burke think metoo is the whole movement": "a tiny part of a large movement").
    (r"\b(?:(is|was|isnt|wasnt) (metoo|it|the hashtag|this)|(metoo|it|the hashtag|this) (is|was)) "
     r"(?:just |really |actually )?(?:the|a) whole (movement|thing|story)\b", r"\1\3 \2\4 part \5"),
    # The answer's two choices offered as a tag, before or after a claim ("milano ignored burke true or
    # false", "yes or no: burke started it"): the claim is asked about, tagged as "right" would tag it,
    # and the choice words ("false" weighs most, as a word no passage holds) are no content.
    (r"^\W*" + _BINARY_TAG + r"\W+(.+)$", r"\1 right"),
    (r"\W+" + _BINARY_TAG + r"\W*$", " right"),
]
# Each tried only where the message holds the text it needs, read from the pattern itself (see
# knowledge/guards.py): forty-odd scans of a long message were a tenth of its time.
_PHRASE_PATTERNS = [(Guarded(pattern), words) for pattern, words in (*_EARLY_PHRASES, *_PHRASES)]

# Filler that long chatty messages wrap a question in ("i was reading about", "i always thought",
# "i wanted to know"): not what the question is about.
_FILLER = (
    "reading wondering wonder wondered curious thought always wanted heard guess read saw sure quick random "
    "dumb stupid silly arguing argue debate possibly right describe describes described define defines "
    "mention mentions mentioned teacher teachers professor prof class classmate assignment "
    "project roommate sister brother cousin boyfriend girlfriend coworker bot chatbot "
    "presentation mom dad parents report reports reported reporting summarize summarise summary recap "
    "overview explain quote quotes quoted quotation typing texting"
)
# Hedges and intensifiers that wrap a question's words without changing what it asks ("the whole metoo
# thing", "the REAL creator", "is it true there were like...", "roughly").
_HEDGES = (
    "whole entire real true truly specific specifically roughly approximately basically literally maybe "
    "perhaps someday ever even certain particular personal copy wording text correct accurate accurately "
    "confirm legit factual seem seems seemed seemingly apparently supposedly allegedly together ahead"
)
# The nouns of a question that asks for a kind of thing ("which outlet", "what city"): the kind is the
# question's intent (see KIND_PATTERNS), not a word a passage should share.
_KIND_NOUNS = (
    "outlet outlets newspaper newspapers paper papers publication publications network networks channel "
    "website journal city cities country countries place town towns location hometown"
)

# Words that frame a question rather than say what it is about ("what time", "what's it called"):
# they still help rank, but a question made only of these is not covered by the articles.
GENERIC_WORDS = frozenset(
    """
    time thing things stuff way lot name named call called mean means meaning happen happened happening
    get go make come take use used need kind sort today year years day days ago people person
    say said someone everyone anyone info information question questions answer find try tried suppose
    supposed long date think opinion view known feel feeling felt know react reaction reacted give gave
    given put word words exact article articles according source sources lady ladies guy guys gal dude
    volume volumes quantity quantities cope coped coping deal dealt dealing every single each
    month months week weeks refer refers referring referred ring rings ringing rang dial dials
    dialing dialling dialed dialled list lists listed listing
    """.split()  # noqa: SIM905 - a word list reads best as words
) | frozenset(_FILLER.split()) | frozenset(_KIND_NOUNS.split()) | frozenset(_HEDGES.split())

# "who carries the shame", "who decides": a group of people answers "who did X" as a name does.
GROUP_WORDS = "survivors women men girls people victims"
# The nouns that say who someone is, set before a name ("her daughter Elizabella"), as a regex alternation.
ROLE_NOUNS = (
    "daughter|son|mother|father|wife|husband|sister|brother|actress|actor|activist|author|personality|"
    "founder|creator|host|journalist|writer|singer|researcher|producer|director"
)
# "who is X": the articles introduce people by their role.
ROLE_WORDS = "founder creator actress activist author personality"
# "when did it go viral": with nobody named, "it" is the movement this bot is about.
TOPIC_WORDS = "metoo"
# Words that set two things side by side ("the first day compared to the first year"): what is compared
# is the question; a passage saying "compared" counts, one that does not is not held to it.
COMPARE_WORDS = frozenset(
    "compare compared comparison comparing versus vs difference differences contrast".split()  # noqa: SIM905
)

# "where": the places the articles name.
PLACE_WORDS = "country world nearest local"
# A claim's relative ("her son") is checked against the relatives the articles name.
KIN_WORDS = "daughter"
# "which outlet": the outlets the articles name.
OUTLET_WORDS = "time makers"

# What a passage must contain to answer a question that asks for a kind of thing, read from its text as
# written (case matters: "Time" the magazine, not "this time last year"). A question asking "which outlet"
# is not answered by a passage that shares its other words but names no outlet.
KIND_PATTERNS: dict[str, str] = {
    "outlet": (
        r"\b(?:Time|TIME|MAKERS|NBC\w*|CNN|BBC|HuffPost|Huffington Post|"
        r"[A-Z][a-z]+(?: [A-Z][a-z]+)* (?:Times|Post|Journal|News|Magazine|Herald|Tribune|Gazette))\b"
    ),
    "law": r"\b[A-Z][\w'-]*(?: [A-Z][\w'-]*)* (?:Act|Bill|Law|Amendment|Statute)\b|\bTitle [IVX]+\b",
    "place": (
        r"(?i:\b(?:country|countries|world|nearest|local|city|cities|state|states|nation|nations|bed|home|"
        r"house|room|court|school|office|stage|street|social media|online|internet)\b)|"
        r"\b(?:America|United States|U\.S\.|New York(?! Times)|Hollywood|Los Angeles)\b"
    ),
    # Whom something was for: "for young girls of color", "for women and men" (not "for those").
    "group": (
        r"(?i:\bfor (?:\w+ ){0,2}(?:girls|boys|women|men|survivors|children|kids|people|communities|victims|"
        r"youth)\b)"
    ),
    # "what percentage of women": only a share given as one ("40%", "four in ten") answers it.
    "percent": (
        r"(?i:\d\s*%|\bper ?cent\b|\bpercentage\b|"
        r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine) (?:in|out of) "
        r"(?:three|four|five|ten|hundred|\d{1,3})\b(?! \w*(?:hour|day)))"
    ),
    # A named body: "Pew Research Center", "the National Women's Law Center", "Harvard University".
    "organisation": (
        r"\b[A-Z][\w'-]* (?:Center|Centre|Institute|Foundation|University|Organization|"
        r"Organisation|Association|Council|Agency|Commission|Network|Alliance|Coalition)\b"
    ),
    # A named city or state.
    "city": (
        r"\b(?:New York(?! Times)|Los Angeles|Hollywood|Chicago|Washington|Philadelphia|Atlanta|Boston|"
        r"San Francisco|London|Paris|Bronx|Brooklyn|Alabama|California|Texas|Georgia)\b"
    ),
    # A thing's length.
    "length": r"(?i:\b\d+[\s-]*(?:minutes?|mins?|seconds?|pages?|words?)\b)",
    # Someone's own words quoted as a sentence (eight words or more), not a phrase set in quotation marks.
    "quote": r"[\"\u201c](?:[^\"\u201c\u201d\s]+\s+){7,}[^\"\u201c\u201d]*[\"\u201d]",
    # How a number was reached: "by analyzing", "a survey of", "the method".
    "method": (
        r"(?i:\bby (?:counting|analy[sz]ing|tracking|measuring|surveying|searching|sampling)\b"
        r"|\banaly[sz]is\b|\bmethod(?:s|ology)?\b|\bsurvey(?:ed|s)?\b)"
    ),
    # A named platform.
    "platform": r"\b(?:Twitter|Facebook|Instagram|TikTok|YouTube|Reddit|Tumblr|LinkedIn|Snapchat|Threads)\b",
    # Someone named as answering the tweet: "Viola Davis replied", "the first to respond was ...".
    "responder": (
        r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)? (?:was the first to|(?:quickly |also )?(?:replied|responded))\b"
        r"|\b(?:first|earliest) (?:to (?:reply|respond)|replies|responses) (?:came )?(?:from|was|were)\b"
    ),
    # A past occupation: "worked as", "a former teacher", "before becoming".
    "prior_job": (
        r"(?i:\b(?:worked as|used to (?:be|work)|formerly|former|previously|before becoming|career as|"
        r"job as|a job at)\b)"
    ),
    # A time of day: "9 p.m.", "at noon", "one night".
    "clock": (
        r"(?i:\b\d{1,2}(?::\d\d)?\s*(?:a\.?m\b\.?|p\.?m\b\.?)|\bo'?clock\b|"
        r"\b(?:midnight|noon|morning|afternoon|evening|night|overnight)\b)"
    ),
    # Legal action taken: "sued", "a lawsuit", "pressed charges" ("the court of law" is no action).
    "legal": (
        r"(?i:\b(?:sued|sues|suing|lawsuits?|legal action|pressed charges"
        r"|filed (?:a )?(?:suit|complaint|charges))\b)"
    ),
    # An award or honour given: "named Person of the Year", "won a prize".
    "award": r"(?i:\b(?:awards?|awarded|prizes?|person of the year|nominat\w*|trophy|trophies|medals?)\b)",
    # Letters spelled out: "RAINN stands for", "short for", "an acronym".
    "expansion": r"(?i:\bstands? for\b|\bshort for\b|\bacronym\b|\babbreviat\w*)",
    # A gift given: "a gift for", "presents for".
    "gift": r"(?i:\bgifts?\b|\bpresents? (?:for|to)\b)",
    # A reason given: "because", "spurred her", "the reason", "so that".
    "reason": r"(?i:\b(?:because|spurred|the reason|so that|due to)\b)",
    # A number given per day, week...: the answer to "how many a day", not to "how many in all".
    "rate": r"(?i:\b\d[\d,.]*(?: \S+){0,3}? (?:a|per|each|every) (?:day|week|month|year|hour)\b)",
}
# "how long": the articles give durations with these words.
DURATION_WORDS = "decades years ago"
# "why did X": the articles give reasons with these words.
CAUSE_WORDS = "spurred because reason"


# The whole words the phrases are written with ("biography", "amends", "girl"), so that a typo in one is
# corrected like a typo in an article's word.
def _phrase_words() -> frozenset[str]:
    found: set[str] = set()
    for pattern in [*(p for p, _ in _PHRASES), *(p for p, _ in _EARLY_PHRASES), *CLOSING_PATTERNS]:
        # An ending group glued to a stem ("set(?:s|ting)") holds endings, not words.
        whole = re.sub(r"(?<=[a-z])(?<!\\[a-z])\(\?:[^)]*\)", "", pattern)
        found.update(re.findall(r"(?<![\\?])\b[a-z]{4,}\b", whole))
    return frozenset(found)


PHRASE_WORDS = _phrase_words()


def rewrite_phrases(folded: str) -> str:
    """`folded` with the lexicon's multi-word phrases replaced by the article's words."""
    folded = drop_closing(folded)
    for pattern, replacement in _PHRASE_PATTERNS:
        folded = pattern.sub(replacement, folded)
    return folded
