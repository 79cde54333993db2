"""The pipeline with a memory: read -> clean -> index -> render, re-doing only what changed.

A clean build is one ``Session`` used once. ``sitegen serve`` and ``sitegen watch``
keep one alive: ``refresh()`` re-reads the files whose size or mtime changed (or
all of them when folder defaults or templates changed) and ``render()`` renders
only the pages whose input changed, so the result of any sequence of edits is the
same as a clean build of the final content.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2

from sitegen import collection, parallel, seal
from sitegen.config import Config
from sitegen.content import DEFAULTS_NAME, scan, source_hash
from sitegen.copies import asset_copies
from sitegen.errors import Problem
from sitegen.ignore import is_ignored
from sitegen.incremental.keys import fingerprint, page_print
from sitegen.incremental.placement import Placement
from sitegen.incremental.store import Entry, Rows, SiteRecord, Stored
from sitegen.incremental.workers import Fresh, read_task, render_task
from sitegen.model import Article, Page, Progress, Term
from sitegen.pages import plan
from sitegen.pages.site import held_back, publishable, site_globals, unpublished_links
from sitegen.readers import reader_for
from sitegen.render import make_environment


@dataclass
class Output:
    """A rendered site: every file, and what changed since the previous render."""

    files: dict[str, bytes]  # output path -> bytes
    copies: dict[str, Path]  # output path -> file to copy
    changed: set[str]  # output paths to (re)write
    removed: set[str]  # output paths no longer in the site
    articles: list[Article]
    pages: list[Page]
    problems: list[Problem] = field(default_factory=list)


Stamp = tuple[tuple[int, int], str]  # (mtime_ns, size) and the folder defaults' repr


def _stat(path: Path) -> tuple[int, int]:
    st = path.stat()
    return st.st_mtime_ns, st.st_size


class NeedsWholeBuild(Exception):
    """A partial session (``Session.restore`` with pages) met an edit that moves an article
    or touches more than the pages it loaded: the whole site is built instead."""


class Session:
    """Holds the articles read and the pages rendered, between builds of one site.

    The one place an edit is applied: kept alive by ``sitegen serve`` and ``watch`` with
    the whole site in memory, or restored by a build from the state file, whole, or with
    just the pages that show the edited articles (``partial``)."""

    def __init__(self, config: Config, drafts: bool = False, keep_rows: bool = False,
                 compiled: Path | None = None):  # fmt: skip
        self.config = config
        self.drafts = drafts
        self.compiled = compiled  # where Jinja2 keeps compiled templates between runs
        self.partial = False  # only the pages showing some articles are loaded
        self._globals: dict[str, Any] = {}  # what every page was last rendered with
        self._read_now: set[Path] = set()  # files the last refresh read
        # with keep_rows, files are read into the form sitegen.incremental.store stores, kept for it
        self.keep_rows = keep_rows
        self._rows: dict[Path, bytes] = {}
        self._hashes: dict[Path, bytes] = {}  # rel -> source_hash of the bytes last read
        self._env: jinja2.Environment | None = None
        self._generation = 0  # bumped when templates change: every fingerprint changes
        self._seen: dict[Path, Stamp] = {}  # rel -> (stat, defaults) when last read
        self._defaults: dict[Path, dict[str, Any]] = {}  # folder (relative) -> its defaults
        self._articles: dict[Path, Article] = {}
        self._problems: dict[Path, list[Problem]] = {}
        self._tree_problems: list[Problem] = []
        # output path -> (fingerprint, bytes); bytes are None once written and forgotten
        self._rendered: dict[str, tuple[int, bytes | None]] = {}
        self._site_print: int | None = None
        self._shape: dict[Path, tuple[object, ...]] = {}  # rel -> what places it in the site
        self._dirty: set[Path] = set()  # read or removed since the last render
        self._placement: Placement | None = None  # the last plan: which page shows what
        self._copied: dict[str, tuple[Path, tuple[int, int]]] = {}
        self._terms: dict[Term, Term] = {}
        self.page_blobs: dict[str, bytes] = {}  # pages pickled by the last staged render
        self.held_until: float | None = None  # when the first article held back comes due
        self._copy_problems: list[Problem] = []  # links skipped among the files copied

    def templates_changed(self) -> None:
        """Templates or theme files changed: every page is rendered again."""
        self._env = None
        self._generation += 1

    def refresh(self, paths: set[Path] | None = None, progress: Progress | None = None,
                jobs: int = 1, reads: dict[Path, Fresh] | None = None) -> int:  # fmt: skip
        """Re-read the article files that are new or changed; returns how many were read.

        With ``paths`` (what a watcher saw change) only those are looked at, unless one of
        them is a folder or a defaults file, or lies in a folder not seen before: then,
        as without ``paths``, the whole content folder is scanned. ``reads`` holds files
        already read in this build with the folder defaults in force (they are not read again).
        """
        current = self._look_at(paths) if paths is not None and self._defaults else None
        if current is None and self.partial:
            raise NeedsWholeBuild("the content folder must be scanned")
        if current is None:
            current, gone = self._scan_all(), set(self._seen)
        else:
            gone = {rel for rel in current if current[rel] is None}
        gone = {rel for rel in gone if rel in self._seen and current.get(rel) is None}
        changed = {rel for rel, seen in current.items() if seen and self._seen.get(rel) != seen}
        same = self._same_bytes(changed, current)
        for rel in same:  # new times, same bytes: the article read before still holds
            self._seen[rel] = current[rel]  # type: ignore[assignment]
        stale = (changed - same) | collection.neighbours((changed - same) | gone,
                                                         self._all_known(current))  # fmt: skip
        for rel in gone:
            self._dirty.add(rel)
            for known in (self._seen, self._rows, self._hashes, self._articles, self._problems):
                known.pop(rel, None)  # type: ignore[attr-defined]
        root = self.config.content_path
        reads = reads or {}
        todo = sorted(rel for rel in stale if rel not in reads)
        contexts = collection.contexts(root, todo)
        state = {"config": self.config, "defaults": self._defaults, "contexts": contexts,
                 "rows": self.keep_rows}  # fmt: skip
        done = dict(zip(todo, parallel.run(read_task, todo, jobs, state), strict=True))
        self._read_now = set(done)
        for n, rel in enumerate(sorted(stale), start=1):
            result, self._hashes[rel] = done[rel] if rel in done else reads[rel]
            self._rows.pop(rel, None)
            if isinstance(result, bytes):  # pickled by the worker as the state file keeps it
                self._rows[rel] = result
                result = seal.loads(result)
            article, problems = result
            self._seen[rel] = current.get(rel) or (_stat(root / rel), self._folder_key(rel))
            self._store(rel, article, problems)
            if progress:
                progress("read", n, len(stale))
        return len(todo)

    def _same_bytes(self, changed: set[Path], current: dict[Path, Stamp | None]) -> set[Path]:
        """Files among ``changed`` whose bytes and folder defaults are as when last read."""
        same = set()
        for rel in changed:
            old, new, known = self._seen.get(rel), current[rel], self._hashes.get(rel)
            if old is None or new is None or known is None or old[1] != new[1]:
                continue
            try:
                if source_hash(self.config.content_path / rel) == known:
                    same.add(rel)
            except OSError:
                continue
        return same

    def _scan_all(self) -> dict[Path, Stamp | None]:
        tree = scan(self.config.content_path, self.config.root)
        self._tree_problems = tree.problems
        self._defaults = {rel.parent: defaults for rel, defaults in tree.articles}
        self._defaults.update(tree.folders)
        root = self.config.content_path
        return {rel: (_stat(root / rel), self._folder_key(rel)) for rel, _ in tree.articles}

    def _folder_key(self, rel: Path) -> str:
        return repr(sorted(self._defaults[rel.parent].items()))

    def _look_at(self, paths: set[Path]) -> dict[Path, Stamp | None] | None:
        """Stamps of just these files (None: deleted); None when a full scan is needed."""
        root = self.config.content_path.resolve()
        current: dict[Path, Stamp | None] = {}
        for path in paths:
            path = path if path.is_absolute() else (Path.cwd() / path)
            if not path.is_relative_to(root):
                continue  # templates, static files, config: not articles
            rel = path.relative_to(root)
            if path.is_dir() or rel.name == DEFAULTS_NAME or rel.parent not in self._defaults:
                return None
            if is_ignored(rel) or reader_for(rel) is None:
                continue
            current[rel] = (_stat(path), self._folder_key(rel)) if path.is_file() else None
        return current

    def _all_known(self, current: dict[Path, Stamp | None]) -> set[Path]:
        return (set(self._seen) | {r for r, s in current.items() if s}) - {
            r for r, s in current.items() if s is None}  # fmt: skip

    def _store(self, rel: Path, article: Article | None, problems: list[Problem]) -> None:
        self._articles.pop(rel, None)
        self._problems[rel] = problems
        if article is not None:
            self._intern(article)
            self._articles[rel] = article
            self._shape[rel] = article.placing
        self._dirty.add(rel)

    def _intern(self, article: Article) -> None:
        """One object per tag, author and section: articles come back from workers and
        from the state file with copies of their own."""
        terms = self._terms
        article.tags = tuple(terms.setdefault(t, t) for t in article.tags)
        article.authors = tuple(terms.setdefault(t, t) for t in article.authors)
        if article.section is not None:
            article.section = terms.setdefault(article.section, article.section)

    @property
    def articles(self) -> list[Article]:
        """Every article to publish (the plan puts them in order)."""
        return self.publishable()[0]

    def publishable(self) -> tuple[list[Article], list[Article]]:
        """The articles to publish now, and those held back for a later date."""
        return publishable(self._articles.values(), self.drafts, self.config.future)

    @property
    def problems(self) -> list[Problem]:
        """Problems of the content folder, then of each file in path order."""
        ordered = sorted((rel.as_posix(), ps) for rel, ps in self._problems.items() if ps)
        return self._tree_problems + [p for _, ps in ordered for p in ps]

    def render(self, progress: Progress | None = None, jobs: int = 1,
               stage: Path | None = None) -> Output:  # fmt: skip
        """Plan every page and render those whose input changed since the last render.

        Pages are rendered in ``jobs`` processes; with ``stage`` they are written straight
        into that folder (a clean build) instead of being returned as bytes. On a template
        error nothing is kept: the previous render stays the current one.
        """
        patched = self._patch_plan()
        if patched is None and self.partial:
            raise NeedsWholeBuild("an edited article moved in the site")
        if patched is None:
            articles, held = self.publishable()
            pages, plan_problems = plan(articles, self.config)
            plan_problems += held_back(held, self.config.content_path)
            plan_problems += unpublished_links(articles, self.config.content_path)
            self.held_until = min((a.date.timestamp() for a in held), default=None)
            candidates = None  # every page may have changed
        else:
            pages, plan_problems, candidates = patched
        if self._env is None:
            self._env = make_environment(self.config, self.compiled)
        # an edit that keeps every article in its place keeps the sections and URLs too
        site = self._globals = site_globals(pages) if patched is None else self._globals
        site_print = hash((self._generation, fingerprint(site)))
        if site_print != self._site_print:
            candidates = None
        memo: dict[int, int] = {}
        rendered: dict[str, tuple[int, bytes | None]] = {}
        todo: list[int] = []
        if stage is not None:  # every page is rendered: the workers take the fingerprints
            todo = list(range(len(pages)))
        for index, page in enumerate(pages if stage is None else ()):
            previous = self._rendered.get(page.output_path)
            if candidates is not None and id(page) not in candidates and previous is not None:
                rendered[page.output_path] = previous
                continue
            print_ = page_print(site_print, page, memo)
            if previous is not None and previous[0] == print_:
                rendered[page.output_path] = previous
            else:
                rendered[page.output_path] = (print_, None)
                todo.append(index)
        state = {"pages": pages, "env": self._env, "site": site, "stage": stage, "made": set(),
                 "site_print": site_print}  # fmt: skip
        results = parallel.run(render_task, todo, jobs, state)
        changed: set[str] = set()
        blobs: dict[str, bytes] = {}
        for index, result in zip(todo, results, strict=True):
            path = pages[index].output_path
            if stage is not None:
                print_, blobs[path] = result
                rendered[path] = (print_, None)
                changed.add(path)
            else:
                previous = self._rendered.get(path)
                rendered[path] = (rendered[path][0], result)
                if previous is None or previous[1] is None or previous[1] != result:
                    changed.add(path)
            if progress:
                progress("render", len(changed), len(todo))
        self.page_blobs = blobs
        shown = [p.articles[0] for p in pages if p.kind == "article"]
        copies: dict[str, Path] = {}
        copied = self._copied  # a partial session changes no picture (its edit is text)
        if not self.partial:
            found, self._copy_problems = asset_copies(self.config, shown)
            copies, copied = dict(found), {}
            for out, source in copies.items():
                stamp = (source, _stat(source))
                copied[out] = stamp
                if self._copied.get(out) != stamp or stage is not None:
                    changed.add(out)
        removed = (set(self._rendered) | set(self._copied)) - (set(rendered) | set(copied))
        self._rendered, self._copied, self._site_print = rendered, copied, site_print
        if patched is None:
            self._placement = Placement.of(pages, plan_problems, self._shape)
        self._dirty.clear()
        files = {path: data for path, (_, data) in rendered.items() if data is not None}
        return Output(files, copies, changed, removed, shown, pages,
                      self.problems + plan_problems + self._copy_problems)  # fmt: skip

    @property
    def has_output(self) -> bool:
        """Whether this builder knows what it rendered before (else everything renders)."""
        return bool(self._rendered)

    def forget_rendered(self) -> None:
        """Forget what was rendered: the next render renders (and reports) every page."""
        self._rendered, self._copied, self._site_print = {}, {}, None

    # -- what sitegen.incremental.store keeps between runs --

    def site_state(self) -> SiteRecord:
        return SiteRecord(
            defaults=self._defaults,
            tree_problems=self._tree_problems,
            file_problems={rel: ps for rel, ps in self._problems.items() if ps},
            plan_problems=(self._placement.problems if self._placement else [])
            + self._copy_problems,
            globals=self._globals,
            site_print=self._site_print,
            generation=self._generation,
            copied=self._copied,
        )

    def entries(self) -> dict[str, Entry]:
        """Each source file as read, with its article as the plan placed it."""
        return {
            rel.as_posix(): Entry(seen, self._articles.get(rel), self._problems.get(rel, []),
                                  self._placement.placed.get(rel) if self._placement else None,
                                  self._rows.get(rel),
                                  self._hashes.get(rel))
            for rel, seen in self._seen.items()
        }  # fmt: skip

    @property
    def pages(self) -> list[Page]:
        """The pages of the last render, in plan order."""
        return self._placement.pages if self._placement else []

    @property
    def prints(self) -> dict[str, int]:
        """The fingerprint each page of the last render was rendered under."""
        return {path: print_ for path, (print_, _) in self._rendered.items()}

    def rows(self) -> Rows:
        """What the state file keeps of this builder between runs."""
        # an edit in place moves nothing: its placements stay as stored
        placed = self._placement.paths() if self._placement and not self.partial else {}
        return Rows(self.site_state(), self.entries(), self.pages, self.prints, placed,
                    self.page_blobs)  # fmt: skip

    def fresh_reads(self) -> dict[Path, Fresh]:
        """The files the last refresh read, as a whole build takes them (``refresh``)."""
        return {rel: (self._rows.get(rel) or (self._articles.get(rel), self._problems[rel]),
                      self._hashes[rel]) for rel in self._read_now}  # fmt: skip

    @classmethod
    def restore(cls, config: Config, drafts: bool, stored: Stored,
                compiled: Path | None = None) -> Session:  # fmt: skip
        """A session that knows what the stored build read and rendered. Restored whole,
        it plans again; with the stored pages that show some articles (``stored.pages``)
        it can apply an edit that keeps them in place, and nothing else."""
        site, entries, prints = stored.site, stored.entries, stored.prints
        builder = cls(config, drafts, keep_rows=True, compiled=compiled)
        builder._globals = site.globals
        if stored.pages is not None:  # for an edit: the pages that show the edited articles
            builder.partial = True
            builder._problems.update(site.file_problems)
        builder._defaults = site.defaults
        builder._tree_problems = site.tree_problems
        builder._generation = site.generation
        builder._site_print = site.site_print
        builder._copied = site.copied
        for name, entry in entries.items():
            rel = Path(name)
            builder._seen[rel] = entry.seen
            builder._problems[rel] = entry.problems
            if entry.source_hash is not None:
                builder._hashes[rel] = entry.source_hash
            if entry.article is not None:
                builder._intern(entry.article)
                builder._articles[rel] = entry.article
                builder._shape[rel] = entry.article.placing
        builder._rendered = {path: (print_, None) for path, print_ in prints.items()}
        if stored.pages is not None:
            builder._placement = Placement.of(stored.pages, site.plan_problems, builder._shape)
        return builder

    def _patch_plan(self) -> tuple[list[Page], list[Problem], set[int]] | None:
        """When the edited articles kept their place in the site, the last plan still holds:
        the new articles go into the pages that show them instead of planning again."""
        if self._placement is None or any(rel not in self._articles for rel in self._dirty):
            return None
        touched = self._placement.apply({rel: self._articles[rel] for rel in self._dirty})
        if touched is None:
            return None
        return self._placement.pages, self._placement.problems, touched
