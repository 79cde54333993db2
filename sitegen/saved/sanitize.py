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


def sanitize(html: str) -> str:
    return nh3.clean(
        html,
        tags=TAGS,
        attributes=ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
    )
