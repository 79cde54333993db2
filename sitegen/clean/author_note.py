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
from sitegen.clean.metadata import NAME_WORDS
from sitegen.clean.people import is_name
from sitegen.clean.roles import is_role

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


NAME_NEAR = 4  # lines around the headline where a bare name may stand as its byline


def named_in_note(doc: Document, headline: int) -> list[str]:
    """For a page with no byline found: a bare name near the headline that an author's
    note among the last paragraphs says who it is ("Ana Lopes" over the headline, "Ana
    Lopes is a writer from the Western Isles" under the article): the page's author, as
    an opinion page prints it. The note confirms what a name alone near the headline
    (a person it pictures, a section's) does not tell."""
    near = doc.lines[max(0, headline - NAME_NEAR) : headline + NAME_NEAR + 1]
    names = [ln for ln in near if ln.n_words <= NAME_WORDS and doc.role(ln) != "title"
             and is_name(ln.text)]  # fmt: skip
    if not names:
        return []
    # the last lines of the body and a few under it (a note may have been taken for chrome)
    closing = doc.lines[max(doc.start, doc.end - 2 * NOTE_LINES) : doc.end + NOTE_LINES]
    for name in names:
        if any(_says_who(line, [name.text]) for line in closing):
            doc.mark(name, "meta", "a name near the headline, its author's note under the article")
            return [name.text]
    return []
