"""The last gate before a saved page's HTML reaches the site: nh3 (Rust's ammonia) with an
explicit allow-list. Whatever the extractor or the page let through, no script, style,
frame, form, event handler or ``javascript:`` URL survives."""

from __future__ import annotations

import nh3

TAGS = {
    "p", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "figure", "figcaption",
    "img", "a", "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td",
    "em", "strong", "i", "b", "u", "s", "del", "sub", "sup", "code", "pre", "br", "hr",
    "q", "cite", "abbr", "dl", "dt", "dd",
}  # fmt: skip
ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title", "width", "height"},
    "th": {"colspan", "rowspan", "scope"},
    "td": {"colspan", "rowspan"},
    "abbr": {"title"},
    "ol": {"start"},
}
URL_SCHEMES = {"http", "https", "mailto"}


# Markdown clippings also keep what sitegen's own renderer adds: highlighted code,
# footnotes, table alignment, and links to other articles of the site.
MARKDOWN_TAGS = {"div", "span", "section"}
MARKDOWN_ATTRIBUTES = {"*": {"class"}, "li": {"id"}, "a": {"id"}, "sup": {"id"},
                       "th": {"style"}, "td": {"style"}}  # fmt: skip
MARKDOWN_SCHEMES = {"sitegen-article"}


def sanitize(html: str, markdown: bool = False) -> str:
    """Only allowed tags, attributes and URL schemes; with ``markdown``, also what
    sitegen's Markdown renderer makes."""
    attributes = {tag: set(names) for tag, names in ATTRIBUTES.items()}
    if markdown:
        for tag, names in MARKDOWN_ATTRIBUTES.items():
            attributes.setdefault(tag, set()).update(names)
    return nh3.clean(
        html,
        tags=TAGS | MARKDOWN_TAGS if markdown else TAGS,
        attributes=attributes,
        url_schemes=URL_SCHEMES | MARKDOWN_SCHEMES if markdown else URL_SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
    )
