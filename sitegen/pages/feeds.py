"""The site's feeds of the newest articles: Atom (a template) and JSON Feed 1.1 (data,
written by a function)."""

from __future__ import annotations

import json
from typing import Any

from sitegen import routes
from sitegen.model import Page
from sitegen.pages.plan import Plan


def add(site: Plan) -> None:
    newest = site.articles[: site.config.feed_size]
    site.pages.append(Page(routes.FEED, "atom.xml", site.config.title, "feed", newest,
                           {"feed_url": routes.FEED, "html_url": routes.HOME}))  # fmt: skip
    site.pages.append(Page(routes.JSON_FEED, f"{__name__}:json_feed", site.config.title, "feed",
                           list(newest), {"feed_url": routes.JSON_FEED}))  # fmt: skip


def json_feed(page: Page, helpers: dict[str, Any]) -> str:
    """JSON Feed 1.1 (jsonfeed.org): the same entries as the Atom feed."""
    config, absolute = helpers["config"], helpers["abs_url"]
    items = [{
        "id": absolute(a.url),
        "url": absolute(a.url),
        "title": a.title,
        "content_html": a.body_html,
        "summary": a.subtitle or a.summary or None,
        "image": a.image or None,
        "date_published": a.date.isoformat(),
        "date_modified": a.updated.isoformat() if a.updated else None,
        "authors": [{"name": t.name} for t in a.authors] or None,
        "tags": [t.name for t in a.tags] or None,
        "language": a.lang,
        "external_url": a.source_url or None,
    } for a in page.articles]  # fmt: skip
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": config.title,
        "home_page_url": absolute(routes.HOME),
        "feed_url": absolute(page.context["feed_url"]),
        "description": config.description or None,
        "language": config.language,
        "items": [{k: v for k, v in item.items() if v is not None} for item in items],
    }
    clean = {k: v for k, v in feed.items() if v is not None}
    return json.dumps(clean, ensure_ascii=False, indent=1) + "\n"
