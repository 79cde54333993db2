"""An author's note closing the article ("Louise Matsakis is a staff writer at ...") is
the page's, not the story's: it and what follows it go. Read once the authors are known;
the note must name a role ("writer", "reporter", "producer"), so that a closing paragraph
about a place or a firm a wrong author was taken from ("Den Haag is een plaats ...") stays.
So does the author's name alone on a line under the article's text, over the box of who
they are ("Katharina Volkwein", then "Hat das Sammel-Gen von ihrem Opa geerbt ..."), or
signing it ("Cécile Ducourtieux (Londres, correspondante)"). The short lines straight
over the note go with it: an author box's label ("Sobre la firma", "About the author")."""

from __future__ import annotations

from sitegen.clean.bare_names import NOTE_LINES
from sitegen.clean.bylines import introduces
from sitegen.clean.document import Document, Line
from sitegen.clean.people import is_role

ROLE_WITHIN = 15  # words: where the note says what the author does


def close_at_note(doc: Document, authors: list[str]) -> None:
    """End the body at a note that says who one of ``authors`` is, among its last
    ``NOTE_LINES`` paragraphs or anywhere after the first half of its words (a feed of
    other stories under the note can hold the body open far below it), taken as a
    paragraph or not (a note without a full stop); the lines from there to the body's
    end are chrome."""
    if not authors:
        return
    span = doc.lines[doc.start : doc.end]
    kept = [ln for ln in span if doc.role(ln) in ("body", "heading")]
    if not kept:
        return
    paragraphs = {ln.index: ln.n_words for ln in kept if ln.prose}
    closing = set(list(paragraphs)[-NOTE_LINES:])
    half, words = sum(paragraphs.values()) / 2, 0
    note = None
    for line in span:
        words += paragraphs.get(line.index, 0)
        if (line.index in closing or words > half) and (
                _says_who(line, authors) or _named_alone(line, authors)):  # fmt: skip
            note = line
            break
    if note is None or note.index <= kept[0].index:
        return
    for line in kept:
        if line.index >= note.index:
            doc.mark(line, "chrome", "after the author's note")
    doc.mark(note, "chrome", "an author's note closing the article")
    for line in reversed([ln for ln in kept if ln.index < note.index]):
        if line.prose:
            break
        doc.mark(line, "chrome", "a label over the author's note, no paragraph under it")


SIGNED_WORDS = 4  # words after the name in a signature: "(Londres, correspondante)"


def _named_alone(line: Line, authors: list[str]) -> bool:
    """The line is an author's name and nothing else, an author box's heading, or a
    signature: the name, then what they do after a comma or in brackets, no sentence
    ("Cécile Ducourtieux (Londres, correspondante)")."""
    text = line.text.casefold()
    for name in authors:
        if text == name.casefold():
            return True
        rest = text.removeprefix(name.casefold()).lstrip()
        if (rest[:1] in (",", "(") and len(rest.split()) <= SIGNED_WORDS
                and is_role(rest)
                and not line.terminal):  # fmt: skip
            return True  # not "Leena Simon, CC-BY-SA 4.0", a picture's credit
    return False


def _says_who(line: Line, authors: list[str]) -> bool:
    """The line opens by saying who an author is, and what they do ("... is a writer"), or
    with a verb that says it ("Lena Hofstadter covers education for the Ledger.")."""
    if any(introduces(line.text, a, "reporting_verbs") for a in authors):
        return True
    return any(introduces(line.text, a) for a in authors) and is_role(
        " ".join(line.words[:ROLE_WITHIN]))  # fmt: skip
