"""An author's note closing the article ("Louise Matsakis is a staff writer at ...") is
the page's, not the story's: it and what follows it go. Read once the authors are known;
the note must name a role ("writer", "reporter", "producer"), so that a closing paragraph
about a place or a firm a wrong author was taken from ("Den Haag is een plaats ...") stays."""

from __future__ import annotations

from sitegen.clean.bare_names import NOTE_LINES
from sitegen.clean.bylines import introduces
from sitegen.clean.document import Document
from sitegen.clean.people import is_role

ROLE_WITHIN = 15  # words: where the note says what the author does


def close_at_note(doc: Document, authors: list[str]) -> None:
    """End the body at a note that says who one of ``authors`` is, among its last
    ``NOTE_LINES`` paragraphs; the lines from there to the body's end are chrome."""
    if not authors:
        return
    kept = [ln for ln in doc.lines[doc.start : doc.end]
            if doc.role(ln) in ("body", "heading")]  # fmt: skip
    closing = [ln for ln in kept if ln.prose][-NOTE_LINES:]
    note = next((ln for ln in closing if any(introduces(ln.text, a) for a in authors)
                 and is_role(" ".join(ln.words[:ROLE_WITHIN]))), None)  # fmt: skip
    if note is None or note.index == kept[0].index:
        return
    for line in kept:
        if line.index >= note.index:
            doc.mark(line, "chrome", "an author's note closing the article"
                     if line is note else "after the author's note")  # fmt: skip
