"""Pasted pages (``.txt``): an article copied out of a browser, site chrome and all."""

from __future__ import annotations

import html
from pathlib import Path

from sitegen.clean import Extraction, clean_text
from sitegen.errors import SitegenError
from sitegen.model import Article
from sitegen.readers.article import Body, ReadContext, date_from_file, make_article, title_from_file


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), else Windows-1252, the usual suspect for saved text."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def body_html(extraction: Extraction) -> str:
    return "\n".join(f"<{kind}>{html.escape(text, quote=False)}</{kind}>"
                     for kind, text in extraction.blocks)  # fmt: skip


def is_markup(text: str) -> bool:
    """The file is a web page's markup, saved with a text file's name ("page.txt" holding
    "<!DOCTYPE html>..."): a saved page, not a paste."""
    head = text.lstrip("\ufeff \t\r\n")[:20].casefold()
    return head.startswith(("<!doctype html", "<html"))


def read(rel: Path, ctx: ReadContext) -> Article:
    path = ctx.content_root / rel
    text = decode(ctx.source(rel))
    if is_markup(text):
        from sitegen.readers import html  # trafilatura's import costs: only on use

        article = html.read(rel, ctx)
        article.warnings += (("a web page's markup in a .txt file: read as a saved page", None),)
        return article
    extraction = clean_text(text, ctx.collection)
    if not extraction.blocks:
        raise SitegenError("no article text found in this pasted page", path)
    meta = extraction.front_matter()
    warnings = date_from_file(meta, path) + title_from_file(meta, path)
    first = next((text for kind, text in extraction.blocks if kind == "p"), "")
    body = Body(body_html(extraction), extraction.title, first)
    article = make_article(rel, meta, body, ctx)
    article.warnings += tuple((w, None) for w in warnings) + tuple(extraction.doubts)
    return article
