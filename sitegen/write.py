"""Write a site into its output folder: a whole new site swapped in, or the pages that
changed put in place. Both take files one at a time as they are rendered (a site of
10,000 articles never sits in memory), write them on two threads while the next pages
render, and either finish or leave the old site as it was."""

from __future__ import annotations

import os
import re
import shutil
import threading
from collections.abc import Iterable, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from sitegen.output import (
    MARKER,
    MARKER_TEXT,
    check_replaceable,
    commit,
    new_staging,
    recover,
    swap_in,
)

THREADS = 2  # writes wait on the disk, not the processor: they overlap with rendering
PENDING = 256  # files handed over but not yet written, at most


class Writer:
    """Files go into a staging folder beside the output until ``finish``; ``abort``
    (or an exception in a ``with`` block) removes it and leaves the site as it was."""

    whole = False  # a whole new site, or changes to the live one

    def __init__(self, out: Path, keep: Iterable[str] = ()):
        self.out, self.keep = out.absolute(), tuple(keep)
        recover(self.out, self.keep)
        self.staging = new_staging(self.out)
        self._old = self.out.is_dir()  # no old site (a first build): nothing to compare with
        self.written: set[str] = set()  # output paths whose bytes are new
        self._pool = ThreadPoolExecutor(THREADS)
        self._slots = threading.BoundedSemaphore(PENDING)
        self._pending: list[Future[None]] = []

    def put(self, rel: str, data: bytes | Path) -> None:
        """Hand over one file (its bytes, or a file to copy) to be written."""
        self._slots.acquire()
        self._pending.append(self._pool.submit(self._put, rel, data))

    def _put(self, rel: str, data: bytes | Path) -> None:
        try:
            data = data.read_bytes() if isinstance(data, Path) else data
            if self._stage(rel, data, self._old and unchanged(self.out / rel, data)):
                self.written.add(rel)  # one operation: safe between threads
        finally:
            self._slots.release()

    def stager(self) -> Stager | None:
        """What lets another process stage files itself (``put_staged`` then tells this
        writer): the pages' bytes need not come back to be written. None: not here."""
        return None

    def put_staged(self, rel: str, new: bool) -> None:
        """A file another process staged (``stager``); ``new``: its bytes changed."""
        if new:
            self.written.add(rel)

    def _stage(self, rel: str, data: bytes, same: bool) -> bool:
        """Put one file into the staging folder; whether its bytes are new."""
        raise NotImplementedError

    def _wait(self) -> None:
        """Every file handed over is written (the first error is raised here)."""
        self._pool.shutdown(wait=True)
        for done in self._pending:
            done.result()

    def pages(self, removed: set[str], scratch: Path,
              marker: re.Pattern[bytes] | None = None) -> Path:  # fmt: skip
        """A folder showing the new site's HTML pages as they will be once finished (for
        the search index, made before the site is put in place), in ``scratch``: only the
        pages ``marker`` finds in, unless it finds none."""
        for done in self._pending:
            done.result()
        pages = self._pages(removed)
        chosen = {rel: path for rel, path in pages.items()
                  if marker is not None and marker.search(path.read_bytes())}  # fmt: skip
        made: set[Path] = set()
        for rel, path in sorted((chosen or pages).items()):
            target = scratch / rel
            if target.parent not in made:  # each mkdir is a system call
                target.parent.mkdir(parents=True, exist_ok=True)
                made.add(target.parent)
            try:
                os.link(path, target)  # no copying
            except OSError:
                shutil.copyfile(path, target)
        return scratch

    def _pages(self, removed: set[str]) -> dict[str, Path]:
        """The new site's HTML pages by output path: where each is now."""
        raise NotImplementedError

    def finish(self, removed: set[str]) -> int:
        """Put the new files in place; returns how many files changed."""
        raise NotImplementedError

    def abort(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
        shutil.rmtree(self.staging, ignore_errors=True)

    def __enter__(self) -> Writer:
        return self

    def __exit__(self, kind: object, *_: object) -> None:
        if kind is not None:
            self.abort()


def unchanged(old: Path, data: bytes) -> bool:
    """Whether the file ``old`` holds exactly ``data``."""
    try:
        return old.stat().st_size == len(data) and old.read_bytes() == data
    except OSError:
        return False


class Stager:
    """Puts files into a whole new site's staging folder: in the writer's threads, or in
    the forked workers that render the pages (``Writer.stager``). A file whose bytes did
    not change is the old file itself (a hard link): it keeps its time."""

    def __init__(self, staging: Path, out: Path, old: bool):
        self.staging, self.out, self.old = staging, out, old
        self._made: set[str] = set()  # folders made so far (a race makes one twice: harmless)

    def put(self, rel: str, data: bytes) -> bool:
        """Stage one file; whether its bytes are new."""
        return self.stage(rel, data, self.old and unchanged(self.out / rel, data))

    def stage(self, rel: str, data: bytes, same: bool) -> bool:
        # plain strings and os calls: a site is thousands of files, and pathlib's and a
        # buffered file's layers cost a third of the time a file takes to write
        folder, _, _ = rel.rpartition("/")
        target = f"{self.staging}/{rel}"
        if folder not in self._made:  # each mkdir is a system call
            try:  # its parent is there most often: one call, not makedirs' two and more
                os.mkdir(f"{self.staging}/{folder}")
            except FileExistsError:
                pass
            except FileNotFoundError:
                os.makedirs(f"{self.staging}/{folder}", exist_ok=True)
            self._made.add(folder)
        if same:
            try:
                os.link(self.out / rel, target)
                return False
            except OSError:
                pass  # no hard links here: the new file is written
        write_file(target, data)
        return True


def write_file(path: str, data: bytes) -> None:
    """A new file holding ``data`` (its folder exists)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o666)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
    finally:
        os.close(fd)


class WholeSite(Writer):
    """A new site, swapped in for the old in one step. The output must be a folder sitegen
    made (or empty); its ``.git`` and ``keep`` entries are carried over (``Stager``)."""

    whole = True

    def __init__(self, out: Path, keep: Iterable[str] = (), extra: Mapping[str, bytes] = {}):
        check_replaceable(out.absolute(), keep)
        super().__init__(out, keep)
        self._stager = Stager(self.staging, self.out, self._old)
        for rel, data in {MARKER: MARKER_TEXT, **extra}.items():
            self.put(rel, data)

    def _stage(self, rel: str, data: bytes, same: bool) -> bool:
        return self._stager.stage(rel, data, same)

    def stager(self) -> Stager:
        return self._stager

    def _pages(self, removed: set[str]) -> dict[str, Path]:
        return {path.relative_to(self.staging).as_posix(): path
                for path in self.staging.rglob("*.html")}  # fmt: skip

    def finish(self, removed: set[str]) -> int:
        self._wait()
        swap_in(self.staging, self.out, self.keep)
        return len(self.written)


class InPlace(Writer):
    """Only the files whose bytes changed are staged, then renamed into the live site
    under a journal (``sitegen.output.commit``), with the removals."""

    def __init__(self, out: Path, keep: Iterable[str] = ()):
        super().__init__(out, keep)
        self._staged: list[tuple[str, str]] = []  # (name in the staging folder, output path)
        self._names = iter(range(1 << 62))  # staged flat: no folders to make

    def _stage(self, rel: str, data: bytes, same: bool) -> bool:
        if same:
            return False  # leave the file (and its time) alone
        name = str(next(self._names))
        (self.staging / name).write_bytes(data)
        self._staged.append((name, rel))
        return True

    def _pages(self, removed: set[str]) -> dict[str, Path]:
        """The live pages, with the staged ones in their places."""
        found = {}
        for dirpath, dirnames, filenames in os.walk(self.out):
            dirnames[:] = [d for d in dirnames if d != "pagefind"]
            for name in filenames:
                path = Path(dirpath) / name
                rel = path.relative_to(self.out).as_posix()
                if name.endswith(".html") and rel not in removed:
                    found[rel] = path
        found.update((rel, self.staging / name) for name, rel in self._staged
                     if rel.endswith(".html"))  # fmt: skip
        return found

    def finish(self, removed: set[str]) -> int:
        self._wait()
        out = self.out
        gone = {rel for rel in removed if (out / rel).is_file() or (out / rel).is_symlink()}
        commit(self.staging, self.out, sorted(self._staged), sorted(gone))
        return len(self.written) + len(gone)

