"""Pictures' captions between body paragraphs, known by their credits: a line closed by
one ("... in Nogales, Ariz. (AP)"), or a credit on its own line ("Sakib Ali/Hindustan
Times/Getty Images") with the caption printed just above it (for a labelled credit,
"Photo: Gene J. Puskar", a caption a gallery prints twice). A paragraph of the article
ends in no credit; a caption pasted from a figure does."""

from __future__ import annotations

from sitegen.clean.credits import (
    CREDIT_WORDS,
    ends_with_credit,
    is_bare_label,
    is_credit,
    is_labelled,
)
from sitegen.clean.document import Document, Line

CAPTION_WORDS = 60  # a caption is no longer than this (captions of news photos run to 50)
UNDER = 1  # lines under the body's end where a labelled credit may stand, under its caption


def _printed_twice(doc: Document, line: Line) -> bool:
    """A caption a gallery prints again: a labelled credit ("Photo: Jo Lee") under a line
    printed once may close the paragraph above a picture, not a caption."""
    return sum(other.text == line.text for other in doc.lines) > 1


def _caption_above(doc: Document, credit: Line) -> list[Line]:
    """The line a credit stands under (past the credit printed twice), with the copies of
    it a gallery printed straight above it again: first the first."""
    i = credit.index - 1
    while i > doc.start and is_credit(doc.lines[i].text):
        i -= 1
    if i < doc.start:
        return []
    first = i
    while first > doc.start and doc.lines[first - 1].text == doc.lines[i].text:
        first -= 1
    return doc.lines[first : i + 1]


def _under_its_label(doc: Document, line: Line) -> bool:
    """A short line under a credit's label alone ("Фото:" over "личный архив Андрея
    Рудькова"): the credit, pasted on a line of its own."""
    return (line.index > 0 and is_bare_label(doc.lines[line.index - 1].text)
            and not line.terminal and line.n_words <= CREDIT_WORDS)  # fmt: skip


def rule(doc: Document) -> None:
    lines = doc.lines
    for line in lines[doc.start : doc.end]:
        if doc.verdicts.get(line.index) is None and _under_its_label(doc, line):
            doc.mark(doc.lines[line.index - 1], "chrome", "a picture's credit's label")
            doc.mark(line, "chrome", "a picture's credit, under its label")
    for line in lines[doc.start : doc.end + UNDER]:
        verdict = doc.verdicts.get(line.index)
        if verdict is not None and verdict.role != "chrome":
            continue
        if line.index >= doc.end and not (is_labelled(line.text) and is_credit(line.text)):
            continue  # under the body: a labelled credit only, its caption printed twice
        if is_credit(line.text):  # taken for chrome already ("a lone label"): its caption too
            if verdict is None:
                doc.mark(line, "chrome", "a picture's credit")
            copies = _caption_above(doc, line)
            first = copies[0] if copies else None
            if (first is not None and first.index not in doc.verdicts
                    and first.n_words <= CAPTION_WORDS
                    and (not is_labelled(line.text) or _printed_twice(doc, first))):  # fmt: skip
                for caption in copies:
                    doc.mark(caption, "chrome", "a picture's caption, above its credit")
        elif (verdict is None and ends_with_credit(line.text)
              and line.n_words <= CAPTION_WORDS and any(
                later.index not in doc.verdicts for later in lines[line.index + 1 : doc.end])):
            # the article's last line may close with its agency's initials: "... (AP)"
            doc.mark(line, "chrome", "a picture's caption, closed by its credit")
