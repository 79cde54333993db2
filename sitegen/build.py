"""A clean build: read every article, render every page, swap the new site in."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from sitegen import parallel
from sitegen.builder import Builder, Progress, site_globals
from sitegen.config import Config
from sitegen.errors import Problem
from sitegen.index import plan
from sitegen.model import Article, Page
from sitegen.render import make_environment, render_page
from sitegen.write import put, staged


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
    builder = Builder(config, drafts)
    builder.refresh(progress=progress)
    return builder.articles, builder.problems


def build(
    config: Config, drafts: bool = False, progress: Progress | None = None, jobs: int = 1
) -> BuildResult:
    """Build the whole site into ``config.output_path``; the old output survives any failure.

    Reading and rendering run in ``jobs`` processes; the files are the same whatever it is.
    """
    started = time.perf_counter()
    builder = Builder(config, drafts)
    builder.refresh(progress=progress, jobs=jobs)
    pages, plan_problems = plan(builder.articles, config)
    shown = [p.articles[0] for p in pages if p.kind == "article"]
    copies = dict(builder.asset_copies(shown))
    state = {"pages": pages, "env": make_environment(config), "site": site_globals(pages)}
    with staged(config.output_path) as stage:
        state["stage"] = stage
        for dest, source in copies.items():
            put(stage, dest, source)
        parallel.run(_render_one, range(len(pages)), jobs, state)
    return BuildResult(shown, pages, builder.problems + plan_problems, len(copies) + len(pages),
                       time.perf_counter() - started)  # fmt: skip


def _render_one(index: int) -> None:
    """Render one planned page straight into the staging folder (in a worker, or here)."""
    state = parallel.STATE
    page = state["pages"][index]
    put(state["stage"], page.output_path, render_page(state["env"], page, state["site"]))
