"""A short line inside the body that the page also prints outside it is UI text
("Type your email…", "Subscribe"), or a teaser that a list of the most read prints again
under its rank ("1 Storm closes coast road"): widgets and teasers repeat, paragraphs do
not."""

import re
from collections import Counter

from sitegen.clean.document import Document

_RANK = re.compile(r"^\d{1,2}[.)]?\s+(?=\S)")  # "1 Storm closes ...": a ranked list's item


def rule(doc: Document) -> None:
    outside = Counter(line.text for line in doc.lines if not doc.start <= line.index < doc.end)
    outside.update(_RANK.sub("", text) for text in list(outside) if _RANK.match(text))
    for line in doc.lines[doc.start : doc.end]:
        if line.index not in doc.verdicts and not line.prose and outside[line.text]:
            doc.mark(line, "chrome", "also printed outside the article (UI text)")
