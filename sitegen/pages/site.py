"""What the whole site tells its pages, and which articles it publishes now."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sitegen.errors import Problem
from sitegen.model import Article, Page


def site_globals(pages: list[Page], shown: dict[str, Any]) -> dict[str, Any]:
    """What every template may show: what the plan gave (the menu), and the URL of each
    article or page that another links to (``sitegen.render`` puts them in place of the link)."""
    own = [p for p in pages if p.kind in ("article", "standalone")]
    published = {p.articles[0].source_key: p.url for p in own}
    linked = sorted({t for p in own for t, _ in p.articles[0].links})
    return {**shown, "article_urls": {t: published[t] for t in linked if t in published}}


def unpublished_links(articles: list[Article], root: Path) -> list[Problem]:
    """A warning for each link to an article that is not published (a draft, held back,
    or not built): the link leads nowhere, and the draft's source is never copied."""
    published = {a.source_key for a in articles}
    return [Problem("warning", f"links to {target}, which is not published (a draft, dated "
                    "in the future, or not built)", root / a.source, line)
            for a in sorted(articles, key=lambda a: a.source_key)
            for target, line in a.links if target not in published]  # fmt: skip


def publishable(articles: Iterable[Article], drafts: bool, future: bool,
                now: datetime | None = None) -> tuple[list[Article], list[Article]]:  # fmt: skip
    """The articles to publish now, and those held back for a date still to come (unless
    the site publishes the future, as Hugo's ``buildFuture``); drafts only with ``drafts``."""
    now = now or datetime.now(UTC)
    shown: list[Article] = []
    held: list[Article] = []
    for article in articles:
        if article.draft and not drafts:
            continue
        (held if article.date > now and not future else shown).append(article)
    return shown, held


def held_back(held: list[Article], root: Path) -> list[Problem]:
    """A warning for each article dated in the future, with when it will appear."""
    return [Problem("warning", f"dated {a.date.isoformat()}, in the future: held back until "
                    "then (build with --future to publish it now)", root / a.source)
            for a in sorted(held, key=lambda a: a.source_key)]  # fmt: skip
