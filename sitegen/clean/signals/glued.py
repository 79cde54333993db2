"""Text glued without a space is scraped UI: "logged inPlease refresh", or a run of teaser
cards where each headline runs into its summary ("Bill At SteakhouseA party of six...");
not a byline whose "By" the paste glued to the name ("bySauli Giliard")."""

from __future__ import annotations

import re
from bisect import bisect_right

from sitegen.clean.bylines import parse_byline
from sitegen.clean.document import Document

# a lower-case word run straight into a capitalised one, or a full stop with no space after
GLUE = re.compile(r"(?:^|(?<=\s))[a-z]{2,}[A-Z][a-z]{2,}|[a-z]{2}[.!?][A-Z][a-z]{2,}")
# looser: any lower-case letter or closing punctuation directly before a capital
LOOSE = re.compile(r"[a-z?!.][A-Z](?=[a-z]|\s)")
HEADLINE_WORDS = 3  # a teaser card's glue follows a headline of at least this many words
RUN_WINDOW = 5
RUN_MIN = 3


def headline_glued(text: str) -> bool:
    """A Title-Case headline running straight into a sentence; not "WeWork" or "iPhone"."""
    for match in LOOSE.finditer(text):
        before = text[: match.start()].split()[:-1]
        capitalised = sum(1 for w in before if w[:1].isupper() or w[:1].isdigit())
        if len(before) >= HEADLINE_WORDS and capitalised >= 0.7 * len(before):
            return True
    return False


def _glued_byline(text: str) -> bool:
    """A byline whose prefix the paste glued to the name after it."""
    names, said = parse_byline(text)
    return bool(names) and said


def _bumped(doc: Document) -> set[int]:
    """The lines where ``LOOSE`` matches, found by one search over the page (a NUL between
    lines matches no side of it). ``GLUE`` only matches where ``LOOSE`` does."""
    starts, at = [], 0
    for line in doc.lines:
        starts.append(at)
        at += len(line.text) + 1
    page = "\0".join(line.text for line in doc.lines)
    return {bisect_right(starts, match.start()) - 1 for match in LOOSE.finditer(page)}


def rule(doc: Document) -> None:
    bumped = _bumped(doc)
    loose = [i in bumped and headline_glued(line.text) for i, line in enumerate(doc.lines)]
    for i in sorted(bumped):
        line = doc.lines[i]
        if line.index in doc.verdicts:
            continue
        if not line.terminal and GLUE.search(line.text):
            if _glued_byline(line.text):
                continue  # "bySauli Giliard", "vonFred Hüning 31.10.2023": a byline
            doc.mark(line, "chrome", "sentences glued without a space")
        elif loose[i] and any(sum(loose[start : start + RUN_WINDOW]) >= RUN_MIN
                              for start in range(max(0, i - RUN_WINDOW + 1), i + 1)):  # fmt: skip
            doc.mark(line, "chrome", "teaser cards: headlines glued to their summaries")
