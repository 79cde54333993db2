"""The build cache in ``.sitegen-cache/``: what the last build read, planned and rendered.

``snapshot.pickle`` is small: the stamps of every content, template and output file,
enough to see that nothing changed without loading anything else. ``state.sqlite``
(``sitegen.incremental.store``) holds the articles and pages, loaded row by row as a build
needs them. The next build re-reads only files whose size or time changed and renders only
pages whose input changed. A cache from another sitegen version or other settings, an
unreadable one, a state file not saved with its snapshot, or an output folder that no
longer matches what the cache says it wrote, is never trusted.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass, field, fields
from importlib import util
from pathlib import Path

from sitegen import __version__, seal
from sitegen.config import CACHE_DIR, Config
from sitegen.errors import Problem, SitegenError
from sitegen.incremental.store import Rows, Store, Stored, StoredKeys
from sitegen.model import Article
from sitegen.themes import theme_chain

FORMAT = 5  # bump when what is stored changes shape

Stamps = dict[str, tuple[int, int]]


@dataclass
class Snapshot:
    """Small and quick to check: enough to know that nothing changed at all."""

    key: str
    serial: int  # the state file saved with this snapshot carries the same number
    content: Stamps
    templates: Stamps
    output: Stamps
    articles: int = 0
    pages: int = 0
    problems: list[Problem] = field(default_factory=list)
    held_until: float | None = None  # when the first article held for its date comes due


def code_stamp() -> str:
    """Sizes and times of sitegen's own modules: a cache written by other code (another
    version, an edited checkout) is never unpickled into this one."""
    package = Path(__file__).parent
    found = sorted((p.relative_to(package).as_posix(), p.stat().st_size, p.stat().st_mtime_ns)
                   for p in package.rglob("*.py"))  # fmt: skip
    return hashlib.blake2b(repr(found).encode(), digest_size=12).hexdigest()


EXTRACTORS = ("trafilatura", "nh3")  # what they return is cached: a new version re-reads


def extractor_stamps() -> tuple[object, ...]:
    """Size and time of each extractor's installed module, found without importing it
    (an upgrade replaces the files): cheaper than reading package metadata."""
    found: list[object] = []
    for name in EXTRACTORS:
        spec = util.find_spec(name)
        try:
            st = os.stat(spec.origin) if spec and spec.origin else None
        except OSError:
            st = None
        found.append((name, st.st_size, st.st_mtime_ns) if st else (name, None))
    return tuple(found)


def settings_key(config: Config, drafts: bool) -> str:
    values = {f.name: getattr(config, f.name) for f in fields(config)}
    return repr((__version__, FORMAT, code_stamp(), extractor_stamps(),
                 sorted(values.items()), drafts))  # fmt: skip


def stamps(folder: Path, folders: bool = False) -> Stamps:
    """(mtime, size) of every file below ``folder``, by relative path: plain strings and
    scandir, as this runs over every file of the site on every build. With ``folders``,
    also (mtime, 0) of every folder, by its path and a slash ("" for ``folder`` itself):
    a file added or removed changes its folder's time."""
    found: Stamps = {}

    def walk(path: str, prefix: str) -> None:
        try:
            entries = os.scandir(path)
        except OSError:
            return
        with entries:
            for entry in entries:
                try:
                    if entry.is_dir(follow_symlinks=False):
                        if folders:
                            found[f"{prefix}{entry.name}/"] = (entry.stat().st_mtime_ns, 0)
                        walk(entry.path, f"{prefix}{entry.name}/")
                    else:
                        st = entry.stat()
                        found[prefix + entry.name] = (st.st_mtime_ns, st.st_size)
                except OSError:
                    continue

    if folders:
        try:
            found[""] = (folder.stat().st_mtime_ns, 0)
        except OSError:
            return found
    walk(str(folder), "")
    return found


def still(folder: Path, expected: Stamps) -> bool:
    """Whether every file and folder in ``expected`` (stamps taken with folders) still has
    its stamp: a file changed or removed changes its own, one added changes its folder's.
    One stat per entry, no folder listing: twice as fast as taking the stamps again."""
    base = str(folder) + os.sep
    for rel, stamp in expected.items():
        try:
            st = os.stat(base + rel)
        except OSError:
            return False
        is_folder = not rel or rel.endswith("/")
        if (st.st_mtime_ns, 0 if is_folder else st.st_size) != stamp:
            return False
    return True


class OutputCheck:
    """``still(folder, expected)``, run in a forked child while the build reads and renders
    (at 10,000 articles: 35,000 stats, a fifth of a second); ``result`` waits for it.
    Where processes cannot fork, or the folder is small, it runs here and now."""

    FORK_ABOVE = 2000  # entries: below this, forking costs more than it saves

    def __init__(self, folder: Path, expected: Stamps):
        self._result: bool | None = None
        self._child: tuple[int, int] | None = None
        if len(expected) <= self.FORK_ABOVE or not hasattr(os, "fork"):
            self._result = still(folder, expected)
            return
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: answer one byte, then leave without cleaning up
            ok = False
            try:
                ok = still(folder, expected)
            finally:
                os.write(write, b"1" if ok else b"0")
                os._exit(0)
        os.close(write)
        self._child = (pid, read)

    def result(self) -> bool:
        if self._child is not None:
            pid, read = self._child
            self._child = None
            try:
                self._result = os.read(read, 1) == b"1"
            finally:
                os.close(read)
                os.waitpid(pid, 0)
        return bool(self._result)


def template_stamps(config: Config) -> Stamps:
    folders = [config.root / "templates", config.root / "static"]
    with contextlib.suppress(SitegenError):
        folders += theme_chain(config)
    return {f"{n}:{rel}": st
            for n, folder in enumerate(folders) for rel, st in stamps(folder).items()}  # fmt: skip


class BuildCache:
    def __init__(self, config: Config, drafts: bool):
        self.config = config
        self.drafts = drafts
        self.folder = config.root / CACHE_DIR
        self.key = settings_key(config, drafts)
        self._content: Stamps | None = None
        self._templates: Stamps | None = None
        self.output: Stamps | None = None  # the output folder's stamps before this build
        self._store: Store | None = None
        self._saved = StoredKeys()  # what the state file held when this build loaded it
        self._distrusted = False
        self._check: OutputCheck | None = None

    def snapshot(self) -> Snapshot | None:
        try:
            data = seal.loads((self.folder / "snapshot.pickle").read_bytes())
        except Exception:  # missing, truncated, from another version: rebuild, never trust
            return None
        ok = isinstance(data, Snapshot) and data.key == self.key
        return data if ok else None

    def begin(self, snapshot: Snapshot | None) -> None:
        """Check that the cache can be written (before anything is built, so a build never
        fails there after replacing the site) and take the stamps of every content and
        template file before any is read: a file edited while the build runs differs
        from them, and the next build reads it again. Meanwhile a child process checks
        the output folder against the snapshot (``output_intact``)."""
        if snapshot is not None:
            self._check = OutputCheck(self.config.output_path, snapshot.output)
        try:
            self._prepare()
            probe = self.folder / f".probe-{os.getpid()}"
            probe.write_bytes(b"")
            probe.unlink()
        except OSError as err:
            raise SitegenError(f"cannot write the build cache: {err.strerror or err}; fix its "
                               "permissions or remove it", self.folder) from None  # fmt: skip
        self._content = stamps(self.config.content_path)
        self._templates = template_stamps(self.config)

    def unchanged(self, snapshot: Snapshot) -> bool:
        """True when no content, template, theme or output file changed since the snapshot,
        and no article held back for its future date has come due. The output folder is
        checked meanwhile, in a child process (``output_intact``)."""
        same = (snapshot.content, snapshot.templates) == (self._content, self.templates)
        due = snapshot.held_until is not None and time.time() >= snapshot.held_until
        return same and not due and self.output_intact(snapshot)

    def output_intact(self, snapshot: Snapshot | None) -> bool:
        """Whether the output folder is as the snapshot's build left it (waits for the
        check ``unchanged`` started)."""
        if snapshot is None or self._check is None:
            return False
        if self.output is None and self._check.result():
            self.output = dict(snapshot.output)
        return self.output is not None

    def changed_content(self, snapshot: Snapshot) -> set[str] | None:
        """Content files added, changed or removed since the snapshot (relative, POSIX)."""
        if self._content is None:
            return None
        old, new = snapshot.content, self._content
        return {rel for rel in old.keys() | new.keys() if old.get(rel) != new.get(rel)}

    @property
    def templates(self) -> Stamps:
        """Template, theme and static stamps, taken once per build."""
        if self._templates is None:
            self._templates = template_stamps(self.config)
        return self._templates

    def store(self, snapshot: Snapshot | None) -> Store | None:
        """The state file saved with this snapshot, if it is whole and ours."""
        if self._store is None and snapshot is not None and not self._distrusted:
            self._store = Store.open(self.folder, self.key, snapshot.serial)
        return self._store

    def stored(self, snapshot: Snapshot | None, rels: set[str] | None = None) -> Stored | None:
        """What the last build stored: its site, its files' rows, its pages' fingerprints;
        with ``rels``, only those files' rows and the pages that show them."""
        store = self.store(snapshot)
        if store is None:
            return None
        try:
            with _no_gc():
                site = store.site()
                if rels is None:
                    self._saved = store.saved()
                    return Stored(site, store.entries(), self._saved.prints)
                entries = store.entries(rels)
                placed = {rel: e.placed for rel, e in entries.items() if e.placed is not None}

                def resolve(rel: str) -> Article:  # each article a page shows, loaded once
                    if rel not in placed:
                        found = store.entries([rel])[rel].placed
                        assert found is not None, f"a page shows {rel}, which has no place"
                        placed[rel] = found
                    return placed[rel]

                showing = store.pages_showing(rels, resolve)
        except Exception:  # unreadable rows: start afresh
            self.distrust()
            return None
        prints = {path: print_ for path, (print_, _) in showing.items()}
        self._saved = StoredKeys({rel: e.sig for rel, e in entries.items()}, prints)
        return Stored(site, entries, prints, [page for _, page in sorted(showing.values(),
                                                                        key=lambda v: v[1].url)])

    def save_state(self, rows: Rows) -> int:
        """Write the rows that changed into the state file; returns the serial the
        snapshot (``write_snapshot``, once the output is written) must carry."""
        serial = self.next_serial()
        if self._store is None:
            self._prepare()
            with Store.create(self.folder) as store:
                self._write(store, serial, rows, StoredKeys())
        else:
            self._write(self._store, serial, rows, self._saved)
            self.release()
        return serial

    def _write(self, store: Store, serial: int, rows: Rows, saved: StoredKeys) -> None:
        with store.transaction(self.key, serial, rows.site):
            store.put_entries(rows.entries, saved)
            store.put_pages(rows.pages, rows.prints, saved, rows.blobs)
            store.put_placed(rows.placed, saved)

    @staticmethod
    def next_serial() -> int:
        """Tells this save from every other: the snapshot and state file must agree on it."""
        return time.time_ns()

    def compiled_templates(self) -> Path:
        """Where Jinja2 keeps the templates it compiled, between builds."""
        folder = self.folder / "templates"
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def distrust(self) -> None:
        """Never use this build's state file: the build starts afresh and replaces it."""
        self.release()
        self._distrusted = True

    def release(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None

    def _prepare(self) -> None:
        self.folder.mkdir(exist_ok=True)
        ignore = self.folder / ".gitignore"
        if not ignore.exists():
            ignore.write_text("*\n")
        for stale in ("builder.pickle",):  # written by sitegen before the state file
            (self.folder / stale).unlink(missing_ok=True)

    def write_snapshot(self, serial: int, articles: int, pages: int, problems: list[Problem],
                       written: set[str] | None,
                       held_until: float | None = None) -> None:  # fmt: skip
        """The snapshot of this build; ``written`` (output paths changed or removed by an
        incremental build) lets the output stamps be updated instead of taken again."""
        output = self.output
        if written is None or output is None:
            output = stamps(self.config.output_path, folders=True)
        else:
            root, touched = self.config.output_path, {""}
            for rel in written:
                try:
                    st = (root / rel).stat()
                    output[rel] = (st.st_mtime_ns, st.st_size)
                except OSError:
                    output.pop(rel, None)
                parts = rel.split("/")[:-1]
                touched.update("/".join(parts[: i + 1]) + "/" for i in range(len(parts)))
            for folder in touched:  # a file written or removed changed its folders' times
                try:
                    output[folder] = ((root / folder).stat().st_mtime_ns, 0)
                except OSError:
                    output.pop(folder, None)
        snapshot = Snapshot(self.key, serial, self._content or stamps(self.config.content_path),
                            self.templates, output, articles, pages, problems,
                            held_until)  # fmt: skip
        temp = self.folder / f".snapshot.pickle.tmp-{os.getpid()}"
        temp.write_bytes(seal.dumps(snapshot))
        os.replace(temp, self.folder / "snapshot.pickle")


@contextlib.contextmanager
def _no_gc() -> Iterator[None]:
    """Unpickling ten thousand articles is twice as fast without the collector running."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()  # what was loaded lives as long as the build: never scan it again
        if enabled:
            gc.enable()
