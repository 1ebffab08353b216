"""Decide what to say: safety first, then the articles, then an honest "not covered"."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bot import texts
from bot.core import Button, Chat, Quote, Reply
from bot.safety import Assessment, Concern, appraise
from bot.support import follow_up_reply, support_reply, wrong_guess_reply
from knowledge import Answer, KnowledgeBase, Match, SourceQuestion
from knowledge.frames import unframe
from knowledge.overview import Overview

__all__ = [
    "COMMANDS", "MAX_QUESTION_CHARS", "Responder", "asks_about_aftercare", "in_first_person",
    "overview_headline", "source_text",
    "trim_to_sentences",
]

# Longer messages are cut before matching: no question needs more, and it bounds the work per message.
MAX_QUESTION_CHARS = 1000
# Passages longer than this are cut at a sentence boundary for the reply.
MAX_QUOTE_CHARS = 700
# Commands the core answers; /forget's real work (deleting messages) belongs to the Telegram adapter.
COMMANDS: dict[str, str] = {
    "start": "What this bot is and what it can answer",
    "help": "How to ask, and every command",
    "hotline": "The National Sexual Assault Hotline",
    "sources": "The two articles the answers come from",
    "privacy": "What is kept, and what is not",
    "forget": "Quick exit: erase this chat",
}

_SENTENCE_END = re.compile(r"(?<=[.!?\u201d\"])\s+(?=[\"\u201cA-Z0-9])")
_HAS_WORD = re.compile(r"[^\W_]", re.UNICODE)

# "i", "im", "i've", "me", "my", "myself"... in any case; apostrophes may be missing or curly.
_FIRST_PERSON = re.compile(r"\b(?:i|i[\u2019']?(?:m|ve|d|ll)|me|my|mine|myself)\b", re.IGNORECASE)

# Care after a sexual assault, asked as a practical question ("how do you get a rape kit if you don't have a
# car", "what's a SANE nurse"): the articles cannot answer it, and the list of questions they can answer is
# no reply to it. Like a message in the first person, it gets help first (the hotline, 911 and 988), in a
# private chat; whoever asks, a survivor or someone helping one, the hotline is where such questions go.
_AFTERCARE = re.compile(
    r"\b(?:rape kits?|sane (?:nurse|exam)s?|(?:forensic|sexual assault|rape) (?:exam|nurse|examiner)s?|"
    r"evidence (?:kit|collection)s?)\b",
    re.IGNORECASE,
)

HELP_BUTTON = Button("Get help now", "help")
TALK_BUTTON = Button("Talk to someone now", "help")
QUICK_EXIT_BUTTON = Button("Quick exit", "exit")


def in_first_person(text: str) -> bool:
    """Whether the person speaks of themselves: what a help-first reply to an unrecognised message needs.
    A letter's or a quiz's frame ("I should be obliged if you would tell me ...") is read without: its
    "I" and "me" are the asking, not the person's own story."""
    return _FIRST_PERSON.search(unframe(text).text) is not None


def asks_about_aftercare(text: str) -> bool:
    """Whether the message asks about care after a sexual assault (a forensic exam, a rape kit)."""
    return _AFTERCARE.search(text) is not None


def _crisis_held_back(seen: Assessment, text: str) -> bool:
    """Whether a crisis alarm the safety layer held back stands once a letter's or a quiz's frame is off.

    The frame's asking words can stir the classifier ("I should be obliged if you would tell me whose needs
    Ms. Burke says we must respond to" read as self-harm at round 15's threshold) though they say nothing of
    the person; the question inside is read again, and anything it raises, held back or not, keeps help first.
    A message without a frame keeps the first reading as it was."""
    if not seen.crises:
        return False
    bare = unframe(text).text
    if bare == text:
        return True
    inner = appraise(bare)
    return bool(inner.crises) or inner.concern is not Concern.NONE


def _command_name(text: str) -> str:
    """"/Start@some_bot now" -> "start"."""
    return text[1:].split(maxsplit=1)[0].split("@")[0].lower() if len(text) > 1 else ""


def source_text(about: SourceQuestion) -> str:
    """The answer to a question about the articles themselves, from their headers or pages."""
    facts = [(doc.title, doc.date, about.value(doc)) for doc in about.documents]
    text = texts.source_answer_text(about.field, facts)
    # "who wrote it and when": each field in its own paragraph.
    return text if about.also is None else f"{text}\n\n{source_text(about.also)}"


def overview_headline(overview: Overview) -> str:
    """The headlines of the articles a summary sums up, as a paragraph before its quotes ("" for a topic)."""
    if not overview.documents:
        return ""
    return source_text(SourceQuestion("title", overview.documents)) + "\n\n"


def _answer_first(found: Answer) -> tuple[Match, ...]:
    """The answering passages, then the other candidates: what `ask --json` lists."""
    chosen = {m.passage.id for m in found.matches}
    return (*found.matches, *(m for m in found.candidates if m.passage.id not in chosen))


def trim_to_sentences(text: str, limit: int = MAX_QUOTE_CHARS) -> str:
    """Whole sentences from the start of `text`, as many as fit in `limit` characters."""
    if len(text) <= limit:
        return text
    kept = ""
    for sentence in _SENTENCE_END.split(text):
        candidate = f"{kept} {sentence}".strip()
        if len(candidate) > limit:
            break
        kept = candidate
    return f"{kept} \u2026" if kept else text[: limit - 1].rstrip() + "\u2026"


class Responder:
    """Turns one message, command or button press into one `Reply`."""

    def __init__(
        self, knowledge: KnowledgeBase, *, resources: Sequence[str] = (), shared_store: bool = False
    ) -> None:
        self.knowledge = knowledge
        self.resources = tuple(resources)
        # only for /privacy, which must say where the quick-exit ids are kept
        self.shared_store = shared_store

    def reply(self, text: str, *, chat: Chat = "private", after_support: bool = False) -> Reply:
        """The reply to a typed message, a typed command included.

        `after_support`: the private chat is in its concern window (`bot.concern`, a support reply went
        out lately), so a message that would get "not covered", or one with no word at all ("😢", "..."),
        gets the follow-up support reply instead; an answer from the articles and a recognised concern's own
        reply stand."""
        reply = self._read(text, chat=chat)
        wordless = not _HAS_WORD.search(text or "")
        if after_support and chat == "private" and (reply.kind == "no_match" or wordless):
            return replace(follow_up_reply(resources=self.resources), matches=reply.matches)
        return reply

    def _read(self, text: str, *, chat: Chat) -> Reply:
        """The reply to one message read alone."""
        stripped = (text or "").strip()[:MAX_QUESTION_CHARS]
        if not _HAS_WORD.search(stripped):
            return Reply(kind="notice", body=texts.empty_text(), buttons=self._suggestions())
        # Safety comes before everything, commands too: "/help he hurt me" is a disclosure.
        seen = appraise(stripped)
        if seen.concern is not Concern.NONE:
            return support_reply(seen.concern, chat=chat, resources=self.resources, crises=seen.crises)
        if stripped.startswith("/"):
            return self.command(_command_name(stripped), chat=chat)
        if seen.personal and (_crisis_held_back(seen, stripped) or in_first_person(stripped)):
            # The classifier half-sees a concern: help comes first, and no passage that merely shares the
            # message's small words ("a day", "my") answers it. A crisis alarm held back (bot.safety's
            # _held_back: no person named, no word of a crisis, or well now) gets the same, first person
            # or not.
            _, ranked = self.knowledge.lookup(stripped, limit=3)
            return self._not_covered(chat, candidates=tuple(ranked), personal=True)
        return self.answer(stripped, chat=chat, personal=asks_about_aftercare(stripped))

    def answer(self, question: str, *, chat: Chat = "private", personal: bool | None = None) -> Reply:
        """Answer from the articles (from their headers, when asked about the articles themselves), or say
        plainly that they do not cover the question.

        `personal` says whether a "not covered" offers help first; by default, any message in the first
        person does (the safety layer, when it has read the message, narrows that)."""
        overview = self.knowledge.overview(question)
        if overview is not None:
            # "tldr of the 2018 article": the headline says what it is about, its passages say the rest
            headline = overview_headline(overview)
            return self._quoting(overview.answer, question, headline, texts.OVERVIEW_INTRO)
        # A header question joined to a passage question gets both, even when the whole message reads as
        # a header question ("where did she publish her essay and where can i read all of it").
        header, found = self._mixed(question)
        if not header:
            about = self.knowledge.about_sources(question)
            if about is not None:
                body = source_text(about)
                return Reply(kind="answer", body=body, buttons=self._suggestions(exclude=question))
            found = self.knowledge.answer(question, limit=3)
        if not found.matches:
            if personal is None:
                personal = in_first_person(question) or asks_about_aftercare(question)
            return self._not_covered(chat, candidates=found.candidates, personal=personal)
        if found.rival is not None:
            # two passages the question's words do not tell apart: both, each with its source
            found = Answer(found.quoted, found.candidates)
            return self._quoting(found, question, header, texts.RIVAL_INTRO)
        return self._quoting(found, question, header, texts.TWO_PASSAGE_INTRO)

    def _quoting(self, found: Answer, question: str, header: str, several: str) -> Reply:
        """An answer quoting `found`'s passages, each with its source, after `header` and an intro (`several`
        when there is more than one passage)."""
        first, *rest = found.matches
        return Reply(
            kind="answer",
            body=header + (several if rest else texts.ANSWER_INTRO),
            quote=trim_to_sentences(first.passage.text),
            source=first.passage.document.citation,
            # a question joining two facts: the second passage, quoted with its own source
            more=tuple(Quote(trim_to_sentences(m.passage.text), m.passage.document.citation) for m in rest),
            matches=_answer_first(found),
            buttons=self._suggestions(exclude=question),
        )

    def _mixed(self, question: str) -> tuple[str, Answer]:
        """For a message joining a question about the articles themselves to one about what they say ("who
        wrote the one year article and what is the hotline number"): the header's answer (a paragraph to
        put before the quote) and the other's passages; an empty header and no passages otherwise."""
        mixed = self.knowledge.split_sources(question)
        if mixed is not None:
            found = self.knowledge.answer(mixed[1], limit=3)
            if found.matches:
                return source_text(mixed[0]) + "\n\n", found
        return "", Answer((), ())

    def misread(self, original: str | None, *, chat: Chat = "private") -> Reply:
        """After "Not what I meant": answer the person's own message as a question, skipping safety."""
        question = (original or "").strip()[:MAX_QUESTION_CHARS]
        if not _HAS_WORD.search(question) or question.startswith("/"):
            return wrong_guess_reply()
        reply = self.answer(question, chat=chat)
        return replace(reply, body=f"{texts.MISREAD} {reply.body}")

    def command(self, name: str, *, chat: Chat = "private") -> Reply:
        """The reply to /name; unknown commands get the help page."""
        if name == "start":
            return Reply(kind="info", body=texts.start_text(), buttons=self._suggestions())
        if name == "hotline":
            return self.hotline()
        if name == "sources":
            return Reply(kind="info", body=self._sources_text())
        if name == "privacy":
            return Reply(kind="info", body=texts.privacy_text(shared_store=self.shared_store))
        if name == "forget":
            return Reply(kind="info", body=texts.forget_text(chat))
        return Reply(kind="info", body=texts.help_text(), buttons=self._suggestions())

    def press(self, data: str, *, chat: Chat = "private") -> Reply:
        """The reply to an inline button, by its callback data."""
        if data.startswith("q:") and data[2:].isdigit() and int(data[2:]) < len(texts.SUGGESTED_QUESTIONS):
            return self.answer(texts.SUGGESTED_QUESTIONS[int(data[2:])], chat=chat)
        if data == "help":
            return self.hotline()
        if data == "wrong":
            return wrong_guess_reply()
        if data == "exit":  # the Telegram adapter erases the chat itself; elsewhere there is nothing kept
            return self.command("forget", chat=chat)
        if data == "learn":
            return Reply(kind="info", body=texts.help_text(), buttons=self._suggestions())
        if data == "stop":
            return Reply(
                kind="info",
                body="That's fine. You can come back any time. /forget erases this chat.",
                buttons=(QUICK_EXIT_BUTTON,),
            )
        return self.command("help", chat=chat)

    def hotline(self) -> Reply:
        """The hotline page: the hotline with what it does, the crisis lines, operator resources."""
        # the body already says what the hotline does, so the closing line is the number alone
        return Reply(kind="info", body=texts.hotline_text(self.resources))

    def non_text(self, *, after_support: bool = False) -> Reply:
        """The reply to a sticker, photo, voice note, document or location. In a private chat's concern window
        (`after_support`) it is the follow-up support reply, saying first that the bot reads only text: a
        voice note after a crisis reply must not get a reply without 911 and 988."""
        if after_support:
            reply = follow_up_reply(resources=self.resources)
            return replace(reply, body=f"{texts.NON_TEXT_IN_WINDOW}\n\n{reply.body}")
        return Reply(kind="notice", body=texts.non_text_text(), buttons=self._suggestions())

    def _not_covered(self, chat: Chat, *, candidates: tuple[Match, ...], personal: bool) -> Reply:
        """No passage answers. Said in the first person, it may be a disclosure recognition missed:
        every unrecognised one in the held-out safety sets landed here, so offer help before history.
        The near misses are never shown to people, but `ask --json` and testers see why nothing answered."""
        # a group is no place to invite anything personal: there, only the plain "not covered"
        if chat == "group" or not personal:
            return Reply(
                kind="no_match", body=texts.no_match_text(), matches=candidates, buttons=self._suggestions()
            )
        return Reply(
            kind="no_match",
            body=texts.personal_no_match_text(),
            matches=candidates,
            buttons=(TALK_BUTTON, *self._suggestions()[:2], QUICK_EXIT_BUTTON),
            help_first=True,
        )

    def _sources_text(self) -> str:
        lines = ["The answers come only from these articles:"]
        for doc in self.knowledge.documents:
            by = f", by {doc.byline}" if doc.byline else ""
            lines.append(f"- {doc.title}{by}, {doc.date}")
        return "\n".join(lines)

    @staticmethod
    def _suggestions(exclude: str | None = None) -> tuple[Button, ...]:
        picks = [
            Button(q, f"q:{i}")
            for i, q in enumerate(texts.SUGGESTED_QUESTIONS)
            if q != exclude
        ][:3]
        return (*picks, HELP_BUTTON)


