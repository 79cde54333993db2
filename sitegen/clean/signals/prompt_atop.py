"""A prompt atop the article: the body's first line speaks to the reader about the site,
not the story ("Save articles to read later and create your own reading list."), straight
over the first paragraph, so the densest run of text takes it in.

An article may open by addressing its reader too ("If you live in Ohio, your power bill is
about to rise"), but then it speaks of its story: of the headline's words or of the words
the article keeps using. A site's prompt shares none of them, and no quotation opens it.
"""

from __future__ import annotations

from collections import Counter

from sitegen.clean import voice
from sitegen.clean.document import Document, Line

PROMPT_WORDS = 20  # a prompt is a sentence, not a paragraph
PARAGRAPHS_UNDER = 2  # ... over at least this many of the article's paragraphs
TOPIC_LINES = 2  # a word this many of the paragraphs use is the story's
_QUOTES = "\"“”«»„‘’'"


def _story_words(doc: Document, paragraphs: list[Line]) -> set[str]:
    """The headline's words and those the paragraphs under the prompt keep using."""
    seen = Counter(w for line in paragraphs for w in line.content_words)
    words = {w for w, n in seen.items() if n >= TOPIC_LINES}
    for i, verdict in doc.verdicts.items():
        if verdict.role in ("title", "subtitle"):
            words |= doc.lines[i].content_words
    return words


def rule(doc: Document) -> None:
    first = doc.start
    while first < doc.end and doc.is_chrome(doc.lines[first]):
        first += 1
    if first >= doc.end or not voice.knows(doc.lang):
        return
    line = doc.lines[first]
    if (doc.role(line) not in (None, "body") or not line.terminal
            or line.n_words > PROMPT_WORDS or any(q in line.text for q in _QUOTES)
            or not voice.prompts(line, doc.lang)):  # fmt: skip
        return
    paragraphs = [x for x in doc.lines[first + 1 : doc.end] if x.prose and not doc.is_chrome(x)]
    if (len(paragraphs) < PARAGRAPHS_UNDER or not doc.lines[first + 1].prose
            or voice.own_voice(paragraphs, doc.lang)):  # fmt: skip
        return  # the article speaks in the reader's voice itself: no telling them apart
    if line.content_words & _story_words(doc, paragraphs):
        return
    doc.mark(line, "chrome", "a prompt atop the article, not of its story")
