"""Position: the article is the densest run of prose; chrome gathers above and below it.

Each line gets a weight (running text counts for its length, labels and links
against), and the body is the contiguous run with the largest sum, the way Body
Text Extraction finds the densest stretch of a page.
"""

from sitegen.clean.context import CleanContext
from sitegen.clean.document import Document, Line

PROSE_CAP = 60  # words: one very long line should not carry the whole block
LABEL_PENALTY = 3
CHROME_PENALTY = 8


def weight(doc: Document, line: Line) -> float:
    if doc.is_chrome(line):
        return -CHROME_PENALTY
    if line.prose:
        return min(line.n_words, PROSE_CAP)
    return -LABEL_PENALTY


def rule(doc: Document, ctx: CleanContext) -> None:
    best, best_start, best_end = 0.0, 0, 0
    total, start = 0.0, 0
    for i, line in enumerate(doc.lines):
        if total <= 0:
            total, start = 0.0, i
        total += weight(doc, line)
        if total > best:
            best, best_start, best_end = total, start, i + 1
    doc.start, doc.end = best_start, best_end
