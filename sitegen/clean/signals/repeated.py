"""A line printed in many articles of one collection is the site's, not the article's; so
is running text that two articles of it print word for word, apart from either's own
paragraphs (a cookie notice, a subscription offer, the site's description): in a
collection saved from many sites no site's lines reach a share of it."""

from sitegen.clean.context import CleanContext
from sitegen.clean.document import Document

MIN_DOCS = 3  # a line must recur in at least this many articles
MIN_SHARE = 0.3  # ... and in this share of the collection
SENTENCE_WORDS = 8  # a shared sentence at least this long is no coincidence
GAP = 1  # other lines (a subheading, a label) between two paragraphs of one stretch


def rule(doc: Document) -> None:
    ctx = doc.collection
    if ctx is None:
        return
    if ctx.n_docs >= MIN_DOCS:
        threshold = max(MIN_DOCS, MIN_SHARE * ctx.n_docs)
        for line in doc.lines:
            seen = ctx.doc_frequency(line.key)
            if seen >= threshold:
                doc.mark(line, "chrome", f"repeated in {seen} of {ctx.n_docs} articles")
    if ctx.n_docs >= 2:
        _shared_sentences(doc, ctx)


def _shared_sentences(doc: Document, ctx: CleanContext) -> None:
    """Sentences another article prints too, in a stretch of text none of whose running
    text is this page's own. The article's own paragraphs hold the stretch they are in
    (a paragraph another site syndicated, a standfirst another page prints as a teaser);
    a page with no running text of its own is a copy of another, left to the copies
    check whole."""
    lines = doc.lines
    own = [line.prose and ctx.doc_frequency(line.key) < 2 for line in lines]
    if not any(own):
        return
    stretch: list[int] = []  # prose lines with at most GAP other lines between them
    since = GAP + 1
    for i, line in enumerate(lines):
        if not line.prose:
            since += 1
            continue
        if since > GAP:
            _mark_stretch(doc, stretch, own)
            stretch = []
        stretch.append(i)
        since = 0
    _mark_stretch(doc, stretch, own)


def _mark_stretch(doc: Document, stretch: list[int], own: list[bool]) -> None:
    """The stretch's sentences go, unless a paragraph of this page's own is among them."""
    if any(own[i] for i in stretch):
        return
    for i in stretch:
        line = doc.lines[i]
        if line.terminal and line.n_words >= SENTENCE_WORDS:
            doc.mark(line, "chrome", "running text other articles print too, apart from "
                                     "this one's own")  # fmt: skip
