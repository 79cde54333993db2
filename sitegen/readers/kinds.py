"""Which files are articles, and which reader reads each kind: the one table of suffixes."""

from __future__ import annotations

MODULES = {".md": "markdown", ".markdown": "markdown", ".txt": "text", ".html": "html",
           ".htm": "html"}  # fmt: skip
PASTED = frozenset(ext for ext, name in MODULES.items() if name == "text")
SAVED = frozenset(ext for ext, name in MODULES.items() if name == "html")
ARTICLE_LINK = "sitegen-article:"  # a link to another article, resolved when pages render
