"""Words for another person and for a story, shared by the patterns that read danger from someone else
(danger_returning.py, round 17; someone_else.py, round 18), which each had their own copy (round 19)."""

from __future__ import annotations

__all__ = ["PERSON", "ROLE", "STORY_WORDS"]

# Jokes, games and stories: a threat inside one is not the writer's danger.
STORY_WORDS = (r"jk|kidding|game|games|fortnite|minecraft|movie|episode|book|novel|story|character|tv show|"
               r"script|fanfic|lyrics?")
# A person named by a role ("my sisters ex", "the bishops driver").
ROLE = (r"(?:ex|husband|hubby|boyfriend|partner|wife|girlfriend|dad|father|stepdad|stepfather|mom|mum|"
        r"mother|brother|uncle|cousin|roommate|flatmate|landlord|boss|manager|coach|teacher|driver|neighbou?r|"
        r"guy|man|men|priest|pastor|officer|sergeant|client|customer|carer|caregiver|nurse|doctor)")
# Another person: a pronoun, someone, or a person named by a role.
PERSON = rf"(?:he|she|they|someone|somebody|(?:my|our|the|a|his|her|this) (?:\w+ )?{ROLE})"
