"""The site's menu, shown on every page: the ``[[menu]]`` entries of sitegen.toml in their
order or, without them, the sections, the standalone pages, Tags and Archives."""

from __future__ import annotations

from dataclasses import dataclass

from sitegen import routes
from sitegen.config import CONFIG_NAME, MenuItem
from sitegen.errors import Problem
from sitegen.model import Article, Term
from sitegen.pages.plan import Plan


@dataclass(frozen=True)
class MenuEntry:
    """What a template needs to draw one item and to mark it current (``aria-current``)."""

    name: str
    url: str  # site-relative ("tags/"), or a whole address when ``external``
    external: bool = False
    section: str = ""  # a section's slug: its articles' pages mark this item too


def add(site: Plan) -> None:
    """After the sections and standalone pages are planned: the menu links to them."""
    sections: dict[str, Term] = {t.slug: t for t in site.sections}
    if not site.config.menu:
        entries = [MenuEntry(t.name, routes.section(slug), section=slug)
                   for slug, t in sections.items()]  # fmt: skip
        entries += [MenuEntry(a.title, a.url) for a in site.standalone]
        entries.append(MenuEntry("Tags", routes.TAGS))
        if "archives" not in site.config.disable_kinds:
            entries.append(MenuEntry("Archives", routes.ARCHIVES))
        site.shown["menu"] = entries
        return
    shown = {p.articles[0].source_key: p.articles[0]
             for p in site.pages if p.kind in ("article", "standalone")}  # fmt: skip
    entries = []
    for n, item in enumerate(site.config.menu, 1):
        entry = _entry(item, sections, shown)
        if entry is None:
            target = item.page or item.section
            site.problems.append(Problem("error", f"menu entry {n}: {target!r} is not "
                                         f"{'a published page' if item.page else 'a section'}"
                                         "; the entry is left out",
                                         site.config.root / CONFIG_NAME))  # fmt: skip
        elif (kind := _left_out(entry, site.config.disable_kinds)) is not None:
            site.problems.append(Problem("warning", f"menu entry {n}: {item.url!r} is a page "
                                         f"of the {kind!r} kind, which disable_kinds leaves out; "
                                         "the entry is left out", site.config.root / CONFIG_NAME))
        else:
            entries.append(entry)
    site.shown["menu"] = entries


def _left_out(entry: MenuEntry, off: tuple[str, ...]) -> str | None:
    """The page kind left out (``disable_kinds``) that this menu entry would link to."""
    top = None if entry.external else entry.url.split("/", 1)[0] + "/"
    kinds = {routes.ARCHIVES: "archives", routes.AUTHORS: "authors",
             routes.author("x").split("/", 1)[0] + "/": "authors"}
    kind = kinds.get(top or "")
    return kind if kind in off else None


def _entry(item: MenuItem, sections: dict[str, Term],
           shown: dict[str, Article]) -> MenuEntry | None:  # fmt: skip
    if item.url:
        external = not item.url.startswith("/")
        return MenuEntry(item.name, item.url if external else item.url.lstrip("/"), external)
    if item.section:
        slug = next((s for s, t in sections.items()
                     if item.section in (s, t.name, t.name.casefold())), None)  # fmt: skip
        if slug is None:
            return None
        return MenuEntry(item.name or sections[slug].name, routes.section(slug), section=slug)
    article = shown.get(item.page.lstrip("/").removeprefix("content/"))
    return None if article is None else MenuEntry(item.name or article.title, article.url)
