"""Clearing a build's output between timed runs without timing the file system's memory.

On ext4, a file or folder created shortly after many were deleted costs the kernel a
scan of the recently freed inodes (``recently_deleted`` in ``fs/ext4/ialloc.c``): measured
here with ``perf``, deleting the last build's 17,000 files right before a clean build
took its kernel time from 2.5 s to 7 s and its wall time from 12.6 s to 15.8 s. That is
the benchmark's own deleting, not the tool's work, so outputs are renamed into a trash
folder (one rename, nothing freed) and deleted once the measuring is over. In memory
(tmpfs, /dev/shm), where there is no such scan and every file kept is memory taken, the
trash is emptied after each build instead (``kept_in_memory``): three rounds at 100,000
articles kept 20 GB of outputs there and the kernel killed a build for want of memory.
"""

from __future__ import annotations

import itertools
import shutil
from pathlib import Path

_numbers = itertools.count()


def set_aside(path: Path, trash: Path) -> None:
    """Move ``path`` (if it exists) into ``trash`` on the same file system."""
    if path.exists() or path.is_symlink():
        trash.mkdir(parents=True, exist_ok=True)
        path.rename(trash / f"{next(_numbers)}-{path.name}")


def kept_in_memory(path: Path) -> bool:
    """``path`` is on a tmpfs (the mount with the longest prefix of it, in /proc/mounts)."""
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return False
    where, kind, inside = "", "", str(path.resolve()).rstrip("/") + "/"
    for line in mounts:
        fields = line.split()
        point = fields[1].rstrip("/") + "/" if len(fields) > 2 else ""
        if point and inside.startswith(point) and len(point) > len(where):
            where, kind = point, fields[2]
    return kind == "tmpfs"


def empty(trash: Path) -> None:
    shutil.rmtree(trash, ignore_errors=True)
