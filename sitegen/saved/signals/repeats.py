"""A teaser of this very story: the headline printed again, or an excerpt cut off with an
ellipsis from a paragraph the page prints in full.

Other repeated blocks stay: recipes, menus and tables repeat lines for good reasons.
"""

from sitegen.saved.page import PageDocument

ELLIPSIS = ("...", "…", "[…]", "[...]")
MIN_EXCERPT = 20  # characters an excerpt must keep to count as one


def rule(doc: PageDocument) -> None:
    titles = {t.casefold() for t in doc.titles}
    texts = [line.text.casefold() for line in doc.lines]
    for line, key in zip(doc.lines, texts, strict=True):
        if line.index in doc.verdicts or not line.words:
            continue
        if key in titles:
            doc.mark(line, "chrome", "repeats the headline")
            continue
        stem = next((key.removesuffix(m).rstrip() for m in ELLIPSIS if key.endswith(m)), "")
        if len(stem) >= MIN_EXCERPT and any(t != key and t.startswith(stem) for t in texts):
            doc.mark(line, "chrome", "an excerpt of another block")
