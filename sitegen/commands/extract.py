"""``sitegen extract FILE...``: the clean stage's own window, for checking what it kept and why.

Pasted text (``.txt``) goes through the cleaner, saved pages (``.html``) through trafilatura
and the chrome signals; both print the same fields.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import click

from sitegen.clean import Extraction, Kept, Removed, clean_text
from sitegen.clean.context import CleanContext
from sitegen.readers import SAVED as HTML
from sitegen.readers.text import is_markup


@dataclass
class Shown:
    """What ``extract`` prints of either kind of page."""

    title: str
    subtitle: str
    author: str | None
    date: str | None
    language: str
    blocks: list[tuple[str, str]]  # (tag, text)
    removed: list[Removed]
    extra: dict[str, object] = field(default_factory=dict)
    unit: str = "line"  # what ``Removed.number`` counts: lines of text, blocks of a page
    kept: list[Kept] = field(default_factory=list)  # pasted text: every line that stays
    learned: Callable[[int], str] = lambda number: ""  # the line model's reading of a line

    @property
    def body(self) -> list[str]:
        return [text for _, text in self.blocks]


def from_text(e: Extraction) -> Shown:
    date = e.date.iso() if e.date else None
    return Shown(e.title, e.subtitle, e.author, date, e.language, e.blocks, e.removed,
                 kept=e.kept, learned=e.learned)  # fmt: skip


def from_html(data: bytes) -> Shown:
    from sitegen.saved import extract_page  # trafilatura takes 0.5 s to import

    page = extract_page(data)
    blocks = [(b.tag, b.text) for b in page.blocks if b.text and not b.caption]
    extra: dict[str, object] = {
        "url": page.canonical or None,
        "site_name": page.site_name or None,
        "image": page.image.src if page.image else None,
        "image_caption": page.image.caption or None if page.image else None,
        "encoding": page.encoding,
    }
    return Shown(page.title, page.subtitle, " and ".join(page.authors) or None,
                 page.published or None, page.language, blocks, page.removed, extra,
                 "block")  # fmt: skip


def as_json(s: Shown) -> dict[str, object]:
    """The schema of the shared examples: title, subtitle, author, date, language, body."""
    return {
        "title": s.title or None,
        "subtitle": s.subtitle or None,
        "author": s.author,
        "date": s.date,
        "language": s.language,
        "body": s.body,
        **s.extra,
    }


def as_markdown(s: Shown) -> str:
    lines = [f"# {s.title}", ""] if s.title else []
    if s.subtitle:
        lines += [f"*{s.subtitle}*", ""]
    meta = " · ".join(x for x in (s.author, s.date) if x)
    if meta:
        lines += [meta, ""]
    for tag, text in s.blocks:
        heading = tag in ("h2", "h3", "h4", "h5", "h6")
        lines += [f"{'#' * int(tag[1])} {text}" if heading else text, ""]
    return "\n".join(lines)


def as_text(s: Shown) -> str:
    head = [x for x in (s.title, s.subtitle, s.author, s.date) if x]
    return "\n\n".join([*head, *s.body]) + "\n"


@click.command("extract")
@click.argument(
    "files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
@click.option(
    "--format", "fmt", type=click.Choice(["json", "md", "text"]), default="json", show_default=True
)
@click.option("--explain", is_flag=True, help="Also list every removed line with the reason.")
def extract_command(files: tuple[Path, ...], fmt: str, explain: bool) -> None:
    """Print the article of each pasted-text or saved-HTML FILE (never modifies it).

    Several pasted files are cleaned as one collection: lines they share are boilerplate.
    """
    texts = {f: f.read_text(encoding="utf-8", errors="replace") for f in files
             if f.suffix.lower() not in HTML}  # fmt: skip
    texts = {f: text for f, text in texts.items() if not is_markup(text)}  # a saved page
    context = CleanContext.from_texts(texts.values()) if len(texts) > 1 else None
    for path in files:
        if path in texts:
            shown = from_text(clean_text(texts[path], context))
        else:
            shown = from_html(path.read_bytes())
        if len(files) > 1 and fmt != "json":
            click.echo(f"==> {path} <==")
        if fmt == "json":
            data = as_json(shown)
            if explain:
                data["removed"] = [
                    {shown.unit: r.number, "text": r.text, "reason": r.reason,
                     **_model(shown, r.number)} for r in shown.removed
                ]  # fmt: skip
                if shown.kept:
                    data["kept"] = [{"line": k.number, "text": k.text, "role": k.role,
                                     "reason": k.reason, **_model(shown, k.number)}
                                    for k in shown.kept]  # fmt: skip
            click.echo(json.dumps(data, ensure_ascii=False, indent=1))
            continue
        click.echo(as_markdown(shown) if fmt == "md" else as_text(shown))
        if explain and shown.kept:
            click.echo("Kept:", err=True)
            for k in shown.kept:
                click.echo(f"  {path}:{k.number}: {k.role}, {k.reason}{_said(shown, k.number)}: "
                           f"{k.text}", err=True)  # fmt: skip
        if explain:
            click.echo("Removed:", err=True)
            for r in shown.removed:
                where = f"{path}:{r.number}" if shown.unit == "line" else f"{path} block {r.number}"
                said = _said(shown, r.number) if shown.unit == "line" else ""
                click.echo(f"  {where}: {r.reason}{said}: {r.text}", err=True)


def _model(shown: Shown, number: int) -> dict[str, str]:
    said = shown.learned(number) if shown.unit == "line" else ""
    return {"model": said} if said else {}


def _said(shown: Shown, number: int) -> str:
    said = shown.learned(number)
    return f" [model: {said}]" if said else ""
