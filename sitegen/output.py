"""The output folder: which folder sitegen may replace, and how a new site takes its place.

sitegen deletes only what it wrote. Every folder it builds carries a marker file; an
existing folder without one is replaced only while it holds nothing but what is always
kept (``.git``, the ``keep`` setting's entries), which are carried into each new build
untouched. A swap is one atomic exchange of two folders where the system has it
(``renameat2`` on Linux), and the in-place update of a cached build writes every file
beside its target before a journal names them and they are renamed: a build killed at
any point leaves the old site or the new one, or a journal that the next run finishes.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

from sitegen.errors import ConfigError

MARKER = ".sitegen-output"
MARKER_TEXT = b"Written by sitegen: the next build replaces this folder.\n"
JOURNAL = ".sitegen-journal.json"
ALWAYS_KEPT = (".git",)
_LEFTOVERS = ("staging", "old")


def kept_names(keep: Iterable[str]) -> list[str]:
    """Top-level entries of the output folder that every build carries over."""
    names = list(ALWAYS_KEPT)
    for entry in keep:
        first = entry.strip("/").split("/", 1)[0]
        if first and first not in names:
            names.append(first)
    return names


def check_replaceable(out: Path, keep: Iterable[str] = ()) -> None:
    """Only a folder sitegen made (its marker), an empty one, or one holding only kept
    entries may be replaced; anything else is the user's and stays."""
    if not out.exists() and not out.is_symlink():
        return
    if out.is_symlink() or not out.is_dir():
        kind = "a link" if out.is_symlink() else "a file"
        raise ConfigError(f"output path {out} is {kind}, not a folder sitegen made; "
                          "move it away or choose another output_dir")  # fmt: skip
    if (out / MARKER).is_file():
        return
    kept = set(kept_names(keep))
    others = sorted(entry.name for entry in os.scandir(out) if entry.name not in kept)
    if others:
        shown = ", ".join(others[:3]) + (", ..." if len(others) > 3 else "")
        raise ConfigError(
            f"output folder {out} holds files sitegen did not write ({shown}) and no {MARKER} "
            "marker: nothing was deleted. Move those files away, or choose another output_dir"
        )


def _sibling(out: Path, kind: str, pid: int | None = None) -> Path:
    return out.parent / f".{out.name}.{kind}-{os.getpid() if pid is None else pid}"


def new_staging(out: Path) -> Path:
    staging = _sibling(out, "staging")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    return staging


def alive(pid: int) -> bool:
    """Whether another running process has this id (this one's leftovers are from an
    earlier build in this process: not alive)."""
    if pid == os.getpid():
        return False  # our own leftovers are from an earlier build in this process
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _leftovers(out: Path) -> Iterator[tuple[str, Path]]:
    """Staging and old folders of builds that are no longer running."""
    if not out.parent.is_dir():
        return
    for entry in sorted(os.scandir(out.parent), key=lambda e: e.name):
        for kind in _LEFTOVERS:
            prefix = f".{out.name}.{kind}-"
            pid = entry.name[len(prefix) :]
            if entry.name.startswith(prefix) and pid.isdigit() and not alive(int(pid)):
                yield kind, Path(entry.path)


def recover(out: Path, keep: Iterable[str] = ()) -> list[str]:
    """Finish or roll back what a killed build left: a journal of in-place writes is
    carried out, a missing output folder comes back from the old copy, kept entries
    are moved back, leftovers are removed. Returns what was done."""
    done: list[str] = []
    names = kept_names(keep)
    for kind, folder in _leftovers(out):
        if (folder / JOURNAL).is_file() and out.is_dir():
            _replay(folder, out)
            done.append(f"finished the interrupted update of {out}")
        elif kind == "old" and not out.exists():
            folder.rename(out)
            done.append(f"restored {out} from an interrupted swap")
            continue
        if out.is_dir():
            for name in names:
                if (folder / name).exists() and not (out / name).exists():
                    (folder / name).rename(out / name)
        shutil.rmtree(folder, ignore_errors=True)
        done.append(f"removed {folder.name}, left by an interrupted build")
    return done


_AT_FDCWD, _RENAME_EXCHANGE = -100, 2


@cache
def _renameat2() -> Any:
    """glibc's renameat2, loaded on first use (ctypes costs a build that swaps nothing)."""
    import ctypes

    try:
        func = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return None
    func.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    return func


def exchange(a: Path, b: Path) -> bool:
    """Swap two folders in one step; False where the system cannot (then nothing moved)."""
    func = _renameat2()
    if func is None:
        return False
    if func(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    import ctypes

    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP):
        return False
    raise OSError(code, os.strerror(code), str(a))


def swap_in(staging: Path, out: Path, keep: Iterable[str] = ()) -> None:
    """Put the finished build in place of ``out``, carrying over its kept entries."""
    if not out.exists():
        staging.rename(out)
        return
    carried = [n for n in kept_names(keep) if (out / n).exists() or (out / n).is_symlink()]
    for name in carried:
        target = staging / name
        if target.is_dir() and not target.is_symlink():
            shutil.rmtree(target)
        elif target.exists() or target.is_symlink():
            target.unlink()
        (out / name).rename(target)
    try:
        if not exchange(staging, out):  # two renames: recover() closes the gap after a crash
            old = _sibling(out, "old")
            out.rename(old)
            staging.rename(out)
            old.rename(staging)
    except BaseException:
        for name in carried:
            if (staging / name).exists() and not (out / name).exists():
                (staging / name).rename(out / name)
        raise
    shutil.rmtree(staging, ignore_errors=True)  # now the old site


def commit(staging: Path, out: Path, replace: list[tuple[str, str]], removed: list[str]) -> None:
    """Update a live output folder from a staging folder that holds the new files (each
    staged name with its output path): a journal there names them, then they are
    renamed into place and the removed files
    deleted. A kill before the journal leaves the site as it was (and a staging folder
    that ``recover`` removes); a kill during the renames is finished by the next run's
    ``recover``."""
    staging.mkdir(exist_ok=True)
    temp = staging / f"{JOURNAL}.tmp"
    temp.write_text(json.dumps({"replace": replace, "remove": removed}))
    os.replace(temp, staging / JOURNAL)
    _replay(staging, out)
    shutil.rmtree(staging, ignore_errors=True)


def _replay(staging: Path, out: Path) -> None:
    """Carry out a staging folder's journal: rename what is still there, delete what goes."""
    try:
        journal = json.loads((staging / JOURNAL).read_text())
        replace, remove = journal["replace"], journal["remove"]
    except (OSError, ValueError, KeyError, TypeError):
        return  # no journal, or half-written: nothing was renamed yet
    for name, rel in replace:
        source, target = staging / name, out / rel
        if source.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(source, target)
    for rel in sorted(remove, reverse=True):
        target = out / rel
        target.unlink(missing_ok=True)
        for parent in target.parents:
            if parent == out or not parent.is_dir() or any(parent.iterdir()):
                break
            parent.rmdir()
    (staging / JOURNAL).unlink()
