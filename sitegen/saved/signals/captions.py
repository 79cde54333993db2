"""Captions and credits travel with their picture: kept in the HTML as the figure's
caption, left out of the text (and of what the chrome signals count as prose)."""

from sitegen.clean.context import CleanContext
from sitegen.saved.page import PageDocument


def rule(doc: PageDocument, ctx: CleanContext) -> None:
    if not doc.caption_texts:
        return
    for line in doc.lines:
        if line.index not in doc.verdicts and line.text.casefold() in doc.caption_texts:
            doc.mark(line, "caption", "marked up as a caption")
