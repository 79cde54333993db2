"""``sitegen deploy``: a clean build, committed to gh-pages and pushed."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import click
from rich.console import Console

from sitegen.build import build
from sitegen.commands.build import report
from sitegen.commands.options import config_option
from sitegen.config import CONFIG_NAME, load_config
from sitegen.deploy import deploy, repo_root
from sitegen.errors import SitegenError
from sitegen.output import MARKER


@click.command("deploy")
@config_option
@click.option("--remote", default="origin", show_default=True, help="Git remote to push to.")
@click.option("--branch", default="gh-pages", show_default=True, help="Branch to publish on.")
@click.option("--message", "-m", help="Commit message (default names the source commit).")
@click.option("--dry-run", is_flag=True, help="Build and show what would change; commit nothing.")
@click.option("--force", is_flag=True, help="Force the push, overwriting the remote branch.")
def deploy_command(
    config_file: Path | None, remote: str, branch: str, message: str | None, dry_run: bool,
    force: bool,
) -> None:  # fmt: skip
    """Build the site and publish it to GitHub Pages (the gh-pages branch)."""
    console = Console(stderr=True, highlight=False)
    scratch = Path(tempfile.mkdtemp(prefix="sitegen-deploy-"))
    try:
        source = config_file or Path(CONFIG_NAME)
        # a clean build of its own: nothing stale, and nothing of the output folder (a
        # .git, files kept there) is ever published
        config = load_config(config_file, output_dir=str(scratch / "site"))
        repo = repo_root(config.root)
        result = build(config, cache=False)
        report(result, console)
        if result.errors:
            raise SitegenError(f"the build had {len(result.errors)} error(s): not deploying; "
                               f"the published site is unchanged")  # fmt: skip
        (config.output_path / MARKER).unlink(missing_ok=True)
        done = deploy(config.output_path, repo, remote=remote, branch=branch, message=message,
                      cname=config.cname, dry_run=dry_run, force=force,
                      sources=source)  # fmt: skip
    except SitegenError as err:
        raise click.ClickException(str(err)) from None
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    if not done.changed_files:
        click.echo(f"No changes: {branch} on {remote} already has this site.")
    elif dry_run:
        click.echo(f"Dry run: would commit {len(done.changed_files)} changed files to {branch} "
                   f"and push to {remote}:")  # fmt: skip
        for name in done.changed_files:
            click.echo(f"  {name}")
    else:
        click.echo(f"Deployed {done.commit[:7] if done.commit else ''} to {remote} {branch} "
                   f"({len(done.changed_files)} files changed): {done.message}")  # fmt: skip
