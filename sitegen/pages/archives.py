"""Archives: an index of years, months and every article's title; a paginated list per
year and per month."""

from __future__ import annotations

from collections import defaultdict

from sitegen import routes
from sitegen.model import Article, Page, Row, Term
from sitegen.pages.lists import Group, listings, paginate
from sitegen.pages.plan import Plan


def archive_groups(articles: list[Article]) -> tuple[list[Group], dict[str, list[Group]]]:
    """Years, newest first, and for each year its months, newest first."""
    years: dict[int, list[Article]] = defaultdict(list)
    months: dict[tuple[int, int], list[Article]] = defaultdict(list)
    for a in articles:
        years[a.date.year].append(a)
        months[(a.date.year, a.date.month)].append(a)
    year_groups = [Group(Term(f"{y:04d}", f"{y:04d}"), routes.year(y), tuple(years[y]))
                   for y in sorted(years, reverse=True)]  # fmt: skip
    month_groups: dict[str, list[Group]] = defaultdict(list)
    for y, m in sorted(months, reverse=True):
        name = months[(y, m)][0].date.strftime("%B %Y")
        month_groups[f"{y:04d}"].append(Group(Term(name, f"{m:02d}"), routes.month(y, m),
                                              tuple(months[(y, m)])))  # fmt: skip
    return year_groups, month_groups


def add(site: Plan) -> None:
    years, months = archive_groups(site.articles)
    per = site.config.per_page
    # the index shows every title: as rows, in its own order, month after month, so the
    # template takes each month's as the next ``count`` of them
    rows = [Row.of(a) for y in years for m in months[y.term.name] for a in m.articles]
    site.pages.append(Page(routes.ARCHIVES, "archives.html", "Archives", "archives", [],
                           {"rows": rows, "years": listings(years),
                            "months": {y: listings(ms) for y, ms in months.items()}}))  # fmt: skip
    for y in years:
        site.pages += paginate(y.url, list(y.articles), per, "list.html", y.term.name, "year",
                               months=listings(months[y.term.name]))  # fmt: skip
        for m in months[y.term.name]:
            site.pages += paginate(m.url, list(m.articles), per, "list.html", m.term.name,
                                   "month")  # fmt: skip
