"""``sitegen build``: scan -> read -> clean -> plan -> render -> write, re-doing only what
changed since the last build (``sitegen.incremental``)."""

from __future__ import annotations

import gc
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sitegen.config import Config
from sitegen.errors import Problem, SitegenError
from sitegen.incremental import detach
from sitegen.incremental.cache import Cache
from sitegen.model import Article, Page, Progress
from sitegen.output import check_replaceable, recover

if TYPE_CHECKING:
    from sitegen.incremental.session import Session


@dataclass
class BuildResult:
    articles: list[Article] = field(default_factory=list)
    pages: list[Page] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    files_written: int = 0
    seconds: float = 0.0
    article_count: int | None = None  # when not every article was loaded (a cached build)
    page_count: int | None = None
    changed: frozenset[str] | None = None  # output paths changed; None: a whole new site

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.level == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.level == "warning"]


def build(config: Config, reuse: Session | None = None, drafts: bool = False,
          progress: Progress | None = None, jobs: int = 1, cache: bool = True,
          paths: set[Path] | None = None, index: bool = True,
          in_child: bool = False) -> BuildResult:  # fmt: skip
    """Build the site into ``config.output_path``; the old output survives any failure.

    ``reuse``: a session kept from the last build (``sitegen serve``), told which
    ``paths`` changed; else, with ``cache``, one restored from ``.sitegen-cache/``.
    Reading and rendering run in ``jobs`` processes; the files are the same whatever it
    is. With ``index``, the search index is brought up to date once the site is written
    (``sitegen serve`` does that on its own, so a reload does not wait for it). With
    ``in_child``, for a process that ends after this, a child saves the build cache
    (``sitegen.incremental.detach``). A file system error is one ``SitegenError`` naming
    the file.
    """
    started = time.perf_counter()
    collecting = gc.isenabled()
    gc.disable()  # a build makes few reference cycles and ends soon: sweeps cost a tenth of it
    try:
        prepare(config)
        found = Cache(config, drafts) if cache and reuse is None else None
        if found and found.unchanged() and (last := found.snapshot):  # nothing to do
            return BuildResult([], [], last.problems, 0, time.perf_counter() - started,
                               last.articles, last.pages)  # fmt: skip
        from sitegen import search  # imports cost a no-op build
        from sitegen.incremental.session import open_session

        session = reuse or open_session(config, drafts, found)
        session.refresh(paths, progress, jobs)  # scan, read and clean what changed
        gc.freeze()  # the articles live until the end: collections need not scan them again
        with session.writer() as writer:  # into the live site, or a whole new one
            out = session.render(writer, progress, jobs)  # plan, render what changed
            if index and search.needed(config, None if writer.whole else out.changed):
                try:  # the search index goes in with the pages it indexes
                    out.removed |= search.index_into(config, writer, out.removed)
                except SitegenError as err:  # the pages go in: search stays as it was
                    out.problems.append(Problem.from_error(err))
            written = writer.finish(out.removed)
        touched = None if writer.whole else frozenset(writer.written | out.removed)
        if in_child and session.cache is not None:  # the build cache, once the site is written
            detach.save_in_child(config.cache_path, lambda: session.save(touched))
        else:
            session.save(touched)
    except OSError as err:
        where = err.filename if err.filename is not None else config.output_path
        raise SitegenError(f"cannot write: {err.strerror or err}; the published site is "
                           "unchanged", where) from None  # fmt: skip
    finally:
        gc.unfreeze()  # a long-lived process must get them back
        if collecting:
            gc.enable()
    return BuildResult(out.articles, out.pages, out.problems, written,
                       time.perf_counter() - started, *out.counts, touched)  # fmt: skip


def read_articles(config: Config, drafts: bool = False) -> tuple[list[Article], list[Problem]]:
    """Read every article; a broken one is reported and left out, the others go on."""
    from sitegen.incremental.session import Session

    session = Session(config, drafts)
    session.refresh()
    return session.articles, session.problems


def prepare(config: Config) -> None:
    """Checks made before anything is read: the content folder exists, and the output
    folder is one sitegen may replace (a build killed before is finished or rolled back)."""
    if not config.content_path.is_dir():
        raise SitegenError(f"no content folder {config.content_dir!r}: create it and put "
                           "your articles there, or run 'sitegen init'",
                           config.content_path)  # fmt: skip
    detach.wait(config.cache_path)  # the last build's child takes its stamps of the output
    out = config.output_path.absolute()
    recover(out, config.keep)
    check_replaceable(out, config.keep)
