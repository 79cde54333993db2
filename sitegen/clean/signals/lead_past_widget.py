"""Position: the paragraph straight under the headline group opens the article, even where
a widget (share buttons, a "Read more" link) stands between it and the rest.

The densest run of text (``main_block``) weighs the widget's lines against the paragraph
above them: three buttons outweigh one paragraph, so the run starts under them and the
article's first paragraph is left above it. The headline group (``find_metadata``) says
where the article starts: right under its last line.
"""

from __future__ import annotations

from sitegen.clean import voice
from sitegen.clean.credits import ends_with_credit
from sitegen.clean.document import Document, Line
from sitegen.clean.signals.headings import link_label

GROUP = ("title", "subtitle", "meta")
LEAD_WORDS = 12  # the first paragraph is a sentence or more of this many words
WIDGET_LINES = 6  # lines of a widget between it and the rest: at most


def _lead(doc: Document, line: Line) -> bool:
    """A paragraph of the article's: running text, not a caption closed by its credit,
    not a prompt speaking to the reader (a consent notice, a newsletter's pitch)."""
    return (line.prose and line.terminal and line.n_words >= LEAD_WORDS
            and line.index not in doc.verdicts and not ends_with_credit(line.text)
            and not voice.prompts(line, doc.lang))  # fmt: skip


def _widget(doc: Document, line: Line) -> bool:
    """Chrome, a link under its label, or a picture's caption closed by its credit."""
    return (doc.is_chrome(line) or link_label(doc, line) is not None
            or ends_with_credit(line.text))  # fmt: skip


def rule(doc: Document) -> None:
    group = [i for i, v in doc.verdicts.items() if v.role in GROUP and i < doc.start]
    if not group:
        return
    first = max(group) + 1
    if first >= doc.start or not _lead(doc, doc.lines[first]):
        return
    between = doc.lines[first + 1 : doc.start]
    if 0 < len(between) <= WIDGET_LINES and all(_widget(doc, line) for line in between):
        doc.start = first
