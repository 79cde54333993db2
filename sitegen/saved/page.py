"""The article part of a saved page as blocks (paragraphs, headings, lists, figures...),
each with the features the chrome signals read: its text, and how much of it is links."""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml.etree import _Element, tostring

from sitegen.clean.document import Document, Line, normalise


@dataclass
class Block:
    """One top-level element of the extracted body."""

    element: _Element
    text: str  # normalised
    link_share: float  # share of the text inside <a>
    caption: bool = False  # a picture's caption or credit, not text

    @property
    def tag(self) -> str:
        return str(self.element.tag)

    def html(self) -> str:
        return tostring(self.element, encoding="unicode", with_tail=False)

    @classmethod
    def of(cls, element: _Element) -> Block:
        text = normalise(" ".join(element.itertext()))
        linked = sum(len(normalise(" ".join(a.itertext()))) for a in element.iter("a"))
        return cls(element, text, min(1.0, linked / len(text)) if text else 0.0)


@dataclass
class PageDocument(Document):
    """The blocks as the pasted-text cleaner's lines, so its signals run here too."""

    blocks: list[Block] = field(default_factory=list)
    titles: tuple[str, ...] = ()  # the headline as the page's title, h1 and metadata print it
    caption_texts: frozenset[str] = frozenset()

    @classmethod
    def from_blocks(cls, blocks: list[Block]) -> PageDocument:
        lines = [Line(i, i + 1, b.text or b.tag) for i, b in enumerate(blocks)]
        return cls(lines, end=len(lines), blocks=blocks)

    def block(self, line: Line) -> Block:
        return self.blocks[line.index]

    def text_lines(self) -> list[Line]:
        """Lines of blocks with text: "the third block from the top" counts these."""
        shown = [b.text and b.tag not in ("img", "figure") for b in self.blocks]
        return [line for line in self.lines if shown[line.index]]
