"""A list of teasers under the article (or over it): short headlines, each with how long
ago it was posted ("32M ago", "2 hours ago"), the time of day ("09:34", a ticker of the
latest stories) or the date ("2022.08.09 22:00", a ranking of the most read). An article's
text seldom prints a time on a line of its own three times a few lines apart; a "More
in World" list always does. The body ends where the list begins.
The times of one run are all of a kind: a video player's durations ("00:50") beside its
clips' "Yesterday 1:55PM" end nothing. A list at the top of the body block, with the
article's sentences under it and hardly any over it (a "Most Read" box whose teasers are
long enough to read as running text), is above the article: the body starts under it
(``rule_above``, run before the headline group is looked for)."""

import re
from itertools import pairwise

from sitegen.clean.document import Document, Line
from sitegen.clean.not_headlines import all_date
from sitegen.clean.printed_dates import parse_printed_date

MIN_TIMES = 3  # times of one kind on lines of their own, each within SPAN lines of the next
SPAN = 4  # a live blog's timestamped entries run longer than a teaser
LABEL_WORDS = 4  # "More in World" above the list
# a clock time alone on its line ("09:34", "6.45 pm"): a ticker's teaser, or a live blog's
# entry, told apart by what stands between two of them (a headline, or paragraphs)
CLOCK = re.compile(r"\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?", re.IGNORECASE)


def _is_relative_time(line: Line, lang: str) -> bool:
    if line.n_words > 5:
        return False
    printed = parse_printed_date(line.text, lang)
    return printed is not None and printed.value is None and printed.label == "relative"


def _is_clock(line: Line) -> bool:
    return line.n_words <= 3 and CLOCK.fullmatch(line.text) is not None


_DIGIT = re.compile(r"\d")
DATE_WORDS = 6  # a teaser's date line, that date and nothing else: "2022.08.09 22:00"


def _is_date(line: Line, lang: str) -> bool:
    return (line.n_words <= DATE_WORDS and _DIGIT.search(line.text) is not None
            and all_date(line.text, lang))  # fmt: skip


def rule(doc: Document) -> None:
    lines = doc.lines[doc.start : doc.end]
    runs = [_first_run(doc, [ln.index for ln in lines if _is_relative_time(ln, doc.lang)]),
            _first_run(doc, [ln.index for ln in lines if _is_clock(ln)]),
            _first_run(doc, [ln.index for ln in lines if _is_date(ln, doc.lang)],
                       dates=True)]  # fmt: skip
    start = min((run for run in runs if run is not None), default=None)
    if start is None:
        return
    first = start - 1  # the first teaser's headline, above its time
    while first - 1 > doc.start and doc.lines[first - 1].n_words <= LABEL_WORDS:
        first -= 1  # the list's label ("More World")
    doc.end_body(first, "a list of teasers, each with its time")


def _sentences(lines: list[Line]) -> int:
    """The lines of running text that end a sentence."""
    return sum(line.prose and line.terminal for line in lines)


def _inside(doc: Document, run: list[int]) -> bool:
    """More of the body's sentences follow the run than stand before it: a list of related
    stories set inside the article, which the rules take out between its paragraphs."""
    return _sentences(doc.lines[run[-1] : doc.end]) > _sentences(doc.lines[doc.start : run[0]])


def _first_run(doc: Document, times: list[int], dates: bool = False) -> int | None:
    """The first of ``MIN_TIMES`` times (of one kind) each within ``SPAN`` lines of the
    next, with no paragraph between clock times or ``dates`` (a live blog's entries)."""
    for i in range(len(times) - MIN_TIMES + 1):
        run = times[i : i + MIN_TIMES]
        if not all(b - a <= SPAN for a, b in pairwise(run)):
            continue
        if dates and (any(b - a < 2 for a, b in pairwise(run)) or _inside(doc, run)):
            continue  # a table's column of dates; related stories the article runs on past
        if (dates or _is_clock(doc.lines[run[0]])) and any(
                line.prose for line in doc.lines[run[0] : run[-1]]):  # fmt: skip
            continue
        return run[0]
    return None


BEFORE_LIST = 1  # sentences of the block over a list of teasers above the article, at most


def rule_above(doc: Document) -> None:
    """The body starts under a list of teasers at the top of its block (see the module)."""
    lo = max(0, doc.start - SPAN)
    lines = doc.lines[lo : doc.end]
    for times in ([ln.index for ln in lines if _is_relative_time(ln, doc.lang)],
                  [ln.index for ln in lines if _is_clock(ln)]):  # fmt: skip
        first = _first_run(doc, times)
        if first is None or first > doc.start + SPAN:
            continue
        run = times[times.index(first) :]
        last = next((a for a, b in pairwise(run) if b - a > SPAN), run[-1])
        if any(b - a < 2 for a, b in pairwise(run[: run.index(last) + 1])):
            continue  # times with no headline between: a player's, not a list's
        if last + 2 >= doc.end or doc.lines[last + 1].terminal:
            continue  # a paragraph under the last time, no teaser's headline
        before = _sentences(doc.lines[doc.start : first])
        if before <= BEFORE_LIST < _sentences(doc.lines[last + 1 : doc.end]):
            doc.start = last + 2  # under the last teaser's headline
            return
