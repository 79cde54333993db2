"""What ``serve`` and ``watch`` share: a live site, reported in the terminal."""

from __future__ import annotations

import signal
from pathlib import Path

from rich.console import Console

from sitegen.config import CONFIG_NAME, load_config
from sitegen.live import LiveSite, Status


def terminal_reporter(console: Console):  # type: ignore[no-untyped-def]
    """Print each rebuild in one line, problems only when they change, errors in full."""
    shown: set[str] = set()

    def report(state: Status) -> None:
        if state.error:
            console.print(f"Rebuild failed (the last good pages stay): {state.error}",
                          style="red", markup=False, highlight=False)  # fmt: skip
            return
        problems = [str(p) for p in state.problems]
        for line in problems:
            if line not in shown:
                console.print(line, style="yellow", markup=False, highlight=False)
        shown.clear()
        shown.update(problems)
        console.print(f"Built in {state.seconds * 1000:.0f} ms ({state.written} files written)",
                      markup=False, highlight=False)  # fmt: skip

    return report


def stop_on_sigterm() -> None:
    """``kill`` stops like Ctrl-C: the watcher, the server and a search index being made
    are stopped and the preview's temporary folder removed (Python's default would
    leave them)."""

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, interrupt)


def open_live(config_file: Path | None, output: Path, drafts: bool, console: Console) -> LiveSite:
    config_path = config_file or (Path(CONFIG_NAME) if Path(CONFIG_NAME).exists() else None)
    config = load_config(config_path, output_dir=str(output.resolve()))
    return LiveSite(config_path, config, output.resolve(), drafts, terminal_reporter(console))
