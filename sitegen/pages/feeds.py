"""The site's Atom feed: the newest articles."""

from __future__ import annotations

from sitegen import routes
from sitegen.model import Page
from sitegen.pages.plan import Plan


def add(site: Plan) -> None:
    site.pages.append(Page(routes.FEED, "atom.xml", site.config.title, "feed",
                           site.articles[: site.config.feed_size],
                           {"feed_url": routes.FEED, "html_url": routes.HOME}))  # fmt: skip
