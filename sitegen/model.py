"""The plain data that flows through the pipeline: read -> clean -> index -> render -> write."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any, Generic, NamedTuple, TypeVar

from sitegen import routes

Progress = Callable[[str, int, int], None]  # (stage, done, total), for progress bars
T = TypeVar("T")


class cached_property(Generic[T]):
    """``functools.cached_property`` without its lock (Python 3.11 takes one at each first
    reading, a microsecond): a plan reads the digest, source and output path of tens of
    thousands of articles and pages once each. The value is computed once and kept in the
    instance's ``__dict__``, where later readings find it without calling this."""

    def __init__(self, func: Callable[[Any], T]):
        self.func, self.name = func, func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, instance: Any, owner: type | None = None) -> T:
        if instance is None:
            return self  # type: ignore[return-value]
        value = instance.__dict__[self.name] = self.func(instance)
        return value


class Term(NamedTuple):
    """A tag, section or author: the name people read and the slug URLs use. A named
    tuple, not a dataclass: a build hashes and compares terms hundreds of thousands of
    times (one object per term site-wide, lists by term), and a tuple does it in C."""

    name: str
    slug: str


@dataclass(frozen=True)
class Asset:
    """A file referenced by an article, copied next to the article's page (or, with
    ``width``, a smaller copy of a picture made for ``srcset``)."""

    source: Path
    dest: str  # path relative to the article's output folder
    width: int = 0  # pixels wide, for a resized picture; 0: the file as it is


PLACES = {"places": True}  # field metadata: a change moves the article in the site


@dataclass
class Article:
    """One article, whatever file it came from. Every field counts in ``digest``; the
    fields marked ``PLACES`` decide which pages list it, and where (``placing``)."""

    source: Path  # path relative to the content folder
    title: str
    date: datetime = field(metadata=PLACES)
    body_html: str = ""
    slug: str = ""
    subtitle: str = ""
    summary: str = ""
    updated: datetime | None = field(default=None, metadata=PLACES)
    has_time: bool = field(default=True, metadata=PLACES)
    authors: tuple[Term, ...] = field(default=(), metadata=PLACES)
    tags: tuple[Term, ...] = field(default=(), metadata=PLACES)
    section: Term | None = field(default=None, metadata=PLACES)
    lang: str = "en"
    draft: bool = field(default=False, metadata=PLACES)
    url: str = field(default="", metadata=PLACES)  # site-relative, e.g. "2017/10/raqqa/"
    assets: tuple[Asset, ...] = field(default=(), metadata=PLACES)  # copied beside its page
    source_url: str = ""
    site_name: str = ""
    image: str = ""  # lead image URL, shown above the body
    image_alt: str = ""
    image_caption: str = ""
    extra: dict[str, Any] = field(default_factory=dict)
    # other articles' sources it links to, with lines: their URLs are put in when it renders
    links: tuple[tuple[str, int], ...] = field(default=(), metadata=PLACES)
    aliases: tuple[str, ...] = field(default=(), metadata=PLACES)  # old URLs that redirect
    page: bool = field(default=False, metadata=PLACES)  # standalone (About): in no list or feed
    keywords: tuple[str, ...] = field(default=(), metadata=PLACES)  # what related ones share
    names: tuple[str, ...] = field(default=(), metadata=PLACES)  # proper names it repeats
    auto_tags: bool = False  # its tags were proposed from its names (it gave none)
    sketch: tuple[int, ...] = field(default=(), metadata=PLACES)  # a saved one's, for copies
    copies: tuple[tuple[str, str], ...] = ()  # the same story saved twice: (source, where from)
    words: int = 0  # in the body, for reading time
    toc: tuple[tuple[int, str, str], ...] = ()  # headings (level, id, text) for its contents
    warnings: tuple[tuple[str, int | None], ...] = ()  # (message, line)

    @cached_property
    def digest(self) -> int:
        """Changes whenever any field changes (a field added later included, with no list
        to keep); the same in every process, so the build cache can keep it. The body is
        hashed as it is, not through ``repr``: its escapes cost more than the hash."""
        shown = repr((self.date.tzname(),
                      *(getattr(self, f.name) for f in fields(self) if f.name != "body_html")))
        found = hashlib.blake2b(shown.encode(), digest_size=8)
        found.update(self.body_html.encode())
        return int.from_bytes(found.digest(), "big")

    @cached_property
    def source_key(self) -> str:
        """The source as a POSIX string: what pages and the build cache know it by, asked
        for hundreds of thousands of times in a plan (``Path.as_posix`` builds it anew)."""
        return self.source.as_posix()

    @property
    def placing(self) -> tuple[object, ...]:
        """Everything that decides which pages list this article, and where: an edit that
        keeps it changes only the pages that show the article. A standalone page's title
        names it in the menu of every page; an untagged article's orders the tags proposed
        for it (``sitegen.pages.auto_tags``); a saved article's length decides which of two
        copies is published (``sitegen.pages.duplicates``)."""
        placed = tuple(getattr(self, name) for name in _placing_fields(type(self)))
        if self.sketch:  # a saved article: its length decides which copy of a story is kept
            placed = (*placed, self.words)
        return (*placed, self.title) if self.page or not self.tags else placed

    @property
    def minutes(self) -> int:
        """Reading time at 230 words a minute, at least one."""
        return max(1, round(self.words / 230))

    @property
    def feed_updated(self) -> str:
        return (self.updated or self.date).isoformat()

    @property
    def author_names(self) -> str:
        names = [a.name for a in self.authors]
        if len(names) <= 1:
            return "".join(names)
        return ", ".join(names[:-1]) + " and " + names[-1]


class Row(NamedTuple):
    """An article as a long index shows it (the archives: title, link, day): pages keep
    these rather than articles, so loading such a page for an edit loads no articles, and
    an edit that keeps title, URL and date leaves the page as it is. Plain strings and
    numbers: ten thousand of them pickle, load and fingerprint in milliseconds."""

    source: str  # the article's source, POSIX
    title: str
    href: str  # its URL, site-relative and %-quoted as a link needs it (``sitegen.urls``)
    date: str  # ISO day
    day: int
    lang: str

    @classmethod
    def of(cls, article: Article) -> Row:
        day = article.date.date()
        return cls(article.source_key, article.title, routes.quoted(article.url),
                   day.isoformat(), day.day, article.lang)  # fmt: skip


@dataclass
class Page:
    """One output file: which template renders it, with what, and which articles it shows.

    ``sources`` lets an incremental build find the pages a changed article touches.
    """

    url: str  # site-relative, "" for the home page, "tag/syria/page/2/", "feed.xml"
    template: str  # the Jinja template that renders it, or "module:function" writing data
    title: str = ""
    kind: str = "page"
    articles: list[Article] = field(default_factory=list)
    context: dict[str, Any] = field(default_factory=dict)

    @cached_property
    def output_path(self) -> str:
        return self.url + "index.html" if self.url == "" or self.url.endswith("/") else self.url

    @property
    def sources(self) -> frozenset[str]:
        """Every article whose change could change this page, by source path (POSIX):
        listed, linked from its context (newer, older) or shown as a row. Index pages hold
        listings (name, link, count), not articles, so an edit that keeps those leaves
        them alone."""
        found = {a.source_key for a in self.articles}
        for value in self.context.values():
            if isinstance(value, Article):
                found.add(value.source_key)
            elif isinstance(value, list | tuple):
                found.update(v.source_key for v in value if isinstance(v, Article))
                found.update(v.source for v in value if isinstance(v, Row))
        return frozenset(found)


@cache
def _placing_fields(kind: type[Article]) -> tuple[str, ...]:
    return tuple(f.name for f in fields(kind) if f.metadata.get("places"))
