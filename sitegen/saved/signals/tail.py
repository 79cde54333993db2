"""After the last paragraph of running text, short lines (tags, headlines of other
stories, copyright) belong to the page's footer."""

from sitegen.clean.context import CleanContext
from sitegen.saved.page import PageDocument

TEXT_TAGS = {"p", "blockquote", "ul", "ol", "h2", "h3", "h4", "h5", "h6", "pre", "dl"}


def rule(doc: PageDocument, ctx: CleanContext) -> None:
    last_prose = max(
        (line.index for line in doc.lines
         if line.prose and doc.role(line) is None and doc.block(line).tag in TEXT_TAGS),
        default=-1,
    )  # fmt: skip
    for line in doc.lines[last_prose + 1 :]:
        if line.index not in doc.verdicts and doc.block(line).tag in TEXT_TAGS:
            doc.mark(line, "chrome", "below the article")
