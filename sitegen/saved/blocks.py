"""Split the extracted body into blocks: one paragraph, heading, list, figure or data table
each, looking through the wrappers (``<div>``, layout tables) pages and fallback
extractors put around them."""

from __future__ import annotations

from lxml.etree import Element, _Element

from sitegen.saved.metadata import file_name
from sitegen.saved.page import Block

CONTAINERS = {"div", "section", "article", "main", "header", "footer", "aside", "body", "span"}
BLOCK_TAGS = {
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "blockquote", "pre", "table",
    "figure", "img", "hr", "br", *CONTAINERS,
}  # fmt: skip
CELL_BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote", "div", "table"}


def is_layout_table(el: _Element) -> bool:
    """A table used for page layout: its cells hold paragraphs and headings, not data."""
    cells = el.iter("td", "th") if el.tag == "table" else ()
    return any(isinstance(c.tag, str) and c.tag in CELL_BLOCKS for cell in cells for c in cell)


def _is_wrapper(el: _Element) -> bool:
    if el.tag in CONTAINERS:
        return any(isinstance(c.tag, str) and c.tag in BLOCK_TAGS for c in el)
    return is_layout_table(el)


def _children(el: _Element) -> list[_Element]:
    if el.tag == "table":
        return [c for row in el.iter("tr") for c in row if c.tag in ("td", "th")]
    return list(el)


def _paragraph(parts: list[_Element | str]) -> _Element:
    """Loose inline content (text, links, bold) between blocks, gathered into a paragraph."""
    p = Element("p")
    for part in parts:
        if isinstance(part, str):
            if len(p):
                p[-1].tail = (p[-1].tail or "") + part
            else:
                p.text = (p.text or "") + part
        else:
            p.append(part)
    return p


def flatten(parent: _Element) -> list[_Element]:
    found: list[_Element] = []
    loose: list[_Element | str] = [parent.text] if parent.text and parent.text.strip() else []

    def flush() -> None:
        if any(isinstance(x, _Element) or x.strip() for x in loose):
            found.append(_paragraph(loose))
        loose.clear()

    for el in _children(parent):
        if not isinstance(el.tag, str):
            continue
        tail, el.tail = el.tail, None
        if el.tag in ("td", "th") or _is_wrapper(el):
            flush()
            found.extend(flatten(el))
        elif el.tag in BLOCK_TAGS:
            flush()
            if el.tag != "br":
                found.append(el)
        else:
            loose.append(el)
        if tail and tail.strip():
            loose.append(tail)
    flush()
    return found


def split_blocks(body: _Element, pixels: frozenset[str] = frozenset()) -> list[Block]:
    """The blocks of ``body``, without the images named in ``pixels`` (tracking pixels)."""
    for img in list(body.iter("img")):
        if file_name(img.get("src", "")) in pixels:
            img.getparent().remove(img)
    blocks = []
    for el in flatten(body):
        if el.tag == "h1":
            el.tag = "h2"  # the theme prints the one <h1>, the headline
        blocks.append(Block.of(el))
    return blocks
