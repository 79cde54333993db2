"""Posts quoted into an article: an embedded tweet or Instagram post, as a page prints it
without its script (the quote, then "— Name (@handle) November 1, 2019"; "A post shared
by Name (@handle) on Nov 18, 2019 at 10:02am PST").

The author put the post there to be read: its text belongs to the article as much as a
quotation does. The rules read the attribution line as chrome (a handle, a date, repeated
under each post) and often the post's text too (a short line between paragraphs, a link).
The attribution's shape is the embedding widget's, the same on every site, so it is read
by shape alone: a handle in brackets followed by a date that ends the line.
"""

from __future__ import annotations

import re

from sitegen.clean.document import Document, Line
from sitegen.clean.printed_dates import parse_printed_date

# "— Name (@handle) <date>", "<a few words> Name (@handle) on <date>": the date ends the line
_ATTRIBUTION = re.compile(
    r"^(?:[—–-]\s*)?[^()]{1,80}?\s\(@[\w.]{1,30}\)\s+(?:\w{1,3}\s+)?(.{6,48})$"
)
_LINK = re.compile(r"https?://|pic\.twitter\.com/|\b\w+\.\w{2,}/\w")
POST_CHARS = 600  # a post's text: a tweet is at most 280 characters, a caption longer
REASON = "an embedded post, quoted in the article"


def attribution(line: Line, lang: str) -> bool:
    """``line`` credits an embedded post: a handle in brackets, then the date it was posted."""
    if "(@" not in line.text or line.n_words > 25:
        return False
    found = _ATTRIBUTION.match(line.text)
    if found is None:
        return False
    printed = parse_printed_date(found.group(1), lang)
    return printed is not None and printed.value is not None


def keep_posts(doc: Document) -> None:
    """Each post inside the body (its attribution under the body's first line, its text at
    most one line past the body's last) is body, with its attribution: a post below the
    article, in a sidebar's feed, stays out, and so does an attribution under a widget's
    label alone ("View this post on Instagram": the post's words are not on the page)."""
    kept = [line.index for line in doc.lines if doc.role(line) in ("body", "heading")]
    if not kept:
        return
    first, last = kept[0], kept[-1]
    for line in doc.lines[first + 1 : last + 3]:
        if not attribution(line, doc.lang):
            continue
        above = doc.lines[line.index - 1]
        if above.index > last + 1 or not _post(above, doc.lang):
            continue
        for part in (above, line):
            if doc.role(part) not in ("body", "heading"):
                doc.mark(part, "body", REASON)


def _post(line: Line, lang: str) -> bool:
    """A post's words: a sentence, or a line with its link ("... pic.twitter.com/x1Y2"), not
    a widget's label nor another post's attribution."""
    return (len(line.text) <= POST_CHARS and not attribution(line, lang)
            and (line.prose or _LINK.search(line.text) is not None))  # fmt: skip
