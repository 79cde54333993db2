"""Markdown posts: YAML front matter + CommonMark with tables, footnotes and strikethrough."""

from __future__ import annotations

import os
import posixpath
import re
from dataclasses import dataclass, field, replace
from functools import cache
from html import escape, unescape
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, unquote, urlsplit

from sitegen.errors import SitegenError
from sitegen.model import Article, Asset
from sitegen.readers.article import Body, ReadContext, make_article
from sitegen.readers.frontmatter import split_front_matter
from sitegen.readers.headings import anchor_headings
from sitegen.readers.kinds import ARTICLE_LINK, MODULES
from sitegen.readers.math import to_mathml
from sitegen.readers.pictures import place_pictures

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token


def _highlight(code: str, lang: str, _attrs: str) -> str:
    """Pygments for fenced code with a known language, as one ``<pre>`` (markdown-it takes
    a result that starts with it as the whole block); markdown-it's own escaping otherwise."""
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
    spans = highlight(code, lexer, HtmlFormatter(nowrap=True))
    return (f'<pre class="highlight"><code class="language-{escape(lang)}">{spans}'
            "</code></pre>")  # fmt: skip


@cache
def markdown_parser(html: bool = False) -> MarkdownIt:
    """CommonMark with tables, strikethrough and footnotes; raw HTML is escaped unless
    ``html`` (as Hugo does: your own posts opt in with ``unsafe_html``; clippings pass it
    through to the sanitiser). Imported here: most bodies take the fast engine, and a
    one-article rebuild would spend a tenth of its time importing the reference."""
    from markdown_it import MarkdownIt
    from mdit_py_plugins.dollarmath import dollarmath_plugin
    from mdit_py_plugins.footnote import footnote_plugin
    from mdit_py_plugins.tasklists import tasklists_plugin

    md = MarkdownIt("commonmark", {"highlight": _highlight, "html": html})
    md.enable(["table", "strikethrough"]).use(footnote_plugin).use(tasklists_plugin)
    # "$5 and $6" is money, not math: no digit beside a dollar, no space inside one
    return md.use(dollarmath_plugin, allow_space=False, allow_digits=False, renderer=to_mathml)


def plain_text(inline: Token) -> str:
    """The reader-visible text of an inline token, without markup."""
    parts = []
    for child in inline.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    return " ".join("".join(parts).split())


def article_link(rel: Path, fragment: str) -> str:
    return ARTICLE_LINK + quote(rel.as_posix()) + (f"#{fragment}" if fragment else "")


def local_asset(ref: str, article_dir: Path, content_root: Path) -> Asset | None:
    """A relative link to a file in the content folder, and where it goes beside the page.
    A file reached through a link that leaves the site folder is never taken."""
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


@dataclass
class _Links:
    assets: dict[str, Asset] = field(default_factory=dict)
    articles: list[tuple[str, int]] = field(default_factory=list)  # (source, line)
    warnings: list[tuple[str, int]] = field(default_factory=list)


def _link_to_article(ref: str, article_dir: Path, content_root: Path) -> Path | bool | None:
    """A relative link to an article's source file: its path in the content folder, None
    when no such article exists, False when the link is not to an article file."""
    parts = urlsplit(ref)
    if parts.scheme or parts.netloc or not parts.path or parts.path.startswith("/"):
        return False
    if PurePosixPath(unquote(parts.path)).suffix.lower() not in MODULES:
        return False
    target = Path(os.path.normpath((article_dir / unquote(parts.path)).absolute()))
    root = Path(os.path.normpath(content_root.absolute()))
    if not target.is_relative_to(root) or not target.is_file():
        return None
    return target.relative_to(root)


def _rewrite_links(tokens: list[Token], article_dir: Path, content_root: Path,
                   first_line: int) -> _Links:  # fmt: skip
    """Links to files beside the article become assets; links to other articles' sources
    become those articles' URLs when pages render (their sources are never copied)."""
    found = _Links()
    line = first_line
    for token in tokens:
        if token.map:
            line = first_line + token.map[0]
        for child in token.children or []:
            attr = "src" if child.type == "image" else "href" if child.type == "link_open" else None
            if attr is None:
                continue
            ref = str(child.attrs.get(attr, ""))
            target = _link_to_article(ref, article_dir, content_root) if attr == "href" else False
            if target is None:
                found.warnings.append((f"links to {unquote(urlsplit(ref).path)}, which is not "
                                       "an article in the content folder", line))  # fmt: skip
                del child.attrs[attr]
                continue
            if isinstance(target, Path):
                child.attrs[attr] = article_link(target, urlsplit(ref).fragment)
                found.articles.append((target.as_posix(), line))
                continue
            asset = local_asset(ref, article_dir, content_root)
            if asset is None:
                continue
            found.assets[asset.dest] = asset
            if asset.dest.startswith("_assets/"):
                fragment = urlsplit(ref).fragment
                child.attrs[attr] = asset.dest + (f"#{fragment}" if fragment else "")
    return found


# What the fast engine renders exactly as markdown-it-py does (``tests/readers/
# test_markdown_engines.py`` renders a corpus with both); anything else takes the reference
_FAST_NODES = frozenset({
    "root", "paragraph", "heading", "text", "text_special", "em", "strong", "link", "image",
    "autolink", "code_inline", "softbreak", "hardbreak", "blockquote", "bullet_list",
    "ordered_list", "list_item", "hr", "code_block", "fence", "table", "thead", "tbody",
    "trow", "tcell", "strikethrough", "definition",
})  # fmt: skip


@cache
def _fast_engine() -> Any:
    """markdown-it-pyrs (markdown-it in Rust, a dozen times faster) with the same
    extensions, or None where it is not installed."""
    try:
        from markdown_it_pyrs import MarkdownIt as Fast
    except ImportError:
        return None
    return Fast("commonmark").enable_many(["table", "strikethrough", "footnote"])


_TASK = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\[[ xX]\]", re.M)


_NOT_RELATIVE = ("https://", "http://", "/", "#", "mailto:")  # most links: no need to parse


def _relative(url: str) -> bool:
    """A link that ``_rewrite_links`` may change: to a file beside the article."""
    if url.startswith(_NOT_RELATIVE):
        return False
    parts = urlsplit(url)
    return not (parts.scheme or parts.netloc or not parts.path or parts.path.startswith("/"))


def _fast_text(node: Any) -> str:
    """What ``plain_text`` gives for the same inline content (pictures' alt text left out)."""
    parts: list[str] = []

    def walk(n: Any) -> None:
        for child in n.children:
            if child.name in ("text", "text_special"):
                parts.append(child.meta["content"])
            elif child.name in ("softbreak", "hardbreak"):
                parts.append(" ")
            elif child.name != "image":
                walk(child)

    walk(node)
    return " ".join("".join(parts).split())


def _brackets(text: str) -> set[str]:
    """What follows the text's "[" that matters: "^" (a footnote's), "box" ("[ ]", "[x]":
    a task's). One character's ``find`` is many times as fast as a longer string's."""
    found = set()
    at = text.find("[")
    while at != -1:
        after = text[at + 1 : at + 3]
        if after[:1] == "^":
            found.add("^")
        elif after in (" ]", "x]", "X]"):
            found.add("box")
        at = text.find("[", at + 1)
    return found


def _render_fast(text: str, take_title: bool) -> Body | None:
    """The Markdown through the fast engine, or None where only the reference engine
    gives the page sitegen makes: highlighted code, footnotes, raw HTML, links to files
    beside the article, anything the fast engine names otherwise."""
    engine = _fast_engine()
    if engine is None or "$" in text:
        return None  # math: the reference's plugin
    brackets = _brackets(text)
    if "box" in brackets and _TASK.search(text):
        return None  # task lists: the reference's plugin
    if "<" in text or "^" in brackets:  # raw HTML or footnotes may be there: the tree says
        return _render_fast_checked(engine, text, take_title)
    return _render_fast_html(engine.render(text), take_title)


_TAG = re.compile(r"<[^>]*>")


def _html_text(fragment: str) -> str:
    """What ``plain_text`` gives for an element's inline HTML, made by the fast engine
    (whose attributes escape "<" and ">"): its text without tags, pictures' alt left out."""
    return " ".join(unescape(_TAG.sub("", fragment)).split())


def _urls(rendered: str) -> list[str]:
    """Every link's and picture's address in the fast engine's HTML (``str.find`` is ten
    times as fast as a pattern here)."""
    found = []
    for attr in (' href="', ' src="'):
        at = rendered.find(attr)
        while at != -1:
            start = at + len(attr)
            end = rendered.index('"', start)
            found.append(rendered[start:end])
            at = rendered.find(attr, end)
    return found


def _render_fast_html(rendered: str, take_title: bool) -> Body | None:
    """The fast engine's HTML of a text without "<" (so no raw HTML) nor footnotes, checked
    on the HTML alone, which costs less than the engine's tree: every tag and attribute
    in it is the engine's own."""
    if '<code class="language-' in rendered:
        return None  # a fence naming its language: highlighted by the reference
    if any(_relative(unescape(url)) for url in _urls(rendered)):
        return None  # links to files beside the article: rewritten by the reference
    first_heading = ""
    if take_title and rendered.startswith("<h1>"):
        end = rendered.index("</h1>\n")
        first_heading = _html_text(rendered[4:end])
        rendered = rendered[end + 6 :]
    first_paragraph = ""
    start = rendered.find("<p>")
    item = rendered.find("<li>")
    if item != -1 and (start == -1 or item < start) and not rendered.startswith("\n<p>", item + 4):
        return None  # a tight list's hidden paragraph comes first: the reference's
    if start != -1:
        first_paragraph = _html_text(rendered[start + 3 : rendered.index("</p>", start)])
    return Body(rendered, first_heading, first_paragraph, (), (), ())


def _render_fast_checked(engine: Any, text: str, take_title: bool) -> Body | None:
    """``_render_fast`` for a text that may hold raw HTML or footnotes: the engine's tree
    says whether it has only what the fast engine renders alike."""
    tree = engine.tree(text)
    paragraph = None
    for node in tree.walk():
        name = node.name
        if name not in _FAST_NODES or (name == "fence" and node.meta.get("info")):
            return None
        if name in ("link", "image", "autolink") and _relative(node.meta.get("url", "")):
            return None
        if name == "paragraph" and paragraph is None:
            paragraph = node
        elif name == "list_item" and paragraph is None and (
                not node.children or node.children[0].name != "paragraph"):  # fmt: skip
            return None  # a tight list's hidden paragraph comes first: the reference's
    rendered = engine.render(text)
    first_heading = ""
    top = tree.children
    if take_title and top and top[0].name == "heading" and top[0].meta.get("level") == 1:
        first_heading = _fast_text(top[0])
        rendered = rendered[rendered.index("</h1>\n") + 6 :]
    first_paragraph = _fast_text(paragraph) if paragraph is not None else ""
    return Body(rendered, first_heading, first_paragraph, (), (), ())


def render_markdown(
    text: str, article_dir: Path, content_root: Path, take_title: bool = True,
    html: bool = False, first_line: int = 1, anchors: bool = True,
) -> Body:  # fmt: skip
    """Render Markdown, noting its first paragraph and the files and articles it links to.

    With ``take_title`` a leading level-1 heading becomes the title and leaves the body,
    so the page does not show it twice. ``first_line``: the file's line the text starts
    on, for warnings. The fast engine renders what it renders exactly alike; the rest,
    markdown-it-py (the reference, and the engine of its plugins). With ``anchors``,
    headings get ids and links (``sitegen.readers.headings``).
    """
    body = _render_fast(text, take_title) or _render_reference(
        text, article_dir, content_root, take_title, html, first_line)  # fmt: skip
    if not anchors:
        return body
    rendered, headings = anchor_headings(body.html)
    return replace(body, html=rendered, headings=headings)


def _render_reference(text: str, article_dir: Path, content_root: Path, take_title: bool,
                      html: bool, first_line: int) -> Body:  # fmt: skip
    """markdown-it-py: the reference, with the plugins and the token stream links need."""
    md = markdown_parser(html)
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
    links = _rewrite_links(tokens, article_dir, content_root, first_line)
    rendered = md.renderer.render(tokens, md.options, env)
    return Body(rendered, first_heading, first_paragraph,
                tuple(links.assets[k] for k in sorted(links.assets)), tuple(links.articles),
                tuple(links.warnings))  # fmt: skip


def read(rel: Path, ctx: ReadContext) -> Article:
    path = ctx.content_root / rel
    try:
        text = ctx.source(rel).decode("utf-8")
    except UnicodeDecodeError as err:
        raise SitegenError(f"not UTF-8 text ({err.reason} at byte {err.start})", path) from None
    fm = split_front_matter(text, path)
    meta, source = fm.meta, fm.body
    clipping = bool(meta.get("source") or meta.get("clean") is True)
    if clipping:
        from sitegen.clean.clippings import clean_markdown  # the cleaner: only for clippings

        source, found = clean_markdown(source, ctx.collection)  # a clipping: drop site chrome
        meta = {**found.front_matter(), **meta}
    body = render_markdown(source, path.parent, ctx.content_root, not meta.get("title"),
                           html=clipping or ctx.config.unsafe_html,
                           first_line=1 if clipping else fm.body_line,
                           anchors=not clipping)  # fmt: skip
    if clipping:  # saved from the web: the same allow-list as a saved page
        from sitegen.saved.sanitize import sanitize

        body = replace(body, html=sanitize(body.html, markdown=True))
    else:
        rendered, assets = place_pictures(body.html, body.assets, ctx.content_root)
        body = replace(body, html=rendered, assets=assets)
    return make_article(rel, meta, body, ctx, fm.line_of)
