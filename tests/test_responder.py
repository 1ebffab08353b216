"""The reply core: what the bot decides to say, whatever the adapter."""

from __future__ import annotations

import pytest

from bot import texts
from bot.responder import MAX_QUOTE_CHARS, Responder, trim_to_sentences
from bot.safety import Assessment, Concern
from knowledge.hotline import HOTLINE_NUMBER, HOTLINE_PURPOSE

HOTLINE = HOTLINE_NUMBER


def test_question_answered_with_quote_source_and_hotline(responder: Responder) -> None:
    reply = responder.reply("who is tarana burke")
    assert reply.kind == "answer"
    assert reply.quote and reply.quote in reply.text
    assert reply.source == reply.matches[0].passage.document.citation
    assert reply.matches[0].passage.date in reply.text
    assert HOTLINE in reply.text


def test_answer_lists_ranked_passages_without_repeating_the_best(responder: Responder) -> None:
    reply = responder.reply("how many tweets used metoo")
    ids = [m.passage.id for m in reply.matches]
    assert len(ids) == len(set(ids)) >= 1


def test_off_topic_question_is_told_plainly_with_suggestions(responder: Responder) -> None:
    reply = responder.reply("who is the president of brazil")
    assert reply.kind == "no_match"
    assert "do not cover" in reply.body
    assert not reply.quote
    assert [b.data for b in reply.buttons][:3] == ["q:0", "q:1", "q:2"]
    assert HOTLINE in reply.text


@pytest.mark.parametrize("text", ["", "   ", "\U0001f600\U0001f622", "?!...", "\n\t"])
def test_messages_without_words_get_a_gentle_notice(responder: Responder, text: str) -> None:
    reply = responder.reply(text)
    assert reply.kind == "notice"
    assert "in words" in reply.body
    assert HOTLINE in reply.text


def test_huge_message_is_answered_not_refused(responder: Responder) -> None:
    reply = responder.reply("who founded the me too movement " * 5000)
    assert reply.kind in {"answer", "no_match"}
    assert HOTLINE in reply.text


def test_disclosure_is_answered_before_any_history(responder: Responder) -> None:
    reply = responder.reply("me too, when i was 15")
    assert reply.kind == "support"
    assert not reply.quote
    assert HOTLINE in reply.text


@pytest.mark.parametrize("index", range(len(texts.SUGGESTED_QUESTIONS)))
def test_every_suggested_question_button_gets_an_answer(responder: Responder, index: int) -> None:
    reply = responder.press(f"q:{index}")
    assert reply.kind == "answer", texts.SUGGESTED_QUESTIONS[index]


def test_answer_buttons_do_not_suggest_the_question_just_asked(responder: Responder) -> None:
    reply = responder.press("q:0")
    assert texts.SUGGESTED_QUESTIONS[0] not in [b.label for b in reply.buttons]
    assert reply.buttons[-1].data == "help"


def test_get_help_now_button_gives_hotline_with_what_it_does(responder: Responder) -> None:
    reply = responder.press("help")
    assert HOTLINE_PURPOSE in reply.text
    assert "911" in reply.text and "988" in reply.text


def test_operator_resources_are_added_to_the_hotline_page(knowledge_base) -> None:
    reply = Responder(knowledge_base, resources=("Riverside Centre: 555-0100",)).command("hotline")
    assert "Riverside Centre: 555-0100" in reply.text
    assert HOTLINE in reply.text


def test_sources_names_both_articles_with_byline_and_date(responder: Responder, knowledge_base) -> None:
    text = responder.command("sources").text
    for doc in knowledge_base.documents:
        assert doc.title in text and doc.date in text
    assert "Paulina Cachero" in text


def test_start_says_what_the_bot_is_and_gives_a_content_note(responder: Responder) -> None:
    text = responder.command("start").text
    assert "not a person" in text
    assert "sexual violence" in text
    assert HOTLINE in text


@pytest.mark.parametrize("typed", ["/start", "/START", "/start@metoo_info_bot", "/start now"])
def test_typed_commands_reach_the_command(responder: Responder, typed: str) -> None:
    assert responder.reply(typed).body == responder.command("start").body


def test_unknown_command_and_unknown_button_show_help(responder: Responder) -> None:
    assert responder.command("nope").body == texts.help_text()
    assert responder.press("q:99").body == texts.help_text()
    assert responder.press("garbage").body == texts.help_text()


@pytest.mark.parametrize("data", ["q:0", "help", "wrong", "learn", "stop", "exit", "x"])
def test_every_button_reply_carries_the_hotline(responder: Responder, data: str) -> None:
    assert HOTLINE in responder.press(data).text


def test_non_text_message_gets_text_only_notice(responder: Responder) -> None:
    reply = responder.non_text()
    assert reply.kind == "notice"
    assert "text" in reply.body
    assert HOTLINE in reply.text


def test_long_passage_is_trimmed_at_a_sentence_boundary() -> None:
    text = " ".join(f"Sentence number {i} is here." for i in range(100))
    trimmed = trim_to_sentences(text)
    assert len(trimmed) <= MAX_QUOTE_CHARS + 2
    assert trimmed.endswith("here. \u2026")


def test_short_passage_is_left_whole() -> None:
    assert trim_to_sentences("One. Two.") == "One. Two."


def test_one_endless_sentence_is_cut_with_an_ellipsis() -> None:
    trimmed = trim_to_sentences("word " * 500, limit=50)
    assert len(trimmed) <= 50 and trimmed.endswith("\u2026")


def test_words_after_a_command_are_read_for_safety_first(responder: Responder) -> None:
    assert responder.reply("/help he raped me").kind == "support"
    assert responder.reply("/i was raped").kind == "support"


def test_a_lone_slash_is_a_notice_not_a_crash(responder: Responder) -> None:
    assert responder.reply("/").kind == "notice"


def test_forget_in_a_group_points_to_the_private_chat(responder: Responder) -> None:
    text = responder.command("forget", chat="group").text
    assert "private chat" in text
    assert HOTLINE in text


def test_misread_answers_the_original_message_without_the_safety_check(responder: Responder) -> None:
    reply = responder.misread("me too milano tweet")
    assert reply.kind == "answer"
    assert reply.body.startswith(texts.MISREAD)


@pytest.mark.parametrize("original", [None, "", "\U0001f600", "/start"])
def test_misread_without_a_usable_original_goes_back_to_questions(responder: Responder, original) -> None:
    reply = responder.misread(original)
    assert reply.kind == "info"
    assert reply.buttons[-1].data == "help"


def test_quick_exit_outside_telegram_says_nothing_is_kept(responder: Responder) -> None:
    assert "Nothing from this conversation is kept" in responder.press("exit").body


def test_a_message_once_left_unanswered_is_now_recognised(responder: Responder) -> None:
    assert responder.reply("tonight i'm going to do it").kind == "support"


# Each retraining has moved these two across a threshold and back (round 16: "my friends dad came in the
# room" 0.03 under the disclosure threshold, round 20's weights 0.02 over, round 21's 0.1 under, round 22's
# over; "WHAT DO I DO NOW" held back since round 17, recognised by round 22's weights, held back by round
# 23's retraining with set 23). What a person can rely on either side of the line: the reply is the support
# reply, or it puts the hotline, 911 and 988 before anything else; never a bare "not covered" or a passage.
@pytest.mark.parametrize("text", ["my friends dad came in the room", "WHAT DO I DO NOW"])
def test_a_message_near_a_threshold_gets_help_first_on_either_side(responder: Responder, text) -> None:
    reply = responder.reply(text)
    assert HOTLINE_NUMBER in reply.text
    if reply.kind != "support":
        assert reply.body.startswith(texts.personal_no_match_text()[:80]), reply.body
        assert "911" in reply.body and "988" in reply.body


@pytest.mark.parametrize("text", ["i keep my grandmothers tweets from a day long ago", "my question tonight"])
def test_a_message_that_may_be_personal_offers_help_before_history(
    responder: Responder, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    # The safety layer half-sees a concern: no passage that shares the small words ("tweets", "a day")
    # answers it, and help comes first.
    monkeypatch.setattr("bot.responder.appraise", lambda _: Assessment(Concern.NONE, personal=True))
    reply = responder.reply(text)
    assert reply.kind == "no_match"
    assert reply.body.startswith("If you were writing about something that happened to you")
    assert "911" in reply.body and "988" in reply.body
    assert reply.buttons[0].data == "help" and reply.buttons[-1].data == "exit"


def test_a_first_person_question_about_the_movement_gets_no_help_preface(responder: Responder) -> None:
    reply = responder.reply("i'm a student writing about the movement, when was tarana burke born")
    assert reply.kind == "no_match"
    assert not reply.body.startswith("If you were writing about something that happened to you")


def test_an_unanswered_question_about_others_gets_the_plain_not_covered(responder: Responder) -> None:
    reply = responder.reply("when was tarana burke born")
    assert reply.kind == "no_match"
    assert "911" not in reply.body


@pytest.mark.parametrize(
    "text",
    ["how do you get a rape kit if you don't have a car", "what does a SANE nurse do",
     "is a forensic exam free", "how long does a rape kit take"],
)
def test_a_question_about_care_after_an_assault_gets_help_first_not_example_questions(
    responder: Responder, text: str
) -> None:
    # The articles cannot answer it, and "they can answer questions like: who started me too" is no reply to
    # someone who may have just been hurt: the hotline, 911 and 988 come first, in the first person or not.
    reply = responder.reply(text)
    assert reply.kind == "no_match" and reply.help_first
    assert reply.body.startswith("If you were writing about something that happened to you")
    assert "911" in reply.body and "988" in reply.body


@pytest.mark.parametrize("text", ["where can i get an sti test, just a routine check", "what is a sane diet"])
def test_look_alikes_of_care_after_an_assault_get_the_plain_not_covered(
    responder: Responder, text: str
) -> None:
    reply = responder.reply(text)
    assert reply.kind == "no_match" and not reply.help_first


def test_a_question_about_care_after_an_assault_in_a_group_gets_the_plain_not_covered(
    responder: Responder,
) -> None:
    reply = responder.reply("how do you get a rape kit", chat="group")
    assert reply.kind == "no_match" and not reply.help_first
    assert "happened to you" not in reply.body


def test_no_match_keeps_the_near_misses_for_testers_but_never_quotes_them(responder: Responder) -> None:
    reply = responder.reply("when was tarana burke born")
    assert reply.kind == "no_match"
    assert reply.matches and all(m.passage.text not in reply.text for m in reply.matches)


def test_an_unanswered_first_person_message_in_a_group_gets_plain_not_covered(
    responder: Responder, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("bot.responder.appraise", lambda _: Assessment(Concern.NONE, personal=True))
    reply = responder.reply("what do i do now", chat="group")
    assert reply.kind == "no_match"
    assert "happened to you" not in reply.body
    assert "exit" not in [b.data for b in reply.buttons]


def test_a_question_joining_two_facts_quotes_both_passages_each_with_its_source(responder: Responder) -> None:
    reply = responder.reply("what did burke tell makers and what did she write for time")
    assert reply.kind == "answer"
    assert reply.body == texts.TWO_PASSAGE_INTRO
    (second,) = reply.more
    assert "MAKERS" in (reply.quote or "") and "essay for Time" in second.text
    assert reply.source and reply.source.endswith("Oct. 15, 2018")
    assert second.source.endswith("October 2022")
    assert second.text in reply.text and second.source in reply.text
    assert [m.passage.text for m in reply.matches[:2]] == [reply.quote, second.text]


def test_two_passages_the_words_do_not_tell_apart_are_both_quoted_each_with_its_source(
    responder: Responder,
) -> None:
    # Milano's video and Burke's Time essay each mark an anniversary; which one is asked about, the words
    # do not say, so both are quoted with their sources rather than one that may be the wrong one
    reply = responder.reply("what happened on the anniversary")
    assert reply.kind == "answer"
    assert reply.body == texts.RIVAL_INTRO
    (second,) = reply.more
    assert {"In a video the actress", "In an essay for Time"} == {
        start for start in ("In a video the actress", "In an essay for Time")
        if start in (reply.quote or "") or start in second.text
    }
    assert reply.source and second.source and reply.source != second.source
    assert second.text in reply.text and second.source in reply.text


def test_a_one_passage_answer_has_nothing_more(responder: Responder) -> None:
    reply = responder.reply("who started the me too movement")
    assert reply.body == texts.ANSWER_INTRO and reply.more == ()


def test_who_wrote_the_article_is_answered_from_the_headers_naming_each_article(responder: Responder) -> None:
    reply = responder.reply("who wrote the article")
    assert reply.kind == "answer"
    assert "Paulina Cachero" in reply.body
    assert "does not name its author" in reply.body
    for doc in responder.knowledge.documents:
        assert doc.title in reply.body and doc.date in reply.body
    assert not reply.quote and HOTLINE in reply.text


def test_which_outlet_broke_the_story_is_declined_not_answered_with_the_story(responder: Responder) -> None:
    reply = responder.reply("which outlet broke the weinstein story")
    assert reply.kind == "no_match" and not reply.quote


@pytest.mark.parametrize("index", range(len(texts.SUGGESTED_QUESTIONS)))
def test_a_suggested_question_typed_gets_the_same_reply_as_its_button(
    responder: Responder, index: int
) -> None:
    typed = texts.SUGGESTED_QUESTIONS[index].lower().replace("#", "").rstrip("?")
    pressed = responder.press(f"q:{index}")
    assert responder.reply(typed).quote == pressed.quote is not None


def test_a_request_for_an_articles_gist_quotes_its_headline_and_the_passages_standing_for_it(
    responder: Responder,
) -> None:
    reply = responder.reply("what's the gist of the older article, in a nutshell")
    assert reply.kind == "answer"
    assert "19 Million #MeToo Tweets Later" in reply.body
    assert reply.quote and reply.quote.startswith("Oct. 15 marks the moment")
    assert reply.more and all(q.source for q in reply.more)
    assert len(reply.text) < 4096
