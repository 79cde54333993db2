"""A short line inside the body that the page also prints outside it is UI text
("Type your email…", "Subscribe"): widgets repeat, paragraphs do not."""

from collections import Counter

from sitegen.clean.document import Document


def rule(doc: Document) -> None:
    outside = Counter(line.text for line in doc.lines if not doc.start <= line.index < doc.end)
    for line in doc.lines[doc.start : doc.end]:
        if line.index not in doc.verdicts and not line.prose and outside[line.text]:
            doc.mark(line, "chrome", "also printed outside the article (UI text)")
