"""Work spread over processes comes back whole and in order, window after window."""

import pytest

from sitegen import parallel


def _times(item: int) -> int:
    return item * parallel.STATE["factor"]


def test_results_come_back_in_order_across_windows():
    items = list(range(2 * parallel.WINDOW + 123))  # three windows, the last one short
    found = list(parallel.each(_times, items, 2, {"factor": 3}))
    assert found == [3 * item for item in items]


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
