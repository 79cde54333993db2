"""A line that only prints the date at the top or bottom is metadata, not text."""

from sitegen.clean.context import CleanContext
from sitegen.clean.printed_dates import parse_printed_date
from sitegen.saved.page import PageDocument

EDGE = 3  # blocks from either end
MAX_WORDS = 14
MIN_COVERAGE = 0.5


def rule(doc: PageDocument, ctx: CleanContext) -> None:
    n = len(doc.lines)
    for line in doc.lines:
        if EDGE <= line.index < n - EDGE or line.n_words > MAX_WORDS or line.index in doc.verdicts:
            continue
        found = parse_printed_date(line.text, doc.lang)
        if found is not None and (found.value is None or found.coverage >= MIN_COVERAGE):
            doc.mark(line, "meta", "a printed date")
