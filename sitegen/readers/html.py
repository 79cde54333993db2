"""Saved web pages (``.html``, ``.htm``): the article, not the page."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from sitegen.errors import NotAnArticle
from sitegen.model import Article, Asset
from sitegen.readers.article import (
    Body,
    ReadContext,
    date_from_file,
    make_article,
    title_from_file,
)
from sitegen.readers.markdown import local_asset

if TYPE_CHECKING:
    from sitegen.saved import SavedPage


def _saved_files(page: SavedPage, folder: Path, root: Path) -> dict[str, Asset]:
    """Pictures and files saved with the page are published beside its article."""
    assets: dict[str, Asset] = {}

    def adopt(ref: str) -> str:
        asset = local_asset(ref, folder, root)
        if asset is None:
            return ref
        assets[asset.dest] = asset
        return asset.dest if asset.dest.startswith("_assets/") else ref

    for block in page.blocks:
        for el in block.element.iter("a", "img"):
            attr = "href" if el.tag == "a" else "src"
            if el.get(attr):
                el.set(attr, adopt(el.get(attr, "")))
    if page.image:
        page.image = replace(page.image, src=adopt(page.image.src))
    return assets


def read(rel: Path, ctx: ReadContext) -> Article:
    from sitegen.saved import extract_page  # trafilatura takes 0.5 s to import: only on use

    path = ctx.content_root / rel
    root = ctx.content_root

    def local(ref: str) -> bool:
        return local_asset(ref, path.parent, root) is not None

    page = extract_page(ctx.source(rel), local=local)
    if not page.blocks:
        raise NotAnArticle(
            "no article found in this saved page (an index page, a login wall?): skipped", path
        )
    meta = page.front_matter()
    warnings = date_from_file(meta, path)
    warnings += title_from_file(meta, path)
    assets = _saved_files(page, path.parent, root)
    if page.image:
        meta["image"] = page.image.src
    first = next((b.text for b in page.blocks if b.tag == "p" and not b.caption), "")
    body = Body(page.body_html, page.title, first, tuple(assets[k] for k in sorted(assets)))
    article = make_article(rel, meta, body, ctx)
    article.warnings += tuple((w, None) for w in warnings)
    return article
