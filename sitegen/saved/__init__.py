"""Saved web pages: find the article, its metadata and clean markup.

bytes --encoding--> text --lxml--> tree --metadata--> dates, canonical, captions
     --hidden--> what a browser shows --engine (trafilatura)--> body
     --completion--> body with what trafilatura left out --blocks--> blocks
     --signals--> kept blocks --sanitize--> HTML
"""

from __future__ import annotations

import html
from collections.abc import Callable
from copy import deepcopy
from dataclasses import dataclass, field
from urllib.parse import urljoin

from lxml.etree import ParserError
from trafilatura import load_html

from sitegen.clean import Removed
from sitegen.clean.document import count_words, normalise
from sitegen.clean.language import detect_language
from sitegen.saved import completion, engine
from sitegen.saved.blocks import split_blocks
from sitegen.saved.encoding import decode
from sitegen.saved.hidden import drop_hidden
from sitegen.saved.metadata import (
    PageMeta,
    file_name,
    read_meta,
    without_site_name,
    word_key,
)
from sitegen.saved.page import Block, PageDocument
from sitegen.saved.sanitize import sanitize
from sitegen.saved.signals import RULES

# Saved pages are judged one by one: the collection signal of pasted text would need every
# page of a folder extracted first (see the signals' docstring)
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
    captions: dict[str, str] = field(default_factory=dict)  # image file name -> caption

    @property
    def body(self) -> list[str]:
        """The text, paragraph by paragraph (captions are the pictures', not the text's)."""
        return [b.text for b in self.blocks if b.text and not b.caption]

    @property
    def body_html(self) -> str:
        """Clean HTML of the body: pictures with their captions as figures, the lead
        image left to the theme (it shows it above the text)."""
        lead = file_name(self.image.src) if self.image else None
        parts: list[str] = []
        waiting: Block | None = None  # an image whose caption may come next

        def figure(img: Block, caption: str = "") -> str:
            caption = caption or self.captions.get(file_name(img.element.get("src", "")), "")
            cap = f"<figcaption>{html.escape(caption, quote=False)}</figcaption>" if caption else ""
            return f"<figure>{img.html()}{cap}</figure>"

        for block in self.blocks:
            if block.tag == "img":
                if waiting is not None:
                    parts.append(figure(waiting))
                is_lead = lead and file_name(block.element.get("src", "")) == lead
                waiting = None if is_lead else block
            elif block.caption:
                if waiting is not None:
                    parts.append(figure(waiting, block.text))
                    waiting = None
                elif not self.image or word_key(block.text) != word_key(self.image.caption):
                    parts.append(f"<p>{html.escape(block.text, quote=False)}</p>")
            else:
                if waiting is not None:
                    parts.append(figure(waiting))
                    waiting = None
                parts.append(block.html())
        if waiting is not None:
            parts.append(figure(waiting))
        return sanitize("\n".join(parts))

    def front_matter(self) -> dict[str, object]:
        """What the page declared, as the keys a Markdown post's front matter would use."""
        meta: dict[str, object] = {
            "title": self.title, "subtitle": self.subtitle, "authors": self.authors or None,
            "date": self.published or None, "updated": self.modified or None,
            "lang": self.language, "source": self.canonical, "site_name": self.site_name,
        }  # fmt: skip
        if self.image:
            meta.update(image=self.image.src, image_alt=self.image.alt,
                        image_caption=self.image.caption)  # fmt: skip
        return {k: v for k, v in meta.items() if v}


def _absolute(body: object, base: str, local: Callable[[str], bool]) -> None:
    """Links and images of a saved page point where they pointed on the web, except files
    saved with the page ("Save page as, complete"), which stay beside it. What cannot be
    resolved (no address for the page, an anchor in the original page) keeps its text
    but loses its link, so the site has no broken links."""
    for el in list(body.iter("a", "img")):  # type: ignore[attr-defined]
        attr = "href" if el.tag == "a" else "src"
        value = (el.get(attr) or "").strip()
        if not value or local(value) or value.lower().startswith("mailto:"):
            continue
        url = web_address(urljoin(base, value)) if not value.startswith("#") else ""
        if url:
            el.set(attr, url)
        elif el.tag == "a":
            del el.attrib["href"]
        else:
            _remove(el)


def _remove(el: object) -> None:
    """Take ``el`` out of its tree, keeping the text that follows it."""
    parent, previous, tail = el.getparent(), el.getprevious(), el.tail or ""  # type: ignore[attr-defined]
    if previous is not None:
        previous.tail = (previous.tail or "") + tail
    else:
        parent.text = (parent.text or "") + tail
    parent.remove(el)


def _lead_image(
    og_image: str, meta: PageMeta, blocks: list[Block], base: str, local: Callable[[str], bool]
) -> LeadImage | None:
    """A picture standing before the first paragraph is the article's lead; else the one
    the page names for sharing (og:image), usually the same picture cropped; else the
    first figure after the headline."""
    for block in blocks:
        if block.tag == "img" and block.element.get("src"):
            src = block.element.get("src", "")
            caption = meta.captions.get(file_name(src), "")
            return LeadImage(src, normalise(block.element.get("alt", "")), caption)
        if block.text and not block.caption:
            break
    if og_image:
        return LeadImage(og_image, "", meta.captions.get(file_name(og_image), ""))
    if meta.figure is None:
        return None
    src, alt = meta.figure
    src = src if local(src) else web_address(urljoin(base, src))
    return LeadImage(src, alt, meta.captions.get(file_name(src), "")) if src else None


def extract_page(
    data: bytes,
    url: str | None = None,
    local: Callable[[str], bool] = lambda ref: False,
) -> SavedPage:
    """The article of a saved page; an empty ``blocks`` when the page holds none.
    ``local`` tells which relative references are files saved beside the page.
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
    drop_hidden(tree)
    original = deepcopy(tree)  # trafilatura changes the tree it reads
    result = engine.run(tree, url or meta.canonical or None)
    if result is None:
        return page
    titles = _describe(page, meta, result)
    completion.complete(result.body, original)
    _absolute(result.body, page.canonical or web_address(meta.base), local)
    blocks = split_blocks(result.body, meta.pixels)
    doc = PageDocument.from_blocks(blocks)
    doc.titles, doc.caption_texts = titles, meta.caption_texts
    doc.lang = page.language = result.language or detect_language(
        " ".join(line.text for line in doc.lines if line.prose)
    )
    for rule in RULES:
        rule(doc)
    kept = _verdicts(page, doc, blocks)
    page.blocks = kept if page_words(kept) >= MIN_BODY_WORDS else []
    _standfirst(page, meta)
    page.image = _lead_image(
        _og_image(page, result.image, local), meta, kept, page.canonical, local
    )
    return page


def _describe(page: SavedPage, meta: PageMeta, result: engine.EngineResult) -> tuple[str, ...]:
    """Fill in the page's metadata; return every form of the headline it prints."""
    site_name = normalise(result.site_name)
    titles = [*meta.headlines, normalise(result.title)]
    titles += [without_site_name(t, site_name) for t in titles]
    page.title = next((without_site_name(t, site_name) for t in titles if t), "")
    page.subtitle = normalise(result.description)
    page.authors = result.authors
    page.published = meta.published or result.date
    page.modified = meta.modified
    page.canonical = web_address(meta.canonical or result.url)
    page.site_name = site_name
    page.captions = meta.captions
    return tuple(t for t in dict.fromkeys(titles) if t)


def _verdicts(page: SavedPage, doc: PageDocument, blocks: list[Block]) -> list[Block]:
    """The blocks the signals left in (captions marked as such); the removed ones noted."""
    kept = []
    for line, block in zip(doc.lines, blocks, strict=True):
        verdict = doc.verdicts.get(line.index)
        if verdict is None or verdict.role == "caption":
            block.caption = verdict is not None
            kept.append(block)
        elif verdict.role == "chrome":
            page.removed.append(Removed(line.number, line.text, verdict.reason))
    return kept


def _standfirst(page: SavedPage, meta: PageMeta) -> None:
    """A first paragraph marked up as the standfirst moves under the headline; one that
    only repeats the page's description stays in the text, printed once."""
    first = next((b for b in page.blocks if b.text and not b.caption), None)
    if first is None:
        return
    if word_key(first.text) in meta.standfirsts:
        page.subtitle = first.text
        page.blocks.remove(first)
    elif first.text.casefold() == page.subtitle.casefold():
        page.subtitle = ""


def _og_image(page: SavedPage, image: str, local: Callable[[str], bool]) -> str:
    """The picture the page names for sharing, if it is a picture one can show."""
    if local(image):
        return image
    image = urljoin(page.canonical, image)
    if image == page.canonical or image.lower().endswith((".html", ".htm", ".php", "/")):
        return ""  # a page, not a picture
    return web_address(image)


def web_address(url: str) -> str:
    """``url`` if it is one a reader can follow (http or https), else ""."""
    return url if url.lower().startswith(("http://", "https://")) and " " not in url else ""


def page_words(blocks: list[Block]) -> int:
    return sum(count_words(b.text) for b in blocks if not b.caption)
