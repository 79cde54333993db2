"""The home page: every article, newest first, paginated."""

from __future__ import annotations

from sitegen import routes
from sitegen.pages.lists import paginate
from sitegen.pages.plan import Plan


def add(site: Plan) -> None:
    site.pages += paginate(routes.HOME, site.articles, site.config.per_page, "list.html",
                           site.config.title, "home")  # fmt: skip
