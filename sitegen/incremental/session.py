"""The pipeline with a memory: read -> clean -> plan -> render, re-doing only what changed.

A clean build is one ``Session`` used once. ``sitegen serve`` and ``sitegen watch`` keep
one alive; a cached build restores one from the build cache (``open_session``), whole,
or with just the pages that show the articles edited. ``refresh()`` re-reads the files
whose size or mtime changed and ``render()`` renders only the pages whose input
changed, so any sequence of edits ends where a clean build of the final content does.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2

from sitegen import collection, parallel
from sitegen.config import Config
from sitegen.content import DEFAULTS_NAME, scan, source_hash
from sitegen.copies import asset_copies, site_files
from sitegen.errors import Problem
from sitegen.ignore import is_ignored
from sitegen.incremental.cache import Cache
from sitegen.incremental.keys import fingerprint, page_print
from sitegen.incremental.placement import Placement, respell, spellings
from sitegen.incremental.store import Entry, SiteRecord, Stamp
from sitegen.incremental.workers import begin_prime, prime, read_task, render_task
from sitegen.model import Article, Page, Progress, Term
from sitegen.pages import plan
from sitegen.pages.site import held_back, publishable, site_globals, unpublished_links
from sitegen.readers import reader_for
from sitegen.render import make_environment
from sitegen.write import InPlace, WholeSite, Writer


@dataclass
class Rendered:
    """What a render made: the site's articles and pages, and which output paths changed."""

    articles: list[Article]  # empty for an edit in place (it loads just a few)
    pages: list[Page]
    problems: list[Problem]
    changed: set[str]  # output paths rendered or copied anew
    removed: set[str]  # output paths no longer in the site
    counts: tuple[int | None, int | None] = (None, None)  # articles, pages: when not all loaded


def _stat(path: Path) -> tuple[int, int]:
    st = path.stat()
    return st.st_mtime_ns, st.st_size


class Session:
    """The articles read and the pages rendered, between builds of one site."""

    def __init__(self, config: Config, drafts: bool = False, cache: Cache | None = None):
        self.config, self.drafts, self.cache = config, drafts, cache
        self.partial = False  # restored with just the pages showing some articles
        self.told: set[Path] | None = None  # the files the cache saw change
        self._env: jinja2.Environment | None = None
        self._generation = 0  # bumped when templates change: every fingerprint changes
        self._seen: dict[Path, Stamp] = {}  # rel -> (stat, folder defaults) when last read
        self._hashes: dict[Path, bytes] = {}  # rel -> source_hash of the bytes last read
        self._defaults: dict[Path, dict[str, Any]] = {}  # folder (relative) -> its defaults
        self._articles: dict[Path, Article] = {}
        self._problems: dict[Path, list[Problem]] = {}
        self._tree_problems: list[Problem] = []
        self._files_changed: set[Path] = set()  # not articles: pictures and other files
        self._dirty: set[Path] = set()  # read or removed since the last render
        self._unsaved: set[Path] = set()  # read or removed since the last save
        self._placement: Placement | None = None  # the last plan: which page shows what
        self._globals: dict[str, Any] = {}  # what every page was last rendered with
        self._site_print: int | None = None
        self._rendered: dict[str, int] = {}  # output path -> the fingerprint it was rendered at
        self._fresh: dict[str, Page] = {}  # pages rendered since the last save
        self._stored: set[str] = set()  # output paths of the pages the state file holds
        self._copied: dict[str, tuple[Path, tuple[int, int]]] = {}
        self._copy_problems: list[Problem] = []  # links skipped among the files copied
        self._terms: dict[Term, Term] = {}
        self._counts: tuple[int | None, int | None] = (None, None)
        self.held_until: float | None = None  # when the first article held back comes due
        self._priming: Callable[[], None] | None = None  # list entries being rendered

    def templates_changed(self) -> None:
        """Templates or theme files changed: every page is rendered again."""
        self._env = None
        self._generation += 1

    # -- read and clean --

    def refresh(self, paths: set[Path] | None = None, progress: Progress | None = None,
                jobs: int = 1) -> int:  # fmt: skip
        """Re-read the article files that are new or changed; returns how many were read.

        With ``paths`` (what a watcher or the cache saw change) only those are looked at,
        unless one of them is a folder or a defaults file, or lies in a folder not seen
        before: then, as without ``paths``, the whole content folder is scanned.
        """
        paths = paths if paths is not None else self.told
        current = self._look_at(paths) if paths is not None and self._defaults else None
        if current is None:
            self._widen()
            current, gone = self._scan_all(), set(self._seen)
        else:
            gone = {rel for rel in current if current[rel] is None}
        gone = {rel for rel in gone if rel in self._seen and current.get(rel) is None}
        changed = {rel for rel, seen in current.items() if seen and self._seen.get(rel) != seen}
        same = self._same_bytes(changed, current)
        for rel in same:  # new times, same bytes: the article read before still holds
            self._seen[rel] = current[rel]  # type: ignore[assignment]
        if self._files_changed:  # files beside articles: the articles showing them again
            changed |= {rel for rel, article in self._articles.items()
                        if any(a.source in self._files_changed for a in article.assets)}
            self._files_changed = set()
        known = (set(self._seen) | {r for r, s in current.items() if s}) - gone
        stale = (changed - same) | collection.neighbours((changed - same) | gone, known)
        for rel in gone:
            for found in (self._seen, self._hashes, self._articles, self._problems):
                found.pop(rel, None)  # type: ignore[attr-defined]
        self._dirty |= gone
        self._unsaved |= gone
        todo = sorted(stale, key=lambda rel: rel.parts)  # as paths sort, in C
        state = {"config": self.config, "defaults": self._defaults,
                 "contexts": collection.contexts(self.config.content_path, todo)}  # fmt: skip
        results = parallel.each(read_task, todo, jobs, state)
        for n, (rel, (read, hashed)) in enumerate(zip(todo, results, strict=True), start=1):
            root = self.config.content_path
            self._keep(rel, Entry(current.get(rel) or (_stat(root / rel), self._folder_key(rel)),
                                  hashed, *read))  # fmt: skip
            self._dirty.add(rel)
            self._unsaved.add(rel)
            if progress:
                progress("read", n, len(todo))
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
        keys = {folder: self._folder_key(folder / "_") for folder in self._defaults}
        return {rel: (tree.stamps[rel], keys[rel.parent]) for rel, _ in tree.articles}

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
                self._files_changed.add(rel)  # a picture: its articles give its size
                continue
            current[rel] = (_stat(path), self._folder_key(rel)) if path.is_file() else None
        return current

    def _keep(self, rel: Path, entry: Entry) -> None:
        """Take in one file as read, with one object per tag, author and section (articles
        come back from workers and from the state file with copies of their own)."""
        self._seen[rel], self._hashes[rel] = entry.seen, entry.source_hash
        self._problems[rel] = entry.problems
        self._articles.pop(rel, None)
        if (article := entry.article) is not None:
            terms = self._terms
            article.tags = tuple(terms.setdefault(t, t) for t in article.tags)
            article.authors = tuple(terms.setdefault(t, t) for t in article.authors)
            if article.section is not None:
                article.section = terms.setdefault(article.section, article.section)
            self._articles[rel] = article

    @property
    def articles(self) -> list[Article]:
        """Every article to publish (the plan puts them in order)."""
        return publishable(self._articles.values(), self.drafts, self.config.future)[0]

    @property
    def problems(self) -> list[Problem]:
        """Problems of the content folder, then of each file in path order."""
        ordered = sorted((rel.as_posix(), ps) for rel, ps in self._problems.items() if ps)
        return self._tree_problems + [p for _, ps in ordered for p in ps]

    # -- plan, render --

    def writer(self) -> Writer:
        """Into the live site when this session knows what it holds; else a whole new site."""
        out, keep = self.config.output_path, self.config.keep
        if self._rendered and (self.cache is None or self.cache.output_ok()):
            return InPlace(out, keep)
        self._widen()
        self._rendered, self._copied, self._site_print = {}, {}, None  # render everything
        return WholeSite(out, keep, site_files(self.config))

    def _plan(self, jobs: int = 1) -> tuple[list[Page], list[Problem], set[int] | None]:
        """When the edited articles kept their place, the last plan holds: they go into the
        pages that show them (whose ids come third). Else the site is planned again."""
        if self._placement and all(rel in self._articles for rel in self._dirty):
            touched = self._placement.apply({rel: self._articles[rel] for rel in self._dirty})
            if touched is not None:
                return self._placement.pages, self._placement.problems, touched
        self._widen()
        articles, held = publishable(self._articles.values(), self.drafts, self.config.future)
        whole = not self._rendered and parallel.spreads(jobs, len(articles))

        def placed(final: list[Article]) -> None:  # every page to render: its list entries
            self._priming = begin_prime(self._environment(), final, jobs)  # from now on

        try:
            pages, problems, shown = plan(articles, self.config, jobs, placed if whole else None)
        except BaseException:
            self._take_primed()  # its processes end
            raise
        problems += held_back(held, self.config.content_path)
        problems += unpublished_links(articles, self.config.content_path)
        self.held_until = min((a.date.timestamp() for a in held), default=None)
        placing = {rel: article.placing for rel, article in self._articles.items()}
        self._placement = Placement(pages, problems, placing)
        self._placement.spellings = spellings(self._placement.placed)
        self._globals = site_globals(pages, shown)
        self._counts = (None, None)
        return pages, problems, None

    def render(self, writer: Writer, progress: Progress | None = None, jobs: int = 1) -> Rendered:
        """Plan the site and render into ``writer`` the pages whose input changed, in ``jobs``
        processes. On a template error nothing is kept: the last render stays current."""
        pages, plan_problems, touched = self._plan(jobs)
        env = self._environment()
        site_print = hash((self._generation, fingerprint(self._globals)))
        everything = not self._rendered or site_print != self._site_print
        rendered: dict[str, int] = {}
        todo: list[int] = []
        memo: dict[int, int] = {}
        known: dict[int, int] = {}  # fingerprints taken here: the workers need not again
        for index, page in enumerate(pages):
            path = page.output_path
            previous = None if everything else self._rendered.get(path)
            if previous is not None and touched is not None and id(page) not in touched:
                rendered[path] = previous  # an edit in place: not a page that shows it
                continue
            if previous is not None:
                known[index] = page_print(site_print, page, memo)
            if previous is not None and previous == known[index]:
                rendered[path] = previous
            else:
                todo.append(index)
        # forked workers stage the pages they render: only a fingerprint comes back
        stager = writer.stager() if parallel.spreads(jobs, len(todo)) else None
        if not self._take_primed() and stager is not None and everything:
            # list entries once, not once per worker
            prime(env, list(self._placement.placed.values()), jobs)  # type: ignore[union-attr]
        state = {"pages": pages, "env": env, "site": self._globals,
                 "site_print": site_print, "known": known, "stager": stager}  # fmt: skip
        fresh: dict[str, Page] = {}
        results = parallel.each(render_task, todo, jobs, state)
        for n, (index, (print_, data)) in enumerate(zip(todo, results, strict=True), start=1):
            page = pages[index]
            (writer.put if stager is None else writer.put_staged)(page.output_path, data)  # type: ignore[operator]
            rendered[page.output_path], fresh[page.output_path] = print_, page
            if progress:
                progress("render", n, len(todo))
        changed = set(fresh)
        copied = self._copied
        if not self.partial:  # an edit in place changes no picture (its edit is text)
            shown = list(self._placement.placed.values())
            found, self._copy_problems = asset_copies(self.config, shown)
            copied = {out: (source, _stat(source)) for out, source in found if out not in rendered}
            for out, stamp in copied.items():
                if self._copied.get(out) != stamp:
                    writer.put(out, stamp[0])
                    changed.add(out)
        removed = (set(self._rendered) | set(self._copied)) - (set(rendered) | set(copied))
        self._rendered, self._copied, self._site_print = rendered, copied, site_print
        if self.cache is not None:  # only a cached build stores its pages
            self._fresh.update(fresh)
        self._dirty.clear()
        problems = self.problems + plan_problems + self._copy_problems
        if self.partial:
            return Rendered([], [], problems, changed, removed, self._counts)
        return Rendered(list(self._placement.placed.values()), pages, problems, changed, removed)

    def _take_primed(self) -> bool:
        """Take in the list entries begun with the plan, if they were; whether they were."""
        finish, self._priming = self._priming, None
        if finish is not None:
            finish()
        return finish is not None

    def _environment(self) -> jinja2.Environment:
        if self._env is None:
            compiled = self.cache.folder / "templates" if self.cache else None
            self._env = make_environment(self.config, compiled)
        return self._env

    # -- what the build cache keeps between runs --

    def save(self, written: set[str] | None) -> None:
        """Store what changed since the last save; ``written``: the output paths changed in
        place (None: a whole new site)."""
        if self.cache is None:
            return
        placement = self._placement
        assert placement is not None
        site = SiteRecord(self._defaults, self._tree_problems,
                          {rel: ps for rel, ps in self._problems.items() if ps},
                          placement.problems, self._copy_problems, self._globals,
                          placement.spellings, self._site_print, self._generation,
                          self._copied)  # fmt: skip
        if self.cache.store is None:  # a new state file: every row
            self._unsaved = set(self._seen)
            self._fresh = {page.output_path: page for page in placement.pages}
        entries = {rel.as_posix(): self._entry(rel) for rel in self._unsaved}
        counts = (len(placement.placed), len(placement.pages)) if not self.partial else self._counts
        meta = {"articles": counts[0], "pages": counts[1], "held_until": self.held_until,
                "problems": self.problems + placement.problems + self._copy_problems}  # fmt: skip
        self.cache.save(meta, written, site=site, entries=entries,
                        pages=[(page, self._rendered[path]) for path, page in self._fresh.items()],
                        gone=self._stored - set(self._rendered),
                        shows=None if self.partial else placement.paths())  # fmt: skip
        self._stored = set(self._rendered) if not self.partial else self._stored
        self._unsaved, self._fresh = set(), {}

    def _entry(self, rel: Path) -> Entry | None:
        if rel not in self._seen:
            return None  # removed
        return Entry(self._seen[rel], self._hashes[rel], self._articles.get(rel),
                     self._problems[rel])  # fmt: skip

    def restore(self, rels: set[str] | None = None) -> bool:
        """Load what the cached build stored: every file's row (``rels`` None), or the rows
        of these files and the pages that show them, for an edit that keeps them in place.
        False when that edit is not of this kind (a file added, a row missing)."""
        assert self.cache is not None and self.cache.store and self.cache.snapshot
        store, site = self.cache.store, self.cache.store.meta("site")
        entries = store.entries(rels)
        if rels is not None and entries.keys() != rels:
            return False
        self._defaults, self._tree_problems = site.defaults, site.tree_problems
        self._globals, self._site_print = site.globals, site.site_print
        self._generation = site.generation
        self._copied, self._copy_problems = site.copied, site.copy_problems
        self.held_until = self.cache.snapshot.held_until
        for rel, entry in entries.items():
            if Path(rel) not in self._unsaved:  # read by this build already
                self._keep(Path(rel), entry)
        if rels is None:
            self._rendered = store.prints()
            self._stored = set(self._rendered)
            return True
        self.partial = True
        self._problems = {**site.file_problems, **self._problems}
        self._counts = (self.cache.snapshot.articles, self.cache.snapshot.pages)
        placed: dict[str, Article] = {}

        def resolve(rel: str) -> Article:  # each article a page shows, loaded once
            if rel not in placed:
                if Path(rel) not in self._articles:
                    self._keep(Path(rel), store.entries([rel])[rel])
                placed[rel] = respell(self._articles[Path(rel)], site.spellings)
            return placed[rel]

        pages = store.pages_showing(rels, resolve)
        self._rendered = {page.output_path: print_ for print_, page in pages}
        self._stored = set(self._rendered)
        self._placement = Placement([page for _, page in pages], site.plan_problems,
                                    {Path(r): self._articles[Path(r)].placing for r in placed},
                                    site.spellings)  # fmt: skip
        return True

    def _widen(self) -> None:
        """A session restored for an edit in place met an edit of another kind: load the
        rest of the site (the files this build read stay as read)."""
        if self.partial:
            self.partial, self._placement = False, None
            self.restore()


def _plain_article(rel: Path) -> bool:
    """A file whose edit may keep its article in place: not a folder's defaults, nor a
    pasted page (its collection may now clean differently), nor anything not an article."""
    return not (rel.name == DEFAULTS_NAME or is_ignored(rel) or reader_for(rel) is None
                or collection.is_pasted(rel))  # fmt: skip


def open_session(config: Config, drafts: bool, found: Cache | None) -> Session:
    """A session for one build: restored from the build cache ``found`` where it holds."""
    session = Session(config, drafts, found)
    changed = found.changed() if found else None
    if found is None or changed is None or found.store is None:
        return session
    enabled = gc.isenabled()
    gc.disable()  # unpickling ten thousand articles is twice as fast without it
    try:
        root = config.content_path.resolve()
        session.told = {root / rel for rel in changed}
        templates_same = found.snapshot is not None and found.snapshot.templates == found.templates
        plain = changed and templates_same and all(_plain_article(Path(r)) for r in changed)
        if not (plain and session.restore(changed)):
            session.restore()
        if not templates_same:
            session.templates_changed()
    except Exception:  # unreadable rows: start afresh
        found.distrust()
        session = Session(config, drafts, found)
    finally:
        gc.freeze()  # what was loaded lives as long as the build: never scan it again
        if enabled:
            gc.enable()
    return session
