"""Pictures' captions between body paragraphs, known by their credits: a line closed by
one ("... in Nogales, Ariz. (AP)"), or a credit on its own line ("Sakib Ali/Hindustan
Times/Getty Images") with the caption printed just above it. A paragraph of the article
ends in no credit; a caption pasted from a figure does."""

from __future__ import annotations

from sitegen.clean.credits import ends_with_credit, is_credit
from sitegen.clean.document import Document

CAPTION_WORDS = 45  # a caption is no longer than this


def rule(doc: Document) -> None:
    lines = doc.lines
    for line in lines[doc.start : doc.end]:
        if line.index in doc.verdicts:
            continue
        if is_credit(line.text):
            doc.mark(line, "chrome", "a picture's credit")
            above = lines[line.index - 1] if line.index > doc.start else None
            if (above is not None and above.index not in doc.verdicts
                    and above.n_words <= CAPTION_WORDS):  # fmt: skip
                doc.mark(above, "chrome", "a picture's caption, above its credit")
        elif ends_with_credit(line.text) and line.n_words <= CAPTION_WORDS and any(
                later.index not in doc.verdicts for later in lines[line.index + 1 : doc.end]):
            # the article's last line may close with its agency's initials: "... (AP)"
            doc.mark(line, "chrome", "a picture's caption, closed by its credit")
