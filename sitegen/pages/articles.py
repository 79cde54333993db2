"""One page per article, linked to the next newer and older."""

from __future__ import annotations

from sitegen.model import Page
from sitegen.pages.plan import Plan


def add(site: Plan) -> None:
    articles = site.articles
    for i, article in enumerate(articles):
        newer = articles[i - 1] if i > 0 else None
        older = articles[i + 1] if i + 1 < len(articles) else None
        site.pages.append(Page(article.url, "article.html", article.title, "article", [article],
                               {"article": article, "newer": newer, "older": older,
                                "related": ()}))  # fmt: skip
