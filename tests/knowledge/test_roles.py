"""Round 16 of issue 11: a person named by role is the person the articles give that role."""

from __future__ import annotations

from knowledge import KnowledgeBase
from knowledge.roles import Roles

_TEXTS = [
    "Today marks the moment actress Jane Doe sent the post. Doe had woken up to replies.",
    "In a video the actress and activist released, she spoke. The campaign was big.",
    "The campaign grew, the campaign spread, the campaign lasted: campaign Mary Roe and the campaign again,"
    " campaign, campaign. Roe spoke.",
    "Readers including Springfield Tribune readers wrote in.",
]


def test_roles_are_read_from_appositions_and_coordination() -> None:
    assert Roles(_TEXTS).people == {"actress": "Jane Doe", "activist": "Jane Doe"}


def test_a_question_naming_no_one_gets_the_role_as_the_person() -> None:
    assert Roles(_TEXTS).name("what did the activist post") == "what did Doe post"


def test_a_question_asking_who_holds_the_role_keeps_the_role() -> None:
    assert Roles(_TEXTS).name("who is the actress here") == "who is actress Doe here"
    assert Roles(_TEXTS).name("name the actress") == "name actress Doe"


def test_a_question_naming_someone_keeps_its_role() -> None:
    roles = Roles(_TEXTS)
    assert roles.name("what did the actress say about doe") == "what did the actress say about doe"
    assert roles.name("did the actress mention roe", named=["roe"]) == "did the actress mention roe"


def test_the_activist_is_the_actress_of_the_articles(knowledge_base: KnowledgeBase) -> None:
    found = knowledge_base.answer("what does the activist hope for her daughter's generation").matches
    assert found and "your generation" in found[0].passage.text


def test_the_creator_is_burke(knowledge_base: KnowledgeBase) -> None:
    found = knowledge_base.answer("what did the creator write for time").matches
    assert found and "Tarana wrote" in found[0].passage.text


# Round 20b: a role noun with what it is of before the name; a quote's question mark ends no apposition.
_OF_TEXTS = [
    'The organizer of the original "walk now." march by Mary Roe spoke.',
    'Am I in service of readers?" Mary Roe asks. Roe spoke again.',
]


def test_a_role_with_what_it_is_of_is_read_before_the_name() -> None:
    assert Roles(_OF_TEXTS).people == {"organizer": "Mary Roe"}


def test_asking_the_name_of_or_which_one_holds_a_role_keeps_the_role() -> None:
    roles = Roles(_OF_TEXTS)
    assert roles.name("name of the organizer pls") == "name of organizer Roe pls"
    assert roles.name("which one is the organizer") == "which one is organizer Roe"


def test_a_name_among_the_options_of_the_message_keeps_the_role() -> None:
    asked = "which one is the organizer"
    assert Roles(_OF_TEXTS).name(asked, message=f"roe / doe: {asked}") == asked


def test_the_founder_is_burke(knowledge_base: KnowledgeBase) -> None:
    found = knowledge_base.answer("when did the founder write for time").matches
    assert found and "essay for Time" in found[0].passage.text
    found = knowledge_base.answer("which women backed the founder").matches
    assert found and "Bevy Smith" in found[0].passage.text


def test_a_question_naming_one_person_reads_another_by_role() -> None:
    roles = Roles([*_TEXTS, *_OF_TEXTS])
    assert roles.name("how did doe make it up to the organizer") == "how did doe make it up to Roe"
    assert roles.name("is jane doe the actress") == "is jane doe the actress"
    assert roles.name("did ajayi back the organizer", named=["ajayi"]) == "did ajayi back the organizer"


def test_milano_making_amends_with_the_founder_gets_her_apology(knowledge_base: KnowledgeBase) -> None:
    found = knowledge_base.answer("what did milano do to make amends with the founder").matches
    assert found and "tweeted an apology" in found[0].passage.text


def test_a_role_claimed_of_someone_is_kept() -> None:
    roles = Roles([*_TEXTS, *_OF_TEXTS])
    assert roles.name("was doe the organizer") == "was doe the organizer"
    assert roles.name("is jane doe the organizer, right") == "is jane doe the organizer, right"
