"""TeX between dollars as MathML, made when the site is built: pages need no script to show
it. What latex2mathml writes is sanitised like any input (``\\text{<script>}`` stays text)."""

from __future__ import annotations

from html import escape
from typing import Any

# MathML's presentation elements and their layout attributes; nothing that links or runs
TAGS = frozenset({
    "math", "mrow", "mi", "mo", "mn", "ms", "mtext", "mspace", "msup", "msub", "msubsup",
    "mfrac", "msqrt", "mroot", "mover", "munder", "munderover", "mtable", "mtr", "mtd",
    "mstyle", "mpadded", "mphantom", "menclose", "mfenced", "merror", "mmultiscripts",
    "mprescripts", "none", "semantics", "annotation",
})  # fmt: skip
ATTRIBUTES = frozenset({
    "xmlns", "display", "mathvariant", "stretchy", "fence", "separator", "separators",
    "width", "height", "depth", "lspace", "rspace", "accent", "accentunder", "columnalign",
    "rowalign", "columnspacing", "rowspacing", "columnlines", "rowlines", "frame",
    "displaystyle", "scriptlevel", "linethickness", "notation", "minsize", "maxsize",
    "movablelimits", "form", "open", "close", "encoding",
})  # fmt: skip


def to_mathml(tex: str, options: dict[str, Any]) -> str:
    """``dollarmath``'s renderer: MathML for ``$...$`` (inline) and ``$$...$$`` (display);
    TeX that cannot be read is shown as it was written, as code."""
    import nh3
    from latex2mathml.converter import convert

    display = "block" if options.get("display_mode") else "inline"
    try:
        mathml = convert(tex, display=display)
    except Exception:  # the converter's many errors for TeX it cannot read
        return f'<code class="math">{escape(tex)}</code>'
    return nh3.clean(mathml, tags=set(TAGS), attributes={"*": set(ATTRIBUTES)}, link_rel=None)
