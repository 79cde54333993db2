"""Spread reading and rendering over processes.

Workers are forked after the parent has prepared everything (articles, planned
pages, the template environment), so they inherit that state for free and only
file names and small results cross between processes. Where fork is not
available, or the work is small, everything runs in this process.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
from collections.abc import Callable, Iterator, Sequence
from functools import cache
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

MIN_ITEMS = 200  # below this, starting processes costs more than it saves
WINDOW = 1000  # items handed to the workers at a time
MAX_CHUNKS = 1024  # chunk numbers the parent writes to a pipe before any worker reads one
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
        yield from _forked(func, items, jobs)
    finally:
        STATE.clear()


def _forked(func: Callable[[T], R], items: Sequence[T], jobs: int) -> Iterator[R]:
    """``each`` in ``jobs`` forked workers. The items are cut into chunks; a worker takes
    the next chunk's number from a pipe the parent filled (a read of four bytes is atomic),
    so a worker that runs faster takes more, and sends the chunk's results back on a pipe
    of its own. No task crosses to a worker and no thread of the parent unpickles results
    behind its back (``multiprocessing.Pool``'s three threads cost the parent a core-second
    on a 10,000-article read). A full pipe holds a worker back: results wait in memory
    only as far as chunks come back out of order."""
    size = max(1, min(len(items) // (jobs * 8), WINDOW // (jobs * 4)),
               -(-len(items) // MAX_CHUNKS))  # fmt: skip
    chunks = [(start, min(start + size, len(items))) for start in range(0, len(items), size)]
    tickets_in, tickets_out = os.pipe()
    for k in range(len(chunks)):  # 4 KiB at most, what any pipe holds: never blocks
        os.write(tickets_out, k.to_bytes(4, "little"))
    os.close(tickets_out)
    _prctl()  # looked up here: the workers inherit it
    workers: dict[int, int] = {}  # read end of its results pipe -> pid
    try:
        for _ in range(min(jobs, len(chunks))):
            done_in, done_out = os.pipe()
            pid = os.fork()
            if pid == 0:  # the worker: never returns
                os.close(done_in)
                for fd in workers:
                    os.close(fd)
                _work(func, items, chunks, tickets_in, done_out)
            os.close(done_out)
            workers[done_in] = pid
        os.close(tickets_in)
        yield from _gather(workers, len(chunks))
    finally:
        for fd, pid in workers.items():
            with contextlib.suppress(OSError):
                os.close(fd)
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)  # gone already when all went well
            with contextlib.suppress(ChildProcessError):
                os.waitpid(pid, 0)


def _work(func: Callable[[T], R], items: Sequence[T], chunks: list[tuple[int, int]],
          tickets: int, out: int) -> None:  # fmt: skip
    """A worker's life: chunk after chunk until the tickets run out, each chunk's results
    (or the error that stopped it) sent as one message; then it leaves at once, running
    none of the parent's clean-up."""
    code = 0
    try:
        _die_with_parent()
        while len(ticket := os.read(tickets, 4)) == 4:
            k = int.from_bytes(ticket, "little")
            start, end = chunks[k]
            try:
                payload = pickle.dumps((k, True, [func(items[i]) for i in range(start, end)]),
                                       pickle.HIGHEST_PROTOCOL)  # fmt: skip
            except BaseException as err:  # raised in the parent, as Pool does
                payload, code = _pickled_error(k, err), 1
            _send(out, payload)
            if code:
                break
    finally:
        os._exit(code)


def _pickled_error(k: int, err: BaseException) -> bytes:
    try:
        return pickle.dumps((k, False, err), pickle.HIGHEST_PROTOCOL)
    except Exception:  # an error that cannot be pickled: its type and words
        return pickle.dumps((k, False, RuntimeError(f"{type(err).__name__}: {err}")))


def _send(fd: int, payload: bytes) -> None:
    view = memoryview(len(payload).to_bytes(8, "little") + payload)
    while view:
        view = view[os.write(fd, view) :]


def _gather(workers: dict[int, int], count: int) -> Iterator[Any]:
    """The results of chunks 0, 1, 2... from the workers' pipes, as each is complete."""
    import selectors

    buffers = {fd: bytearray() for fd in workers}
    ready: dict[int, list[Any]] = {}
    with selectors.DefaultSelector() as selector:
        for fd in workers:
            selector.register(fd, selectors.EVENT_READ)
        for k in range(count):
            while k not in ready:
                if not selector.get_map():
                    raise RuntimeError("a worker process ended before its work was done")
                for key, _ in selector.select():
                    fd = key.fd
                    data = os.read(fd, 1 << 20)
                    if not data:
                        selector.unregister(fd)
                        continue
                    buffer = buffers[fd]
                    buffer += data
                    while len(buffer) >= 8 and len(buffer) >= 8 + (
                            n := int.from_bytes(buffer[:8], "little")):  # fmt: skip
                        done, ok, results = pickle.loads(buffer[8 : 8 + n])
                        del buffer[: 8 + n]
                        if not ok:
                            raise results
                        ready[done] = results
            yield from ready.pop(k)


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
