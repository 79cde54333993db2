"""The ``sitegen`` command: thin wrappers that parse options, call the pipeline, report."""

from __future__ import annotations

import click

from sitegen import __version__
from sitegen.commands.build import build_command
from sitegen.commands.deploy import deploy_command
from sitegen.commands.extract import extract_command
from sitegen.commands.init import init_command
from sitegen.commands.serve import serve_command
from sitegen.commands.watch import watch_command


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="sitegen")
def main() -> None:
    """Build static websites from collections of articles."""


main.add_command(build_command)
main.add_command(init_command)
main.add_command(extract_command)
main.add_command(deploy_command)
main.add_command(serve_command)
main.add_command(watch_command)
