"""What the page says about itself in its markup: publication time with its zone,
canonical URL, and the caption of the lead image.

trafilatura's metadata covers title, authors, site name and a date without time; the
time and zone come from the machine-readable fields news sites fill for search engines
(JSON-LD ``datePublished``, ``article:published_time``, ``<time datetime>``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin

from lxml.html import HtmlElement

from sitegen.clean.document import count_words, normalise

_PUBLISHED_META = (
    "article:published_time", "og:published_time", "og:article:published_time",
    "datepublished", "pubdate", "publishdate", "publish-date", "publish_date", "date",
    "dc.date.issued", "dcterms.created", "dc.date", "sailthru.date", "parsely-pub-date",
)  # fmt: skip
_MODIFIED_META = ("article:modified_time", "og:updated_time", "datemodified", "dcterms.modified")
_ARTICLE_TYPES = {"article", "newsarticle", "blogposting", "reportagenewsarticle",
                  "analysisnewsarticle", "opinionnewsarticle", "webpage", "report"}  # fmt: skip


@dataclass
class PageMeta:
    published: str = ""  # as printed in the markup, e.g. 2019-11-20T10:40:00+01:00
    modified: str = ""
    canonical: str = ""
    base: str = ""  # the page's <base href>: what its relative links are relative to
    headline: str = ""  # JSON-LD headline, og:title, the first <h1>: the first found
    headlines: tuple[str, ...] = ()  # all of them
    captions: dict[str, str] = field(default_factory=dict)  # image file name -> caption
    caption_texts: frozenset[str] = frozenset()  # every caption or credit the page marks up
    standfirsts: frozenset[str] = frozenset()  # texts marked up as the standfirst
    pixels: frozenset[str] = frozenset()  # file names of tracking pixels and spacers
    figure: tuple[str, str] | None = None  # (src, alt) of the first figure after the headline


def _json_ld(tree: HtmlElement) -> Iterator[dict[str, Any]]:
    """Every JSON-LD object of the page, graphs flattened; broken JSON is skipped."""
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                yield item
                if isinstance(item.get("@graph"), list):
                    stack.extend(item["@graph"])


def _types(item: dict[str, Any]) -> set[str]:
    kind = item.get("@type", "")
    kinds = kind if isinstance(kind, list) else [kind]
    return {str(k).lower() for k in kinds}


def _meta_values(tree: HtmlElement) -> dict[str, str]:
    found: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        value = (meta.get("content") or "").strip()
        if key and value and key not in found:
            found[key] = value
    return found


def file_name(src: str) -> str:
    """The last path segment of an image URL, without query: the same picture in two sizes
    usually keeps it."""
    return src.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1].lower()


def _captions(tree: HtmlElement) -> dict[str, str]:
    captions: dict[str, str] = {}
    for figure in tree.iter("figure"):
        caption = figure.find(".//figcaption")
        if caption is None:
            continue
        text = normalise(caption.text_content())
        for img in figure.iter("img"):
            for src in (img.get("src"), img.get("data-src"), *(img.get("srcset") or "").split(",")):
                if src and src.strip():
                    captions.setdefault(file_name(src.strip().split(" ", 1)[0]), text)
    return captions


MAX_CAPTION_WORDS = 80
MIN_CAPTION_WORDS = 4  # shorter texts ("Photo", "AP") are no evidence
_WORDS = re.compile(r"\w+")


_CAPTION_NAME = re.compile(r"caption|credit", re.IGNORECASE)
_STANDFIRST_NAME = re.compile(r"standfirst|\bdek\b|\bdeck\b|sub-?title|sub-?head", re.I)
_CONTAINERS = {"body", "html", "article", "main"}


def _marked_texts(tree: HtmlElement) -> tuple[frozenset[str], frozenset[str]]:
    """Texts the markup calls captions or credits (``<figcaption>``, a class or itemprop
    naming one) and images' alt texts, shown with their picture and never read as body
    text; and texts it calls a standfirst (dek, subtitle), shown under the headline."""
    captions, standfirsts = set(), set()
    for el in tree.iter():
        tag = el.tag
        if tag == "img":
            text = el.get("alt", "")
        elif tag == "figcaption":
            text = el.text_content()
        else:
            names = f"{el.get('class') or ''} {el.get('itemprop') or ''}"
            if names == " " or not isinstance(tag, str):
                continue
            if not _CAPTION_NAME.search(names):
                if tag not in _CONTAINERS and _STANDFIRST_NAME.search(names):
                    standfirsts.add(word_key(el.text_content()))
                continue
            text = el.text_content()
        key = word_key(text)
        if MIN_CAPTION_WORDS <= key.count(" ") + 1 <= MAX_CAPTION_WORDS:
            captions.add(key)
    return frozenset(captions), frozenset(standfirsts)


LEAD_PARAGRAPH_WORDS = 15  # a paragraph this long is the text: a lead picture comes before
PIXEL = 3  # images smaller than this (in either dimension) are tracking pixels or spacers


def _pixels(tree: HtmlElement) -> frozenset[str]:
    def tiny(value: str | None) -> bool:
        digits = (value or "").strip().removesuffix("px")
        return digits.isdigit() and int(digits) < PIXEL

    return frozenset(
        file_name(img.get("src", ""))
        for img in tree.iter("img")
        if img.get("src") and (tiny(img.get("width")) or tiny(img.get("height")))
    )


def _first_figure(tree: HtmlElement, pixels: frozenset[str]) -> tuple[str, str] | None:
    """Where sites put the lead picture: a ``<figure>`` between the ``<h1>`` and the first
    paragraph of text."""
    seen_h1 = tree.find(".//h1") is None
    for el in tree.iter("h1", "figure", "p"):
        if el.tag == "h1":
            seen_h1 = True
        elif not seen_h1:
            continue
        elif el.tag == "p" and count_words(el.text_content()) >= LEAD_PARAGRAPH_WORDS:
            return None
        elif el.tag == "figure":
            img = el.find(".//img")
            if img is not None and img.get("src") and file_name(img.get("src", "")) not in pixels:
                return img.get("src", ""), normalise(img.get("alt") or "")
    return None


def word_key(text: str) -> str:
    """A text as its words only, lower case: copies of a caption, a standfirst or a
    paragraph differ in spacing, punctuation and markup, not in words."""
    return " ".join(_WORDS.findall(text.casefold()))


def read_meta(tree: HtmlElement, url: str | None = None) -> PageMeta:
    """Read before trafilatura runs: it strips scripts and meta tags from the tree."""
    caption_texts, standfirsts = _marked_texts(tree)
    meta = PageMeta(
        captions=_captions(tree),
        caption_texts=caption_texts,
        standfirsts=standfirsts,
        pixels=_pixels(tree),
    )
    meta.figure = _first_figure(tree, meta.pixels)
    for item in _json_ld(tree):
        if not _types(item) & _ARTICLE_TYPES:
            continue
        meta.published = meta.published or str(item.get("datePublished") or "")
        meta.modified = meta.modified or str(item.get("dateModified") or "")
        meta.headline = meta.headline or str(item.get("headline") or "")
    values = _meta_values(tree)
    h1 = next((normalise(h.text_content()) for h in tree.iter("h1")), "")
    found = [normalise(t) for t in (meta.headline, values.get("og:title", ""), h1)]
    meta.headlines = tuple(t for t in dict.fromkeys(found) if t)
    meta.headline = next(iter(meta.headlines), "")
    meta.published = meta.published or next((values[k] for k in _PUBLISHED_META if k in values), "")
    meta.modified = meta.modified or next((values[k] for k in _MODIFIED_META if k in values), "")
    if not meta.published:
        for time in tree.iter("time"):
            if time.get("datetime") and "T" in time.get("datetime", ""):
                meta.published = time.get("datetime", "")
                break
    for link in tree.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            meta.canonical = urljoin(url or "", link.get("href", "").strip())
            break
    meta.canonical = meta.canonical or values.get("og:url", "")
    base = tree.find(".//base[@href]")
    meta.base = urljoin(url or "", base.get("href", "").strip()) if base is not None else ""
    return meta


_SEPARATOR = re.compile(r"\s+[|\-–—·:»]{1,2}\s+")
MAX_SITE_WORDS = 5


def without_site_name(title: str, site_name: str = "") -> str:
    """ "Headline | Site" -> "Headline": the site's name is not part of the article's title."""
    parts = _SEPARATOR.split(title)
    if len(parts) < 2:
        return title
    site = site_name.casefold()
    first, last = parts[0], parts[-1]
    site_last = site and last.casefold() == site
    if site_last or len(last.split()) <= MAX_SITE_WORDS < len(first.split()):
        return title[: title.rfind(last)].rstrip(" |-–—·:»")
    if site and first.casefold() == site:
        return title[len(first) :].lstrip(" |-–—·:»")
    return title
