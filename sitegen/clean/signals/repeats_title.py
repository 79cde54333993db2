"""A second copy of the headline, or a pull quote repeating a body line, is chrome."""

from sitegen.clean.document import Document


def rule(doc: Document) -> None:
    seen = {line.text.casefold() for line in doc.lines if doc.role(line) in ("title", "subtitle")}
    for line in doc.lines[doc.start : doc.end]:
        if line.index in doc.verdicts:
            continue
        key = line.text.casefold()
        if key in seen:
            doc.mark(line, "chrome", "repeats an earlier line")
        seen.add(key)
