"""Pictures' captions between body paragraphs, known by their credits: a line closed by
one ("... in Nogales, Ariz. (AP)"), or a credit on its own line ("Sakib Ali/Hindustan
Times/Getty Images") with the caption printed just above it. A paragraph of the article
ends in no credit; a caption pasted from a figure does."""

from __future__ import annotations

from sitegen.clean.credits import ends_with_credit, is_credit
from sitegen.clean.document import Document

CAPTION_WORDS = 60  # a caption is no longer than this (captions of news photos run to 50)


def rule(doc: Document) -> None:
    lines = doc.lines
    for line in lines[doc.start : doc.end]:
        verdict = doc.verdicts.get(line.index)
        if verdict is not None and verdict.role != "chrome":
            continue
        if is_credit(line.text):  # taken for chrome already ("a lone label"): its caption too
            if verdict is None:
                doc.mark(line, "chrome", "a picture's credit")
            above = lines[line.index - 1] if line.index > doc.start else None
            if (above is not None and above.index not in doc.verdicts
                    and above.n_words <= CAPTION_WORDS):  # fmt: skip
                doc.mark(above, "chrome", "a picture's caption, above its credit")
        elif (verdict is None and ends_with_credit(line.text)
              and line.n_words <= CAPTION_WORDS and any(
                later.index not in doc.verdicts for later in lines[line.index + 1 : doc.end])):
            # the article's last line may close with its agency's initials: "... (AP)"
            doc.mark(line, "chrome", "a picture's caption, closed by its credit")
