"""Headings an article can be linked into: stable ids on ``h2``-``h4``, a link beside each
(shown on hover and focus), and the list a table of contents is made from. Done on the
rendered HTML, so either Markdown engine gives the same page."""

from __future__ import annotations

import html
import re

from sitegen.slugs import slugify

_HEADING = re.compile(r"<h([2-4])>(.*?)</h\1>", re.S)
_TAG = re.compile(r"<[^>]+>")

Heading = tuple[int, str, str]  # level, id, text


def anchor_headings(rendered: str) -> tuple[str, tuple[Heading, ...]]:
    """The HTML with an id and a link on each heading, and the headings in order. Ids come
    from the heading's words, numbered when two are the same, so they stay put between builds."""
    found: list[Heading] = []
    used: dict[str, int] = {}

    def anchor(match: re.Match[str]) -> str:
        level, inner = int(match.group(1)), match.group(2)
        text = " ".join(html.unescape(_TAG.sub("", inner)).split())
        base = slugify(text) or "section"
        used[base] = used.get(base, 0) + 1
        ident = base if used[base] == 1 else f"{base}-{used[base]}"
        found.append((level, ident, text))
        return (f'<h{level} id="{ident}">{inner}<a class="anchor" href="#{ident}" '
                f'aria-label="Link to this section">#</a></h{level}>')  # fmt: skip

    return _HEADING.sub(anchor, rendered), tuple(found)
