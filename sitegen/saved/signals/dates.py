"""A short line at the top or bottom that is mostly a date ("Updated Nov. 19, 2019",
"3 hours ago") is the dateline, metadata rather than text."""

from sitegen.clean.printed_dates import parse_printed_date
from sitegen.saved.page import PageDocument

EDGE = 3  # text blocks from either end
MAX_WORDS = 25
MIN_COVERAGE = 0.5  # the date must be most of the line


def rule(doc: PageDocument) -> None:
    texts = [line for line in doc.text_lines() if line.index not in doc.verdicts]
    for line in texts[:EDGE] + texts[-EDGE:]:
        if line.n_words > MAX_WORDS or line.index in doc.verdicts:
            continue
        found = parse_printed_date(line.text, doc.lang)
        if found is None:
            continue
        if not line.terminal and (found.value is None or found.coverage >= MIN_COVERAGE):
            doc.mark(line, "meta", "a printed date")
