"""``sitegen init DIR``: a new site that builds straight away."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import click

from sitegen import DISTRIBUTION, __version__

CONFIG = """\
# sitegen site settings (see the README for every key)
title = "{title}"
base_url = "/"              # for a GitHub project site: "https://user.github.io/repo/"
author = ""
language = "en"
timezone = "UTC"            # for dates written without a zone
per_page = 10
permalink = "/{{year}}/{{month}}/{{slug}}/"
theme = "default"
"""

SAMPLE = """\
---
title: Hello, world
date: {date}
tags: [welcome]
---

This is your first article. Edit it, or add more Markdown files to `content/`,
then run `sitegen build`.
"""

GITIGNORE = "/public/\n/.sitegen-cache/\n"


@click.command("init")
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@click.option("--title", default="My site", show_default=True, help="The site's title.")
@click.option("--no-workflow", is_flag=True, help="Skip the GitHub Actions workflow for Pages.")
def init_command(directory: Path, title: str, no_workflow: bool) -> None:
    """Create a new site in DIRECTORY with a sample article."""
    config = directory / "sitegen.toml"
    if config.exists():
        raise click.ClickException(f"{config} already exists; not overwriting it")
    (directory / "content").mkdir(parents=True, exist_ok=True)
    (directory / "templates").mkdir(exist_ok=True)
    config.write_text(CONFIG.format(title=title.replace('"', '\\"')), encoding="utf-8")
    now = datetime.now(UTC).replace(microsecond=0).isoformat()
    sample = directory / "content" / "hello-world.md"
    if not sample.exists():
        sample.write_text(SAMPLE.format(date=now), encoding="utf-8")
    gitignore = directory / ".gitignore"
    if not gitignore.exists():
        gitignore.write_text(GITIGNORE, encoding="utf-8")
    if not no_workflow:
        workflow = directory / ".github" / "workflows" / "pages.yml"
        workflow.parent.mkdir(parents=True, exist_ok=True)
        template = (Path(__file__).parent.parent / "scaffold" / "pages.yml").read_text("utf-8")
        workflow.write_text(template.format(distribution=DISTRIBUTION, version=__version__,
                                            output_dir="public"), "utf-8")  # fmt: skip
    click.echo(f"Created a site in {directory}. Next: cd {directory} && sitegen build")
