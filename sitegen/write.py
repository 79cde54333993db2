"""Write a whole site into a staging folder and swap it in: a failed build changes nothing."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path


def _staging_name(out: Path, tag: str) -> Path:
    return out.parent / f".{out.name}.{tag}-{os.getpid()}"


@contextmanager
def staged(out: Path) -> Iterator[Path]:
    """A fresh folder to build into, swapped in for ``out`` when the block succeeds and
    removed when it fails, so the previous output survives any error."""
    out = out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = _staging_name(out, "staging")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    try:
        yield staging
        swap_in(staging, out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def put(root: Path, rel: str, data: bytes | Path, made: set[Path] | None = None) -> None:
    """Write bytes (or copy a file) to ``root/rel``, making folders as needed; ``made``
    remembers the folders made so far (a build asks for most folders more than once,
    and each mkdir is a system call)."""
    target = root / rel
    if made is None or target.parent not in made:
        target.parent.mkdir(parents=True, exist_ok=True)
        if made is not None:
            made.add(target.parent)
    if isinstance(data, Path):
        shutil.copyfile(data, target)
    else:
        target.write_bytes(data)


def write_site(files: Mapping[str, bytes], copies: Iterable[tuple[Path, str]], out: Path) -> int:
    """Write ``files`` (output path -> bytes) and copy ``copies`` (source, output path).

    The previous output is replaced only once everything is written; returns the file count.
    """
    count = 0
    with staged(out) as staging:
        for source, rel in copies:
            put(staging, rel, source)
            count += 1
        for rel, data in files.items():
            put(staging, rel, data)
            count += 1
    return count


def swap_in(staging: Path, out: Path) -> None:
    """Move the finished build into place, restoring the old output if the move fails."""
    old = _staging_name(out, "old")
    shutil.rmtree(old, ignore_errors=True)
    if out.exists():
        out.rename(old)
    try:
        staging.rename(out)
    except BaseException:
        if old.exists():
            old.rename(out)
        raise
    shutil.rmtree(old, ignore_errors=True)


def write_changes(out: Path, files: Mapping[str, bytes], copies: Mapping[str, Path],
                  changed: set[str], removed: set[str]) -> int:  # fmt: skip
    """Bring a live output folder up to date in place: each file replaced atomically,
    files no longer in the site deleted (and folders they leave empty)."""
    written = 0
    for rel in sorted(changed):
        target = out / rel
        data = files[rel] if rel in files else copies[rel].read_bytes()
        if target.is_file() and target.stat().st_size == len(data) and target.read_bytes() == data:
            continue  # same bytes: leave the file (and its mtime) alone
        target.parent.mkdir(parents=True, exist_ok=True)
        temp = target.with_name(f".{target.name}.tmp-{os.getpid()}")
        temp.write_bytes(data)
        os.replace(temp, target)
        written += 1
    for rel in sorted(removed, reverse=True):
        target = out / rel
        target.unlink(missing_ok=True)
        for parent in target.parents:
            if parent == out or not parent.is_relative_to(out) or any(parent.iterdir()):
                break
            parent.rmdir()
    return written + len(removed)


def keep_unchanged(staging: Path, out: Path) -> int:
    """Where a staged file has the same bytes as the live one, stage the live file itself
    (a hard link), so unchanged pages keep their modification times after the swap."""
    if not out.is_dir():
        return 0
    kept = 0
    for dirpath, _, filenames in os.walk(staging):
        for name in filenames:
            new = Path(dirpath) / name
            old = out / new.relative_to(staging)
            try:
                same = (
                    old.stat().st_size == new.stat().st_size
                    and old.read_bytes() == new.read_bytes()
                )
                if same:
                    new.unlink()
                    os.link(old, new)
                    kept += 1
            except OSError:
                continue  # no old file, or no hard links here: the new file stays
    return kept
