"""The pipeline: read -> clean -> index -> render -> write, with problems collected on the way."""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sitegen.clean.context import CleanContext
from sitegen.config import Config
from sitegen.content import scan
from sitegen.errors import Problem, SitegenError
from sitegen.ignore import is_ignored
from sitegen.index import plan
from sitegen.model import Article, Page
from sitegen.readers import ReadContext, reader_for
from sitegen.readers.text import EXTENSIONS as PASTED
from sitegen.readers.text import decode
from sitegen.render import make_environment, render_page, static_folders
from sitegen.write import write_site

Progress = Callable[[str, int, int], None]


@dataclass
class BuildResult:
    articles: list[Article] = field(default_factory=list)
    pages: list[Page] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    files_written: int = 0
    seconds: float = 0.0

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.level == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.level == "warning"]


def read_articles(
    config: Config, drafts: bool = False, progress: Progress | None = None
) -> tuple[list[Article], list[Problem]]:
    """Read every article; a broken one is reported and left out, the others go on."""
    tree = scan(config.content_path)
    problems = list(tree.problems)
    collections = collection_contexts(config.content_path, [rel for rel, _ in tree.articles])
    articles = []
    for n, (rel, defaults) in enumerate(tree.articles, start=1):
        reader = reader_for(rel)
        assert reader is not None
        try:
            article = reader(rel, ReadContext(config, defaults, collections.get(rel)))
        except SitegenError as err:
            problems.append(Problem.from_error(err))
            continue
        path = config.content_path / rel
        problems += [Problem("warning", w, path) for w in article.warnings]
        if drafts or not article.draft:
            articles.append(article)
        if progress:
            progress("read", n, len(tree.articles))
    return articles, problems


def collection_contexts(root: Path, files: list[Path]) -> dict[Path, CleanContext]:
    """Pasted pages are cleaned with what their section's other pages share: a line that
    recurs across a collection saved from one site is that site's boilerplate."""
    by_section: dict[str, list[Path]] = defaultdict(list)
    for rel in files:
        if rel.suffix.lower() in PASTED:
            by_section[rel.parts[0] if len(rel.parts) > 1 else ""].append(rel)
    contexts = {}
    for rels in by_section.values():
        texts = (decode((root / rel).read_bytes()) for rel in rels)
        context = CleanContext.from_texts(texts)
        contexts.update(dict.fromkeys(rels, context))
    return contexts


def site_globals(pages: list[Page]) -> dict[str, Any]:
    """What every template may show: the sections and tag groups for navigation."""
    by_url = {p.url: p for p in pages}
    return {
        "sections": by_url["sections/"].context["groups"],
        "tags": by_url["tags/"].context["groups"],
    }


def asset_copies(articles: list[Article], config: Config) -> Iterator[tuple[Path, str]]:
    for folder in static_folders(config):
        for path in sorted(folder.rglob("*")):
            if path.is_file() and not is_ignored(path.relative_to(folder)):
                yield path, "theme/" + path.relative_to(folder).as_posix()
    site_static = config.root / "static"
    if site_static.is_dir():
        for path in sorted(site_static.rglob("*")):
            if path.is_file() and not is_ignored(path.relative_to(site_static)):
                yield path, path.relative_to(site_static).as_posix()
    for article in articles:
        base = article.url if article.url.endswith("/") else article.url.rsplit("/", 1)[0] + "/"
        for asset in article.assets:
            yield config.content_path / asset.source, base.lstrip("/") + asset.dest


def build(config: Config, drafts: bool = False, progress: Progress | None = None) -> BuildResult:
    """Build the whole site into ``config.output_path``; the old output survives any failure."""
    started = time.perf_counter()
    articles, problems = read_articles(config, drafts, progress)
    pages, plan_problems = plan(articles, config)
    problems += plan_problems
    env = make_environment(config)
    site = site_globals(pages)
    files = {}
    for n, page in enumerate(pages, start=1):
        files[page.output_path] = render_page(env, page, site)
        if progress:
            progress("render", n, len(pages))
    shown = [p.articles[0] for p in pages if p.kind == "article"]
    written = write_site(files, asset_copies(shown, config), config.output_path)
    return BuildResult(shown, pages, problems, written, time.perf_counter() - started)
