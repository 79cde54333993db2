"""The build cache saved by a child process, so ``sitegen build`` ends as soon as the site
is written: at 10,000 articles the save (every file's row and every page pickled into
SQLite) takes a serial 1.5 s that nobody waits for in its output.

The child holds an exclusive lock on ``.sitegen-cache/lock`` until the state file is
written, and every build waits for it (``wait``) before it touches the output or the
cache. The lock is taken before the fork, so no build can slip in between. A child that
fails leaves the old state file or none (``Store`` writes in one transaction, or beside
and then in place), says why in ``save-failed.txt``, and the next build, trusting nothing
that does not match the site, reads every article again.
Where processes cannot fork or lock files, the save runs in place.
"""

from __future__ import annotations

import contextlib
import gc
import os
import signal
from collections.abc import Callable
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

LOCK = "lock"
FAILED = "save-failed.txt"  # why the last child could not save, for whoever looks


def wait(folder: Path) -> None:
    """Return once no child is still saving the cache in ``folder``."""
    if fcntl is None:
        return
    try:
        fd = os.open(folder / LOCK, os.O_RDONLY)
    except OSError:  # never saved by a child
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_SH)
    finally:
        os.close(fd)  # and the lock with it


def save_in_child(folder: Path, save: Callable[[], None]) -> None:
    """Run ``save`` in a forked child and return at once; this process must not save the
    cache again (its session does not know what the child wrote)."""
    if fcntl is None or not hasattr(os, "fork"):
        save()
        return
    try:
        fd = os.open(folder / LOCK, os.O_CREAT | os.O_WRONLY, 0o644)
    except OSError:
        save()
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        pid = os.fork()
    except OSError:
        os.close(fd)
        save()
        return
    if pid:
        os.close(fd)  # the child's copy keeps the lock until it exits
        return
    code = 0
    try:  # the child: save, then leave without running the parent's clean-up
        _quiet()
        (folder / FAILED).unlink(missing_ok=True)
        save()
    except BaseException as err:  # the next build reads every article again
        code = 1
        with contextlib.suppress(BaseException):
            (folder / FAILED).write_text(f"{type(err).__name__}: {err}\n")
    finally:
        os._exit(code)


def _quiet() -> None:
    """Let go of the terminal and of the output pipes (a ``sitegen build | tee log`` ends
    with the build, not with the save), ignore a Ctrl-C meant for the build, and skip
    the garbage collector: nothing the save allocates outlives it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    null = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(null, fd)
    gc.disable()
