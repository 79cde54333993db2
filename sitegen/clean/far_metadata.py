"""Date and byline for a page whose headline group prints none: a labelled date in a
footer, a press release's dateline, a date printed alone nearest the headline, the "By"
line nearest it, the writer's name signed under the last paragraph. The caller
(``clean_text``) asks, in that order, only where ``find_metadata`` found nothing.
"""

from __future__ import annotations

import re

from sitegen.clean.bylines import _YEAR, may_say_by, parse_byline, says_by
from sitegen.clean.document import Document, Line
from sitegen.clean.metadata import MAX_META_WORDS
from sitegen.clean.people import is_name
from sitegen.clean.printed_dates import PrintedDate, parse_printed_date


def footer_date(doc: Document) -> PrintedDate | None:
    """For a page with no date in its headline block: the first date printed with a
    label from the article's start down ("Posted on 3 Oct 2016", "Letzte Aktualisierung:
    28.01.2022" in a footer), as blogs and wikis do, else above it; else a date printed
    alone a few lines under the article ("Sa. 13.11.2021"). The line is marked as the
    article's date. An unlabelled date further down may be a related story's or a
    comment's."""
    for line in doc.lines[doc.start :] + doc.lines[: doc.start]:
        if line.n_words > MAX_META_WORDS:
            continue
        printed = parse_printed_date(line.text, doc.lang)
        if printed is not None and printed.value is not None and printed.label in (
                "published", "updated"):  # fmt: skip
            doc.mark(line, "meta", "date under the article")
            return printed
    for line in doc.lines[doc.end : doc.end + FOOTER_LINES]:
        printed = _alone(line, doc.lang)
        if printed is not None:
            doc.mark(line, "meta", "date under the article")
            return printed
    return None


FOOTER_LINES = 5  # lines under the body's end where a blog may print its date unlabelled
DATELINE_WORDS = 10  # words opening the first paragraph where its dateline ends
_DATELINE_END = re.compile(r"\s[–—-]{1,2}\s")  # "PORTLAND, Maine – March 3, 2024 – The ..."


def dateline_date(doc: Document) -> PrintedDate | None:
    """For a page that printed no date of its own elsewhere: the date in the dateline
    opening its first paragraph, before a dash ("PORTLAND, Maine – March 3, 2024 – The
    Trust today ...", "BERLIN, 3. Mai 2024 (dpa) - ..."), as press releases and wire copy
    print it; with its year, which a dateline without one ("LONDON, March 12 (Reuters)")
    leaves to be guessed."""
    first = next((ln for ln in doc.lines[doc.start : doc.end]
                  if ln.prose and doc.role(ln) == "body"), None)  # fmt: skip
    if first is None:
        return None
    head = " ".join(first.text.split()[:DATELINE_WORDS])
    ends = [m.start() for m in _DATELINE_END.finditer(head)]
    if not ends:
        return None
    dateline = head[: ends[-1]]
    if not _YEAR.search(dateline):
        return None
    printed = parse_printed_date(dateline, doc.lang)
    return printed if printed is not None and printed.value is not None else None


ALONE = 0.7  # share of a line its date takes, for a date printed alone
ALONE_WORDS = 8  # ... and the most words such a line has


def lone_date(doc: Document, anchor: int) -> tuple[Line, PrintedDate] | None:
    """For a page that printed no date near its article, nor a labelled one anywhere: the
    date printed alone on a line nearest the headline (line ``anchor``), above it first
    when two are as near, and its line. A date far off may be a teaser's: the caller says
    so, where no date would file the article under its file's time instead."""
    found = [
        (abs(line.index - anchor), line.index > anchor, line, printed)
        for line in doc.lines
        if (printed := _alone(line, doc.lang)) is not None
    ]
    if not found:
        return None
    _, _, line, printed = min(found, key=lambda f: f[:2])
    doc.mark(line, "meta", "the date printed nearest the headline")
    return line, printed


def _alone(line: Line, lang: str) -> PrintedDate | None:
    """The date of a short line that is mostly that date ("Sa. 13.11.2021"), if any."""
    printed = parse_printed_date(line.text, lang) if line.n_words <= ALONE_WORDS else None
    if printed is None or printed.value is None or printed.coverage < ALONE:
        return None
    return printed


def said_by_nearest(doc: Document, anchor: int) -> list[str]:
    """For a page with no byline near its headline nor an author's box: the names of the
    line nearest the headline (line ``anchor``) that says "By" ("Von Andreas Hoffmann"
    under the article's first paragraphs, "Written by Grant Tinsley, PhD on ..." at its
    end), above it first when two are as near."""
    found = [(abs(ln.index - anchor), ln.index > anchor, ln) for ln in doc.lines
             if ln.n_words <= MAX_META_WORDS and may_say_by(ln.text)
             and says_by(ln.text, doc.lang)]  # fmt: skip
    if not found:
        return []
    line = min(found, key=lambda f: f[:2])[2]
    doc.mark(line, "meta", "the byline nearest the headline")
    return parse_byline(line.text, doc.lang)[0]


SIGN_DASHES = ("—", "–", "-")  # a sign-off's dash: "— Tom Rivers"
SIGN_WORDS = 4  # a sign-off's name, at most
SIGN_BELOW = 2  # lines under the body's last where the sign-off may stand


def signed_under(doc: Document) -> list[str]:
    """For a page with no byline anywhere: the name signed with a dash under the last
    paragraph ("— Tom Rivers", "— Tom Rivers, March 2024"), as a letter or a blog post
    signs off; not a quotation's or an embedded post's attribution, which print a handle,
    or a date after no comma, beside the name."""
    body = [ln for ln in doc.lines[doc.start : doc.end] if doc.role(ln) == "body" and ln.prose]
    if not body:
        return []
    for line in doc.lines[body[-1].index + 1 : body[-1].index + 1 + SIGN_BELOW]:
        name = line.text.lstrip("".join(SIGN_DASHES) + " ")
        head, _, when = name.partition(",")
        if when and "@" not in name and _YEAR.search(when):
            name = head.strip()  # signed and dated, no handle: "— Marta Kowalski, March 2024"
        if (line.text.startswith(SIGN_DASHES) and name and len(name.split()) <= SIGN_WORDS
                and "@" not in name and not _YEAR.search(name) and is_name(name)):  # fmt: skip
            doc.mark(line, "meta", "the writer's name signed under the article")
            return [name]
    return []
