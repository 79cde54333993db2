"""Which pages show which article, as the last plan placed them: what lets an edit that
keeps every article in its place (``Article.placing``) touch only the pages that show it,
in the live session's memory or in a session restored with just those pages."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from sitegen.errors import Problem
from sitegen.model import Article, Page


@dataclass
class Placement:
    pages: list[Page]  # in plan order (or, restored for an edit, just those that show it)
    problems: list[Problem]  # the plan's
    placed: dict[Path, Article] = field(default_factory=dict)  # each article as planned
    placing: dict[Path, tuple[object, ...]] = field(default_factory=dict)  # ... from where
    showing: dict[Path, list[Page]] = field(default_factory=dict)  # source -> its pages

    @classmethod
    def of(cls, pages: list[Page], problems: list[Problem],
           placing: dict[Path, tuple[object, ...]]) -> Placement:  # fmt: skip
        """The placement of a plan; ``placing``: each article's placing as it was read."""
        found = cls(pages, problems)
        for page in pages:
            for source in page.sources:
                found.showing.setdefault(source, []).append(page)
            if page.kind == "article":
                found.placed[page.articles[0].source] = page.articles[0]
        found.placing = {rel: placing[rel] for rel in found.placed if rel in placing}
        return found

    def apply(self, edited: dict[Path, Article]) -> set[int] | None:
        """Put the edited articles (as read) into the pages that show them, keeping the
        site-wide spelling of their tags and authors; the ids of the pages touched, or
        None when one of them moved (or was not placed): then the site is planned again."""
        for rel, article in edited.items():
            if rel not in self.placed or self.placing.get(rel) != article.placing:
                return None
        touched: set[int] = set()
        for rel, article in edited.items():
            old = self.placed[rel]
            new = self.placed[rel] = replace(article, tags=old.tags, authors=old.authors)
            for page in self.showing.get(rel, []):
                _swap(page, old, new)
                touched.add(id(page))
        return touched

    def paths(self) -> dict[str, str]:
        """The pages that show each article, as output paths, one a line (the store's form)."""
        return {rel.as_posix(): "\n".join(p.output_path for p in pages)
                for rel, pages in self.showing.items()}  # fmt: skip


def _swap(page: Page, old: Article, new: Article) -> None:
    page.articles = [new if a is old else a for a in page.articles]
    if page.kind == "article" and page.articles[0] is new:
        page.title = new.title  # an article page is titled after its article
    for key, value in page.context.items():
        if value is old:
            page.context[key] = new
        elif isinstance(value, list | tuple) and any(v is old for v in value):
            page.context[key] = type(value)(new if v is old else v for v in value)
