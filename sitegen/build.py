"""``sitegen build``'s engine: read, plan, render and write, reusing the build cache."""

from __future__ import annotations

import gc
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sitegen.config import Config
from sitegen.copies import site_files
from sitegen.errors import Problem, SitegenError
from sitegen.incremental.cache import BuildCache
from sitegen.model import Article, Page, Progress
from sitegen.output import check_replaceable, recover
from sitegen.write import keep_unchanged, put, staged, write_changes

if TYPE_CHECKING:
    from sitegen.incremental.workers import Fresh


@dataclass
class BuildResult:
    articles: list[Article] = field(default_factory=list)
    pages: list[Page] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    files_written: int = 0
    seconds: float = 0.0
    article_count: int | None = None  # when nothing was read (an unchanged site)
    page_count: int | None = None

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
    from sitegen.incremental.session import Session

    session = Session(config, drafts)
    session.refresh(progress=progress)
    return session.articles, session.problems


def build(
    config: Config, drafts: bool = False, progress: Progress | None = None, jobs: int = 1,
    cache: bool = True,
) -> BuildResult:  # fmt: skip
    """Build the site into ``config.output_path``; the old output survives any failure.

    Reading and rendering run in ``jobs`` processes; the files are the same whatever it
    is. With ``cache`` the last build's work in ``.sitegen-cache/`` is reused where it
    still holds, and only files whose bytes change are rewritten. A file system error
    (a read-only or full disk) is one ``SitegenError`` naming the file.
    """
    try:
        return _build(config, drafts, progress, jobs, cache)
    except OSError as err:
        where = err.filename if err.filename is not None else config.output_path
        raise SitegenError(f"cannot write: {err.strerror or err}; the published site is "
                           "unchanged", where) from None  # fmt: skip
    finally:
        gc.unfreeze()  # frozen below for speed; a long-lived process must get them back


def prepare(config: Config) -> None:
    """Checks made before anything is read: the content folder exists, and the output
    folder is one sitegen may replace (a build killed before is finished or rolled back)."""
    if not config.content_path.is_dir():
        raise SitegenError(f"no content folder {config.content_dir!r}: create it and put "
                           "your articles there, or run 'sitegen init'",
                           config.content_path)  # fmt: skip
    out = config.output_path.absolute()
    recover(out, config.keep)
    check_replaceable(out, config.keep)


def _build(
    config: Config, drafts: bool, progress: Progress | None, jobs: int, cache: bool
) -> BuildResult:
    started = time.perf_counter()
    prepare(config)
    store = BuildCache(config, drafts) if cache else None
    snapshot = store.snapshot() if store else None
    if store:
        store.begin(snapshot)
    if store and snapshot and store.unchanged(snapshot):
        return BuildResult([], [], snapshot.problems, 0, time.perf_counter() - started,
                           snapshot.articles, snapshot.pages)  # fmt: skip
    changed = store.changed_content(snapshot) if store and snapshot else None
    reads: dict[Path, Fresh] = {}  # files read by an attempt to patch, not to be read again
    if store and snapshot and changed and snapshot.templates == store.templates:
        from sitegen.incremental.edit import edit_in_place  # only the pages showing them

        patched = edit_in_place(store, snapshot, changed, reads)
        if patched is not None:
            problems, written = patched
            return BuildResult([], [], problems, written, time.perf_counter() - started,
                               snapshot.articles, snapshot.pages)  # fmt: skip
    from sitegen.incremental.session import Session  # after the no-op check: imports cost

    stored = store.stored(snapshot) if store else None
    session = Session.restore(config, drafts, stored) if stored else None
    if session is None:
        session = Session(config, drafts, keep_rows=store is not None)
    elif snapshot is None or snapshot.templates != store.templates:
        session.templates_changed()
    # the snapshot says which content files changed: no need to scan the whole folder
    if changed is not None and session.has_output:
        root = config.content_path.resolve()
        session.refresh({root / rel for rel in changed}, progress, jobs, reads)
    else:
        session.refresh(progress=progress, jobs=jobs)
    gc.freeze()  # the articles live until the end: collections need not scan them again
    output_intact = store is not None and store.output_intact(snapshot)
    serial = None
    if output_intact and session.has_output:
        out = session.render(progress, jobs)  # only pages whose input changed
        if store:  # the state first: a build that cannot save it leaves the site alone
            serial = store.save_state(session.rows())
        written = write_changes(config.output_path, out.files, out.copies, out.changed,
                                out.removed, config.keep)  # fmt: skip
        touched: set[str] | None = out.changed | out.removed
    else:
        session.forget_rendered()
        with staged(config.output_path, config.keep) as stage:
            out = session.render(progress, jobs, stage=stage)
            pages = {p.output_path for p in out.pages}
            for dest, source in out.copies.items():
                if dest not in pages:
                    put(stage, dest, source)
            extra = site_files(config)
            for dest, data in extra.items():
                put(stage, dest, data)
            # every page and copy, the settings' files and the marker, less those kept
            written = len(out.changed) + len(extra) + 1 - keep_unchanged(stage, config.output_path)
            if store:
                serial = store.save_state(session.rows())
        touched = None  # a new output folder: take its stamps afresh
    problems = out.problems
    if store and serial is not None:
        store.write_snapshot(serial, len(out.articles), len(out.pages), problems, touched,
                             session.held_until)  # fmt: skip
    return BuildResult(out.articles, out.pages, problems, written, time.perf_counter() - started)
