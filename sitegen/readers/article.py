"""Turn metadata (front matter, folder defaults, site config) into an ``Article``.

Every reader ends here, so Markdown posts, pasted text and saved pages agree on
what a title, a date, an author or a tag is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sitegen.config import Config
from sitegen.dates import to_datetime
from sitegen.errors import SitegenError
from sitegen.ignore import is_ignored, link_problem
from sitegen.model import Article, Asset, Term
from sitegen.readers.keywords import keywords_of, plain_text, word_count
from sitegen.readers.kinds import MODULES, PASTED, SAVED
from sitegen.readers.names import names as proper_names
from sitegen.readers.sketch import sketch
from sitegen.slugs import slugify, term_slug

if TYPE_CHECKING:
    from sitegen.clean.context import CleanContext

ARTICLE_SUFFIXES = {*MODULES, ".toml"}  # never copied beside a page: sources and settings
MAX_NAME = 100  # characters in a tag or author name
MAX_SLUG = 200  # characters in a slug: file names stop at 255 bytes
ARTICLE_KEYS = {
    "title", "subtitle", "date", "updated", "author", "authors", "tags", "summary",
    "slug", "draft", "lang", "source", "site_name", "clean", "timezone", "image", "aliases", "toc",
    "image_alt", "image_caption", "page",
}  # fmt: skip
TOPIC_CHARS = 4000  # an article's keywords and names are read from its first 600 words or so:
# a story says what it is about early, and a long one would cost time, not evidence
PAGES_FOLDER = "pages"  # files here are standalone pages (About, Contact), as in Pelican
UNDATED = datetime(1970, 1, 1, tzinfo=UTC)  # a standalone page needs no date


@dataclass(frozen=True)
class ReadContext:
    """What a reader needs besides the file: the site config, the folder's defaults, and
    for pasted pages the collection they were saved with (lines repeated across it)."""

    config: Config
    defaults: dict[str, Any] = field(default_factory=dict)
    collection: CleanContext | None = None
    data: bytes | None = None  # the file's bytes, when the caller has read them already

    @property
    def content_root(self) -> Path:
        return self.config.content_path

    def source(self, rel: Path) -> bytes:
        """The file's bytes: read once per build, hashed by the build cache too."""
        return self.data if self.data is not None else (self.content_root / rel).read_bytes()


@dataclass
class Body:
    """What a reader extracted from the document itself."""

    html: str
    first_heading: str = ""
    first_paragraph: str = ""
    assets: tuple[Asset, ...] = ()
    links: tuple[tuple[str, int], ...] = ()  # other articles' sources, with lines
    warnings: tuple[tuple[str, int], ...] = ()
    headings: tuple[tuple[int, str, str], ...] = ()  # level, id, text: for a contents list


TOC_FROM = 3  # headings from which an article shows its contents unless it says (``toc``)


def date_from_file(meta: dict[str, Any], path: Path) -> list[str]:
    """A saved page that prints no date is placed by its file's modification time, with a
    warning (and its page says so); returns the warnings."""
    if "date" in meta:
        return []
    meta["date"] = datetime.fromtimestamp(path.stat().st_mtime, UTC)
    meta["date_from_file"] = True
    return ["no publication date found; placed by the file's modification time"]


def title_from_file(meta: dict[str, Any], path: Path) -> list[str]:
    """A saved page whose headline was not found is named after its file ("night-trains.txt"
    is "Night trains"), with a warning, as Jekyll names a post; returns the warnings."""
    if meta.get("title"):
        return []
    meta["title"] = path.stem.replace("-", " ").replace("_", " ").strip().capitalize()
    return ["no title found; named after the file"]


def _as_list(value: Any, key: str, path: Path, line: int) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [v.strip() for v in value.split(",") if v.strip()] if key == "tags" else [value]
    if isinstance(value, list) and all(isinstance(v, str | int | float) for v in value):
        return [str(v).strip() for v in value if str(v).strip()]
    raise SitegenError(f"{key!r} must be a string or a list of strings", path, line)


_ALIAS = re.compile(r"^/?(?:[\w\-.~%+]+/)*(?:[\w\-.~%+]+)?$")


def aliases(value: Any, path: Path, line: int) -> tuple[str, ...]:
    """Old addresses of the article (``aliases: [/old/url/]``, as in Hugo), site-relative
    like its own URL: "old/url/", or a file such as "old.html"."""
    found = []
    for alias in _as_list(value, "aliases", path, line):
        parts = alias.strip("/").split("/")
        if not _ALIAS.match(alias) or not alias.strip("/") or ".." in parts or "." in parts:
            raise SitegenError(f"alias {alias!r} is not a path on this site (like /old/url/)",
                               path, line)  # fmt: skip
        last = parts[-1]
        found.append("/".join(parts) + ("" if "." in last else "/"))
    return tuple(dict.fromkeys(found))


def section_of(rel: Path) -> Term | None:
    """The first folder level below the content folder, like Pelican's category."""
    parts = rel.parts
    return _section(parts[0]) if len(parts) > 1 else None


@lru_cache(maxsize=4096)
def _section(folder: str) -> Term:
    name = " ".join(folder.replace("_", " ").replace("-", " ").split())
    return Term(name[:1].upper() + name[1:] if name.islower() else name, term_slug(folder))


def permalink(pattern: str, article_date: Any, slug: str, section: Term | None) -> str:
    url = pattern.format(
        year=f"{article_date.year:04d}",
        month=f"{article_date.month:02d}",
        day=f"{article_date.day:02d}",
        slug=slug,
        section=section.slug if section else "",
    )
    parts = [p for p in url.split("/") if p]
    return "/".join(parts) + ("/" if url.endswith("/") else "")


def bundle_assets(rel: Path, content_root: Path) -> tuple[Asset, ...]:
    """A page bundle (``trip/index.md`` and its files, as in Hugo) takes every file of its
    folder along, linked or not; other articles take only the files they link to."""
    if rel.stem != "index":
        return ()
    folder = content_root / rel.parent
    root = content_root.resolve()
    found = []
    for path in sorted(folder.rglob("*")):
        inner = path.relative_to(folder)
        if is_ignored(inner) or path.suffix.lower() in ARTICLE_SUFFIXES:
            continue
        if path.is_symlink() and link_problem(path, root) is not None:
            continue  # a link out of the content folder: never published (scan reports it)
        if path.is_file():
            found.append(Asset(path.relative_to(content_root), inner.as_posix()))
    return tuple(found)


def safe_url(value: Any, key: str, path: Path, line: int,
             warnings: list[tuple[str, int]]) -> str:  # fmt: skip
    """A web address a page may link to: http(s) or relative. Anything else (a
    ``javascript:`` source in a hostile clipping) is dropped with a warning."""
    url = str(value or "").strip()
    scheme = urlsplit(url).scheme.lower()
    if scheme and scheme not in ("http", "https"):
        warnings.append((f"{key!r} is not a web address ({scheme}:): left out", line))
        return ""
    return url


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_safe(article: Article) -> Article:
    """Control characters no XML or HTML page may hold (a NUL in a pasted page) are taken
    out of every text field, so feeds and sitemaps stay well-formed."""
    for name in ("title", "subtitle", "summary", "body_html", "site_name", "image_alt",
                 "image_caption"):  # fmt: skip
        value = getattr(article, name)
        if _has_control(value):
            setattr(article, name, _NOT_XML.sub("", value))
    return article


_CONTROL_BYTES = bytes([*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20)])


def _has_control(text: str) -> bool:
    """Whether ``_NOT_XML`` finds anything in the text: its UTF-8 without those bytes
    (no other character's UTF-8 holds them) is shorter, or it holds U+FFFE or U+FFFF. A
    few times as fast as the pattern's search, on every article's body."""
    data = text.encode("utf-8", "surrogatepass")
    if len(data.translate(None, _CONTROL_BYTES)) != len(data):
        return True
    return not text.isascii() and ("\ufffe" in text or "\uffff" in text)


_DATED = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?[-_](?=.*[^\W\d_])(.+)$")


def without_date(stem: str, date: datetime) -> str:
    """A file or bundle name without the article's own date in front ("2024-05-07-lisbon",
    as Jekyll names posts, or "2024-lisbon"): the URL gives the date already."""
    found = _DATED.match(stem)
    if found is None:
        return stem
    year, month, day, rest = found.groups()
    same = int(year) == date.year and (month is None or int(month) == date.month) and (
        day is None or int(day) == date.day)  # fmt: skip
    return rest if same else stem


def make_article(
    rel: Path, meta: dict[str, Any], body: Body, ctx: ReadContext, key_line: Any = None
) -> Article:
    """Combine metadata with the folder defaults and the config; errors name file and line."""
    path = ctx.content_root / rel

    def line(key: str) -> int:
        return key_line(key) if key_line else 1

    merged = {**ctx.defaults, **{k: v for k, v in meta.items() if v is not None}}
    tz_name = merged.get("timezone") or ctx.config.timezone
    try:
        tz = ZoneInfo(str(tz_name))
    except (ZoneInfoNotFoundError, ValueError):
        raise SitegenError(f"unknown time zone {tz_name!r}", path, line("timezone")) from None

    title = str(merged.get("title") or body.first_heading or "").strip()
    if not title:
        raise SitegenError("no title: add 'title:' or start with a heading", path, 1)

    saved = rel.suffix.lower() in PASTED | SAVED or bool(merged.get("source"))  # from the web
    page = merged.get("page", rel.parts[0] == PAGES_FOLDER and len(rel.parts) > 1)
    if not isinstance(page, bool):
        raise SitegenError("'page' must be true or false", path, line("page"))
    if "date" not in merged and not page:
        raise SitegenError("no date: add 'date:' to the front matter (or 'page: true' for a "
                           "standalone page such as About)", path, 1)  # fmt: skip
    try:
        date, has_time = (to_datetime(merged["date"], tz, lenient=saved) if "date" in merged
                          else (UNDATED, False))  # fmt: skip
    except ValueError as err:
        raise SitegenError(str(err), path, line("date")) from None
    updated = None
    if merged.get("updated") is not None:
        try:
            updated, _ = to_datetime(merged["updated"], tz)
        except ValueError as err:
            raise SitegenError(str(err), path, line("updated")) from None

    names = _as_list(merged.get("authors") or merged.get("author"), "author", path, line("author"))
    if not names and ctx.config.author:
        names = [ctx.config.author]
    tag_names = list(dict.fromkeys(_as_list(merged.get("tags"), "tags", path, line("tags"))))
    for name in (*tag_names, *names):
        if len(name) > MAX_NAME:
            key = "tags" if name in tag_names else "author"
            raise SitegenError(f"a name of {len(name):,} characters in {key!r}: at most "
                               f"{MAX_NAME}", path, line(key))  # fmt: skip
    tag_warnings: list[tuple[str, int]] = []
    url_warnings: list[tuple[str, int]] = []
    if len(tag_names) > ctx.config.max_tags:
        tag_warnings.append((f"{len(tag_names):,} tags: only the first {ctx.config.max_tags} "
                             "are kept (max_tags in sitegen.toml)", line("tags")))  # fmt: skip
        tag_names = tag_names[: ctx.config.max_tags]
    stem = without_date(rel.parent.name if rel.stem in ("index", "_index") else rel.stem, date)
    slug = slugify(str(merged.get("slug") or stem)) or term_slug(stem)
    if len(slug) > MAX_SLUG:
        raise SitegenError(f"a slug of {len(slug):,} characters: at most {MAX_SLUG}; set a "
                           "shorter 'slug'", path, line("slug"))  # fmt: skip
    section = None if page else section_of(rel)
    draft = merged.get("draft", False)
    if not isinstance(draft, bool):
        raise SitegenError("'draft' must be true or false", path, line("draft"))

    lang = str(merged.get("lang") or merged.get("language") or ctx.config.language)
    text = plain_text(body.html)  # what keywords, names and copies are found in
    head = text[:TOPIC_CHARS]
    related = "related" not in ctx.config.disable_kinds  # keywords: what related ones share
    pieces = head.casefold().split() if related else head.split()  # as many either way
    # names are what tags are proposed from: only for an article that gives none
    wants_tags = not tag_names and not page and ctx.config.auto_tags > 0
    return xml_safe(Article(
        source=rel,
        title=title,
        subtitle=str(merged.get("subtitle") or ""),
        summary=str(merged.get("summary") or body.first_paragraph or ""),
        date=date,
        has_time=has_time,
        updated=updated,
        body_html=body.html,
        toc=body.headings if merged.get("toc", len(body.headings) >= TOC_FROM) is True else (),
        slug=slug,
        authors=tuple(Term(n, term_slug(n)) for n in dict.fromkeys(names)),
        tags=tuple(Term(n, term_slug(n)) for n in dict.fromkeys(tag_names)),
        section=section,
        lang=lang,
        keywords=keywords_of(pieces, lang) if related else (),
        names=proper_names(head, lang) if wants_tags else (),
        sketch=sketch(text) if saved else (),
        words=word_count(text, (len(head), len(pieces))),
        draft=draft,
        url=f"{slug}/" if page else permalink(ctx.config.permalink, date, slug, section),
        page=page,
        assets=tuple(
            sorted({*body.assets, *bundle_assets(rel, ctx.content_root)}, key=lambda a: a.dest)
        ),
        source_url=safe_url(merged.get("source"), "source", path, line("source"), url_warnings),
        site_name=str(merged.get("site_name") or ""),
        image=safe_url(merged.get("image"), "image", path, line("image"), url_warnings),
        image_alt=str(merged.get("image_alt") or ""),
        image_caption=str(merged.get("image_caption") or ""),
        extra={k: v for k, v in meta.items() if k not in ARTICLE_KEYS},
        links=body.links,
        aliases=aliases(merged.get("aliases"), path, line("aliases")),
        warnings=(*body.warnings, *tag_warnings, *url_warnings),
    ))
