"""Write a site into its output folder: a whole new site swapped in, or the pages that
changed put in place. Both take files one at a time as they are rendered (a site of
10,000 articles never sits in memory) and either finish or leave the old site."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterable, Mapping
from pathlib import Path

from sitegen.output import check_replaceable, commit, new_staging, recover, swap_in


class Writer:
    """Files go into a staging folder beside the output until ``finish``; ``abort``
    (or an exception in a ``with`` block) removes it and leaves the site as it was."""

    whole = False  # a whole new site, or changes to the live one

    def __init__(self, out: Path, keep: Iterable[str] = ()):
        self.out, self.keep = out.absolute(), tuple(keep)
        recover(self.out, self.keep)
        self.staging = new_staging(self.out)
        self.written: set[str] = set()  # output paths whose bytes are new
        self._made: set[Path] = set()

    def put(self, rel: str, data: bytes | Path) -> None:
        target = self.staging / rel
        if target.parent not in self._made:
            target.parent.mkdir(parents=True, exist_ok=True)
            self._made.add(target.parent)
        if isinstance(data, Path):
            shutil.copyfile(data, target)
        else:
            target.write_bytes(data)
        self.written.add(rel)

    def finish(self, removed: set[str]) -> int:
        """Put the new files in place; returns how many files changed."""
        raise NotImplementedError

    def abort(self) -> None:
        shutil.rmtree(self.staging, ignore_errors=True)

    def __enter__(self) -> Writer:
        return self

    def __exit__(self, kind: object, *_: object) -> None:
        if kind is not None:
            self.abort()


class WholeSite(Writer):
    """A new site, swapped in for the old in one step. The output must be a folder sitegen
    made (or empty); its ``.git`` and ``keep`` entries are carried over, and files
    whose bytes did not change keep their modification times."""

    whole = True

    def __init__(self, out: Path, keep: Iterable[str] = (), extra: Mapping[str, bytes] = {}):
        check_replaceable(out.absolute(), keep)
        super().__init__(out, keep)
        for rel, data in extra.items():
            self.put(rel, data)

    def finish(self, removed: set[str]) -> int:
        written = len(self.written) + 1 - keep_unchanged(self.staging, self.out)  # the marker
        swap_in(self.staging, self.out, self.keep)
        return written


class InPlace(Writer):
    """Only the files whose bytes changed are staged, then renamed into the live site
    under a journal (``sitegen.output.commit``), with the removals."""

    def __init__(self, out: Path, keep: Iterable[str] = ()):
        super().__init__(out, keep)
        self._staged: list[tuple[str, str]] = []  # (name in the staging folder, output path)

    def put(self, rel: str, data: bytes | Path) -> None:
        data = data.read_bytes() if isinstance(data, Path) else data
        target = self.out / rel
        try:
            if target.stat().st_size == len(data) and target.read_bytes() == data:
                return  # same bytes: leave the file (and its mtime) alone
        except OSError:
            pass
        name = str(len(self.written))  # staged flat: no folders to make
        (self.staging / name).write_bytes(data)
        self.written.add(rel)
        self._staged.append((name, rel))

    def finish(self, removed: set[str]) -> int:
        out = self.out
        gone = {rel for rel in removed if (out / rel).is_file() or (out / rel).is_symlink()}
        commit(self.staging, self.out, self._staged, sorted(gone))
        return len(self.written) + len(gone)


def keep_unchanged(staging: Path, out: Path) -> int:
    """Where a staged file has the same bytes as the live one, stage the live file itself
    (a hard link), so unchanged pages keep their modification times after the swap.
    Returns how many were kept."""
    if not out.is_dir():
        return 0
    kept = 0
    for dirpath, _, filenames in os.walk(staging):
        for name in filenames:
            new = Path(dirpath) / name
            old = out / new.relative_to(staging)
            try:
                same_size = old.stat().st_size == new.stat().st_size
                if same_size and old.read_bytes() == new.read_bytes():
                    new.unlink()
                    os.link(old, new)
                    kept += 1
            except OSError:
                continue  # no old file, or no hard links here: the new file stays
    return kept
