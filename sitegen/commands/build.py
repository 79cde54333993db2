"""``sitegen build``: one full build, a progress bar on a terminal, a one-line summary."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import click

from sitegen import parallel
from sitegen.build import BuildResult, build
from sitegen.commands.options import config_option, drafts_option, future_option
from sitegen.config import Config, load_config
from sitegen.errors import SitegenError
from sitegen.model import Progress as ProgressFn

if TYPE_CHECKING:
    from rich.console import Console

PROGRESS_THRESHOLD = 200  # articles; smaller sites finish before a bar would help


def terminal() -> Console | None:
    """rich for a person at a terminal; plain lines for logs and scripts, which then do not
    pay for importing it."""
    if not sys.stderr.isatty():
        return None
    from rich.console import Console

    return Console(stderr=True, highlight=False)


@contextmanager
def progress_bar(console: Console | None) -> Iterator[ProgressFn | None]:
    """A rich progress bar on a terminal; nothing when output goes to a file or CI log."""
    if console is None or not console.is_terminal:
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    with Progress(
        TextColumn("{task.description:>7}"), BarColumn(), MofNCompleteColumn(),
        console=console, transient=True,
    ) as bar:  # fmt: skip
        tasks: dict[str, int] = {}

        def update(stage: str, done: int, total: int) -> None:
            if total < PROGRESS_THRESHOLD:
                return
            if stage not in tasks:
                tasks[stage] = bar.add_task(stage, total=total)
            bar.update(tasks[stage], completed=done)

        yield update


def say(console: Console | None, text: str, style: str | None = None) -> None:
    if console is None:
        click.echo(text, err=True)
    else:
        console.print(text, style=style, markup=False, highlight=False)


def report(result: BuildResult, console: Console | None) -> None:
    for problem in result.problems:
        say(console, str(problem), "red" if problem.level == "error" else "yellow")
    n_err, n_warn = len(result.errors), len(result.warnings)
    articles = result.article_count if result.article_count is not None else len(result.articles)
    pages = result.page_count if result.page_count is not None else len(result.pages)
    summary = (
        f"Built {plural(articles, 'article')} ({plural(pages, 'page')}, "
        f"{plural(result.files_written, 'file')} written) "
        f"in {result.seconds:.2f} s; {plural(n_err, 'error')}, {plural(n_warn, 'warning')}"
    )
    say(console, summary)
    if n_err:
        say(console, f"{plural(n_err, 'error')}: the files named above were left out of the "
                     "site (--strict makes this fail the build)", "bold red")  # fmt: skip


def relative_urls_warning(config: Config, console: Console | None) -> None:
    """Once per build: feeds, sitemap and canonical links need a full base_url."""
    if not config.absolute_urls:
        say(console, f"warning: base_url is {config.base_url!r}, so the sitemap, feeds, "
                     "canonical and og:url links are relative, which search engines and feed "
                     "readers reject; set base_url = \"https://...\" in sitegen.toml",
            "yellow")  # fmt: skip


def plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


@click.command("build")
@config_option
@click.option(
    "--output",
    "-o",
    type=click.Path(file_okay=False, path_type=Path),
    help="Output folder (default: output_dir from the config, 'public').",
)
@drafts_option
@future_option
@click.option("--base-url", help="Override base_url, e.g. https://user.github.io/repo/.")
@click.option("--strict", is_flag=True, help="Exit non-zero when any article had an error.")
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(1, 256),
    default=None,
    help="Processes for reading and rendering (default: one per core).",
)
def build_command(
    config_file: Path | None,
    output: Path | None,
    drafts: bool,
    future: bool | None,
    base_url: str | None,
    strict: bool,
    jobs: int | None,
) -> None:
    """Build the site into the output folder."""
    console = terminal()
    try:
        config = load_config(config_file, base_url=base_url, future=future,
                             output_dir=str(output.resolve()) if output else None)  # fmt: skip
        relative_urls_warning(config, console)
        with progress_bar(console) as progress:
            result = build(config, drafts=drafts, progress=progress,
                           jobs=jobs or parallel.default_jobs(), in_child=True)  # fmt: skip
    except SitegenError as err:
        raise click.ClickException(str(err)) from None
    report(result, console)
    if strict and result.errors:
        sys.exit(1)
