"""Articles split across several containers: some sites break the text into sections of
the same kind (``<div class="body">``, an advertisement, the next ``<div class="body">``).
trafilatura keeps the section it judged best; its siblings of the same kind that hold
running text are the rest of the article (readability's sibling rule, narrowed)."""

from __future__ import annotations

from collections import Counter

from lxml.html import HtmlElement

from sitegen.saved.metadata import caption_key

TEXT_TAGS = {"p", "h2", "h3", "h4", "ul", "ol", "blockquote"}
PROSE_WORDS = 15  # a paragraph this long is running text
MIN_PROSE = 2  # paragraphs of running text a sibling section must have
MAX_LINK_SHARE = 0.3


def _words(el: HtmlElement) -> int:
    return len(el.text_content().split())


def _link_share(el: HtmlElement) -> float:
    text = len(el.text_content())
    return sum(len(a.text_content()) for a in el.iter("a")) / text if text else 1.0


def sections(original: HtmlElement, kept: list[str]) -> tuple[list[HtmlElement], int] | None:
    """The sections of the article in page order and the index of the one trafilatura
    kept, or None when the article is not split (the usual case)."""
    keys = {caption_key(t) for t in kept if len(t.split()) >= PROSE_WORDS}
    if not keys:
        return None
    parents: Counter[HtmlElement] = Counter(
        p.getparent() for p in original.iter("p") if caption_key(p.text_content()) in keys
    )
    if not parents:
        return None
    main, _ = parents.most_common(1)[0]
    if main is None or not main.get("class"):
        return None
    same = [el for el in original.iter(main.tag) if el.get("class") == main.get("class")]
    if len(same) < 2 or any(el is not main and main in el.iterancestors() for el in same):
        return None
    found = []
    for el in same:
        prose = [c for c in el if c.tag == "p" and _words(c) >= PROSE_WORDS]
        new = [p for p in prose if caption_key(p.text_content()) not in keys]
        if el is main or (
            len(new) >= MIN_PROSE and len(new) == len(prose) and _link_share(el) <= MAX_LINK_SHARE
        ):
            found.append(el)
    if len(found) < 2:
        return None
    return found, found.index(main)  # sections already kept in part are left as they are


def blocks_of(section: HtmlElement) -> list[HtmlElement]:
    return [c for c in section if isinstance(c.tag, str) and c.tag in TEXT_TAGS and _words(c)]
