"""Page chrome comes off; the article's own paragraphs stay, whole."""

from __future__ import annotations

from knowledge.cleaning import clean_body, content_notes, link_lines, photo_credits, split_sentences

TITLE = "Five Years Of A Hashtag"
BODY = f"""{TITLE}

{TITLE}

By Jane Writer

Oct 15, 2022

  \u2022 Oops!
    Something went wrong.
    Please try again later.

Discussion of sexual assault.

The hashtag spread around the world in a single day.

A crowd at a march
Jane Photographer / Getty Images

She said the work "can't be done alone." You can read her full essay here.

Speaker at a podium
Someone Else via Getty Images

Watch all of the interviews here.

MenuGearLanguageEmailInstagramFacebookLinkedInTumblrYouTubeTwitterSearchArrow RightClose X
"""


def _clean() -> tuple[str, ...]:
    return clean_body(BODY, title=TITLE, byline="Jane Writer", date="Oct. 15, 2022")


def test_only_the_article_paragraphs_remain() -> None:
    assert _clean() == (
        "The hashtag spread around the world in a single day.",
        'She said the work "can\'t be done alone."',
    )


def test_repeated_title_byline_and_date_lines_are_gone() -> None:
    text = " ".join(_clean())
    assert TITLE not in text
    assert "Jane Writer" not in text
    assert "Oct 15" not in text


def test_widget_errors_content_note_and_navigation_are_gone() -> None:
    text = " ".join(_clean())
    for chrome in ("Oops", "went wrong", "try again", "Discussion of", "MenuGear"):
        assert chrome not in text


def test_photo_captions_and_credits_are_gone() -> None:
    text = " ".join(_clean())
    for chrome in ("Getty", "crowd at a march", "podium", "Photographer"):
        assert chrome not in text


def test_links_to_elsewhere_are_cut_but_the_sentence_before_them_stays() -> None:
    paragraphs = _clean()
    assert not any("here." in p for p in paragraphs)
    assert paragraphs[1].endswith('done alone."')


def test_a_sentence_is_not_taken_for_a_caption_above_a_credit() -> None:
    body = "She spoke for an hour.\nJane Photographer / Getty Images"
    assert clean_body(body, title="T") == ("She spoke for an hour.",)


def test_wrapped_lines_of_one_paragraph_are_joined() -> None:
    assert clean_body("One sentence that\nwraps onto a second line.", title="T") == (
        "One sentence that wraps onto a second line.",
    )


def test_sentences_split_after_full_stops_but_not_after_abbreviated_months() -> None:
    text = 'It went viral on Oct. 15, 2017. Millions replied. "Me too," they wrote.'
    assert split_sentences(text) == [
        "It went viral on Oct. 15, 2017.",
        "Millions replied.",
        '"Me too," they wrote.',
    ]


def test_each_photo_keeps_its_caption_and_credit_beside_the_paragraphs() -> None:
    assert photo_credits(BODY) == (
        ("A crowd at a march", "Jane Photographer / Getty Images"),
        ("Speaker at a podium", "Someone Else via Getty Images"),
    )


def test_the_content_note_and_link_lines_are_kept_beside_the_paragraphs() -> None:
    assert content_notes(BODY) == ("Discussion of sexual assault.",)
    # A link sentence cut from the end of a paragraph points somewhere too, like a line of its own.
    assert link_lines(BODY) == ("You can read her full essay here.", "Watch all of the interviews here.")
