"""A list of teasers under the article: short headlines, each with how long ago it was
posted ("32M ago", "2 hours ago"). An article's text seldom prints a relative time on a
line of its own three times a few lines apart; a "More in World" list always does. The
body ends where the list begins."""

from itertools import pairwise

from sitegen.clean.document import Document, Line
from sitegen.clean.printed_dates import parse_printed_date

MIN_TIMES = 3  # relative times on lines of their own, each within SPAN lines of the next
SPAN = 4  # a live blog's timestamped entries run longer than a teaser
LABEL_WORDS = 4  # "More in World" above the list


def _is_relative_time(line: Line, lang: str) -> bool:
    if line.n_words > 5:
        return False
    printed = parse_printed_date(line.text, lang)
    return printed is not None and printed.value is None and printed.label == "relative"


def rule(doc: Document) -> None:
    times = [ln.index for ln in doc.lines[doc.start : doc.end]
             if _is_relative_time(ln, doc.lang)]  # fmt: skip
    for i in range(len(times) - MIN_TIMES + 1):
        run = times[i : i + MIN_TIMES]
        if not all(b - a <= SPAN for a, b in pairwise(run)):
            continue
        first = run[0] - 1  # the first teaser's headline, above its time
        while first - 1 > doc.start and doc.lines[first - 1].n_words <= LABEL_WORDS:
            first -= 1  # the list's label ("More World")
        doc.end_body(first, "a list of teasers, each with its time")
        return
