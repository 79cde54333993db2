"""The build cache in ``.sitegen-cache/``: is the last build's state still good, and what
changed since?

The state file (``sitegen.incremental.store``) carries a snapshot: the stamps of every
content, template and output file, enough to see that nothing changed without loading
anything else. A cache from another sitegen version or other settings, an unreadable
one, or an output folder that no longer matches what the cache says it wrote, is never
trusted.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import os
import sysconfig
import time
from collections.abc import Iterable
from dataclasses import fields
from pathlib import Path
from typing import Any

from sitegen import __version__
from sitegen.config import CACHE_DIR, Config
from sitegen.errors import SitegenError
from sitegen.incremental.store import Snapshot, Stamps, Store
from sitegen.parallel import default_jobs
from sitegen.themes import theme_chain

FORMAT = 6  # bump when what is stored changes shape


def code_stamp() -> str:
    """Sizes and times of sitegen's own modules: a cache written by other code (another
    version, an edited checkout) is never unpickled into this one."""
    package = Path(__file__).parent.parent
    found = sorted((p.relative_to(package).as_posix(), p.stat().st_size, p.stat().st_mtime_ns)
                   for p in package.rglob("*.py"))  # fmt: skip
    return hashlib.blake2b(repr(found).encode(), digest_size=12).hexdigest()


def libraries() -> list[str]:
    """Every installed distribution with its version (``name-1.2.dist-info``): what the
    readers' libraries return is cached, so an upgrade of any of them reads again."""
    folder = sysconfig.get_paths()["purelib"]
    return sorted(n for n in os.listdir(folder) if n.endswith(".dist-info"))


def settings_key(config: Config, drafts: bool) -> str:
    values = {f.name: getattr(config, f.name) for f in fields(config)}
    values["root"] = config.root.resolve()  # 'sitegen build' here or with --config from afar
    return repr((__version__, FORMAT, code_stamp(), libraries(),
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


def still(folder: Path, expected: Iterable[tuple[str, tuple[int, int]]]) -> bool:
    """Whether every file and folder of ``expected`` (stamps taken with folders, as items)
    still has its stamp: a file changed or removed changes its own, one added changes its
    folder's. One stat per entry, no folder listing: twice as fast as taking the stamps
    again."""
    base = str(folder) + os.sep
    for rel, stamp in expected:
        try:
            st = os.stat(base + rel)
        except OSError:
            return False
        is_folder = not rel or rel.endswith("/")
        if (st.st_mtime_ns, 0 if is_folder else st.st_size) != stamp:
            return False
    return True


class OutputCheck:
    """``still(folder, expected)``, run in forked children while the build reads and
    renders, a share of the entries each, one per core (at 10,000 articles: 34,000 stats,
    the longest stretch of a no-op build done alone); ``result`` waits for them. Where
    processes cannot fork, or the folder is small, it runs here and now."""

    FORK_ABOVE = 2000  # entries a child at least: below this, forking costs more than it saves

    def __init__(self, folder: Path, expected: Stamps):
        self._result: bool | None = None
        self._children: list[tuple[int, int]] = []
        count = min(default_jobs(), len(expected) // self.FORK_ABOVE)
        if count < 1 or not hasattr(os, "fork"):
            self._result = still(folder, expected.items())
            return
        for share in range(count):
            read, write = os.pipe()
            pid = os.fork()
            if pid == 0:  # a child: answer one byte, then leave without cleaning up
                ok = False
                try:
                    ok = still(folder, itertools.islice(expected.items(), share, None, count))
                finally:
                    os.write(write, b"1" if ok else b"0")
                    os._exit(0)
            os.close(write)
            self._children.append((pid, read))

    def result(self) -> bool:
        answers = []
        for pid, read in self._children:
            try:
                answers.append(os.read(read, 1) == b"1")
            finally:
                os.close(read)
                os.waitpid(pid, 0)
        if self._children:
            self._children, self._result = [], all(answers)
        return bool(self._result)


def template_stamps(config: Config) -> Stamps:
    folders = [config.root / "templates", config.root / "static"]
    with contextlib.suppress(SitegenError):
        folders += theme_chain(config)
    return {f"{n}:{rel}": st
            for n, folder in enumerate(folders) for rel, st in stamps(folder).items()}  # fmt: skip


class Cache:
    """The state file of the last build, checked against the files as they are now."""

    def __init__(self, config: Config, drafts: bool):
        """Check that the cache can be written (before anything is built, so a build never
        fails there after replacing the site) and take the stamps of every content and
        template file before any is read: a file edited while the build runs differs
        from them, and the next build reads it again. Meanwhile a child process checks
        the output folder against the snapshot (``output_ok``)."""
        self.config, self.folder = config, config.root / CACHE_DIR
        self.key = settings_key(config, drafts)
        self.store = Store.open(self.folder, self.key)
        self.snapshot: Snapshot | None = None
        try:
            self.snapshot = self.store.meta("snapshot") if self.store else None
        except Exception:  # unreadable: start afresh, never trust it
            self.distrust()
        last = self.snapshot
        self._check = OutputCheck(config.output_path, last.output) if last else None
        try:
            (self.folder / "templates").mkdir(parents=True, exist_ok=True)  # compiled ones
            for stale in ("snapshot.pickle", "builder.pickle"):  # older sitegens' caches
                (self.folder / stale).unlink(missing_ok=True)
            if not (self.folder / ".gitignore").exists():
                (self.folder / ".gitignore").write_text("*\n")
            probe = self.folder / f".probe-{os.getpid()}"
            probe.write_bytes(b"")
            probe.unlink()
        except OSError as err:
            raise SitegenError(f"cannot write the build cache: {err.strerror or err}; fix its "
                               "permissions or remove it", self.folder) from None  # fmt: skip
        self.content = stamps(config.content_path)
        self.templates = template_stamps(config)

    def unchanged(self) -> bool:
        """True when no content, template, theme or output file changed since the snapshot,
        and no article held back for its future date has come due."""
        old = self.snapshot
        if old is None or (old.content, old.templates) != (self.content, self.templates):
            return False
        return (old.held_until is None or time.time() < old.held_until) and self.output_ok()

    def changed(self) -> set[str] | None:
        """Content files added, changed or removed since the snapshot (relative, POSIX)."""
        if self.snapshot is None:
            return None
        old, new = self.snapshot.content, self.content
        return {rel for rel in old.keys() | new.keys() if old.get(rel) != new.get(rel)}

    def output_ok(self) -> bool:
        """Whether the output folder is as the last build left it."""
        return self._check is not None and self._check.result()

    def distrust(self) -> None:
        """Never use this state file again: the build starts afresh and replaces it."""
        if self.store is not None:
            self.store.close()
        self.store, self.snapshot = None, None

    def save(self, meta: dict[str, Any], written: set[str] | None, **rows: Any) -> None:
        """Save the state with a snapshot of the files as they are now; ``written`` (output
        paths changed or removed in place) lets the output stamps be updated, not taken
        again. ``rows``: what ``Store.save`` takes."""
        snapshot = Snapshot(self.content, self.templates, self._output_stamps(written), **meta)
        values = {"key": self.key, "snapshot": snapshot, "site": rows.pop("site")}
        if self.store is not None:
            self.store.save(values, **rows)
            return
        with Store.create(self.folder) as store:
            store.save(values, **rows)

    def _output_stamps(self, written: set[str] | None) -> Stamps:
        root = self.config.output_path
        if written is None or self.snapshot is None:
            return stamps(root, folders=True)
        output, touched = dict(self.snapshot.output), {""}
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
        return output
