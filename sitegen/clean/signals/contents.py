"""A table of contents above the article: its entries are printed again, in the same
order, as the article's subheadings, each over a paragraph. The entries go; the
subheadings stay (the rule that takes a short line printed twice for a widget's text
would lose them), the first one too where it stands straight over the body."""

from sitegen.clean.document import Document
from sitegen.clean.signals.headings import looks_like_heading

REACH = 40  # lines above the body a table of contents may stand in
MIN_ENTRIES = 2
LISTED = "a heading the table of contents above lists"


def rule(doc: Document) -> None:
    top = max(0, doc.start - REACH)
    above: dict[str, int] = {}
    for line in doc.lines[top : doc.start]:
        above.setdefault(line.text, line.index)
    lines = doc.lines
    heads = [line for line in lines[max(top, doc.start - 1) : doc.end]
             if not line.prose and looks_like_heading(line)
             and above.get(line.text, line.index) < line.index
             and line.index + 1 < len(lines) and lines[line.index + 1].prose]  # fmt: skip
    entries = [above[line.text] for line in heads]
    if len(heads) < MIN_ENTRIES or entries != sorted(set(entries)):
        return  # no list printed in the order of the article's headings
    if entries[-1] - entries[0] >= 2 * len(entries):
        return  # scattered over the page, not one list
    for index in entries:
        doc.mark(doc.lines[index], "chrome", "a table of contents")
    for line in heads:
        doc.mark(line, "heading", LISTED)
