"""Old addresses that lead to an article (``aliases:`` in its front matter, as in Hugo): a
small page that sends the browser on and tells search engines where the article lives."""

from __future__ import annotations

from sitegen.model import Page
from sitegen.pages.plan import Plan


def add(site: Plan) -> None:
    """After every other kind: an alias never takes a URL the site itself uses."""
    for article in (*site.articles, *site.standalone):
        for alias in article.aliases:
            site.pages.append(Page(alias, "alias.html", article.title, "alias", [article]))
