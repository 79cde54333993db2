"""Saved web pages (``.html``, ``.htm``): the article, not the page."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sitegen.errors import NotAnArticle
from sitegen.model import Article
from sitegen.readers.meta import Body, ReadContext, make_article

EXTENSIONS = (".html", ".htm")


def read(rel: Path, ctx: ReadContext) -> Article:
    from sitegen.saved import extract_page  # trafilatura takes 0.5 s to import: only on use

    path = ctx.content_root / rel
    page = extract_page(path.read_bytes(), ctx.collection)
    if not page.blocks:
        raise NotAnArticle(
            "no article found in this saved page (an index page, a login wall?): skipped", path
        )
    meta = page.front_matter()
    warnings = []
    if "date" not in meta:
        meta["date"] = datetime.fromtimestamp(path.stat().st_mtime, UTC)
        meta["date_from_file"] = True
        warnings.append("no publication date found; placed by the file's modification time")
    if "title" not in meta:
        meta["title"] = path.stem.replace("-", " ").replace("_", " ").strip().capitalize()
        warnings.append("no title found; named after the file")
    first = next((b.text for b in page.blocks if b.tag == "p" and not b.caption), "")
    article = make_article(rel, meta, Body(page.body_html, page.title, first), ctx)
    article.warnings = tuple(warnings)
    return article
