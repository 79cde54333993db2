"""The ``sitegen`` command: thin wrappers that parse options, call the pipeline, report.

Each command's module is imported only when that command runs, so a no-op build
does not pay for the preview server's or the cleaner's imports.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import sys

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


def run() -> None:
    """The ``sitegen`` program: the command, then an exit that skips tearing the interpreter
    down. A build leaves tens of thousands of objects behind; freeing them one by one (and
    the garbage collector's sweep of them once it is switched back on) took a tenth of a
    second after every build, a third of a one-edit rebuild's time past its own work.
    Everything a command writes is closed by then (click closes its files before it
    exits); the standard streams are flushed here."""
    try:
        main()
        code: object = 0
    except SystemExit as done:
        code = done.code
    if isinstance(code, str):  # sys.exit("message"), as Python itself shows it
        print(code, file=sys.stderr)
        code = 1
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a closed pipe (sitegen build | head)
            stream.flush()
    os._exit(code if isinstance(code, int) else 0 if code is None else 1)
