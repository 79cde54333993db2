"""Work spread over processes comes back whole and in order, window after window."""

from pathlib import Path

import pytest

from sitegen import parallel


def _times(item: int) -> int:
    return item * parallel.STATE["factor"]


def test_results_come_back_in_order_across_windows():
    items = list(range(2 * parallel.WINDOW + 123))  # three windows, the last one short
    found = list(parallel.each(_times, items, 2, {"factor": 3}))
    assert found == [3 * item for item in items]


def test_an_error_in_a_worker_is_raised_here():
    items = [*range(parallel.MIN_ITEMS), None, *range(50)]  # None * 3: a TypeError
    with pytest.raises(TypeError):
        list(parallel.each(_times, items, 2, {"factor": 3}))


def test_a_worker_that_dies_fails_the_work_rather_than_hanging_it():
    items = list(range(parallel.MIN_ITEMS * 2))
    with pytest.raises(RuntimeError, match="worker process ended"):
        list(parallel.each(_dies_at, items, 2, {"at": parallel.MIN_ITEMS}))


def _dies_at(item: int) -> int:
    import os

    if item == parallel.STATE["at"]:
        os._exit(9)  # as the OOM killer would end it
    return item


def test_many_jobs_on_many_items_cut_no_more_chunks_than_a_pipe_holds():
    """``-j 256`` on 20,000 items: chunks of one item each would be 80 KiB of chunk
    numbers, more than the pipe they are handed out through holds before any worker
    reads one (the parent would wait on it for ever: the alarm fails the test instead)."""
    import signal

    def late(*_: object) -> None:
        raise TimeoutError("the work never began")

    items = list(range(20_000))
    old = signal.signal(signal.SIGALRM, late)
    signal.alarm(60)
    try:
        assert list(parallel.each(_times, items, 256, {"factor": 2})) == [2 * i for i in items]
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def test_one_job_runs_here_with_the_same_results():
    items = list(range(parallel.MIN_ITEMS + 5))
    assert list(parallel.each(_times, items, 1, {"factor": 2})) == [2 * i for i in items]
    assert parallel.STATE == {}  # the state is let go once the work is done


def test_work_begun_in_workers_is_collected_later_in_order_as_here():
    """``begin`` forks the workers at once and lets this process go on; the results come
    back in the items' order, the same as computed here, and a worker's error is raised
    when they are collected."""
    items = list(range(600))  # enough to be spread
    collect = parallel.begin(_square_plus, items, 2, {"plus": 3})
    assert parallel.STATE == {}  # the workers took their state when they were forked
    here = parallel.begin(_square_plus, items, 1, {"plus": 3})
    assert collect() == here() == [i * i + 3 for i in items]
    failing = parallel.begin(_square_plus, [*items, "x"], 2, {"plus": 3})
    with pytest.raises(TypeError):
        failing()


def _square_plus(i: int) -> int:
    return i * i + parallel.STATE["plus"]


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads processes from /proc")
def test_workers_end_when_their_build_is_killed(tmp_path):
    """A build killed mid-way (Ctrl-C twice, the OOM killer) leaves no worker writing on."""
    import os
    import signal
    import subprocess
    import sys
    import time

    script = (
        "import os, sys, time\n"
        "from sitegen import parallel\n"
        "def pid(i): time.sleep(0.01); return os.getpid()\n"
        "parallel.pid = pid\n"
        "found = set(parallel.each(parallel.pid, list(range(300)), 2, {}))\n"  # workers' pids
        "print(' '.join(map(str, found)), flush=True)\n"
        "collect = parallel.begin(time.sleep, [60] * 300, 2, {})\n"
        "print(' '.join(str(p.pid) for p in __import__('multiprocessing').active_children()),"
        " flush=True)\n"
        "time.sleep(60)\n"
    )
    build = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True,
                             cwd=tmp_path, env={**os.environ, "PYTHONPATH": os.getcwd()})  # fmt: skip
    assert build.stdout is not None
    build.stdout.readline()  # the first pool came and went
    workers = [int(p) for p in build.stdout.readline().split()]
    assert len(workers) == 2
    build.send_signal(signal.SIGKILL)
    build.wait()
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and any(_alive(p) for p in workers):
        time.sleep(0.05)
    assert not any(_alive(p) for p in workers)


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().split(") ")[1][0] != "Z"  # a zombie has ended
    except FileNotFoundError:
        return False
