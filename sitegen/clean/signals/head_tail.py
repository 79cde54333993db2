"""Whatever the metadata step did not claim above or below the body is chrome."""

from sitegen.clean.document import Document


def rule(doc: Document) -> None:
    for line in doc.lines:
        if line.index in doc.verdicts:
            continue
        if line.index < doc.start:
            doc.mark(line, "chrome", "above the article")
        elif line.index >= doc.end:
            doc.mark(line, "chrome", "below the article")
