"""Two sentences glued without a space ("logged inPlease refresh") are scraped UI text."""

import re

from sitegen.clean.context import CleanContext
from sitegen.clean.document import Document

# a lower-case word run straight into a capitalised one, or a full stop with no space after
GLUE = re.compile(r"(?:^|(?<=\s))[a-z]{2,}[A-Z][a-z]{2,}|[a-z]{2}[.!?][A-Z][a-z]{2,}")


def rule(doc: Document, ctx: CleanContext) -> None:
    for line in doc.lines:
        if line.index not in doc.verdicts and GLUE.search(line.text):
            doc.mark(line, "chrome", "sentences glued without a space")
