"""A clean build: read every article, render every page, swap the new site in."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from sitegen.builder import Builder, Progress
from sitegen.config import Config
from sitegen.errors import Problem
from sitegen.model import Article, Page
from sitegen.write import write_site


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


def build(config: Config, drafts: bool = False, progress: Progress | None = None) -> BuildResult:
    """Build the whole site into ``config.output_path``; the old output survives any failure."""
    started = time.perf_counter()
    builder = Builder(config, drafts)
    builder.refresh(progress=progress)
    out = builder.render(progress)
    written = write_site(out.files, [(src, dest) for dest, src in out.copies.items()],
                         config.output_path)  # fmt: skip
    return BuildResult(
        out.articles, out.pages, out.problems, written, time.perf_counter() - started
    )
