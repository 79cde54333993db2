"""Spread reading and rendering over processes.

Workers are forked after the parent has prepared everything (articles, planned
pages, the template environment), so they inherit that state for free and only
file names and small results cross between processes. Where fork is not
available, or the work is small, everything runs in this process.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from functools import cache
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

MIN_ITEMS = 200  # below this, starting processes costs more than it saves
WINDOW = 1000  # items handed to the workers at a time
STATE: dict[str, Any] = {}  # what forked workers read: set by the parent before forking


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def spreads(jobs: int, count: int) -> bool:
    """Whether ``each`` runs ``count`` items in forked workers rather than here."""
    return jobs > 1 and count >= MIN_ITEMS and hasattr(os, "fork")


def each(func: Callable[[T], R], items: Sequence[T], jobs: int,
         state: dict[str, Any]) -> Iterator[R]:  # fmt: skip
    """``func(x)`` for each of ``items``, in order as they are done, in ``jobs`` forked
    processes when that pays off. ``func`` must be a module-level function; it finds
    ``state`` in ``STATE``. The results come back in the order of ``items``."""
    STATE.clear()
    STATE.update(state)
    try:
        if not spreads(jobs, len(items)):
            yield from (func(item) for item in items)
            return
        import multiprocessing  # 15 ms to import: only for work worth spreading

        chunk = max(1, min(len(items) // (jobs * 8), WINDOW // (jobs * 4)))
        _prctl()  # looked up here: the workers inherit it
        with multiprocessing.get_context("fork").Pool(jobs, initializer=_die_with_parent) as pool:
            # a window of items at a time, the next one queued while this one is taken:
            # results that come faster than the parent takes them wait in memory, so at
            # most two windows' worth (not a whole site's pages) ever does
            ahead: deque[Iterator[R]] = deque()
            for start in range(0, len(items), WINDOW):
                ahead.append(pool.imap(func, items[start : start + WINDOW], chunksize=chunk))
                if len(ahead) > 1:
                    yield from ahead.popleft()
            while ahead:
                yield from ahead.popleft()
    finally:
        STATE.clear()


def begin(func: Callable[[T], R], items: Sequence[T], jobs: int,
          state: dict[str, Any]) -> Callable[[], list[R]]:  # fmt: skip
    """``each``, started now and collected later: forked workers compute while this
    process goes on with other work, so that work is not a stretch where one core idles.
    Call the function returned, once, for the results in the order of ``items`` (they are
    all held until then: for small results). Without workers, the work is done then."""
    if not spreads(jobs, len(items)):
        return lambda: list(each(func, items, jobs, state))
    import multiprocessing

    STATE.clear()
    STATE.update(state)
    _prctl()  # looked up here: the workers inherit it
    try:  # the workers are forked here, with the state
        pool = multiprocessing.get_context("fork").Pool(jobs, initializer=_die_with_parent)
    finally:
        STATE.clear()
    pending = pool.map_async(func, items, chunksize=max(1, len(items) // (jobs * 8)))
    pool.close()

    def collect() -> list[R]:
        try:
            return pending.get()
        finally:  # ended however the work went
            pool.terminate()

    return collect


def _die_with_parent() -> None:
    """A worker ends when its build is killed, instead of writing on into a staging
    folder the next run is removing (Linux's parent-death signal; elsewhere a no-op)."""
    import signal

    prctl = _prctl()
    if prctl is None:
        return
    prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    if os.getppid() == 1:  # the parent died before the signal was asked for
        os._exit(1)


@cache
def _prctl() -> Callable[..., int] | None:
    """libc's ``prctl``, looked up once, in the parent before it forks (ctypes takes a few
    milliseconds to load: each worker of each pool did it again)."""
    import ctypes

    try:
        return ctypes.CDLL(None, use_errno=True).prctl  # type: ignore[no-any-return]
    except (OSError, AttributeError):
        return None
