"""Markdown saved by a web clipper: the same chrome removal, line by line, keeping the
Markdown of every line that stays. Clippers write a paragraph per line; fenced code
is kept whole and never judged."""

from __future__ import annotations

import re

from sitegen.clean import Extraction, clean_text
from sitegen.clean.context import CleanContext

_FENCE = re.compile(r"^\s*(```|~~~)")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MARKUP = re.compile(r"^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)|[*_`]+")


def plain(line: str) -> str:
    """What the reader sees of a line: links as their text, no emphasis or list marks."""
    return _MARKUP.sub("", _LINK.sub(r"\1", line)).strip()


def clean_markdown(markdown: str, context: CleanContext | None = None) -> tuple[str, Extraction]:
    """The clipping without its chrome or its printed metadata, and what the cleaner found."""
    lines = markdown.splitlines()
    judged: list[str] = []  # what the cleaner sees, one entry per source line
    fenced = False
    for line in lines:
        starts_fence = _FENCE.match(line) is not None
        judged.append("" if fenced or starts_fence else plain(line))
        if starts_fence:
            fenced = not fenced
    extraction = clean_text("\n".join(judged), context)
    reasons = {r.number: r.reason for r in extraction.removed}
    meta = {extraction.title, extraction.subtitle, *extraction.meta_lines} - {""}
    kept = [
        line
        for number, (line, text) in enumerate(zip(lines, judged, strict=True), start=1)
        if not text or (number not in reasons and text not in meta)
    ]
    cleaned = re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip("\n")
    return cleaned + "\n", extraction
