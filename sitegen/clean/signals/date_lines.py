"""A line that is only a date ("Published: Nov. 19, 2019, 6:18 p.m. Updated: Nov. 19, 2019,
7:10 p.m.") at the top or the bottom of the body is the page's dateline, not a paragraph,
however it ends: the rules take a line ending in "p.m." for a sentence. Inside the body
such a line stays (a live blog's times, a timeline's)."""

from sitegen.clean.document import Document, Line
from sitegen.clean.printed_dates import parse_printed_date

DATE_SHARE = 0.9  # of the line's words, the date's share
DATE_WORDS = 16  # a dateline with both its labels and times ("Published: ... Updated: ...")
REASON = "a date alone at the body's edge (the page's dateline)"


def date_only(line: Line, lang: str) -> bool:
    """Nearly every word of ``line`` belongs to the date it prints."""
    if line.n_words > DATE_WORDS:
        return False
    printed = parse_printed_date(line.text, lang)
    return printed is not None and printed.value is not None and printed.coverage >= DATE_SHARE


def rule(doc: Document) -> None:
    kept = [ln for ln in doc.lines[doc.start : doc.end] if doc.role(ln) in ("body", "heading")]
    for edge in (kept, kept[::-1]):
        for line in edge[:-1]:  # never the body's only line
            if not date_only(line, doc.lang):
                break
            doc.mark(line, "chrome", REASON)
