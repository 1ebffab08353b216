"""Questions about the articles themselves are answered from their headers, never from a passage."""

from __future__ import annotations

import pytest

from knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("question", "field"),
    [
        ("who wrote the article", "author"),
        ("who is the journalist", "author"),
        ("when was the article published", "date"),
        ("who published the articles", "publisher"),
        ("what newspaper is the article from", "publisher"),
        ("what are the titles of the articles", "title"),
        ("what are your sources", "title"),
        ("what sources do you use", "title"),
        ("author of the one year later piece?", "author"),
        ("who is the author", "author"),
        ("list your sources", "title"),
        ("where is your information from", "title"),
    ],
)
def test_a_header_question_asks_for_its_field_in_every_article(
    knowledge_base: KnowledgeBase, question: str, field: str
) -> None:
    about = knowledge_base.about_sources(question)
    assert about is not None and about.field == field
    assert about.documents == knowledge_base.documents


def test_the_author_comes_from_the_byline_and_a_missing_one_is_none(knowledge_base: KnowledgeBase) -> None:
    about = knowledge_base.about_sources("who wrote the article")
    assert about is not None
    assert [about.value(d) for d in about.documents] == ["Paulina Cachero", None]


@pytest.mark.parametrize(
    ("question", "date"),
    [
        ("who wrote the 2018 article", "Oct. 15, 2018"),
        ("who is the author of the first article", "Oct. 15, 2018"),
        ("who wrote the article about the anniversary", "October 2022"),
        ("when was the second article written", "October 2022"),
        ("who is paulina cachero", "Oct. 15, 2018"),
        ("who wrote the story about 19 million tweets", "Oct. 15, 2018"),
        ("who wrote the piece about the anniversary", "October 2022"),
        ("which publication ran the anniversary piece", "October 2022"),
        ("which article came out first", "Oct. 15, 2018"),
    ],
)
def test_words_of_a_header_pick_one_article(knowledge_base: KnowledgeBase, question: str, date: str) -> None:
    about = knowledge_base.about_sources(question)
    assert about is not None and [d.date for d in about.documents] == [date]


@pytest.mark.parametrize(
    ("question", "field"),
    [
        ("who authored the piece dated oct 15, 2018?", "author"),  # the date picks the article
        ("is the makers piece dated 2019", "date"),  # a year to check against the header's
        ("how is the article dated", "date"),
        ("does the second article carry a content note at the top", "note"),
        ("does the makers piece include a byline", "author"),
    ],
)
def test_a_date_or_a_verb_beside_the_field_is_not_the_field_asked(
    knowledge_base: KnowledgeBase, question: str, field: str
) -> None:
    about = knowledge_base.about_sources(question)
    assert about is not None and about.field == field


@pytest.mark.parametrize(
    "question",
    [
        "what does the article say about burke",  # about the content
        "who wrote the essay in the article",  # Burke wrote the essay: a passage says so
        "which author helped keep burkes work from being erased",  # an author in the article
        "who wrote the time essay",
        "who started metoo",
    ],
)
def test_questions_about_what_the_articles_say_are_not_header_questions(
    knowledge_base: KnowledgeBase, question: str
) -> None:
    assert knowledge_base.about_sources(question) is None


@pytest.mark.parametrize("question", ["who broke the weinstein story", "what story did milano tell"])
def test_a_story_in_the_articles_is_not_a_question_about_the_articles(
    knowledge_base: KnowledgeBase, question: str
) -> None:
    assert knowledge_base.about_sources(question) is None


def test_a_photo_credit_is_read_from_the_caption_the_question_describes(
    knowledge_base: KnowledgeBase,
) -> None:
    about = knowledge_base.about_sources("who photographed burke at the red carpet")
    assert about is not None and about.field == "photo"
    assert about.photos == (("Tarana Burke on the red carpet", "Michael Loccisano / Getty Images"),)
    (document,) = about.documents
    assert about.value(document) == (
        "the photo \u201cTarana Burke on the red carpet\u201d to Michael Loccisano / Getty Images"
    )


@pytest.mark.parametrize(
    ("question", "captions"),
    [
        ("getty images closeup milano burke",
         ["Closeup of Alyssa Milano and Tarana Burke", "Closeup of Tarana Burke and Alyssa Milano"]),
        ("getty protest photo", ["A Me Too protest"]),
        ("what did getty images shoot", None),  # the agency's every photo
    ],
)
def test_an_agency_named_with_a_caption_gets_that_photos_credit(
    knowledge_base: KnowledgeBase, question: str, captions: list[str] | None
) -> None:
    about = knowledge_base.about_sources(question)
    assert about is not None and about.field == "photo"
    assert [c for c, _ in about.photos] == (captions or [c for c, _ in knowledge_base.documents[1].photos])


def test_a_question_about_two_photos_gets_the_credit_of_each(knowledge_base: KnowledgeBase) -> None:
    about = knowledge_base.about_sources("who took the photo of the protest and who took the podium one")
    assert about is not None
    captions = {caption for caption, _ in about.photos}
    assert captions == {"A Me Too protest", "Tarana Burke speaking at a podium"}


@pytest.mark.parametrize(
    "question",
    ["who invented the digital image sensor", "did milano post a picture", "who was in the news"],
)
def test_a_photo_word_alone_does_not_make_a_question_about_the_photos(
    knowledge_base: KnowledgeBase, question: str
) -> None:
    about = knowledge_base.about_sources(question)
    assert about is None or about.field != "photo"


def test_the_content_note_is_read_from_the_page_and_a_missing_one_is_none(
    knowledge_base: KnowledgeBase,
) -> None:
    about = knowledge_base.about_sources("does the article have a content warning")
    assert about is not None and about.field == "note"
    assert [about.value(d) for d in about.documents] == [None, "\u201cDiscussion of sexual assault\u201d"]


@pytest.mark.parametrize("question", ["any content warnings?", "trigger warnings on this?"])
def test_a_content_note_asked_about_alone_is_about_the_page(
    knowledge_base: KnowledgeBase, question: str
) -> None:
    about = knowledge_base.about_sources(question)
    assert about is not None and about.field == "note"


def test_a_trigger_warning_of_the_readers_own_is_not_about_the_page(knowledge_base: KnowledgeBase) -> None:
    assert knowledge_base.about_sources("how do i write a trigger warning for my essay") is None


@pytest.mark.parametrize(
    ("question", "line"),
    [
        ("where could i read burke's essay", "You can read Tarana's full essay here."),
        ("where can i see the makers interviews", "Watch all of MAKERS' exclusive interviews with Tarana "
         "Burke here."),
    ],
)
def test_where_to_read_or_watch_is_the_line_pointing_to_it(
    knowledge_base: KnowledgeBase, question: str, line: str
) -> None:
    about = knowledge_base.about_sources(question)
    assert about is not None and about.field == "link" and about.links == (line,)


def test_where_to_find_something_no_line_points_to_is_left_to_the_passages(
    knowledge_base: KnowledgeBase,
) -> None:
    assert knowledge_base.about_sources("where can i find a therapist near me") is None


def test_an_article_named_by_what_it_says_is_picked_by_its_text(knowledge_base: KnowledgeBase) -> None:
    about = knowledge_base.about_sources("when was the piece with the makers interview published")
    assert about is not None and about.field == "date"
    assert [d.date for d in about.documents] == ["Oct. 15, 2018"]


def test_a_story_is_not_taken_for_an_article_named_by_its_text(knowledge_base: KnowledgeBase) -> None:
    # "story" may be the news story itself: the outlet that broke it is no header question.
    assert knowledge_base.about_sources("which outlet broke the weinstein story") is None


def test_a_header_question_joined_to_a_passage_question_is_split_from_it(
    knowledge_base: KnowledgeBase,
) -> None:
    split = knowledge_base.split_sources("when was the second article published and what did milano tweet")
    assert split is not None
    about, rest = split
    assert about.field == "date" and [d.date for d in about.documents] == ["October 2022"]
    assert rest == "what did milano tweet"


@pytest.mark.parametrize(
    "question",
    ["what did milano tweet", "what did burke tell makers and what did she write for time",
     "who is tarana burke and when did milano tweet"],
)
def test_only_a_header_question_joined_to_a_passage_question_is_split(
    knowledge_base: KnowledgeBase, question: str
) -> None:
    assert knowledge_base.split_sources(question) is None


@pytest.mark.parametrize(
    ("question", "field"),
    [("who wrotte the artile", "author"), ("whats the titlw of the makers article", "title")],
)
def test_a_typo_in_a_header_questions_own_words_is_corrected(
    knowledge_base: KnowledgeBase, question: str, field: str
) -> None:
    found = knowledge_base.about_sources(question)
    assert found is not None and found.field == field


def test_a_header_question_asking_beyond_the_headers_is_left_to_the_passages(
    knowledge_base: KnowledgeBase,
) -> None:
    assert knowledge_base.about_sources("where else has paulina cachero written") is None


@pytest.mark.parametrize("question", ["how do i find a local center", "can i find a local center"])
def test_how_to_find_a_local_center_is_the_line_pointing_to_it(
    knowledge_base: KnowledgeBase, question: str
) -> None:
    found = knowledge_base.about_sources(question)
    assert found is not None and found.field == "link"
    assert any("local center" in (found.value(d) or "") for d in found.documents)


def test_whose_photo_asks_for_its_credit(knowledge_base: KnowledgeBase) -> None:
    found = knowledge_base.about_sources("red carpet pic of burke, whose photo is it")
    assert found is not None and found.field == "photo"


@pytest.mark.parametrize(
    ("question", "title"),
    [
        ("what is the first article about", "19 Million #MeToo Tweets Later"),
        ("summarize the second article", "5-Year Anniversary"),
        ("whats the gist of the makers piece", "19 Million #MeToo Tweets Later"),
    ],
)
def test_what_an_article_is_about_as_a_whole_is_its_headline(
    knowledge_base: KnowledgeBase, question: str, title: str
) -> None:
    about = knowledge_base.about_sources(question)
    assert about is not None and about.field == "title"
    (document,) = about.documents
    assert title in (about.value(document) or "")


@pytest.mark.parametrize("question", ["what is the weinstein story about", "what was milano's tweet about"])
def test_what_a_thing_in_the_articles_is_about_is_left_to_the_passages(
    knowledge_base: KnowledgeBase, question: str
) -> None:
    assert knowledge_base.about_sources(question) is None


@pytest.mark.parametrize(
    ("question", "caption"),
    [
        ("what photos did sarah morris take", "A Me Too protest"),
        ("what did chelsea guglielmino photograph", "Tarana Burke speaking at a podium"),
        ("did nbc take a photo", "Closeup of Tarana Burke and Alyssa Milano"),
    ],
)
def test_a_photographer_named_asks_for_the_photos_credited_to_them(
    knowledge_base: KnowledgeBase, question: str, caption: str
) -> None:
    about = knowledge_base.about_sources(question)
    assert about is not None and about.field == "photo"
    assert [c for c, _ in about.photos] == [caption]


@pytest.mark.parametrize("question", ["what is getty images", "who founded getty images"])
def test_an_agency_asked_about_itself_is_not_a_photo_question(
    knowledge_base: KnowledgeBase, question: str
) -> None:
    assert knowledge_base.about_sources(question) is None


def test_a_header_question_after_a_chatty_opening_is_still_one(knowledge_base: KnowledgeBase) -> None:
    about = knowledge_base.about_sources("hope you're well. who wrote the 2018 article")
    assert about is not None and about.field == "author"


def test_two_header_fields_joined_by_and_are_both_asked_in_order(knowledge_base: KnowledgeBase) -> None:
    about = knowledge_base.about_sources("who wrote the makers article and on what date")
    assert about is not None and about.field == "author"
    assert about.also is not None and about.also.field == "date"
    assert about.also.documents == about.documents
    (document,) = about.documents
    assert about.also.value(document) == "Oct. 15, 2018"


def test_a_header_question_joined_to_a_passage_question_has_one_field(knowledge_base: KnowledgeBase) -> None:
    about = knowledge_base.about_sources("who wrote the makers article")
    assert about is not None and about.also is None


@pytest.mark.parametrize(
    "question",
    ["patrick mcmullan", "nbc photo?", "is there a picture of a protest",
     "what photos are in the 5 year article", "which photo agency supplied the pics"],
)
def test_what_the_page_shows_and_who_supplied_it_are_photo_questions(
    knowledge_base: KnowledgeBase, question: str
) -> None:
    about = knowledge_base.about_sources(question)
    assert about is not None and about.field == "photo"


def test_a_regular_past_of_an_irregular_verb_is_no_typo_for_a_header_word(
    knowledge_base: KnowledgeBase,
) -> None:
    assert knowledge_base.about_sources("wat did milano writed in her tweet") is None


@pytest.mark.parametrize(
    "question", ["is the elizabella video article from 2019?", "wat date was the makers story published"]
)
def test_a_date_to_check_or_an_article_named_by_its_outlet_asks_for_the_header_date(
    knowledge_base: KnowledgeBase, question: str
) -> None:
    about = knowledge_base.about_sources(question)
    assert about is not None and about.field == "date"
    (document,) = about.documents
    assert about.value(document) == "Oct. 15, 2018"


def test_a_news_story_is_still_no_article(knowledge_base: KnowledgeBase) -> None:
    assert knowledge_base.about_sources("when was the weinstein story published") is None


@pytest.mark.parametrize(
    ("question", "caption"),
    [
        ("who photographed the street demonstration", "A Me Too protest"),
        ("what do the pictures of demonstrators show", "A Me Too protest"),
        ("who took the close up of the two women", "Closeup of Alyssa Milano and Tarana Burke"),
        ("where was burke snapped by michael loccisano", "Tarana Burke on the red carpet"),
    ],
)
def test_other_words_for_a_photo_and_what_it_shows_reach_its_caption(
    knowledge_base: KnowledgeBase, question: str, caption: str
) -> None:
    about = knowledge_base.about_sources(question)
    assert about is not None and about.field == "photo"
    assert caption in {c for c, _ in about.photos}
