"""Counting the work a command leaves running after it exits.

``sitegen build`` ends once the site is written and leaves a child saving the build cache
(``sitegen/incremental/detach.py``). A benchmark that stopped counting at the command's
exit would drop that child's CPU time. With ``adopt()``, this process becomes the Linux
"child subreaper" of everything it starts, so an orphan is re-parented here rather than to
init, and ``reap()`` waits for it and returns what it used.
"""

from __future__ import annotations

import ctypes
import os

PR_SET_CHILD_SUBREAPER = 36


def adopt() -> bool:
    """Become the subreaper of the commands this process runs; False where not Linux."""
    try:
        return ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def reap() -> tuple[float, float]:
    """Wait for every orphan left (there are none to wait for while none is adopted):
    their CPU seconds and the largest one's peak memory in MiB."""
    cpu, peak = 0.0, 0.0
    while True:
        try:
            _, _, usage = os.wait4(-1, 0)
        except ChildProcessError:
            return cpu, peak
        cpu += usage.ru_utime + usage.ru_stime
        peak = max(peak, usage.ru_maxrss / 1024)
