"""Readers turn one source file into an ``Article``; each module handles one kind of file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sitegen.model import Article
from sitegen.readers import html, markdown, text
from sitegen.readers.meta import ReadContext

Reader = Callable[[Path, ReadContext], Article]

READERS: dict[str, Reader] = {
    **{ext: markdown.read for ext in markdown.EXTENSIONS},
    **{ext: text.read for ext in text.EXTENSIONS},
    **{ext: html.read for ext in html.EXTENSIONS},
}


def reader_for(path: Path) -> Reader | None:
    return READERS.get(path.suffix.lower())


__all__ = ["READERS", "ReadContext", "Reader", "reader_for"]
