"""``sitegen extract FILE...``: the clean stage's own window, for checking what it kept and why."""

from __future__ import annotations

import json
from pathlib import Path

import click

from sitegen.clean import Extraction, clean_text
from sitegen.clean.context import CleanContext


def as_json(e: Extraction) -> dict[str, object]:
    """The schema of the shared examples: title, subtitle, author, date, language, body."""
    return {
        "title": e.title or None,
        "subtitle": e.subtitle or None,
        "author": e.author,
        "date": e.date.iso() if e.date else None,
        "language": e.language,
        "body": e.body,
    }


def as_markdown(e: Extraction) -> str:
    lines = [f"# {e.title}", ""] if e.title else []
    if e.subtitle:
        lines += [f"*{e.subtitle}*", ""]
    meta = " · ".join(x for x in (e.author, e.date.iso() if e.date else None) if x)
    if meta:
        lines += [meta, ""]
    for kind, text in e.blocks:
        lines += [f"## {text}" if kind == "h2" else text, ""]
    return "\n".join(lines)


def as_text(e: Extraction) -> str:
    head = [x for x in (e.title, e.subtitle, e.author, e.date.iso() if e.date else None) if x]
    return "\n\n".join([*head, *e.body]) + "\n"


@click.command("extract")
@click.argument(
    "files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
@click.option(
    "--format", "fmt", type=click.Choice(["json", "md", "text"]), default="json", show_default=True
)
@click.option("--explain", is_flag=True, help="Also list every removed line with the reason.")
def extract_command(files: tuple[Path, ...], fmt: str, explain: bool) -> None:
    """Print the cleaned article of each pasted-text FILE (never modifies it).

    Several files are cleaned as one collection: lines they share are boilerplate.
    """
    texts = [f.read_text(encoding="utf-8", errors="replace") for f in files]
    context = CleanContext.from_texts(texts) if len(texts) > 1 else None
    for path, text in zip(files, texts, strict=True):
        e = clean_text(text, context)
        if len(files) > 1 and fmt != "json":
            click.echo(f"==> {path} <==")
        if fmt == "json":
            data = as_json(e)
            if explain:
                data["removed"] = [
                    {"line": r.number, "text": r.text, "reason": r.reason} for r in e.removed
                ]
            click.echo(json.dumps(data, ensure_ascii=False, indent=1))
            continue
        click.echo(as_markdown(e) if fmt == "md" else as_text(e))
        if explain:
            click.echo("Removed:", err=True)
            for r in e.removed:
                click.echo(f"  {path}:{r.number}: {r.reason}: {r.text}", err=True)
