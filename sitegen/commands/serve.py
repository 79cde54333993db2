"""``sitegen serve``: build, serve, watch, rebuild, and reload the browser."""

from __future__ import annotations

import errno
import shutil
import tempfile
import webbrowser
from pathlib import Path

import click
from rich.console import Console

from sitegen.commands.live import open_live, stop_on_sigterm
from sitegen.commands.options import config_option, drafts_option
from sitegen.errors import SitegenError
from sitegen.serve import PreviewServer
from sitegen.watch import Watcher


@click.command("serve")
@config_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option(
    "--port",
    default=8000,
    show_default=True,
    type=click.IntRange(0, 65535),
    help="Port to listen on (0: any free port).",
)
@click.option("--open", "open_browser", is_flag=True, help="Open the site in a browser.")
@drafts_option
def serve_command(config_file: Path | None, host: str, port: int, open_browser: bool,
                  drafts: bool) -> None:  # fmt: skip
    """Preview the site locally; rebuild on every change and reload the browser.

    The preview is built into a temporary folder: the output folder is not touched.
    """
    console = Console(stderr=True, highlight=False)
    stop_on_sigterm()
    scratch = Path(tempfile.mkdtemp(prefix="sitegen-serve-"))
    try:
        live = open_live(config_file, scratch / "site", drafts, console)
        live.build_all()
        try:
            server = PreviewServer((host, port), live.output, live.config.base_path, live)
        except OSError as err:
            if err.errno == errno.EADDRINUSE:
                raise click.ClickException(
                    f"port {port} on {host} is already in use: try --port {port + 1}"
                ) from None
            raise click.ClickException(f"cannot listen on {host}:{port}: {err}") from None
        watcher = Watcher(live.watched_paths(), live.on_change).start()
        try:  # from the line saying so, a stop is a clean one
            url = f"http://{host}:{server.server_address[1]}{live.config.base_path}"
            console.print(f"Serving {url} (Ctrl-C to stop)", markup=False, highlight=False)
            if open_browser:
                webbrowser.open(url)
            server.serve_forever()
        except KeyboardInterrupt:
            console.print("Stopped.")
        finally:
            watcher.stop()
            server.stop()
            live.close()
    except SitegenError as err:
        raise click.ClickException(str(err)) from None
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
