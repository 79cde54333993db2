"""A prompt's box under the article: "Sign up for our newsletter", a line that speaks to
the reader ("Get the day's top stories in your inbox every morning."), then its form.
The line under the prompt reads as a paragraph, but it is the box's: the last of the
body's lines, straight under a prompt the phrase lists know, in the reader's voice."""

from sitegen.clean import voice
from sitegen.clean.document import Document

BOX_LINES = 2  # lines of text a box holds under its prompt
BOX_WORDS = 30  # ... each of at most this many words


def rule(doc: Document) -> None:
    end = doc.end
    while end > doc.start and doc.is_chrome(doc.lines[end - 1]):
        end -= 1  # the box's form, and what the body's end took in under it
    first = end
    while (first > doc.start and end - first < BOX_LINES
           and _speaks_to_reader(doc, first - 1)):  # fmt: skip
        first -= 1
    if first == end or first <= doc.start:
        return
    above = doc.verdicts.get(first - 1)
    if above is None or above.role != "chrome" or not above.reason.startswith("phrase list"):
        return
    for line in doc.lines[first:end]:
        doc.mark(line, "chrome", "a prompt's box under the article")


def _speaks_to_reader(doc: Document, i: int) -> bool:
    line = doc.lines[i]
    return (doc.role(line) in (None, "body") and line.n_words <= BOX_WORDS
            and voice.prompts(line, doc.lang))  # fmt: skip
