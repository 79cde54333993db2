"""``sitegen watch``: keep the output folder up to date while sources change."""

from __future__ import annotations

import threading
from pathlib import Path

import click
from rich.console import Console

from sitegen.commands.live import open_live, stop_on_sigterm
from sitegen.commands.options import config_option, drafts_option
from sitegen.config import CONFIG_NAME, load_config
from sitegen.errors import SitegenError
from sitegen.watch import Watcher


@click.command("watch")
@config_option
@drafts_option
def watch_command(config_file: Path | None, drafts: bool) -> None:
    """Build, then rebuild into the output folder on every change (no server)."""
    console = Console(stderr=True, highlight=False)
    stop_on_sigterm()
    try:
        path = config_file or (Path(CONFIG_NAME) if Path(CONFIG_NAME).exists() else None)
        output = load_config(path).output_path
        live = open_live(config_file, output, drafts, console)
    except SitegenError as err:
        raise click.ClickException(str(err)) from None
    live.build_all()
    watcher = Watcher(live.watched_paths(), live.on_change).start()
    try:  # from the line saying so, a stop is a clean one
        console.print(f"Watching for changes; writing {output} (Ctrl-C to stop)", markup=False)
        threading.Event().wait()
    except KeyboardInterrupt:
        console.print("Stopped.")
    finally:
        watcher.stop()
        live.close()
