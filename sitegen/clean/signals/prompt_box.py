"""A prompt's box under the article: "Sign up for our newsletter", a line that speaks to
the reader ("Get the day's top stories in your inbox every morning."), then its form.
The line under the prompt reads as a paragraph, but it is the box's: the last of the
body's lines, straight under a prompt the phrase lists know, in the reader's voice; or,
between paragraphs, such a line with the box's chrome above and under it."""

import re

from sitegen.clean import voice
from sitegen.clean.document import Document
from sitegen.clean.phrases import phrased

BOX_LINES = 2  # lines of text a box holds under its prompt
BOX_WORDS = 30  # ... each of at most this many words


def rule(doc: Document) -> None:
    _between_paragraphs(doc)
    end = doc.end
    while end > doc.start and doc.is_chrome(doc.lines[end - 1]):
        end -= 1  # the box's form, and what the body's end took in under it
    first = end
    while (first > doc.start and end - first < BOX_LINES
           and _speaks_to_reader(doc, first - 1)):  # fmt: skip
        first -= 1
    if first == end or first <= doc.start:
        return
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
