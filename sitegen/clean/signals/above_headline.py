"""Position: prose printed above the headline group is no part of the article.

The densest run of text (``main_block``) may open with a paragraph or two that stand over
the article's headline, byline and date: a consent notice that names no cookie ("We and
our partners store and read information on your device ..."), the site's blurb, a teaser.
Where the first paragraphs of the run are followed, within a few lines, by a headline-like
line and then a line that signs or dates the article, the body starts under that group.
"""

from __future__ import annotations

from sitegen.clean.bylines import says_by
from sitegen.clean.credits import ends_with_credit, is_credit
from sitegen.clean.document import Document, Line
from sitegen.clean.metadata import MIN_DATE_COVERAGE
from sitegen.clean.printed_dates import parse_printed_date
from sitegen.clean.trails import is_trail

LEAD_PARAGRAPHS = 2  # the paragraphs above the group: at most this many
GROUP_LINES = 8  # the group under them: headline, standfirst, caption, byline, date
HEADLINE_WORDS = (2, 25)  # a headline-like line has this many words
PROSE_HEADLINE = 12  # ... a headline of sentences at most this many
OVER_HEADLINE = 3  # lines from the paragraph to the headline (a button, a trail, a kicker)
UNDER_HEADLINE = 3  # ... and from it to its byline or date (a standfirst, a caption)
SIGNED_WORDS = 16  # a byline or date line is short
SIGNED_ABOVE = 3  # a byline or date this close above the first paragraph: its own
ABOVE_SHARE = 0.5  # the prose above the group is much less than the article under it


def _running(doc: Document, line: Line) -> bool:
    """Prose no rule has taken for chrome."""
    return line.prose and not doc.is_chrome(line)


def _signs_or_dates(doc: Document, line: Line) -> bool:
    """A byline that says so ("By ...", "Von ...") or a line that is mostly a date (a
    phrase list's label beside it or not: "Apr 2, 2025 · 7 min read")."""
    if line.prose or not 0 < line.n_words <= SIGNED_WORDS:
        return False
    if not doc.is_chrome(line) and says_by(line.text, doc.lang):
        return True
    printed = parse_printed_date(line.text, doc.lang)
    return (printed is not None and printed.value is not None
            and printed.coverage >= MIN_DATE_COVERAGE)  # fmt: skip


def _headline_like(doc: Document, line: Line) -> bool:
    low, high = HEADLINE_WORDS
    return (low <= line.n_words <= high and not doc.is_chrome(line) and line.text[0].isupper()
            and not is_trail(line.text) and not is_credit(line.text))  # fmt: skip


def _under_group(doc: Document, paragraph: int) -> int | None:
    """The first prose line under a headline group that starts straight below
    ``paragraph`` (a headline, maybe a standfirst, then a byline or date), or None."""
    headline = None  # the index of the group's headline
    standfirst = False
    for index in range(paragraph + 1, min(paragraph + 1 + GROUP_LINES, doc.end)):
        line = doc.lines[index]
        if _signs_or_dates(doc, line):
            if headline is None or index - headline > UNDER_HEADLINE:
                return None  # signed straight under the paragraph: it is the standfirst
            below = range(index + 1, doc.end)
            return next((i for i in below if _running(doc, doc.lines[i])
                         and not _signs_or_dates(doc, doc.lines[i])), None)  # fmt: skip
        if _running(doc, line) and ends_with_credit(line.text):
            continue  # a picture's caption, closed by its credit
        headed = _headline_like(doc, line) and (not line.prose or line.n_words <= PROSE_HEADLINE)
        if headline is None or (headed and not standfirst):
            if headed:  # the last of them: a button or a kicker may stand above it
                headline = index  # a headline of sentences too: "The Ferry Stopped. Then ..."
            elif index - paragraph > OVER_HEADLINE or _running(doc, line):
                return None  # more of the article's text, or no headline near
        elif _running(doc, line):
            if standfirst or index != headline + 1:
                return None  # prose under the headline other than its standfirst
            standfirst = True
    return None


def rule(doc: Document) -> None:
    if any(
        _signs_or_dates(doc, line)
        for line in doc.lines[max(0, doc.start - SIGNED_ABOVE) : doc.start]
    ):
        return  # signed or dated straight above: the paragraphs under it are the article's
    prose = [i for i in range(doc.start, doc.end) if _running(doc, doc.lines[i])]
    for paragraph in prose[:LEAD_PARAGRAPHS]:
        start = _under_group(doc, paragraph)
        if start is None:
            continue
        above = sum(doc.lines[i].n_words for i in prose if i < start)
        below = sum(doc.lines[i].n_words for i in prose if i >= start)
        if above < ABOVE_SHARE * below:
            doc.start = start
        return
