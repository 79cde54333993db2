"""``sitegen build`` hands the build cache to a child and ends; the next build waits for it."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from sitegen.build import build
from sitegen.config import load_config
from sitegen.incremental import detach
from tests.test_cache import make
from tests.test_cli import SITEGEN


def test_the_save_runs_after_the_caller_returns_and_wait_waits_for_it(tmp_path):
    go_on, hold = os.pipe()
    done = tmp_path / "saved"

    def save() -> None:
        os.read(go_on, 1)  # until the test says so: the caller has returned by then
        done.write_text("yes")

    detach.save_in_child(tmp_path, save)
    assert not done.exists()  # the child is still held
    os.write(hold, b"x")
    detach.wait(tmp_path)
    assert done.read_text() == "yes"
    assert not (tmp_path / detach.FAILED).exists()
    os.close(go_on), os.close(hold)


def test_a_failed_save_says_why_and_the_lock_is_let_go(tmp_path):
    def save() -> None:
        raise OSError(28, "No space left on device")

    detach.save_in_child(tmp_path, save)
    detach.wait(tmp_path)
    assert "No space left on device" in (tmp_path / detach.FAILED).read_text()
    detach.save_in_child(tmp_path, lambda: None)  # a good save clears it
    detach.wait(tmp_path)
    assert not (tmp_path / detach.FAILED).exists()


def test_a_command_line_build_ends_before_its_cache_is_saved_and_the_next_build_uses_it(
    tmp_path,
):
    config = make(tmp_path)
    first = subprocess.run([SITEGEN, "build"], cwd=tmp_path, capture_output=True, text=True,
                           timeout=120)  # fmt: skip
    assert first.returncode == 0, first.stderr  # and its output pipes closed with it
    again = build(load_config(config))  # waits for the child, then finds nothing to do
    assert again.files_written == 0 and again.article_count == 30


def test_a_build_started_while_the_child_saves_waits_for_the_state_file(tmp_path, monkeypatch):
    config = load_config(make(tmp_path))
    go_on, hold = os.pipe()
    real = detach.save_in_child

    def held(folder: Path, save) -> None:
        def later() -> None:
            os.read(go_on, 1)
            save()

        real(folder, later)

    monkeypatch.setattr(detach, "save_in_child", held)
    build(config, in_child=True)
    assert not (config.cache_path / "state.sqlite").exists()  # held: not saved yet
    os.write(hold, b"x")
    again = build(config)  # waits for the child's lock rather than building afresh
    assert again.files_written == 0 and again.article_count == 30
    os.close(go_on), os.close(hold)
