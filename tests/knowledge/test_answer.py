"""`KnowledgeBase.answer` on the articles: typos, chatty messages, kinds of thing, two-passage answers."""

from __future__ import annotations

import pytest
from answer_texts import answer_texts

from bot.texts import SUGGESTED_QUESTIONS
from knowledge import KnowledgeBase

FOUNDER = ("founder of the original", "creator tarana burke", "had started the movement")


def _says(kb: KnowledgeBase, question: str, *accepted: str) -> bool:
    texts = answer_texts(kb, question)
    return len(texts) == 1 and any(a in texts[0] for a in accepted)


@pytest.mark.parametrize(
    "question",
    ["who startd metoo", "who createdd the movement", "who realy started me too", "who foundded metoo"],
)
def test_a_typo_in_a_short_or_common_word_still_finds_the_founder(kb: KnowledgeBase, question: str) -> None:
    assert _says(kb, question, *FOUNDER)


def test_a_typo_in_tweets_still_counts_them(kb: KnowledgeBase) -> None:
    assert _says(kb, "how many twets", "19 million", "55,000")


def test_an_irregular_form_meets_the_articles_word(kb: KnowledgeBase) -> None:
    # The article says the story "broke"; the reader asks when it did "break".
    assert _says(kb, "when did the weinstein story break", "weinstein story first broke")


@pytest.mark.parametrize(
    "question",
    [
        "hi, quick question for a class project, i was wondering who started the metoo movement",
        "ok so random question but my teacher asked us, who started the me too movement",
    ],
)
def test_a_chatty_preamble_does_not_sink_the_question(kb: KnowledgeBase, question: str) -> None:
    assert _says(kb, question, *FOUNDER)


@pytest.mark.parametrize(
    "question",
    [
        "which outlet broke the weinstein story",  # the passage says the story broke, not where
        "which newspaper broke the harvey weinstein story",
        "which laws did the movement get passed",  # "any law that has been passed" names no law
        "where did milano post the video",  # no place in the passages about the video
        "who interviewed tarana burke for makers",  # the interview passage names no interviewer
        "where did burke give her 2014 speech",  # "New York Times" is a newspaper, not a place
    ],
)
def test_a_question_asking_for_a_kind_of_thing_needs_a_passage_holding_one(
    kb: KnowledgeBase, question: str
) -> None:
    assert kb.answer(question).matches == ()


def test_a_kind_of_thing_the_passage_holds_is_answered(kb: KnowledgeBase) -> None:
    assert _says(kb, "which magazine did burke write an essay for", "essay for time")


def test_the_passage_that_answers_beats_the_headline_that_echoes(kb: KnowledgeBase) -> None:
    assert _says(kb, "what did alyssa do on the fifth anniversary", "retweeted her original post")


@pytest.mark.parametrize(
    ("question", "first", "second"),
    [
        ("what did burke tell makers and what did she write for time", "tells makers", "essay for time"),
        ("how many tweets on the first day compared to the first year", "12 million", "19 million"),
        ("who is elizabella and who is luvvie ajayi", "elizabella", "luvvie ajayi"),
        ("give me the total tweet count and the daily average", "19 million", "55,000"),
        ("how many tweets in total and how many a day", "19 million", "55,000"),
        ("tell me who founded metoo plus the date it went viral", "founder of the original", "oct. 15"),
    ],
)
def test_a_question_joining_two_facts_is_answered_with_both_passages_in_its_order(
    kb: KnowledgeBase, question: str, first: str, second: str
) -> None:
    texts = answer_texts(kb, question)
    assert len(texts) == 2
    assert first in texts[0] and second in texts[1]


def test_a_question_one_passage_answers_gets_one_passage(kb: KnowledgeBase) -> None:
    assert len(answer_texts(kb, "what did milano and burke mark")) <= 1
    assert len(answer_texts(kb, "patriarchy misogyny and sexism")) == 1


@pytest.mark.parametrize("button", SUGGESTED_QUESTIONS)
def test_a_suggested_question_typed_plainly_gets_the_same_answer_as_its_button(
    kb: KnowledgeBase, button: str
) -> None:
    typed = button.lower().replace("#", "").rstrip("?")
    assert answer_texts(kb, typed) == answer_texts(kb, button) != []


def test_how_many_tweets_asks_for_the_total_not_the_rate(kb: KnowledgeBase) -> None:
    assert _says(kb, "how many tweets were there", "19 million")
    assert _says(kb, "how many tweets a day", "55,000")


def test_answer_lists_candidates_and_best_is_the_first_answering_passage(kb: KnowledgeBase) -> None:
    found = kb.answer("who started the me too movement", limit=3)
    assert found.best is found.matches[0]
    assert 1 <= len(found.candidates) <= 3
    assert kb.best("who started the me too movement") == found.best


@pytest.fixture(scope="module")
def kb(knowledge_base: KnowledgeBase) -> KnowledgeBase:
    return knowledge_base


@pytest.mark.parametrize(
    "question", ["who started the whole metoo thing", "who is the real founder of metoo, not the actress"]
)
def test_a_hedge_or_intensifier_does_not_sink_the_question(kb: KnowledgeBase, question: str) -> None:
    assert _says(kb, question, *FOUNDER)


def test_what_year_is_answered_by_a_passage_giving_a_year_not_only_a_day(kb: KnowledgeBase) -> None:
    assert _says(kb, "what year did milano send the tweet", "2017")


def test_what_day_is_answered_by_a_passage_giving_a_day(kb: KnowledgeBase) -> None:
    assert _says(kb, "on what day did metoo go viral", "oct. 15")


@pytest.mark.parametrize(
    ("question", "accepted"),
    [
        ("how many replies on day 1", "12 million"),
        ("what did milano see when she woke up the next morning", "thousands of people"),
        ("where does the 55,000 figure come from", "pew research"),
        ("was it a hard choice for burke", "wasn't hard"),
        ("where did burke publish her essay", "essay for time"),
        ("what did pew research report", "55,000"),
        ("what went wrong with the movement later", "movement was failing"),
        ("summarize what burke wrote in time", "essay for time"),
        ("what does the first article say about luvvie ajayi", "luvvie ajayi"),
        ("burke quote about truth", "truth to power"),
        ("when did the video come out", "one-year anniversary"),
        ("did milano contact burke", "reached out to burke"),
        ("did the backlash grow", "backlash mounted"),
        ("who emerged after the tweet", "emergence of another powerful voice"),
        ("what happened to the allegations", "statistically normal"),
        ("what slogan did metoo become", "battle cry"),
        ("how many survivors responded in the first 24 hours", "12 million"),
        ("how many years later did milano retweet", "five years later"),
    ],
)
def test_common_paraphrases_meet_the_articles_words(kb: KnowledgeBase, question: str, accepted: str) -> None:
    assert _says(kb, question, accepted)


@pytest.mark.parametrize(
    ("question", "accepted"),
    [
        ("hello, im writting a report, when did metoo go virla", "oct. 15"),
        ("hey so i was wonderng who actualy startd the metoo movment", "founder of the original"),
        ("my teacher asked us who started metoo", "founder of the original"),
    ],
)
def test_typos_inside_a_chatty_message_are_still_read(
    kb: KnowledgeBase, question: str, accepted: str
) -> None:
    assert _says(kb, question, accepted)


def test_what_someone_thinks_a_thing_is_asks_what_it_is(kb: KnowledgeBase) -> None:
    assert _says(kb, "what does burke think metoo is", "tiny part of a large movement")


def test_a_question_word_with_nothing_after_it_leaves_the_words_before_it_to_count(kb: KnowledgeBase) -> None:
    # "phone" is a loose word for the hotline; what is asked about is a phone that will not turn on.
    assert answer_texts(kb, "my phone wont turn on what do i do") == []


def test_who_did_x_is_answered_by_a_group_when_the_question_names_no_one(kb: KnowledgeBase) -> None:
    assert _says(kb, "who carries the shame", "never ours to carry")
    assert _says(kb, "how did the accusations turn out", "statistically normal")


def test_who_did_x_to_someone_named_still_needs_another_name(kb: KnowledgeBase) -> None:
    # The passage names MAKERS, which the question names too, and speaks of survivors: no interviewer.
    assert answer_texts(kb, "who interviewed tarana burke for makers") == []


def test_two_people_joined_in_one_question_are_not_two_questions(kb: KnowledgeBase) -> None:
    # The articles never say when the two first spoke: no passage about each of them answers it.
    assert answer_texts(kb, "when did burke and milano first speak") == []


@pytest.mark.parametrize(
    ("question", "accepted"),
    [("how many tweets per dya", "55,000"), ("wehn did teh hashtag go viral", "oct. 15, 2017")],
)
def test_two_letters_swapped_in_a_short_word_are_a_typo(
    kb: KnowledgeBase, question: str, accepted: str
) -> None:
    assert _says(kb, question, accepted)


@pytest.mark.parametrize(
    "question",
    [
        "how do i change my twitter password",
        "how can i make my post go viral",
        "how many posts can i make on instagram a day",
        "how many tweets can you send in an hour",
    ],
)
def test_what_the_reader_may_do_is_declined_not_echoed(kb: KnowledgeBase, question: str) -> None:
    assert kb.answer(question).matches == ()


def test_how_to_reach_the_hotline_is_still_answered(kb: KnowledgeBase) -> None:
    assert _says(kb, "how can i call the hotline", "1-800-656-hope")


@pytest.mark.parametrize(
    "question", ["who did burke start the movement for", "whom was the original movement created for"]
)
def test_whom_something_was_for_is_answered_by_the_passage_naming_the_group(
    kb: KnowledgeBase, question: str
) -> None:
    assert _says(kb, question, "for young girls of color")


@pytest.mark.parametrize(
    "question",
    [
        "someone told me milano founded metoo, is that right",
        "ok random but i was scrolling tiktok and someone said burke started metoo way before the hashtag, "
        "is that right",
    ],
)
def test_a_claim_someone_made_is_checked_against_the_passage_that_tells_it(
    kb: KnowledgeBase, question: str
) -> None:
    assert _says(kb, question, *FOUNDER)


def test_an_apology_before_the_question_is_no_question_of_its_own(kb: KnowledgeBase) -> None:
    question = "sorry if this is a dumb question but what did milano actually tweet back then"
    assert _says(kb, question, "write 'me too' as a reply", "write \u2018me too\u2019 as a reply")


@pytest.mark.parametrize(
    "question",
    [
        "was alyssa milano the founder",  # the tweet passage and the founder passage score alike
        "has the hashtag helped the movement",
    ],
)
def test_evidence_split_between_two_passages_is_declined_not_guessed(
    rules_only: KnowledgeBase, question: str
) -> None:
    assert rules_only.answer(question).matches == ()


def test_written_questions_settle_split_evidence_they_agree_on(kb: KnowledgeBase) -> None:
    # Other writers asked "did the hashtag help the movement" of the "shot in the arm" passage (round 17).
    assert not kb.answer("was alyssa milano the founder").matches
    found = kb.answer("has the hashtag helped the movement").matches
    assert len(found) == 1 and "shot in the arm" in found[0].passage.text


@pytest.mark.parametrize(
    "question",
    [
        "one year anniversary ideas",
        "anniversary post ideas",
        "what is a good time to tweet",
        "how to retweet a post",
        "how to make a hashtag go viral",
        "what proportion of the responses came in 24 hours",  # no passage gives a share
    ],
)
def test_a_request_the_articles_cannot_meet_is_declined(kb: KnowledgeBase, question: str) -> None:
    assert kb.answer(question).matches == ()


def test_how_to_asking_what_someone_in_the_articles_says_is_still_answered(kb: KnowledgeBase) -> None:
    question = "how to dismantle power structures according to burke"
    assert _says(kb, question, "dismantle those power structures")


def test_a_count_after_a_span_of_time_is_a_total_not_a_rate(kb: KnowledgeBase) -> None:
    assert _says(kb, "how many metoo tweets after a year", "19 million")


@pytest.mark.parametrize(
    "question",
    [
        "what did bevy smith tweet about the movement",
        "what did luvvie ajayi say",
        "what has bevy smith said about metoo",
    ],
)
def test_the_words_of_someone_the_articles_never_quote_are_declined(
    kb: KnowledgeBase, question: str
) -> None:
    # The passage names them among those who made sure Burke was not erased, but gives no words of theirs.
    assert kb.answer(question).matches == ()


def test_the_words_of_someone_the_articles_quote_are_answered(kb: KnowledgeBase) -> None:
    assert _says(kb, "what did burke say about truth", "speaking truth to power")
    assert _says(kb, "what does pew say about the tweets", "55,000")


@pytest.mark.parametrize("question", ["who made metoo go viral", "who got the hashtag to go viral"])
def test_who_made_it_go_viral_is_who_sparked_it(kb: KnowledgeBase, question: str) -> None:
    # Not the headline that names both women beside "the viral hashtag", nor the founder's passage.
    assert _says(kb, question, "sparking the viral")


@pytest.mark.parametrize(
    ("question", "accepted"),
    [
        ("which scandal came out before the tweet", "weinstein story first broke"),  # news breaks
        ("what came out of milano's tweet", "emergence of another powerful voice"),  # what it led to
        ("when did the video come out", "one-year anniversary"),  # a video is released
    ],
)
def test_came_out_reads_by_what_came_out(kb: KnowledgeBase, question: str, accepted: str) -> None:
    assert _says(kb, question, accepted)


def test_time_that_went_by_passed(kb: KnowledgeBase) -> None:
    assert _says(kb, "what happened to metoo as the years went by", "as the years passed")


@pytest.mark.parametrize(
    "question", ["could burke do the work on her own", "did burke want to do it single handedly"]
)
def test_on_her_own_is_alone(kb: KnowledgeBase, question: str) -> None:
    assert _says(kb, question, "can't be done alone")


def test_what_drove_her_is_what_spurred_her(kb: KnowledgeBase) -> None:
    assert _says(kb, "what drove milano to tweet", "spurred her")


def test_what_kicked_it_off_is_what_started_it(kb: KnowledgeBase) -> None:
    assert _says(kb, "what did milano tweet that kicked it off", "as a reply to this tweet")


# Round 5: what a question asks for frames it; what a message wraps around a question does not sink it.


@pytest.mark.parametrize(
    ("question", "accepted"),
    [
        ("which organization counted the tweets a day", "pew research center"),
        ("who was burke's original movement meant to help", "for young girls of color"),
        ("who was the original movement for", "for young girls of color"),
        ("is alyssa milano an actress or a singer", "actress"),
    ],
)
def test_the_words_that_ask_for_a_kind_of_thing_are_its_frame(
    kb: KnowledgeBase, question: str, accepted: str
) -> None:
    assert _says(kb, question, accepted)


@pytest.mark.parametrize(
    "question",
    [
        "what city did tarana burke grow up in",  # "this country" names no city
        "which social networks besides twitter got the 12 million responses",  # no platform is named
        "how long is milano's video to elizabella",  # no length is given
        "is alyssa milano a democrat or a republican",  # neither choice is in the articles
        "did burke and milano become friends",
    ],
)
def test_a_kind_of_thing_no_passage_holds_is_declined(kb: KnowledgeBase, question: str) -> None:
    assert answer_texts(kb, question) == []


def test_a_number_stated_in_a_claim_is_checked_against_the_articles_number(kb: KnowledgeBase) -> None:
    assert _says(kb, "is it true there were like 20 million metoo posts", "19 million")
    # A number in a sum is no claim about the articles.
    assert answer_texts(kb, "what is 17 times 23") == []


@pytest.mark.parametrize(
    "question",
    [
        "i'm a journalism student, who founded me too",
        "hello there, i hope you can help me: who started metoo",
        "good morning! who started the me too movement",
        "who started the me too movement thank you so much in advance",
        "who created metoo asking for a school thing",
        "comma who started metoo period",
    ],
)
def test_a_chatty_opening_or_closing_does_not_sink_the_question(kb: KnowledgeBase, question: str) -> None:
    assert _says(kb, question, *FOUNDER)


def test_a_claim_reported_in_the_opening_is_still_what_is_asked(kb: KnowledgeBase) -> None:
    assert _says(kb, "my teacher said burke started it for black girls is that true", "girls of color")


def test_a_passage_quoting_someone_it_calls_she_answers_for_her(kb: KnowledgeBase) -> None:
    # The passage on the world Burke wants says "she wrote", never "Burke".
    assert _says(kb, "what kind of world does burke want", "creating a world without sexual violence")


def test_someone_named_once_is_found_by_her_role_elsewhere(kb: KnowledgeBase) -> None:
    # Elizabella is named once, as "her daughter Elizabella"; her mother's hopes are for "her daughter".
    assert _says(kb, "what does milano hope for elizabella", "my biggest hope for you")


def test_when_needs_the_date_beside_what_is_asked(kb: KnowledgeBase) -> None:
    # The passage naming Luvvie Ajayi dates Burke's speech, in another sentence.
    assert answer_texts(kb, "when did luvvie ajayi become an author") == []
    assert _says(kb, "when did burke give her speech", "made in 2014")


@pytest.mark.parametrize(
    ("question", "accepted"),
    [
        ("did milano repost the tweet", "retweeted her original post"),  # a prefix on a known word
        ("what did the triumphs become", "triumphs became tragedies"),  # became / become
        ("why did the movement seem to fail", "movement was failing"),  # a hedge
        ("what are burkes plans going forward", "aims to continue"),
        ("names of both women who protected burkes work", "would not be erased"),
    ],
)
def test_paraphrases_and_forms_readers_use_meet_the_articles_words(
    kb: KnowledgeBase, question: str, accepted: str
) -> None:
    assert _says(kb, question, accepted)


@pytest.mark.parametrize(
    "question",
    ["when did alyssa milano sebd the tweet", "what yewr was the metoo tweet", "who startes metoo"],
)
def test_a_key_pressed_beside_the_right_one_is_a_typo(kb: KnowledgeBase, question: str) -> None:
    assert answer_texts(kb, question)


def test_a_count_over_two_spans_gets_a_passage_for_each(kb: KnowledgeBase) -> None:
    texts = answer_texts(kb, "how many tweets per day vs total")
    assert len(texts) == 2
    assert "55,000" in texts[0] and "19 million" in texts[1]


def test_a_choice_in_a_counting_question_still_counts_its_noun(kb: KnowledgeBase) -> None:
    assert _says(kb, "how many responses or replies in 24 hours", "12 million responses")


@pytest.mark.parametrize(
    "question", ["what is 12 times 12", "whats twelve times twelve", "what is 7 divided by 2"]
)
def test_a_sum_to_work_out_is_declined_though_it_shares_a_word(kb: KnowledgeBase, question: str) -> None:
    assert answer_texts(kb, question) == []


@pytest.mark.parametrize("question", ["what state is burke from", "what state is she from"])
def test_a_question_asking_for_a_state_needs_a_passage_naming_one(kb: KnowledgeBase, question: str) -> None:
    assert answer_texts(kb, question) == []


@pytest.mark.parametrize(
    "question",
    ["burke wrote for the new york times, right", "burke wrote for the new york times didnt she",
     "burke wrote an essay for the washington post, right"],
)
def test_a_claim_naming_another_outlet_gets_the_passage_naming_the_real_one(
    kb: KnowledgeBase, question: str
) -> None:
    assert _says(kb, question, "essay for time")


def test_an_outlet_named_outside_a_claim_is_the_readers_own_word(kb: KnowledgeBase) -> None:
    assert _says(kb, "who is the new york times best-selling author", "luvvie ajayi")


@pytest.mark.parametrize("question", ["how old is the original me too movement", "how old is metoo"])
def test_the_age_of_a_thing_is_how_long_ago_it_started(kb: KnowledgeBase, question: str) -> None:
    assert _says(kb, question, "12 years ago")


@pytest.mark.parametrize(
    "question", ["how old is alyssa milano", "how old is the actress", "how old is burke"]
)
def test_the_age_of_a_person_stays_uncovered(kb: KnowledgeBase, question: str) -> None:
    assert answer_texts(kb, question) == []


@pytest.mark.parametrize(
    "question",
    ["who is the founder of metoo. sorry for the bother", "no rush but who founded metoo",
     "my mom asked me who founded metoo", "who founded metoo if you know", "real quick, who founded metoo"],
)
def test_chatty_openings_and_closings_frame_the_question(kb: KnowledgeBase, question: str) -> None:
    assert _says(kb, question, *FOUNDER)


def test_say_sorry_to_is_asked_about_not_a_closing(kb: KnowledgeBase) -> None:
    assert _says(kb, "who did milano say sorry to", "tweeted an apology")


@pytest.mark.parametrize(
    "question", ["where did tarana burke grow up", "where is burke from", "where was milano born"]
)
def test_where_someone_grew_up_or_is_from_needs_a_named_city(kb: KnowledgeBase, question: str) -> None:
    assert answer_texts(kb, question) == []


def test_who_measured_a_number_is_whose_number_it_is(kb: KnowledgeBase) -> None:
    assert _says(kb, "how many tweets per day and who measured it", "pew research center")


def test_the_line_one_calls_is_the_hotline(kb: KnowledgeBase) -> None:
    assert _says(kb, "does calling the line connect me to someone near me", "nearest sexual assault service")


def test_a_word_one_letter_from_a_paraphrase_is_not_forced_onto_it(kb: KnowledgeBase) -> None:
    assert answer_texts(kb, "how tall is tarana burke") == []


def test_shorthand_for_anniversary_and_a_number_glued_to_its_unit(kb: KnowledgeBase) -> None:
    assert _says(kb, "metoo anniv 1yr video", "her daughter elizabella")


def test_the_year_a_reader_counts_from_frames_how_long_ago(kb: KnowledgeBase) -> None:
    assert _says(kb, "how long ago had burke started the movement as of 2018", "12 years ago")


def test_what_someone_calls_a_thing_is_what_they_say_it_is(kb: KnowledgeBase) -> None:
    assert _says(kb, "what does burke call sexual violence", "pervasive public-health crisis")


@pytest.mark.parametrize(
    "question", ["i heard her son inspired it", "i read her son was the reason she tweeted, is that right"]
)
def test_a_claim_naming_another_relative_gets_the_passage_naming_the_real_one(
    kb: KnowledgeBase, question: str
) -> None:
    assert _says(kb, question, "her daughter elizabella")


@pytest.mark.parametrize("question", ["does milano have a son", "what is the name of milano's son"])
def test_asking_whether_someone_has_a_relative_stays_uncovered(kb: KnowledgeBase, question: str) -> None:
    assert answer_texts(kb, question) == []
