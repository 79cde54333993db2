"""Markdown posts: YAML front matter + CommonMark with tables, footnotes and strikethrough."""

from __future__ import annotations

import posixpath
from functools import cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.footnote import footnote_plugin

from sitegen.errors import SitegenError
from sitegen.model import Article, Asset
from sitegen.readers.frontmatter import split_front_matter
from sitegen.readers.meta import Body, ReadContext, make_article


def _highlight(code: str, lang: str, _attrs: str) -> str:
    """Pygments for fenced code with a known language; markdown-it's own escaping otherwise."""
    from pygments import highlight  # only posts with code pay for the import
    from pygments.formatters import HtmlFormatter
    from pygments.lexers import get_lexer_by_name
    from pygments.util import ClassNotFound

    try:
        lexer = get_lexer_by_name(lang) if lang else None
    except ClassNotFound:
        lexer = None
    if lexer is None:
        return ""
    return highlight(code, lexer, HtmlFormatter(cssclass="highlight", wrapcode=True))


@cache
def markdown_parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"highlight": _highlight})
    return md.enable(["table", "strikethrough"]).use(footnote_plugin)


def plain_text(inline: Token) -> str:
    """The reader-visible text of an inline token, without markup."""
    parts = []
    for child in inline.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    return " ".join("".join(parts).split())


def local_asset(ref: str, article_dir: Path, content_root: Path) -> Asset | None:
    """A relative link to a file in the content folder, and where it goes beside the page."""
    parts = urlsplit(ref)
    if parts.scheme or parts.netloc or not parts.path or parts.path.startswith("/"):
        return None
    target = (article_dir / unquote(parts.path)).resolve()
    root = content_root.resolve()
    if not target.is_file() or not target.is_relative_to(root):
        return None
    inside = posixpath.normpath(unquote(parts.path))
    if inside.startswith("../"):
        inside = "_assets/" + target.relative_to(root).as_posix()
    return Asset(source=target.relative_to(root), dest=inside)


def _rewrite_links(tokens: list[Token], article_dir: Path, content_root: Path) -> list[Asset]:
    assets: dict[str, Asset] = {}
    for token in tokens:
        for child in token.children or []:
            attr = "src" if child.type == "image" else "href" if child.type == "link_open" else None
            if attr is None:
                continue
            ref = str(child.attrs.get(attr, ""))
            asset = local_asset(ref, article_dir, content_root)
            if asset is None:
                continue
            assets[asset.dest] = asset
            if asset.dest.startswith("_assets/"):
                fragment = urlsplit(ref).fragment
                child.attrs[attr] = asset.dest + (f"#{fragment}" if fragment else "")
    return [assets[k] for k in sorted(assets)]


def render_markdown(
    text: str, article_dir: Path, content_root: Path, take_title: bool = True
) -> Body:
    """Render Markdown, noting its first paragraph and the files it links to.

    With ``take_title`` a leading level-1 heading becomes the title and leaves the body,
    so the page does not show it twice.
    """
    md = markdown_parser()
    env: dict[str, object] = {}
    tokens = md.parse(text, env)
    first_heading = first_paragraph = ""
    if (
        take_title
        and len(tokens) > 2
        and tokens[0].type == "heading_open"
        and tokens[0].tag == "h1"
    ):
        first_heading = plain_text(tokens[1])
        tokens = tokens[3:]  # the title is shown by the template, not twice
    for i, token in enumerate(tokens):
        if token.type == "paragraph_open" and i + 1 < len(tokens):
            first_paragraph = plain_text(tokens[i + 1])
            break
    assets = _rewrite_links(tokens, article_dir, content_root)
    html = md.renderer.render(tokens, md.options, env)
    return Body(html, first_heading, first_paragraph, tuple(assets))


def read(rel: Path, ctx: ReadContext) -> Article:
    path = ctx.content_root / rel
    try:
        text = ctx.source(rel).decode("utf-8")
    except UnicodeDecodeError as err:
        raise SitegenError(f"not UTF-8 text ({err.reason} at byte {err.start})", path) from None
    fm = split_front_matter(text, path)
    meta, source = fm.meta, fm.body
    if meta.get("source") or meta.get("clean") is True:
        from sitegen.clean.clippings import clean_markdown  # the cleaner: only for clippings

        source, found = clean_markdown(source, ctx.collection)  # a clipping: drop site chrome
        meta = {**found.front_matter(), **meta}
    body = render_markdown(source, path.parent, ctx.content_root, not meta.get("title"))
    return make_article(rel, meta, body, ctx, fm.line_of)
