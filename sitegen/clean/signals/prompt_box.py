"""A prompt's box under the article: "Sign up for our newsletter", a line that speaks to
the reader ("Get the day's top stories in your inbox every morning."), then its form.
The line under the prompt reads as a paragraph, but it is the box's: the last of the
body's lines, straight under a prompt the phrase lists know, in the reader's voice; or,
between paragraphs, such a line with the box's chrome above and under it."""

import re

from sitegen.clean import voice
from sitegen.clean.document import Document
from sitegen.clean.phrases import phrase_list, phrased

BOX_LINES = 2  # lines of text a box holds under its prompt
BOX_WORDS = 30  # ... each of at most this many words
PROMPT_WORDS = 15  # in an article in the prompts' voice, a longer line is its paragraph


def rule(doc: Document) -> None:
    _between_paragraphs(doc)
    _between_prompt_and_button(doc)
    end = doc.end
    while end > doc.start and doc.is_chrome(doc.lines[end - 1]):
        end -= 1  # the box's form, and what the body's end took in under it
    first = end
    while (first > doc.start and end - first < BOX_LINES
           and _speaks_to_reader(doc, first - 1)):  # fmt: skip
        first -= 1
    if first == end or first <= doc.start:
        return
    others = [ln for ln in doc.lines[doc.start : first] if ln.prose and not doc.is_chrome(ln)]
    if voice.own_voice(others, doc.lang) and any(
            line.n_words > PROMPT_WORDS for line in doc.lines[first:end]):  # fmt: skip
        return  # a diary's last paragraph under a button, not a box's prompt
    if not phrased(doc, first - 1) and not _contact_box(doc, first, end):
        return
    for line in doc.lines[first:end]:
        doc.mark(line, "chrome", "a prompt's box under the article")


def _speaks_to_reader(doc: Document, i: int) -> bool:
    line = doc.lines[i]
    return (doc.role(line) in (None, "body") and line.n_words <= BOX_WORDS
            and voice.prompts(line, doc.lang))  # fmt: skip


HEADING_WORDS = 4  # "Get in touch", "Contact us": a box's title
FIELD_WORDS = 4  # "Enter your email", "Sign Up": a box's field or button
_CONTACT = re.compile(r"\S+@\S+\.\w+|(?:^|\s)@\w|https?://|www\.")


def _contact_box(doc: Document, first: int, end: int) -> bool:
    """The box's title is a short line of its own, no sentence, over lines that speak to
    the reader, one of them with an address to write to: "Get in touch" / "Do you have a
    story suggestion?" / "Send your story ideas to news@...". The article's own closing
    advice to its reader names no mailbox under a title of a few words."""
    title = doc.lines[first - 1]
    return (0 < title.n_words <= HEADING_WORDS and not title.terminal
            and doc.role(title) in (None, "body", "heading")
            and any(_CONTACT.search(line.text) for line in doc.lines[first:end]))


def _between_paragraphs(doc: Document) -> None:
    """A prompt's box between the article's paragraphs: a line in the reader's voice with a
    prompt of the phrase lists straight above it and chrome straight under it ("Sign up for
    our newsletter" / "Get the best of the magazine in your inbox every week." / "Enter
    your email"), or a field's or button's few words."""
    for i in range(max(doc.start, 1), doc.end - 1):
        below = doc.verdicts.get(i + 1)
        under = doc.lines[i + 1]
        field = (below is not None and below.role == "chrome") or (
            not under.prose and under.n_words <= FIELD_WORDS)  # the box's field or button
        if phrased(doc, i - 1) and field and _speaks_to_reader(doc, i):
            doc.mark(doc.lines[i], "chrome", "a prompt's box between paragraphs")


def _between_prompt_and_button(doc: Document) -> None:
    """The box's text between its prompt and its button, whatever its voice: "Subscribe to
    The Field Notes" / "Hundreds of paid subscribers" / "A weekly letter about birds." /
    "Subscribe". Not under a label the article's text goes on under ("Advertisement",
    "Share"), nor one saying it goes on ("Story continues below advertisement")."""
    phrases = phrase_list()
    for i in range(doc.start, doc.end):
        text = doc.lines[i].text
        if (not phrased(doc, i) or phrases.inline_label(text) or phrases.continues(text)
                or phrases.link_label(text.split(":", 1)[0]) is not None):  # fmt: skip
            continue
        last = i + 1
        while last < doc.end and last - i <= BOX_LINES and not doc.is_chrome(doc.lines[last]):
            last += 1
        box = doc.lines[i + 1 : last]
        if (0 < len(box) <= BOX_LINES and last < doc.end and _button(doc, last)
                and all(line.n_words <= BOX_WORDS for line in box)):  # fmt: skip
            for line in box:
                doc.mark(line, "chrome", "a prompt's box between paragraphs")


def _button(doc: Document, i: int) -> bool:
    """A box's button: a few words the phrase lists know ("Subscribe", "Sign up"), not a
    label the article goes on under ("Anzeige") nor a link's ("Related")."""
    line, phrases = doc.lines[i], phrase_list()
    return (phrased(doc, i) and line.n_words <= FIELD_WORDS
            and not phrases.inline_label(line.text)
            and phrases.link_label(line.text) is None)  # fmt: skip
