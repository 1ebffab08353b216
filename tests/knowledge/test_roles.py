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
