"""Saved web pages: find the article, its metadata and clean markup.

bytes --encoding--> text --lxml--> tree --metadata--> machine-readable dates, canonical
     --engine (trafilatura)--> body blocks --signals--> kept blocks --sanitize--> HTML
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urljoin

from lxml.etree import ParserError
from trafilatura import load_html

from sitegen.clean import Removed
from sitegen.clean.context import CleanContext
from sitegen.clean.document import normalise
from sitegen.clean.language import detect_language
from sitegen.saved import engine
from sitegen.saved.blocks import split_blocks
from sitegen.saved.encoding import decode
from sitegen.saved.metadata import PageMeta, file_name, read_meta, without_site_name
from sitegen.saved.page import Block, PageDocument
from sitegen.saved.sanitize import sanitize
from sitegen.saved.signals import RULES

MIN_BODY_WORDS = 30  # less than this is not an article (an index page, a login wall)


@dataclass(frozen=True)
class LeadImage:
    src: str
    alt: str = ""
    caption: str = ""


@dataclass
class SavedPage:
    title: str = ""
    subtitle: str = ""
    authors: list[str] = field(default_factory=list)
    published: str = ""  # ISO 8601 as the page gave it, with its zone when it had one
    modified: str = ""
    language: str = ""
    canonical: str = ""
    site_name: str = ""
    image: LeadImage | None = None
    blocks: list[Block] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    encoding: str = ""

    @property
    def body(self) -> list[str]:
        """The text, paragraph by paragraph (captions are the pictures', not the text's)."""
        return [b.text for b in self.blocks if b.text and not b.caption]

    @property
    def words(self) -> int:
        return sum(len(text.split()) for text in self.body)

    @property
    def body_html(self) -> str:
        return sanitize("\n".join(b.html() for b in self.blocks))

    def front_matter(self) -> dict[str, object]:
        """What the page declared, as the keys a Markdown post's front matter would use."""
        meta: dict[str, object] = {
            "title": self.title, "subtitle": self.subtitle, "authors": self.authors or None,
            "date": self.published or None, "updated": self.modified or None,
            "lang": self.language, "source": self.canonical, "site_name": self.site_name,
        }  # fmt: skip
        return {k: v for k, v in meta.items() if v}


def _absolute(body: object, base: str) -> None:
    """Links and images of a saved page point where they pointed on the web."""
    for el in body.iter("a", "img"):  # type: ignore[attr-defined]
        attr = "href" if el.tag == "a" else "src"
        value = (el.get(attr) or "").strip()
        if value and not value.startswith("#"):
            el.set(attr, urljoin(base, value))


def _lead_image(result: engine.EngineResult, meta: PageMeta, blocks: list[Block]) -> LeadImage:
    name = file_name(result.image)
    caption = (meta.captions or {}).get(name, "")
    alt = ""
    for block in blocks[:3]:
        if block.tag == "img" and file_name(block.element.get("src", "")) == name:
            alt = block.element.get("alt", "")
    return LeadImage(result.image, normalise(alt), caption)


def extract_page(
    data: bytes, context: CleanContext | None = None, url: str | None = None
) -> SavedPage:
    """The article of a saved page; an empty ``blocks`` when the page holds none.
    Never raises on any input."""
    text, encoding = decode(data)
    page = SavedPage(encoding=encoding)
    try:
        tree = load_html(text)
    except (ParserError, ValueError):
        tree = None
    if tree is None:
        return page
    meta = read_meta(tree, url)
    result = engine.run(tree, url or meta.canonical or None)
    if result is None:
        return page
    site_name = normalise(result.site_name)
    titles = [*meta.headlines, normalise(result.title)]
    titles += [without_site_name(t, site_name) for t in titles]
    page.title = next((without_site_name(t, site_name) for t in titles if t), "")
    page.subtitle = normalise(result.description)
    page.authors = result.authors
    page.published = meta.published or result.date
    page.modified = meta.modified
    page.canonical = meta.canonical or result.url
    page.site_name = site_name
    if page.canonical:
        _absolute(result.body, page.canonical)
    blocks = split_blocks(result.body)
    doc = PageDocument.from_blocks(blocks)
    doc.titles, doc.caption_texts = tuple(t for t in dict.fromkeys(titles) if t), meta.caption_texts
    doc.lang = page.language = result.language or detect_language(
        " ".join(line.text for line in doc.lines if line.prose)
    )
    for rule in RULES:
        rule(doc, context or CleanContext())
    kept = []
    for line, block in zip(doc.lines, blocks, strict=True):
        verdict = doc.verdicts.get(line.index)
        if verdict is None or verdict.role == "caption":
            block.caption = verdict is not None
            kept.append(block)
        elif verdict.role == "chrome":
            page.removed.append(Removed(line.number, line.text, verdict.reason))
    page.blocks = kept if page_words(kept) >= MIN_BODY_WORDS else []
    if page.blocks and page.blocks[0].text.casefold() == page.subtitle.casefold():
        page.subtitle = ""  # the description is the first paragraph: print it once
    if result.image:
        page.image = _lead_image(result, meta, blocks)
    return page


def page_words(blocks: list[Block]) -> int:
    return sum(len(b.text.split()) for b in blocks if not b.caption)
