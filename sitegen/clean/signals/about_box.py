"""A box about the author, the site or the firm under the article ("About the author",
then "Martin has worked as ..."; "Über uns"; a press release's "About Acme", then "Acme is
a global provider of ...") ends it: the box says who made the page, not what happened.
Its heading is a short line that opens with the language's word for "about"
(``data/about.toml``) and a paragraph follows it. Only past the first half of the body's
words: near its top the same words head the article's own section ("About this study")."""

from __future__ import annotations

from itertools import pairwise

from sitegen.clean.document import Document, Line
from sitegen.clean.phrases import fold, openers

HEADING_WORDS = 6  # an about box's heading is no longer than this


def heads_box(line: Line, lang: str) -> bool:
    """A short line, no sentence, that opens with "about" and then a word: "About Ascom",
    "Über uns", "About the author" (a figure there, "About 200 signatures", heads no box)."""
    if not 2 <= line.n_words <= HEADING_WORDS or line.prose or line.text.endswith((".", "?")):
        return False
    low = fold(line.text)
    opener = next((o for o in openers("about", lang) if low.startswith(o)), None)
    if opener is None:
        return False
    rest = line.text[len(opener) :].lstrip(" \"'“„«")
    return bool(rest) and rest[0].isalpha()


def rule(doc: Document) -> None:
    span = [ln for ln in doc.lines[doc.start : doc.end] if not doc.is_chrome(ln)]
    words = {ln.index: ln.n_words for ln in span if ln.prose}
    half, seen = sum(words.values()) / 2, 0
    for line, after in pairwise(span):
        seen += words.get(line.index, 0)
        if seen > half and after.prose and heads_box(line, doc.lang):
            doc.end_body(line.index, "a box about the author, site or firm, and what follows it")
            return
