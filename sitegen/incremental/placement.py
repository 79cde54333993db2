"""Which pages show which article, as the last plan placed them: what lets an edit that
keeps every article in its place (``Article.placing``) touch only the pages that show it,
in the live session's memory or in a session restored with just those pages."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sitegen.errors import Problem
from sitegen.model import Article, Page, Row
from sitegen.slugs import term_key

# ("tags" or "authors", term key) -> the term as placed; ("auto", source) -> proposed tags;
# ("copies", source) -> what the kept copy of a story saved twice took from the others
Spellings = dict[tuple[str, str], Any]
MERGED = ("copies", "authors", "subtitle", "source_url", "site_name")


@dataclass
class Placement:
    pages: list[Page]  # in plan order (or, restored for an edit, just those that show it)
    problems: list[Problem]  # the plan's
    placing: dict[Path, tuple[object, ...]]  # each article's placing, as read
    spellings: Spellings = field(default_factory=dict)  # how the plan spelled each term
    placed: dict[Path, Article] = field(default_factory=dict)  # each article as planned
    _showing: dict[str, list[Page]] | None = None

    def __post_init__(self) -> None:
        self.placed.update((page.articles[0].source, page.articles[0]) for page in self.pages
                           if page.kind in ("article", "standalone"))  # fmt: skip

    @property
    def showing(self) -> dict[str, list[Page]]:
        """Source (POSIX) -> the pages that show it. Found when first asked for (an edit,
        or saving the build cache, which a clean build does in a child once the site is
        written), not while a build waits on its plan: a tenth of planning."""
        if self._showing is None:
            self._showing = {}
            for page in self.pages:
                for source in page.sources:
                    self._showing.setdefault(source, []).append(page)
        return self._showing

    def apply(self, edited: dict[Path, Article]) -> set[int] | None:
        """Put the edited articles (as read) into the pages that show them, spelled as
        placed; the ids of the pages touched, or None when one of them moved (or was
        not placed): then the site is planned again."""
        if any(rel not in self.placed or self.placing.get(rel) != article.placing
               for rel, article in edited.items()):  # fmt: skip
            return None
        swaps: dict[int, tuple[Page, dict[int, Article]]] = {}  # page id -> (page, old -> new)
        for rel, article in edited.items():
            old = self.placed[rel]
            new = self.placed[rel] = respell(article, self.spellings)
            self.placing[rel] = article.placing
            for page in self.showing.get(rel.as_posix(), []):
                swaps.setdefault(id(page), (page, {}))[1][id(old)] = new
        for page, new_for in swaps.values():  # once a page: an index shows thousands
            _swap(page, new_for)
        return set(swaps)

    def paths(self) -> dict[str, str]:
        """The pages that show each article, as output paths, one a line (the store's form)."""
        return {rel: "\n".join(p.output_path for p in pages)
                for rel, pages in self.showing.items()}  # fmt: skip


def spellings(placed: dict[Path, Article]) -> Spellings:
    """How the plan spelled each tag and author (``sitegen.pages.plan.normalise_terms``),
    and the tags it proposed for articles that gave none (by source: ``"auto"``)."""
    found: Spellings = {(kind, term_key(t.name)): t for a in placed.values()
                        for kind in ("tags", "authors") for t in getattr(a, kind)}  # fmt: skip
    found.update({("auto", rel.as_posix()): a.tags for rel, a in placed.items() if a.auto_tags})
    found.update({("copies", rel.as_posix()): {f: getattr(a, f) for f in MERGED}
                  for rel, a in placed.items() if a.copies})  # fmt: skip
    return found


def respell(article: Article, spellings: Spellings) -> Article:
    """The article as the plan placed it: its tags and authors spelled site-wide, and the
    tags proposed for it if it gives none (its names, which decided them, are unchanged)."""
    auto = spellings.get(("auto", article.source_key)) if not article.tags else None
    if auto:
        article = replace(article, tags=auto, auto_tags=True)
    merged = spellings.get(("copies", article.source_key))
    if merged:  # the copy kept of a story saved twice, with what the others gave it
        article = replace(article, **merged)
    new = {kind: tuple(dict.fromkeys(spellings.get((kind, term_key(t.name)), t)
                                     for t in getattr(article, kind)))
           for kind in ("tags", "authors")}  # fmt: skip
    if (new["tags"], new["authors"]) == (article.tags, article.authors):
        return article
    return replace(article, **new)


def _swap(page: Page, new_for: dict[int, Article]) -> None:
    """Put new articles in the page where the old ones were (``new_for``: by the old
    one's id), in its list, its context and its rows."""
    page.articles = [new_for.get(id(a), a) for a in page.articles]
    if page.kind in ("article", "standalone") and id(page.articles[0]) in {
            id(a) for a in new_for.values()}:  # fmt: skip
        page.title = page.articles[0].title  # an article page is titled after its article
    rows = {a.source_key: Row.of(a) for a in new_for.values()}
    for key, value in page.context.items():
        if id(value) in new_for:
            page.context[key] = new_for[id(value)]
        elif isinstance(value, list | tuple) and any(id(v) in new_for for v in value):
            page.context[key] = type(value)(new_for.get(id(v), v) for v in value)
        elif isinstance(value, list) and value and isinstance(value[0], Row):
            page.context[key] = [rows.get(r.source, r) for r in value]
