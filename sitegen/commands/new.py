"""``sitegen new "Title"``: a dated Markdown article with its front matter, in its section."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import click

from sitegen.commands.options import config_option
from sitegen.config import load_config
from sitegen.errors import SitegenError
from sitegen.slugs import slugify

TEMPLATE = """\
---
title: {title}
date: {date}
tags: []
draft: {draft}
---

"""


@click.command("new")
@click.argument("title")
@click.option("--section", "-s", default="", help="The section folder below content/.")
@click.option("--draft", is_flag=True, help="Mark it 'draft: true' (built with --drafts only).")
@config_option
def new_command(title: str, section: str, draft: bool, config_file: Path | None) -> None:
    """Write a new article titled TITLE, dated now in the site's time zone, and print its path."""
    try:
        config = load_config(config_file)
    except SitegenError as err:
        raise click.ClickException(str(err)) from None
    slug = slugify(title)
    folder = (config.content_path / section).resolve()
    if not slug:
        raise click.ClickException(f"{title!r} gives no file name: use letters or digits")
    if not folder.is_relative_to(config.content_path.resolve()):
        raise click.ClickException(f"section {section!r} is outside the content folder")
    path = folder / f"{slug}.md"
    if path.exists():
        raise click.ClickException(f"{path} already exists; not overwriting it")
    now = datetime.now(ZoneInfo(config.timezone)).replace(microsecond=0)
    folder.mkdir(parents=True, exist_ok=True)
    text = TEMPLATE.format(title=json.dumps(title, ensure_ascii=False), date=now.isoformat(),
                           draft=str(draft).lower())  # fmt: skip
    path.write_text(text, encoding="utf-8")
    click.echo(path.relative_to(Path.cwd()) if path.is_relative_to(Path.cwd()) else path)
