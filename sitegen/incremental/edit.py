"""An edit that leaves every article in its place, applied without loading the whole site.

When the changed files are published articles that keep their URL, dates, tags,
authors, section and draft state (a typo fixed, a new title, a longer text), the
pages to render again are exactly the pages that show them, and the state file
knows which those are. Anything else (a file added or removed, an article moved,
a folder's defaults, a picture, a pasted page whose collection may now clean
differently, an error) returns None and goes through the whole build.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from sitegen.collection import is_pasted
from sitegen.config import Config
from sitegen.content import DEFAULTS_NAME, source_hash
from sitegen.errors import Problem
from sitegen.ignore import is_ignored
from sitegen.incremental.cache import BuildCache, Snapshot
from sitegen.incremental.keys import page_print
from sitegen.incremental.store import Entry, SiteRecord, Store, StoredKeys
from sitegen.incremental.workers import Fresh, read_one
from sitegen.model import Article, Page
from sitegen.readers import ReadContext, reader_for
from sitegen.render import make_environment, render_page
from sitegen.write import write_changes


def _plain_article(rel: Path) -> bool:
    return not (rel.name == DEFAULTS_NAME or is_ignored(rel) or reader_for(rel) is None
                or is_pasted(rel))  # fmt: skip


def patch(
    store: BuildCache, snapshot: Snapshot, changed: set[str], reads: dict[Path, Fresh]
) -> tuple[list[Problem], int] | None:
    """Apply the edit to the output and the state; the build's problems and the number
    of files written, or None when the edit is not of this kind (nothing was written;
    what was read is left in ``reads`` for the whole build)."""
    if not all(_plain_article(Path(rel)) for rel in changed):
        return None
    state = store.store(snapshot)
    if state is None:
        return None
    try:
        site = state.site()
        found = _reread(store.config, state, site, changed, reads)
        if found is None:
            return None
        entries, placed = found
        files, pages = _render(store.config, state, site, placed, store.compiled_templates())
    except Exception:  # an unreadable row (or a template error): the whole build decides
        store.distrust()
        return None
    if not store.output_intact(snapshot):
        return None  # changed by hand since: the whole site is built again
    for rel, entry in entries.items():
        site.file_problems.pop(Path(rel), None)
        if entry.problems:
            site.file_problems[Path(rel)] = entry.problems
    serial = store.next_serial()
    with state.transaction(store.key, serial, site):  # the state first: if it cannot be
        state.put_entries(entries, StoredKeys())  # saved, the site is not touched
        old = StoredKeys(prints={path: before for path, (_, before, _) in pages.items()})
        new = {path: after for path, (_, _, after) in pages.items()}
        state.put_pages([page for page, _, _ in pages.values()], new, old)
    store.release()
    written = write_changes(store.config.output_path, files, {}, set(files), set())
    problems = site.problems()
    store.write_snapshot(serial, snapshot.articles, snapshot.pages, problems, set(files),
                         snapshot.held_until)
    return problems, written


def _reread(
    config: Config, state: Store, site: SiteRecord, changed: set[str], reads: dict[Path, Fresh]
) -> tuple[dict[str, Entry], dict[str, Article]] | None:
    """The changed files' new rows, and their articles as placed in the site; None when
    one is new, did not build, or moved (another URL, date, tag... or picture)."""
    old = state.entries(changed)
    if old.keys() != changed or any(e.article is None for e in old.values()):
        return None
    entries: dict[str, Entry] = {}
    placed: dict[str, Article] = {}
    for rel, entry in sorted(old.items()):
        path = Path(rel)
        defaults = site.defaults.get(path.parent)
        if defaults is None or repr(sorted(defaults.items())) != entry.seen[1]:
            return None
        st = (config.content_path / path).stat()
        seen = ((st.st_mtime_ns, st.st_size), entry.seen[1])
        data = (config.content_path / path).read_bytes()
        hashed = source_hash(config.content_path / path, data)
        if hashed == entry.source_hash:  # new times, same bytes: nothing to read or render
            entries[rel] = replace(entry, seen=seen)
            continue
        article, problems = read_one(path, ReadContext(config, defaults, None, data))
        reads[path] = ((article, problems), hashed)
        assert entry.article is not None
        if article is None or article.placing != entry.article.placing:
            return None
        moved = None
        if entry.placed is not None:  # keep the site-wide spelling of its tags and authors
            moved = placed[rel] = replace(article, tags=entry.placed.tags,
                                          authors=entry.placed.authors)  # fmt: skip
        entries[rel] = Entry(seen, article, problems, moved, source_hash=hashed)
    return entries, placed


def _render(
    config: Config, state: Store, site: SiteRecord, placed: dict[str, Article], compiled: Path
) -> tuple[dict[str, bytes], dict[str, tuple[Page, int, int]]]:
    """Render the pages that show the ``placed`` articles and whose input changed: their
    bytes, and each as (page, old fingerprint, new fingerprint)."""

    def resolve(rel: str) -> Article:  # the articles these pages list, loaded one by one
        if rel not in placed:
            found = state.entries([rel])[rel].placed
            assert found is not None, f"a page shows {rel}, which has no place"
            placed[rel] = found
        return placed[rel]

    showing = state.pages_showing(list(placed), resolve) if placed else {}
    env = make_environment(config, compiled)
    assert site.site_print is not None
    memo: dict[int, int] = {}
    files: dict[str, bytes] = {}
    pages: dict[str, tuple[Page, int, int]] = {}
    for path, (old_print, page) in sorted(showing.items()):
        if page.kind == "article":
            page.title = page.articles[0].title  # an article page is titled after its article
        print_ = page_print(site.site_print, page, memo)
        if print_ != old_print:
            files[path] = render_page(env, page, site.globals)
            pages[path] = (page, old_print, print_)
    return files, pages
