"""Work spread over processes comes back whole and in order, window after window."""

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
