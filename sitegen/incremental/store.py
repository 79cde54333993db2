"""What a build remembers for the next one, in one SQLite file: a row per source file and
per page, which pages show each article, and the site's snapshot (``Snapshot``).

A build loads only the rows it needs: a whole build every file's row and the pages'
fingerprints; an edit in place the edited files' rows, the pages that show them and
the articles those pages show. A page refers to its articles by source path, so an
article edited in place does not rewrite the pages that only list it. Like mypy's
SQLite cache, everything a build saves goes in one transaction.
"""

from __future__ import annotations

import contextlib
import io
import os
import pickle
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sitegen import seal
from sitegen.errors import Problem
from sitegen.model import Article, Page

FILE = "state.sqlite"
SCHEMA = """
CREATE TABLE meta(name TEXT PRIMARY KEY, value BLOB);
CREATE TABLE files(rel TEXT PRIMARY KEY, row BLOB);
CREATE TABLE pages(path TEXT PRIMARY KEY, print INTEGER, page BLOB);
CREATE TABLE shows(rel TEXT PRIMARY KEY, paths TEXT);
"""

Stamp = tuple[tuple[int, int], str]  # (mtime_ns, size) and the folder defaults' repr
Stamps = dict[str, tuple[int, int]]


@dataclass
class Snapshot:
    """Small and quick to check: enough to know that nothing changed at all."""

    content: Stamps
    templates: Stamps
    output: Stamps
    articles: int = 0
    pages: int = 0
    problems: list[Problem] = field(default_factory=list)
    held_until: float | None = None  # when the first article held for its date comes due


@dataclass
class Entry:
    """One source file as the last build read it."""

    seen: Stamp
    source_hash: bytes  # of the bytes read (sitegen.content.source_hash)
    article: Article | None  # None when the file could not be published
    problems: list[Problem]


@dataclass
class SiteRecord:
    """Everything a build knows that is not a row: small, loaded and saved whole."""

    defaults: dict[Path, dict[str, Any]] = field(default_factory=dict)
    tree_problems: list[Problem] = field(default_factory=list)
    file_problems: dict[Path, list[Problem]] = field(default_factory=dict)  # non-empty only
    plan_problems: list[Problem] = field(default_factory=list)
    copy_problems: list[Problem] = field(default_factory=list)
    globals: dict[str, Any] = field(default_factory=dict)  # what every template may show
    spellings: dict[tuple[str, str], Any] = field(default_factory=dict)  # how terms are placed
    site_print: int | None = None
    generation: int = 0
    copied: dict[str, tuple[Path, tuple[int, int]]] = field(default_factory=dict)


def _shown(rel: str) -> Article:
    """Stands for an article in a stored page; each load resolves it (``_PageUnpickler``)."""
    raise LookupError(f"{rel}: a stored page's article is resolved when the page is loaded")


class _PagePickler(pickle.Pickler):
    """Pickles a page with its articles as references to their rows (source paths).
    ``reducer_override`` is not consulted for strings, numbers and containers, so this
    costs far less than ``persistent_id``."""

    def reducer_override(self, obj: object) -> Any:
        if type(obj) is Article:
            return _shown, (obj.source_key,)
        return NotImplemented


class _PageUnpickler(pickle.Unpickler):
    def __init__(self, data: bytes, resolve: Callable[[str], Article]):
        super().__init__(io.BytesIO(seal.unseal(data)))
        self.resolve = resolve

    def find_class(self, module: str, name: str) -> Any:
        if module == __name__ and name == "_shown":
            return self.resolve
        return super().find_class(module, name)


class Store:
    """An open state file. ``open`` returns None for a missing, foreign or broken one."""

    def __init__(self, db: sqlite3.Connection):
        self.db = db

    @classmethod
    def open(cls, folder: Path, key: str) -> Store | None:
        """The state file, if these settings and this code wrote it."""
        if not (folder / FILE).exists():
            return None
        try:
            db = sqlite3.connect(folder / FILE, isolation_level=None)
            found = db.execute("SELECT value FROM meta WHERE name = 'key'").fetchone()
        except sqlite3.Error:
            return None
        if found != (key,):
            db.close()
            return None
        db.execute("PRAGMA synchronous=NORMAL")  # WAL: a lost last write, never a broken file
        return cls(db)

    @classmethod
    @contextlib.contextmanager
    def create(cls, folder: Path) -> Iterator[Store]:
        """A new state file, written beside the old one without a journal (nothing is lost
        if it is cut short) and put in its place when the block succeeds."""
        path, temp = folder / FILE, folder / f".{FILE}.tmp-{os.getpid()}"
        temp.unlink(missing_ok=True)
        db = sqlite3.connect(temp, isolation_level=None)
        try:
            db.execute("PRAGMA journal_mode=OFF")
            db.executescript(SCHEMA)
            yield cls(db)
            db.execute("PRAGMA journal_mode=WAL")  # later saves change a few rows in place
            db.close()
            for old in (path.with_name(FILE + "-wal"), path.with_name(FILE + "-shm")):
                old.unlink(missing_ok=True)
            os.replace(temp, path)
        finally:
            db.close()
            temp.unlink(missing_ok=True)

    def close(self) -> None:
        self.db.close()

    def meta(self, name: str) -> Any:
        (value,) = self.db.execute("SELECT value FROM meta WHERE name = ?", (name,)).fetchone()
        return seal.loads(value)

    def entries(self, rels: Iterable[str] | None = None) -> dict[str, Entry]:
        """Rows by source path (relative, POSIX): these, or all of them."""
        query = "SELECT rel, row FROM files"
        rows = self.db.execute(query) if rels is None else self._where_in(query, "rel", rels)
        return {rel: seal.loads(row) for rel, row in rows}

    def prints(self) -> dict[str, int]:
        return dict(self.db.execute("SELECT path, print FROM pages"))

    def pages_showing(self, rels: Iterable[str], resolve: Callable[[str], Article]
                      ) -> list[tuple[int, Page]]:  # fmt: skip
        """The pages that show any of these articles, in URL order, with their fingerprints;
        ``resolve`` gives each article a page refers to."""
        found = self._where_in("SELECT paths FROM shows", "rel", rels)
        paths = {path for (joined,) in found for path in joined.split("\n")}
        rows = self._where_in("SELECT path, print, page FROM pages", "path", paths)
        pages = [(print_, _PageUnpickler(data, resolve).load()) for _, print_, data in rows]
        return sorted(pages, key=lambda found: found[1].url)

    def _where_in(self, query: str, column: str, values: Iterable[str]) -> Iterator[Any]:
        """Rows whose ``column`` is one of ``values``, asked in batches SQLite accepts."""
        wanted = sorted(values)
        for start in range(0, len(wanted), 500):
            batch = wanted[start : start + 500]
            marks = ",".join("?" * len(batch))
            yield from self.db.execute(f"{query} WHERE {column} IN ({marks})", batch).fetchall()

    def save(self, meta: dict[str, Any], entries: dict[str, Entry | None],
             pages: Iterable[tuple[Page, int]], gone: Iterable[str],
             shows: dict[str, str] | None) -> None:  # fmt: skip
        """Write, in one transaction: the meta values, the files' rows (None: deleted),
        pages (and those ``gone``), and which pages show each article (all of them)."""
        def dump(page: Page) -> bytes:
            # a pickler a page: clearing one's memo costs as much as the largest page it
            # ever held (the sitemap's), so once a page it was a fifth of the saving
            buffer = io.BytesIO()
            _PagePickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(page)
            return seal.seal(buffer.getvalue())

        db = self.db
        values = [(name, v if isinstance(v, str) else seal.dumps(v)) for name, v in meta.items()]
        # generators, not lists: each row is pickled as it is written, so a whole site's
        # rows never stand in memory at once
        rows = ((rel, seal.dumps(entry)) for rel, entry in entries.items() if entry is not None)
        db.execute("BEGIN")
        try:
            db.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", values)
            db.executemany("DELETE FROM files WHERE rel = ?",
                           [(rel,) for rel, entry in entries.items() if entry is None])  # fmt: skip
            db.executemany("INSERT OR REPLACE INTO files VALUES (?, ?)", rows)
            db.executemany("DELETE FROM pages WHERE path = ?", [(path,) for path in gone])
            db.executemany("INSERT OR REPLACE INTO pages VALUES (?, ?, ?)",
                           ((p.output_path, print_, dump(p)) for p, print_ in pages))  # fmt: skip
            if shows is not None:
                db.execute("DELETE FROM shows")
                db.executemany("INSERT INTO shows VALUES (?, ?)", shows.items())
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
