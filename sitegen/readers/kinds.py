"""Which files are articles, and which reader reads each kind: the one table of suffixes."""

from __future__ import annotations

MODULES = {".md": "markdown", ".markdown": "markdown", ".txt": "text", ".html": "html",
           ".htm": "html"}  # fmt: skip
PASTED = frozenset(ext for ext, name in MODULES.items() if name == "text")
SAVED = frozenset(ext for ext, name in MODULES.items() if name == "html")
ARTICLE_LINK = "sitegen-article:"  # a link to another article, resolved when pages render


def suffix(name: str) -> str:
    """A file name's suffix, lower-cased, as ``PurePath.suffix`` gives it ("a.tar.MD" ->
    ".md", ".md" -> ""), from the name alone: scans ask it of every file without making a
    path of each."""
    dot = name.rfind(".")
    return name[dot:].lower() if 0 < dot < len(name) - 1 else ""
