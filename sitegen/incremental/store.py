"""What a build remembers for the next one, in one SQLite file: a row per article and per page.

A build loads and saves only the rows it needs. A whole build loads every article
(never the pages: it plans them again); an edit that keeps every article in its place
(``sitegen.incremental.edit``) loads the few pages that show the edited article and the articles
those pages show. Rows are pickled; a page refers to its articles by source path, so
an article edited in place does not rewrite the pages that only list it. Like mypy's
SQLite cache, one transaction per build: a build cut short leaves the last state whole.
"""

from __future__ import annotations

import contextlib
import io
import os
import pickle
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from sitegen import seal
from sitegen.errors import Problem
from sitegen.incremental.keys import stable_hash
from sitegen.model import Article, Page

FILE = "state.sqlite"
SCHEMA = """
CREATE TABLE meta(name TEXT PRIMARY KEY, value BLOB);
CREATE TABLE articles(rel TEXT PRIMARY KEY, mtime INTEGER, size INTEGER, folder TEXT,
                      sig INTEGER, read BLOB, placed BLOB, placed_digest INTEGER, hash BLOB);
CREATE TABLE pages(path TEXT PRIMARY KEY, print INTEGER, page BLOB);
CREATE TABLE placed(rel TEXT PRIMARY KEY, paths TEXT);
"""

Stamp = tuple[tuple[int, int], str]  # (mtime_ns, size) and the folder defaults' repr


@dataclass
class SiteRecord:
    """Everything a build knows that is not a row: small, loaded and saved whole."""

    defaults: dict[Path, dict[str, Any]] = field(default_factory=dict)
    tree_problems: list[Problem] = field(default_factory=list)
    file_problems: dict[Path, list[Problem]] = field(default_factory=dict)  # non-empty only
    plan_problems: list[Problem] = field(default_factory=list)
    globals: dict[str, Any] = field(default_factory=dict)  # what every template may show
    site_print: int | None = None
    generation: int = 0
    copied: dict[str, tuple[Path, tuple[int, int]]] = field(default_factory=dict)

    def problems(self) -> list[Problem]:
        """In the order a build reports them: the folder's, each file's by path, the plan's."""
        ordered = sorted((rel.as_posix(), ps) for rel, ps in self.file_problems.items())
        return self.tree_problems + [p for _, ps in ordered for p in ps] + self.plan_problems


@dataclass
class Entry:
    """One source file as the last build left it."""

    seen: Stamp
    article: Article | None  # as read; None when the file could not be published
    problems: list[Problem]
    placed: Article | None = None  # as the plan placed it (site-wide tag spellings)
    row: bytes | None = field(default=None, compare=False)  # (article, problems) pickled
    source_hash: bytes | None = None  # of the bytes read (sitegen.content.source_hash)

    @property
    def sig(self) -> int:
        """Equal when nothing stored for this file changed: the row need not be written."""
        shown = tuple(value.digest if isinstance(value, Article) else value
                      for value in (getattr(self, f.name) for f in fields(self) if f.compare))
        return _signed(stable_hash(repr(shown)))


@dataclass
class Stored:
    """What a build reads back from the state file: enough to restore its builder."""

    site: SiteRecord
    entries: dict[str, Entry]
    prints: dict[str, int]  # output path -> the fingerprint it was rendered under
    pages: list[Page] | None = None  # for an edit: the pages showing the edited articles


@dataclass
class Rows:
    """What a build stores: the site, a row per file and per page, and which pages show
    each article (output paths, one a line)."""

    site: SiteRecord
    entries: dict[str, Entry]
    pages: list[Page]
    prints: dict[str, int]
    placed: dict[str, str]
    blobs: dict[str, bytes] = field(default_factory=dict)  # pages already pickled


@dataclass
class StoredKeys:
    """What the state file holds, by key: compared with a build's result to write only rows
    that changed."""

    sigs: dict[str, int] = field(default_factory=dict)
    prints: dict[str, int] = field(default_factory=dict)
    placed: dict[str, str] = field(default_factory=dict)  # source -> its pages, one a line


def _signed(n: int) -> int:
    """An unsigned 64-bit hash as SQLite's signed INTEGER."""
    return n - (1 << 64) if n >= 1 << 63 else n


def dump_row(value: object) -> bytes:
    """A value pickled and sealed as a row stores it (``sitegen.seal``)."""
    return seal.dumps(value)


def _shown(rel: str) -> Article:
    """Stands for an article in a stored page; each load resolves it (``_PageUnpickler``)."""
    raise LookupError(f"{rel}: a stored page's article is resolved when the page is loaded")


class _PagePickler(pickle.Pickler):
    """Pickles a page with its articles as references to their rows (source paths).
    ``reducer_override`` is not consulted for strings, numbers and containers, so this
    costs far less than ``persistent_id``."""

    def __init__(self, file: io.BytesIO, names: Callable[[Article], str]):
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        self.names = names

    def reducer_override(self, obj: object) -> Any:
        if type(obj) is Article:
            return _shown, (self.names(obj),)
        return NotImplemented


class _PageUnpickler(pickle.Unpickler):
    def __init__(self, data: bytes, resolve: Callable[[str], Article]):
        super().__init__(io.BytesIO(seal.unseal(data)))
        self.resolve = resolve

    def find_class(self, module: str, name: str) -> Any:
        if module == __name__ and name == "_shown":
            return self.resolve
        return super().find_class(module, name)


def _connect(path: Path) -> sqlite3.Connection:
    """Transactions are explicit; in WAL mode "normal" syncs only at checkpoints (a cache
    may lose its last write on power loss, never its consistency)."""
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA synchronous=NORMAL")
    return db


class Store:
    """An open state file. ``open`` returns None for a missing, foreign or broken one."""

    def __init__(self, db: sqlite3.Connection):
        self.db = db

    @classmethod
    def open(cls, folder: Path, key: str, serial: int | None) -> Store | None:
        """The state file, if it was written by these settings at this snapshot's save."""
        path = folder / FILE
        if serial is None or not path.exists():
            return None
        try:
            db = _connect(path)
            rows = dict(db.execute("SELECT name, value FROM meta WHERE name IN ('key', 'serial')"))
        except sqlite3.Error:
            return None
        if rows.get("key") != key or rows.get("serial") != serial:
            db.close()
            return None
        return cls(db)

    @classmethod
    @contextlib.contextmanager
    def create(cls, folder: Path) -> Iterator[Store]:
        """A new state file, written beside the old one without a journal (nothing is lost
        if it is cut short) and put in its place when the block succeeds."""
        path = folder / FILE
        temp = folder / f".{FILE}.tmp-{os.getpid()}"
        temp.unlink(missing_ok=True)
        db = _connect(temp)
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

    # -- reading --

    def site(self) -> SiteRecord:
        (value,) = self.db.execute("SELECT value FROM meta WHERE name = 'site'").fetchone()
        site = seal.loads(value)
        assert isinstance(site, SiteRecord)
        return site

    def entries(self, rels: Iterable[str] | None = None) -> dict[str, Entry]:
        """Rows by source path (relative, POSIX): these, or all of them."""
        query = "SELECT rel, mtime, size, folder, read, placed, placed_digest, hash FROM articles"
        rows = self.db.execute(query) if rels is None else self._where_in(query, "rel", rels)
        found = {}
        for rel, mtime, size, folder, read, placed, placed_digest, hashed in rows:
            article, problems = seal.loads(read)
            if placed_digest is None:
                placed_article = None
            else:
                placed_article = seal.loads(placed) if placed is not None else article
            found[rel] = Entry(
                ((mtime, size), folder), article, problems, placed_article, source_hash=hashed
            )
        return found

    def _where_in(self, query: str, column: str, values: Iterable[str]) -> Iterator[Any]:
        """Rows whose ``column`` is one of ``values``, asked in batches SQLite accepts."""
        wanted = sorted(values)
        for start in range(0, len(wanted), 500):
            batch = wanted[start : start + 500]
            marks = ",".join("?" * len(batch))
            yield from self.db.execute(f"{query} WHERE {column} IN ({marks})", batch).fetchall()

    def saved(self) -> StoredKeys:
        return StoredKeys(dict(self.db.execute("SELECT rel, sig FROM articles")),
                     dict(self.db.execute("SELECT path, print FROM pages")),
                     dict(self.db.execute("SELECT rel, paths FROM placed")))  # fmt: skip

    def pages_showing(
        self, rels: Iterable[str], resolve: Callable[[str], Article]
    ) -> dict[str, tuple[int, Page]]:
        """The pages that show any of these articles, by output path, with their
        fingerprints; ``resolve`` gives each article a page refers to."""
        found = self._where_in("SELECT paths FROM placed", "rel", rels)
        paths = {path for (joined,) in found for path in joined.split("\n")}
        rows = self._where_in("SELECT path, print, page FROM pages", "path", paths)
        return {path: (print_, _PageUnpickler(data, resolve).load()) for path, print_, data in rows}

    # -- writing --

    @contextlib.contextmanager
    def transaction(self, key: str, serial: int, site: SiteRecord) -> Iterator[sqlite3.Connection]:
        """Everything a build writes, at once or not at all."""
        self.db.execute("BEGIN")
        try:
            yield self.db
            meta = [("key", key), ("serial", serial), ("site", dump_row(site))]
            self.db.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", meta)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def put_entries(self, entries: dict[str, Entry], saved: StoredKeys) -> None:
        """Write the rows that changed since ``saved``; delete those of files gone."""
        rows = []
        for rel, entry in entries.items():
            sig = entry.sig
            if saved.sigs.get(rel) == sig:
                continue
            placed = entry.placed
            blob = None if placed is None or placed is entry.article else dump_row(placed)
            rows.append((rel, *entry.seen[0], entry.seen[1], sig,
                         entry.row or dump_row((entry.article, entry.problems)), blob,
                         _signed(placed.digest) if placed else None,
                         entry.source_hash))  # fmt: skip
        marks = ", ".join("?" * 9)
        self.db.executemany(f"INSERT OR REPLACE INTO articles VALUES ({marks})", rows)
        gone = [(rel,) for rel in saved.sigs if rel not in entries]
        self.db.executemany("DELETE FROM articles WHERE rel = ?", gone)

    def put_pages(
        self,
        pages: Iterable[Page],
        prints: dict[str, int],
        saved: StoredKeys,
        blobs: dict[str, bytes] | None = None,
    ) -> None:
        """Write the pages whose fingerprint changed since ``saved`` and delete those no
        longer in the site; ``blobs`` holds pages already pickled."""
        blobs = blobs or {}
        buffer = io.BytesIO()
        pickler = _PagePickler(buffer, _names())
        rows = []
        for page in pages:
            path = page.output_path
            print_ = prints[path]
            if saved.prints.get(path) == print_:
                continue
            if path in blobs:
                rows.append((path, print_, blobs[path]))
                continue
            buffer.seek(0)
            buffer.truncate()
            pickler.clear_memo()
            pickler.dump(page)
            rows.append((path, print_, seal.seal(buffer.getvalue())))
        self.db.executemany("DELETE FROM pages WHERE path = ?",
                            [(path,) for path in saved.prints if path not in prints])  # fmt: skip
        self.db.executemany("INSERT OR REPLACE INTO pages VALUES (?, ?, ?)", rows)

    def put_placed(self, placed: dict[str, str], saved: StoredKeys) -> None:
        """Record which pages show each article (output paths, one a line), where that
        changed since ``saved``."""
        self.db.executemany("DELETE FROM placed WHERE rel = ?",
                            [(rel,) for rel in saved.placed if rel not in placed])  # fmt: skip
        self.db.executemany("INSERT OR REPLACE INTO placed VALUES (?, ?)",
                            [(rel, paths) for rel, paths in placed.items()
                             if saved.placed.get(rel) != paths])  # fmt: skip


def dump_page(page: Page) -> bytes:
    """One page as a row stores it (made in render workers, for a whole build)."""
    buffer = io.BytesIO()
    _PagePickler(buffer, _names()).dump(page)
    return seal.seal(buffer.getvalue())


def _names() -> Callable[[Article], str]:
    """An article's row key, remembered by object: pages share their articles."""
    names: dict[int, str] = {}

    def name(article: Article) -> str:
        found = names.get(id(article))
        if found is None:
            found = names[id(article)] = article.source.as_posix()
        return found

    return name
