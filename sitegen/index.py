"""Plan every page of the site from the articles: lists, tags, archives, feeds, sitemap.

Each ``Page`` records the articles it shows, so a changed article maps to the pages
that must be rendered again.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from sitegen.config import RESERVED, Config
from sitegen.errors import Problem
from sitegen.model import Article, Page, Term
from sitegen.slugs import term_key, unique_slugs


@dataclass(frozen=True)
class Pager:
    """Where a list page sits in its series: page 2 of 5, with its neighbours' URLs."""

    number: int
    count: int
    base: str  # the first page's URL; the others add "page/N/"

    def url(self, number: int) -> str:
        return self.base if number == 1 else f"{self.base}page/{number}/"

    @property
    def prev_url(self) -> str | None:
        return self.url(self.number - 1) if self.number > 1 else None

    @property
    def next_url(self) -> str | None:
        return self.url(self.number + 1) if self.number < self.count else None


@dataclass(frozen=True)
class Group:
    """A tag, section, author, year or month with the articles filed under it."""

    term: Term
    url: str
    articles: tuple[Article, ...]

    @property
    def count(self) -> int:
        return len(self.articles)


@dataclass(frozen=True)
class Listing:
    """A group as an index shows it: name, link, count. Index pages hold these, not the
    articles, so an edit that changes no name, link or count leaves them as they are."""

    term: Term
    url: str
    count: int


@dataclass(frozen=True)
class SitemapEntry:
    url: str
    lastmod: str | None


def listings(groups: Iterable[Group]) -> list[Listing]:
    return [Listing(g.term, g.url, g.count) for g in groups]


def sort_articles(articles: Iterable[Article]) -> list[Article]:
    """Newest first; the source path breaks ties so the order never changes between builds."""
    return sorted(articles, key=lambda a: (-a.date.timestamp(), a.source.as_posix()))


def normalise_terms(articles: list[Article]) -> list[Article]:
    """One spelling and one collision-free slug per tag and per author across the site."""

    def fix(get: Callable[[Article], tuple[Term, ...]]) -> dict[str, Term]:
        spellings: dict[str, Counter[str]] = defaultdict(Counter)
        for article in articles:
            for term in get(article):
                spellings[term_key(term.name)][term.name] += 1
        slugs = unique_slugs(list(spellings))
        return {
            key: Term(min(c, key=lambda name: (-c[name], name)), slugs[key])
            for key, c in spellings.items()
        }

    tags = fix(lambda a: a.tags)
    authors = fix(lambda a: a.authors)
    result = []
    for a in articles:
        new_tags = tuple(dict.fromkeys(tags[term_key(t.name)] for t in a.tags))
        new_authors = tuple(dict.fromkeys(authors[term_key(t.name)] for t in a.authors))
        same = new_tags == a.tags and new_authors == a.authors
        result.append(a if same else replace(a, tags=new_tags, authors=new_authors))
    return result


def paginate(
    base: str,
    articles: list[Article],
    per_page: int,
    template: str,
    title: str,
    kind: str,
    **context: object,
) -> list[Page]:
    """``base``, ``base/page/2/``, ...: the first page keeps the plain URL."""
    count = max(1, math.ceil(len(articles) / per_page))
    pagers = [Pager(n, count, base) for n in range(1, count + 1)]
    return [
        Page(
            url=pager.url(pager.number),
            template=template,
            title=title,
            kind=kind,
            articles=articles[(pager.number - 1) * per_page : pager.number * per_page],
            context={**context, "pager": pager},
        )
        for pager in pagers
    ]


def group(
    articles: list[Article], keys: Callable[[Article], Iterable[Term]], prefix: str
) -> list[Group]:
    found: dict[Term, list[Article]] = defaultdict(list)
    for article in articles:
        for term in keys(article):
            found[term].append(article)
    return sorted(
        (Group(t, f"{prefix}{t.slug}/", tuple(items)) for t, items in found.items()),
        key=lambda g: (term_key(g.term.name), g.term.slug),
    )


def archive_groups(articles: list[Article]) -> tuple[list[Group], dict[str, list[Group]]]:
    """Years, newest first, and for each year its months, newest first."""
    years: dict[str, list[Article]] = defaultdict(list)
    months: dict[tuple[str, str], list[Article]] = defaultdict(list)
    for a in articles:
        y, m = f"{a.date.year:04d}", f"{a.date.month:02d}"
        years[y].append(a)
        months[(y, m)].append(a)
    year_groups = [Group(Term(y, y), f"{y}/", tuple(years[y])) for y in sorted(years, reverse=True)]
    month_groups: dict[str, list[Group]] = defaultdict(list)
    for y, m in sorted(months, reverse=True):
        name = months[(y, m)][0].date.strftime("%B %Y")
        month_groups[y].append(Group(Term(name, m), f"{y}/{m}/", tuple(months[(y, m)])))
    return year_groups, month_groups


def plan(articles: list[Article], config: Config) -> tuple[list[Page], list[Problem]]:
    """Every page of the site, in a fixed order; clashing URLs are reported, not overwritten."""
    articles, clashes = own_urls(articles, config.content_path)
    articles, problems = unique_urls(sort_articles(normalise_terms(articles)), config.content_path)
    problems = clashes + problems
    per = config.per_page
    pages: list[Page] = []

    for i, article in enumerate(articles):
        newer = articles[i - 1] if i > 0 else None
        older = articles[i + 1] if i + 1 < len(articles) else None
        pages.append(
            Page(
                article.url,
                "article.html",
                article.title,
                "article",
                [article],
                {"article": article, "newer": newer, "older": older},
            )
        )

    pages += paginate("", articles, per, "list.html", config.title, "home")

    taxonomies = [
        ("tag", "tags", "Tags", group(articles, lambda a: a.tags, "tag/")),
        (
            "section",
            "sections",
            "Sections",
            group(articles, lambda a: (a.section,) if a.section else (), "section/"),
        ),
        ("author", "authors", "Authors", group(articles, lambda a: a.authors, "author/")),
    ]
    for kind, index_url, index_title, groups in taxonomies:
        pages.append(
            Page(
                f"{index_url}/",
                "terms.html",
                index_title,
                f"{kind}s",
                [],
                {"groups": listings(groups), "term_kind": kind},
            )
        )
        for g in groups:
            pages += paginate(
                g.url, list(g.articles), per, "list.html", g.term.name, kind, term=g.term
            )
            if kind == "tag":
                pages.append(
                    Page(
                        f"{g.url}feed.xml",
                        "atom.xml",
                        g.term.name,
                        "feed",
                        list(g.articles[: config.feed_size]),
                        {"feed_url": f"{g.url}feed.xml", "html_url": g.url},
                    )
                )

    years, months = archive_groups(articles)
    pages.append(
        Page(
            "archives/",
            "archives.html",
            "Archives",
            "archives",
            [],
            {"years": listings(years), "months": {y: listings(ms) for y, ms in months.items()}},
        )
    )
    for y in years:
        pages += paginate(
            y.url,
            list(y.articles),
            per,
            "list.html",
            y.term.name,
            "year",
            months=listings(months[y.term.name]),
        )
        for m in months[y.term.name]:
            pages += paginate(m.url, list(m.articles), per, "list.html", m.term.name, "month")

    pages.append(
        Page(
            "feed.xml",
            "atom.xml",
            config.title,
            "feed",
            articles[: config.feed_size],
            {"feed_url": "feed.xml", "html_url": ""},
        )
    )
    pages.append(Page("404.html", "404.html", "Page not found", "404", []))
    html_pages = [p for p in pages if p.output_path.endswith(".html") and p.kind != "404"]
    entries = [
        SitemapEntry(p.url, p.articles[0].feed_updated if p.kind == "article" else None)
        for p in html_pages
    ]
    pages.append(Page("sitemap.xml", "sitemap.xml", "", "sitemap", [], {"entries": entries}))
    pages.append(Page("robots.txt", "robots.txt", "", "robots", []))
    return dedupe(pages, problems, config.content_path)


_ARCHIVE_URL = re.compile(r"^\d{4}/(\d{2}/)?$")


def own_urls(articles: list[Article], root: Path) -> tuple[list[Article], list[Problem]]:
    """An article whose URL the site's own pages use (``tags/``, ``theme/``, a year's
    archive...) is reported and left out: the site's pages keep their places."""
    kept, problems = [], []
    for article in articles:
        first = article.url.split("/", 1)[0]
        if article.url == "" or first in RESERVED or _ARCHIVE_URL.match(article.url):
            problems.append(Problem("error", f"URL /{article.url} belongs to the site's own "
                                    "pages; set a different 'slug' or permalink",
                                    root / article.source))  # fmt: skip
        else:
            kept.append(article)
    return kept, problems


def unique_urls(articles: list[Article], root: Path) -> tuple[list[Article], list[Problem]]:
    """Two articles with one URL: the first by source path keeps it, the other is reported."""
    owner: dict[str, Article] = {}
    for article in sorted(articles, key=lambda a: a.source.as_posix()):
        owner.setdefault(article.url, article)
    problems = [
        Problem("error", f"URL /{a.url} is already used by {owner[a.url].source}; "
                "set a different 'slug'", root / a.source)
        for a in articles if owner[a.url] is not a
    ]  # fmt: skip
    return [a for a in articles if owner[a.url] is a], problems


def dedupe(
    pages: list[Page], problems: list[Problem], root: Path
) -> tuple[list[Page], list[Problem]]:
    """A page whose URL another page already took is reported and left out."""
    seen: dict[str, Page] = {}
    for page in pages:
        other = seen.get(page.output_path)
        if other is None:
            seen[page.output_path] = page
            continue
        first = other.articles[0].source if other.kind == "article" else other.kind
        source = page.articles[0].source if page.kind == "article" and page.articles else None
        problems.append(
            Problem(
                "error",
                f"URL /{page.url} is already used by {first}; set a different 'slug'",
                source,
            )
        )
    return list(seen.values()), problems
