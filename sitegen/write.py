"""Write a whole site into a staging folder and swap it in: a failed build changes nothing."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from sitegen.output import apply_changes, check_replaceable, new_staging, recover, swap_in


@contextmanager
def staged(out: Path, keep: Iterable[str] = ()) -> Iterator[Path]:
    """A fresh folder to build into, swapped in for ``out`` when the block succeeds and
    removed when it fails, so the previous output survives any error. ``out`` must be
    a folder sitegen made (or empty); its ``.git`` and ``keep`` entries are carried over."""
    out = out.absolute()
    keep = tuple(keep)
    recover(out, keep)
    check_replaceable(out, keep)
    staging = new_staging(out)
    try:
        yield staging
        swap_in(staging, out, keep)
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


def write_site(files: Mapping[str, bytes], copies: Iterable[tuple[Path, str]], out: Path,
               keep: Iterable[str] = ()) -> int:  # fmt: skip
    """Write ``files`` (output path -> bytes) and copy ``copies`` (source, output path).

    The previous output is replaced only once everything is written; returns the file count.
    """
    count = 0
    with staged(out, keep) as staging:
        for source, rel in copies:
            put(staging, rel, source)
            count += 1
        for rel, data in files.items():
            put(staging, rel, data)
            count += 1
    return count


def write_changes(out: Path, files: Mapping[str, bytes], copies: Mapping[str, Path],
                  changed: set[str], removed: set[str],
                  keep: Iterable[str] = ()) -> int:  # fmt: skip
    """Bring a live output folder up to date in place: the files whose bytes changed and
    the deletions are applied together (``sitegen.output.apply_changes``). ``keep``: the
    entries a swap cut short may have left in a staging folder, moved back first."""
    recover(out, keep)
    new: dict[str, bytes] = {}
    for rel in sorted(changed):
        target = out / rel
        data = files[rel] if rel in files else copies[rel].read_bytes()
        if target.is_file() and target.stat().st_size == len(data) and target.read_bytes() == data:
            continue  # same bytes: leave the file (and its mtime) alone
        new[rel] = data
    gone = {rel for rel in removed if (out / rel).is_file() or (out / rel).is_symlink()}
    if new or gone:
        apply_changes(out, new, gone)
    return len(new) + len(gone)


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
