"""Options several commands share, declared once."""

from __future__ import annotations

from pathlib import Path

import click

config_option = click.option(
    "--config", "config_file", type=click.Path(dir_okay=False, path_type=Path),
    help="Config file (default: ./sitegen.toml).",
)  # fmt: skip
drafts_option = click.option(
    "--drafts", is_flag=True, help="Include articles marked 'draft: true'."
)
future_option = click.option(
    "--future", is_flag=True, default=None,
    help="Publish articles dated in the future (held back until their date by default).",
)  # fmt: skip
