"""A line printed in many articles of one collection is the site's, not the article's."""

from sitegen.clean.document import Document

MIN_DOCS = 3  # a line must recur in at least this many articles
MIN_SHARE = 0.3  # ... and in this share of the collection


def rule(doc: Document) -> None:
    ctx = doc.collection
    if ctx is None or ctx.n_docs < MIN_DOCS:
        return
    threshold = max(MIN_DOCS, MIN_SHARE * ctx.n_docs)
    for line in doc.lines:
        seen = ctx.doc_frequency(line.key)
        if seen >= threshold:
            doc.mark(line, "chrome", f"repeated in {seen} of {ctx.n_docs} articles")
