"""Watching: bursts become one rebuild, editor droppings none."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from sitegen.watch import Watcher


def collect(folder: Path, delay: float = 0.1) -> tuple[Watcher, list[set[Path]], threading.Event]:
    calls: list[set[Path]] = []
    fired = threading.Event()

    def callback(paths: set[Path]) -> None:
        calls.append(paths)
        fired.set()

    return Watcher([folder], callback, delay).start(), calls, fired


def settle(calls: list, quiet: float = 0.6) -> None:
    """Wait until no callback has come for ``quiet`` seconds."""
    count = -1
    while count != len(calls):
        count = len(calls)
        time.sleep(quiet)


def test_a_burst_of_a_thousand_files_is_one_change(tmp_path):
    watcher, calls, fired = collect(tmp_path)
    try:
        time.sleep(0.2)
        for i in range(1000):
            (tmp_path / f"f{i}.md").write_text("x")
        assert fired.wait(10)
        settle(calls)
        assert len(calls) == 1 and len(calls[0]) == 1000
    finally:
        watcher.stop()


def test_a_slowly_written_file_is_one_change(tmp_path):
    watcher, calls, fired = collect(tmp_path, delay=0.15)
    try:
        time.sleep(0.2)
        with (tmp_path / "slow.md").open("w") as fh:
            for _ in range(10):
                fh.write("line\n" * 100)
                fh.flush()
                time.sleep(0.05)
        assert fired.wait(10)
        settle(calls)
        assert calls == [{tmp_path / "slow.md"}]
    finally:
        watcher.stop()


def test_save_via_rename_and_editor_temp_files(tmp_path):
    target = tmp_path / "post.md"
    target.write_text("old")
    watcher, calls, fired = collect(tmp_path)
    try:
        time.sleep(0.2)
        for name in (".post.md.swp", "post.md~", ".#post.md", "4913"):
            (tmp_path / name).write_text("tmp")
        (tmp_path / ".post.md.swp").rename(tmp_path / ".post.md.swx")
        temp = tmp_path / "post.md.tmp"  # an editor's atomic save
        temp.write_text("new")
        temp.rename(target)
        assert fired.wait(10)
        settle(calls)
        assert len(calls) == 1 and target in calls[0]
        assert not any(
            p.name.startswith(".") or p.name.endswith("~") or p.name == "4913" for p in calls[0]
        )
    finally:
        watcher.stop()


def test_temp_files_alone_trigger_nothing(tmp_path):
    watcher, _, fired = collect(tmp_path)
    try:
        time.sleep(0.2)
        (tmp_path / ".x.swp").write_text("a")
        (tmp_path / "4913").write_text("a")
        assert not fired.wait(1.0)
    finally:
        watcher.stop()
