"""What every page kind plans from: the site's articles in order, each URL checked, each
tag and author spelled one way; and the pages planned so far."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sitegen.config import Config
from sitegen.errors import Problem
from sitegen.model import Article, Page, Term
from sitegen.pages.auto_tags import propose
from sitegen.pages.duplicates import merge
from sitegen.routes import RESERVED
from sitegen.slugs import term_key, unique_slugs


@dataclass
class Plan:
    """Handed to each page kind in turn (``sitegen.pages.KINDS``), which adds its pages."""

    articles: list[Article]  # newest first: what lists, feeds and archives show
    config: Config
    standalone: list[Article] = field(default_factory=list)  # pages (About), by source path
    pages: list[Page] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    shown: dict[str, Any] = field(default_factory=dict)  # what every page shows (the menu)
    sections: list[Term] = field(default_factory=list)  # in the sections index's order
    jobs: int = 1  # processes a kind may spread its work over (``sitegen.parallel``)
    later: list[Callable[[], None]] = field(default_factory=list)  # run after every kind


def sort_articles(articles: list[Article]) -> list[Article]:
    """Newest first; the source path breaks ties so the order never changes between builds."""
    return sorted(articles, key=lambda a: (-a.date.timestamp(), a.source_key))


def normalise_terms(articles: list[Article]) -> list[Article]:
    """One spelling and one collision-free slug per tag and per author across the site."""

    def fix(get: Callable[[Article], tuple[Term, ...]]) -> dict[str, Term]:
        spellings: dict[str, Counter[str]] = defaultdict(Counter)
        for article in articles:
            for term in get(article):
                spellings[term_key(term.name)][term.name] += 1
        slugs = unique_slugs(list(spellings))
        return {key: Term(min(c, key=lambda name: (-c[name], name)), slugs[key])
                for key, c in spellings.items()}  # fmt: skip

    tags, authors = fix(lambda a: a.tags), fix(lambda a: a.authors)
    result = []
    for a in articles:
        new_tags = tuple(dict.fromkeys(tags[term_key(t.name)] for t in a.tags))
        new_authors = tuple(dict.fromkeys(authors[term_key(t.name)] for t in a.authors))
        same = new_tags == a.tags and new_authors == a.authors
        result.append(a if same else replace(a, tags=new_tags, authors=new_authors))
    return result


OWN_PAGES = ("article", "standalone")  # kinds of page that show one article or page of its own
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
    for article in sorted(articles, key=lambda a: a.source_key):
        owner.setdefault(article.url, article)
    problems = [
        Problem("error", f"URL /{a.url} is already used by {owner[a.url].source}; "
                "set a different 'slug'", root / a.source)
        for a in articles if owner[a.url] is not a
    ]  # fmt: skip
    return [a for a in articles if owner[a.url] is a], problems


def prepare(articles: list[Article], config: Config, jobs: int = 1) -> Plan:
    """The articles to plan from: at URLs of their own, newest first, terms spelled one way."""
    root = config.content_path
    articles = propose(merge(articles), config.auto_tags)
    articles, clashes = own_urls(articles, root)
    articles, problems = unique_urls(sort_articles(normalise_terms(articles)), root)
    standalone = sorted((a for a in articles if a.page), key=lambda a: a.source_key)
    dated = [a for a in articles if not a.page]
    return Plan(dated, config, standalone, problems=clashes + problems, jobs=jobs)


def dedupe(pages: list[Page], problems: list[Problem]) -> list[Page]:
    """A page whose URL another page already took is reported and left out."""
    seen: dict[str, Page] = {}
    for page in pages:
        other = seen.get(page.output_path)
        if other is None:
            seen[page.output_path] = page
            continue
        first = other.articles[0].source if other.kind in OWN_PAGES else other.kind
        own = page.kind in (*OWN_PAGES, "alias") and page.articles
        source = page.articles[0].source if own else None
        problems.append(Problem("error", f"URL /{page.url} is already used by {first}; set a "
                                "different 'slug'", source))  # fmt: skip
    return list(seen.values())
