"""Readers turn one source file into an ``Article``; each module handles one kind of file.

A module is imported when a file of its kind is first read: a site of Markdown posts
never pays for the pasted-text cleaner or the saved-page extractor.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from pathlib import Path

from sitegen.model import Article
from sitegen.readers.article import ReadContext
from sitegen.readers.kinds import MODULES, PASTED, SAVED

Reader = Callable[[Path, ReadContext], Article]



def _read(rel: Path, ctx: ReadContext) -> Article:
    module = import_module(f"sitegen.readers.{MODULES[rel.suffix.lower()]}")
    return module.read(rel, ctx)  # type: ignore[no-any-return]


def reader_for(path: Path) -> Reader | None:
    return _read if path.suffix.lower() in MODULES else None


__all__ = ["MODULES", "PASTED", "SAVED", "ReadContext", "Reader", "reader_for"]
