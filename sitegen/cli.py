"""The ``sitegen`` command: thin wrappers that parse options, call the pipeline, report.

Each command's module is imported only when that command runs, so a no-op build
does not pay for the preview server's or the cleaner's imports.
"""

from __future__ import annotations

import importlib

import click

from sitegen import __version__

COMMANDS = {
    "init": "sitegen.commands.init:init_command",
    "new": "sitegen.commands.new:new_command",
    "build": "sitegen.commands.build:build_command",
    "serve": "sitegen.commands.serve:serve_command",
    "watch": "sitegen.commands.watch:watch_command",
    "deploy": "sitegen.commands.deploy:deploy_command",
    "extract": "sitegen.commands.extract:extract_command",
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module, _, attr = target.partition(":")
        command = getattr(importlib.import_module(module), attr)
        assert isinstance(command, click.Command)
        return command


    def invoke(self, ctx: click.Context) -> object:
        """A file system error no command foresaw is one line naming the file, never a
        traceback."""
        try:
            return super().invoke(ctx)
        except OSError as err:
            where = f"{err.filename}: " if err.filename else ""
            raise click.ClickException(f"{where}{err.strerror or err}") from None


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="sitegen")
def main() -> None:
    """Build static websites from collections of articles."""
